/**
 * What the pane may ask of its host. Components receive these as props and never touch Office.js:
 * Excel supplies them through src/excel, the workbench through its host double, tests through fakes.
 */
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import type { WorkbookSnapshot } from "../engine/workbook/snapshot";
import type { BudgetLimits } from "../engine/workbook/budget";
import type { CellRef, CellValue } from "../engine/workbook/snapshot";

export type { CellRef };

/** How strongly a blamed cell is marked. */
export type MarkLevel = "error" | "warning";

export interface ReadOptions {
  /** Only these sheets; all (but the add-in's own export sheets) when absent or empty. */
  readonly sheets?: readonly string[];
  readonly onProgress?: (fraction: number) => void;
  readonly signal?: AbortSignal;
  /** Cells per block when the payload limit forces blocks (halved again if still too large). */
  readonly cellsPerBlock?: number;
  /** The workbook budget (tests pass a smaller one). */
  readonly limits?: BudgetLimits;
}

/** A mark on a blamed cell, or a tickmark ("held") on a total whose tie held. */
export interface CellMark extends CellRef {
  readonly level: MarkLevel | "held";
}

export interface ExportRow {
  readonly status: string;
  readonly severity: string;
  readonly statement: string;
  readonly target: CellRef;
  /** Shown in the cell column, e.g. `Resultaträkning!C19`. */
  readonly address: string;
  readonly period: string;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly difference: number | null;
  readonly cause: string;
  readonly message: string;
  readonly comment: string;
  /** The finding's amounts are years (a wrong year in a heading): shown without grouping. */
  readonly years?: boolean;
  /** Related cells as `Sheet!A1`, with their row label and value where known. */
  readonly related?: string;
  readonly acknowledgedBy?: string;
  readonly acknowledgedAt?: string;
}

/** What the working paper says above and below its table, every word already in Swedish. */
export interface WorkingPaper {
  readonly title: string;
  /** Label and value pairs: workbook, time, granskare, counts. */
  readonly facts: readonly (readonly [string, string])[];
  /** The statements checked, one line each, under their own label. */
  readonly statementsLabel: string;
  readonly statements: readonly string[];
  /** The ties that held, one line each, listed below the table under their heading. */
  readonly heldHeading: string;
  readonly held: readonly string[];
}

export interface FormulaCount {
  /** Cells whose formula calls a FINSAM function. */
  readonly cells: number;
  /** Sheets that hold at least one. */
  readonly sheets: number;
}

export interface RestoreResult {
  readonly restored: number;
  /** Cells changed since sharing (or on a deleted sheet): left as they are, still kept. */
  readonly skipped: number;
}

/** Per-workbook settings, kept with the workbook. */
export interface PaneSettings {
  /** Sheets to check; empty means all. */
  readonly sheets: readonly string[];
  /** Unit override; null means as the workbook states. */
  readonly unit: "kr" | "tkr" | null;
  readonly autoCheck: boolean;
  /**
   * The initials kvitteringar are signed with. Office.js gives an add-in no user name in Excel, so
   * the pane asks once and keeps them with the workbook (each co-author may change them).
   */
  readonly reviewer?: string;
}

export const DEFAULT_SETTINGS: PaneSettings = { sheets: [], unit: null, autoCheck: false };

/**
 * A kvittering: the revisor accepted a finding, matched on later checks by the finding's key and
 * its cell (model/acknowledgementKeys.ts), so it never hides a finding on another cell.
 */
export interface Acknowledgement {
  readonly comment: string;
  /** ISO date of the decision. */
  readonly at: string;
  /** Who decided: the initials given (PaneSettings.reviewer); absent in older kvitteringar. */
  readonly by?: string;
}

export type Acknowledgements = Readonly<Record<string, Acknowledgement>>;

/**
 * One edit the user made, as Excel's onChanged tells it: the sheet (null when the host could not
 * name it, e.g. a sheet added since), the A1 address, and whether rows or columns moved.
 */
export interface SheetChange {
  readonly sheet: string | null;
  readonly address: string;
  readonly structural: boolean;
  /**
   * When the host told of the edit (ms since 1970). Edits reach the pane after a pause, so an edit
   * made just before a check may arrive after it: one older than the check's reading is in its result.
   */
  readonly at?: number;
}

