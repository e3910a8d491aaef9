/**
 * What the pane may ask of its host. Components receive these as props and never touch Office.js:
 * Excel supplies them through src/excel, the workbench through its host double, tests through fakes.
 */
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import type { WorkbookSnapshot } from "../engine/workbook/snapshot";
import type { CellRef } from "../excel/address";
import type { ExportRow } from "../excel/exportFindings";
import type { CellMark } from "../excel/marks";
import type { ReadOptions } from "../excel/readSnapshot";

export type { CellRef, CellMark, ExportRow, ReadOptions };

/** Per-workbook settings, kept with the workbook. */
export interface PaneSettings {
  /** Sheets to check; empty means all. */
  readonly sheets: readonly string[];
  /** Unit override; null means as the workbook states. */
  readonly unit: "kr" | "tkr" | null;
  readonly autoCheck: boolean;
}

export const DEFAULT_SETTINGS: PaneSettings = { sheets: [], unit: null, autoCheck: false };

/** A kvittering: the revisor accepted a finding, matched by `Finding.key` on later checks. */
export interface Acknowledgement {
  readonly comment: string;
  /** ISO date of the decision. */
  readonly at: string;
}

export type Acknowledgements = Readonly<Record<string, Acknowledgement>>;

export interface PaneActions {
  /** False when no workbook host answered (a plain browser). */
  readonly available: boolean;
  listSheets(): Promise<string[]>;
  readWorkbook(options: ReadOptions): Promise<WorkbookSnapshot>;
  selectCell(ref: CellRef): Promise<void>;
  markCells(marks: readonly CellMark[]): Promise<number>;
  clearMarks(): Promise<void>;
  exportFindings(rows: readonly ExportRow[]): Promise<string>;
  loadSettings(): Promise<PaneSettings>;
  saveSettings(settings: PaneSettings): Promise<void>;
  loadAcknowledgements(): Promise<Acknowledgements>;
  saveAcknowledgements(acks: Acknowledgements): Promise<void>;
  /** Calls back (debounced) after the user edits the workbook; resolves to the stop function. */
  watchChanges(onChange: () => void): Promise<() => Promise<void>>;
}

/** The checking engine, as the pane calls it (src/engine/check/checkWorkbook.ts). */
export type Checker = (
  snapshot: WorkbookSnapshot,
  options: CheckOptions,
  /** Aborted when the user cancels; a checker may then stop at once. */
  signal?: AbortSignal,
) => CheckResult | Promise<CheckResult>;
