import type { CheckResult, Finding } from "../../src/engine/check/finding";
import type {
  Acknowledgement,
  Acknowledgements,
  Checker,
  PaneActions,
  PaneSettings,
} from "../../src/taskpane/paneActions";
import { DEFAULT_SETTINGS } from "../../src/taskpane/paneActions";

/** Seed 000's best-known errors, as the engine reports them. */
export const signError: Finding = {
  ruleId: "RR.ARETS_RESULTAT.SUM",
  severity: "error",
  kind: "sign",
  statement: "RR",
  sheet: "Resultaträkning",
  cell: "C19",
  related: ["Balansräkning!C30", "Kassaflödesanalys!C6"],
  period: "2025",
  expected: 1920460,
  actual: -1920460,
  difference: -3840920,
  message: "Årets resultat är −1 920 460 men ska vara 1 920 460: beloppet har fel tecken.",
  label: "Årets resultat",
  key: "RR.ARETS_RESULTAT.SUM|RR|årets resultat|2025",
};

export const noteWarning: Finding = {
  ruleId: "NOT.KOSTNAD.TECKEN",
  severity: "warning",
  kind: "unusual-sign",
  statement: "NOT",
  sheet: "Noter",
  cell: "C12",
  related: [],
  period: "2025",
  message: "Summan −6 649 090 har motsatt tecken mot sina delposter.",
  label: "Summa",
  key: "NOT.KOSTNAD.TECKEN|NOT|summa|2025",
};

export const rounding: Finding = {
  ruleId: "BR.SUMMA.SUM",
  severity: "info",
  kind: "rounding",
  statement: "BR",
  sheet: "Balansräkning",
  cell: "C20",
  related: ["Noter!C40"],
  period: "2025",
  expected: 2652129,
  actual: 2652130,
  difference: 1,
  message: "Differens på 1 kr: avrundning.",
  label: "Summa eget kapital",
  key: "BR.SUMMA.SUM|BR|summa eget kapital|2025",
};

export const result: CheckResult = {
  findings: [rounding, noteWarning, signError],
  statements: [
    {
      statement: "RR",
      sheet: "Resultaträkning",
      range: "A1:D20",
      title: "Resultaträkning",
      periods: ["2025", "2024"],
    },
  ],
  reportYear: 2025,
};

/** Actions whose settings and kvitteringar behave like the workbook's (`saved`: what it holds at start). */
export function fakeActions(
  overrides: Partial<PaneActions> = {},
  saved: { readonly acks?: Acknowledgements } = {},
): PaneActions & { [K in keyof PaneActions]: PaneActions[K] } {
  let settings: PaneSettings = DEFAULT_SETTINGS;
  let acks: Acknowledgements = saved.acks ?? {};
  return {
    available: true,
    listSheets: jest.fn(async () => ["Resultaträkning", "Balansräkning", "Noter"]),
    readWorkbook: jest.fn(async () => ({
      name: "Test.xlsx",
      sheets: [{ name: "Resultaträkning", origin: { row: 0, col: 0 }, values: [[1]] }],
    })),
    selectCell: jest.fn(async () => undefined),
    markCells: jest.fn(async (marks) => marks.length),
    clearMarks: jest.fn(async () => 2),
    exportFindings: jest.fn(async () => "Granskning 2026-11-25"),
    loadSettings: jest.fn(async () => settings),
    changeSettings: jest.fn(async (change: Partial<PaneSettings>) => {
      settings = { ...settings, ...change };
      return settings;
    }),
    loadAcknowledgements: jest.fn(async () => acks),
    setAcknowledgement: jest.fn(async (key: string, ack: Acknowledgement | null) => {
      const next: Record<string, Acknowledgement> = { ...acks };
      if (ack) next[key] = ack;
      else delete next[key];
      acks = next;
      return acks;
    }),
    renameAcknowledgements: jest.fn(async (renames: Readonly<Record<string, string>>) => {
      const next: Record<string, Acknowledgement> = { ...acks };
      for (const [from, to] of Object.entries(renames)) {
        if (!next[from] || next[to]) continue;
        next[to] = next[from];
        delete next[from];
      }
      acks = next;
      return acks;
    }),
    watchDocumentSettings: jest.fn(async () => async () => undefined),
    watchChanges: jest.fn(async () => async () => undefined),
    watchSelection: jest.fn(async () => async () => undefined),
    countFinsamFormulas: jest.fn(async () => ({ cells: 12, sheets: 2 })),
    shareWithoutAddin: jest.fn(async () => 12),
    keptFormulas: jest.fn(async () => 0),
    restoreFormulas: jest.fn(async () => ({ restored: 12, skipped: 0 })),
    ...overrides,
  };
}

export const fakeChecker = (r: CheckResult = result): jest.MockedFunction<Checker> =>
  jest.fn<ReturnType<Checker>, Parameters<Checker>>(async () => r);