/** A table read from a published report (PDF, Word), to be added to the workbook as a new sheet. */
export interface ReportSheet {
  /** The name wanted ("Rapport"); " (2)", " (3)" … is added when the workbook has it already. */
  readonly name: string;
  /** Rows as read: labels as text, amounts as numbers, note references as text. */
  readonly values: readonly (readonly CellValue[])[];
  /** Each cell's number format as the reader gives it ("# ##0", "0,0%", "General"), where known. */
  readonly numberFormat?: readonly (readonly string[])[];
  /** The page (1-based) each row was printed on, where the report tells it. */
  readonly pages: readonly (number | undefined)[];
}

/**
 * The name a new report sheet gets: `Rapport`, else `Rapport (2)`, `Rapport (3)` … (compared
 * without case, as Excel compares sheet names). The pane says it before asking; the host decides
 * again when it writes, with the names the workbook has then.
 */
export function freeSheetName(base: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  let n = 2;
  while (lower.has(`${base} (${n})`.toLowerCase())) n++;
  return `${base} (${n})`;
}

export interface PaneActions {
  /** False when no workbook host answered (a plain browser). */
  readonly available: boolean;
  listSheets(): Promise<string[]>;
  readWorkbook(options: ReadOptions): Promise<WorkbookSnapshot>;
  /** Selects the cell; where the host can, its related cells on the same sheet too (outlined). */
  selectCell(ref: CellRef, related?: readonly CellRef[]): Promise<void>;
  markCells(marks: readonly CellMark[]): Promise<number>;
  /** Takes every mark away; resolves to how many cells carried one. */
  clearMarks(): Promise<number>;
  /** Writes the review to a new sheet (a working paper when `paper` is given); resolves to its name. */
  exportFindings(rows: readonly ExportRow[], paper?: WorkingPaper): Promise<string>;
  /** The settings saved in the workbook now (re-read: a co-author may have saved since). */
  loadSettings(): Promise<PaneSettings>;
  /** Re-reads, changes only the given fields, saves; resolves to the settings saved now. */
  changeSettings(change: Partial<PaneSettings>): Promise<PaneSettings>;
  /** The kvitteringar saved in the workbook now (re-read). */
  loadAcknowledgements(): Promise<Acknowledgements>;
  /** Re-reads, sets one kvittering (null removes it), keeps every other, saves; resolves to all. */
  setAcknowledgement(key: string, ack: Acknowledgement | null): Promise<Acknowledgements>;
  /** Moves kvitteringar from old keys to new ones (a new key already taken is left); resolves to all. */
  renameAcknowledgements(renames: Readonly<Record<string, string>>): Promise<Acknowledgements>;
  /** Calls back when a co-author saves settings or kvitteringar; resolves to the stop function. */
  watchDocumentSettings(onChange: () => void): Promise<() => Promise<void>>;
  /**
   * Calls back (debounced) after the user edits the workbook, with the edits since the last call;
   * resolves to the stop function.
   */
  watchChanges(onChange: (changes: readonly SheetChange[]) => void): Promise<() => Promise<void>>;
  /** Calls back when the user selects a cell in the workbook; resolves to the stop function. */
  watchSelection(onSelect: (ref: CellRef) => void): Promise<() => Promise<void>>;
  /** How many cells of these sheets call a FINSAM function ("Dela utan tillägget"). */
  countFinsamFormulas(sheets: readonly string[]): Promise<FormulaCount>;
  /** Replaces those formulas with their values, keeping them; resolves to how many. */
  shareWithoutAddin(sheets: readonly string[]): Promise<number>;
  /** How many replaced formulas the workbook keeps for "Återställ formler". */
  keptFormulas(): Promise<number>;
  restoreFormulas(): Promise<RestoreResult>;
  /**
   * Adds each table as a NEW sheet (never overwriting one: "Rapport", else "Rapport (2)" …), the
   * page beside each row; resolves to the names given. Absent where the host cannot add sheets.
   */
  writeReportSheets?(sheets: readonly ReportSheet[]): Promise<string[]>;
}

/** The checking engine, as the pane calls it (src/engine/check/checkWorkbook.ts). */
export type Checker = (
  snapshot: WorkbookSnapshot,
  options: CheckOptions,
  /** Aborted when the user cancels; a checker may then stop at once. */
  signal?: AbortSignal,
) => CheckResult | Promise<CheckResult>;
