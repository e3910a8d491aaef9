/** The pane's actions carried out on a workbook through an `ExcelRun` (Excel or the host double). */
import {
  DEFAULT_SETTINGS,
  type Acknowledgements,
  type PaneActions,
  type PaneSettings,
} from "../taskpane/paneActions";
import { pane } from "../i18n/sv/pane";
import type { DocumentSettings } from "./documentSettings";
import type { ExcelRun } from "./excelRun";
import { exportFindings } from "./exportFindings";
import { clearMarks, markCells } from "./marks";
import { listSheets, selectCell } from "./navigate";
import { readWorkbookSnapshot } from "./readSnapshot";
import { watchChanges } from "./watchChanges";

export const SETTINGS_KEY = "finsam.settings";
export const ACKS_KEY = "finsam.kvitteringar";

export function createExcelActions(
  run: ExcelRun,
  settings: DocumentSettings,
  debounceMs = 1500,
): PaneActions {
  return {
    available: true,
    listSheets: () => listSheets(run),
    readWorkbook: (options) => readWorkbookSnapshot(run, options),
    selectCell: (ref) => selectCell(run, ref),
    markCells: (marks) => markCells(run, settings, marks),
    clearMarks: () => clearMarks(run, settings),
    exportFindings: (rows) => exportFindings(run, rows),
    loadSettings: () => Promise.resolve(readSettings(settings.get(SETTINGS_KEY))),
    saveSettings: async (s) => {
      settings.set(SETTINGS_KEY, s);
      await settings.save();
    },
    loadAcknowledgements: () => {
      const v = settings.get(ACKS_KEY);
      return Promise.resolve(v && typeof v === "object" ? (v as Acknowledgements) : {});
    },
    saveAcknowledgements: async (acks) => {
      settings.set(ACKS_KEY, acks);
      await settings.save();
    },
    watchChanges: (onChange) => watchChanges(run, onChange, debounceMs),
  };
}

function readSettings(v: unknown): PaneSettings {
  if (!v || typeof v !== "object") return DEFAULT_SETTINGS;
  const o = v as Partial<PaneSettings>;
  return {
    sheets: Array.isArray(o.sheets) ? o.sheets.filter((s): s is string => typeof s === "string") : [],
    unit: o.unit === "kr" || o.unit === "tkr" ? o.unit : null,
    autoCheck: o.autoCheck === true,
  };
}

/** Actions for a plain browser with no host: the pane renders and explains. */
export function unavailableActions(): PaneActions {
  const none = (): Promise<never> => Promise.reject(new Error(pane.noHostAction));
  return {
    available: false,
    listSheets: () => Promise.resolve([]),
    readWorkbook: none,
    selectCell: none,
    markCells: none,
    clearMarks: none,
    exportFindings: none,
    loadSettings: () => Promise.resolve(DEFAULT_SETTINGS),
    saveSettings: () => Promise.resolve(),
    loadAcknowledgements: () => Promise.resolve({}),
    saveAcknowledgements: () => Promise.resolve(),
    watchChanges: () => Promise.resolve(() => Promise.resolve()),
  };
}
