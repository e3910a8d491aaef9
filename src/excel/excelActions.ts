/** The pane's actions carried out on a workbook through an `ExcelRun` (Excel or the host double). */
import {
  DEFAULT_SETTINGS,
  type Acknowledgement,
  type Acknowledgements,
  type PaneActions,
  type PaneSettings,
} from "../taskpane/paneActions";
import { pane } from "../i18n/sv/pane";
import { inSwedish } from "./actionErrors";
import { updateSetting, type DocumentSettings } from "./documentSettings";
import type { ExcelRun } from "./excelRun";
import { exportFindings } from "./exportFindings";
import { clearMarks, markCells } from "./marks";
import { listSheets, selectCell, type Supports } from "./navigate";
import { readWorkbookSnapshot } from "./readSnapshot";
import { countFinsamFormulas, keptFormulas, restoreFormulas, shareWithoutAddin } from "./shareWithoutAddin";
import { watchSelection } from "./selection";
import { watchChanges } from "./watchChanges";
import { writeReportSheets } from "./writeReportSheets";

export const SETTINGS_KEY = "finsam.settings";
export const ACKS_KEY = "finsam.kvitteringar";

export function createExcelActions(
  run: ExcelRun,
  settings: DocumentSettings,
  // Short: an edit should mark the result out of date (or check again) before the user looks back.
  debounceMs = 250,
  /** Which Office.js requirement sets this Excel has (Office.context.requirements.isSetSupported). */
  supports: Supports = () => false,
): PaneActions {
  return {
    available: true,
    listSheets: inSwedish(() => listSheets(run)),
    // The reader tells its own failures in Swedish (src/excel/readSnapshot.ts).
    readWorkbook: (options) => readWorkbookSnapshot(run, options),
    selectCell: inSwedish((ref, related) => selectCell(run, ref, related, supports)),
    markCells: inSwedish((marks) => markCells(run, settings, marks)),
    clearMarks: inSwedish(() => clearMarks(run, settings)),
    exportFindings: inSwedish((rows, paper) => exportFindings(run, rows, new Date(), paper)),
    loadSettings: async () => {
      await settings.refresh();
      return readSettings(settings.get(SETTINGS_KEY));
    },
    changeSettings: (change) =>
      updateSetting(settings, SETTINGS_KEY, (current) => ({ ...readSettings(current), ...change })),
    loadAcknowledgements: async () => {
      await settings.refresh();
      return readAcknowledgements(settings.get(ACKS_KEY));
    },
    setAcknowledgement: (key, ack) =>
      updateSetting(settings, ACKS_KEY, (current) => {
        const next: Record<string, Acknowledgement> = { ...readAcknowledgements(current) };
        if (ack) next[key] = ack;
        else delete next[key];
        return next;
      }),
    renameAcknowledgements: (renames) =>
      updateSetting(settings, ACKS_KEY, (current) => {
        const next: Record<string, Acknowledgement> = { ...readAcknowledgements(current) };
        for (const [from, to] of Object.entries(renames)) {
          if (!next[from] || next[to]) continue;
          next[to] = next[from];
          delete next[from];
        }
        return next;
      }),
    watchDocumentSettings: (onChange) => settings.onChanged(onChange),
    watchChanges: (onChange) => watchChanges(run, onChange, debounceMs),
    watchSelection: (onSelect) => watchSelection(run, onSelect),
    countFinsamFormulas: inSwedish((sheets) => countFinsamFormulas(run, sheets)),
    shareWithoutAddin: inSwedish((sheets) => shareWithoutAddin(run, sheets)),
    keptFormulas: inSwedish(() => keptFormulas(run)),
    restoreFormulas: inSwedish(() => restoreFormulas(run)),
    writeReportSheets: inSwedish((sheets) => writeReportSheets(run, sheets)),
  };
}

function readSettings(v: unknown): PaneSettings {
  if (!v || typeof v !== "object") return DEFAULT_SETTINGS;
  const o = v as Partial<PaneSettings>;
  return {
    sheets: Array.isArray(o.sheets) ? o.sheets.filter((s): s is string => typeof s === "string") : [],
    unit: o.unit === "kr" || o.unit === "tkr" ? o.unit : null,
    autoCheck: o.autoCheck === true,
    ...(typeof o.reviewer === "string" && o.reviewer.trim() !== "" ? { reviewer: o.reviewer.trim() } : {}),
  };
}

/** Only well-formed kvitteringar: a co-author's older add-in or a damaged file cannot break the pane. */
function readAcknowledgements(v: unknown): Acknowledgements {
  if (!v || typeof v !== "object" || Array.isArray(v)) return {};
  const out: Record<string, Acknowledgement> = {};
  for (const [key, a] of Object.entries(v as Record<string, unknown>)) {
    if (!a || typeof a !== "object") continue;
    const { comment, at, by } = a as Partial<Acknowledgement>;
    if (typeof comment === "string" && typeof at === "string")
      out[key] = typeof by === "string" && by !== "" ? { comment, at, by } : { comment, at };
  }
  return out;
}

/** Actions for a plain browser with no host: the pane renders and explains. */
export function unavailableActions(): PaneActions {
  const none = (): Promise<never> => Promise.reject(new Error(pane.noHostAction));
  const stopNothing = (): Promise<() => Promise<void>> => Promise.resolve(() => Promise.resolve());
  return {
    available: false,
    listSheets: () => Promise.resolve([]),
    readWorkbook: none,
    selectCell: none,
    markCells: none,
    clearMarks: none,
    exportFindings: none,
    loadSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    changeSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    loadAcknowledgements: () => Promise.resolve({}),
    setAcknowledgement: () => Promise.resolve({}),
    renameAcknowledgements: () => Promise.resolve({}),
    watchDocumentSettings: stopNothing,
    watchChanges: stopNothing,
    watchSelection: stopNothing,
    countFinsamFormulas: none,
    shareWithoutAddin: none,
    keptFormulas: () => Promise.resolve(0),
    restoreFormulas: none,
  };
}
