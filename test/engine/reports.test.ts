/**
 * A workbook holding several reports (several förbund, one after another or one per sheet): each
 * report's statements tie to each other, never to another report's. Input: two real reports of one
 * year in one workbook — Kalmar 2024 (a sheet per statement) and Värend's one-sheet report moved a
 * year back (every year in it one less) — both corrected, so neither has a finding of its own.
 */
import { join } from "node:path";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CheckResult } from "../../src/engine/check/finding";
import { readXlsx } from "../../src/cli/readXlsx";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { FIXTURES } from "./expectedFindings";

/** Every year a year earlier: 2025 → 2024 in numbers that are years and in any text. */
function yearEarlier(v: CellValue): CellValue {
  if (typeof v === "number") return Number.isInteger(v) && v >= 2015 && v <= 2030 ? v - 1 : v;
  if (typeof v === "string") return v.replace(/(?<!\d)20(1\d|2\d)(?!\d)/g, (y) => String(Number(y) - 1));
  return v;
}

function movedYearBack(sheet: SheetSnapshot): SheetSnapshot {
  // Dates are serials to Excel: a header cell formatted as a date moves back 365 days.
  const values = sheet.values.map((row, r) =>
    row.map((v, c) =>
      typeof v === "number" && /yy/.test(sheet.numberFormat?.[r]?.[c] ?? "") ? v - 365 : yearEarlier(v),
    ),
  );
  return { ...sheet, values, text: undefined };
}

const shown = (r: CheckResult): string[] =>
  r.findings.filter((f) => f.severity !== "info").map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);

describe("several reports in one workbook", () => {
  let varend: WorkbookSnapshot;
  let kalmar: WorkbookSnapshot;
  beforeAll(async () => {
    const v = await readXlsx(join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx"));
    varend = { ...v, sheets: v.sheets.map(movedYearBack) };
    kalmar = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet-corrected.xlsx"));
  });

  it("each report alone is clean", () => {
    expect(shown(checkWorkbook(varend))).toEqual([]);
    expect(shown(checkWorkbook(kalmar))).toEqual([]);
  });

  it("ties each report within itself: together they are as clean as apart", () => {
    const both = checkWorkbook({ name: "två förbund", sheets: [...varend.sheets, ...kalmar.sheets] });
    expect(both.reportYear).toBe(2024);
    expect(shown(both)).toEqual([]);
    const reversed = checkWorkbook({ name: "två förbund", sheets: [...kalmar.sheets, ...varend.sheets] });
    expect(shown(reversed)).toEqual([]);
    // A report without an översikt, then one on a sheet of its own that starts with its översikt.
    const noOverview = kalmar.sheets.filter((s) => s.name !== "Översikt");
    const after = checkWorkbook({ name: "två förbund", sheets: [...noOverview, ...varend.sheets] });
    expect(shown(after)).toEqual([]);
  });
});

describe("a statement printed in two blocks (its header repeated after a page break)", () => {
  /** The Värend sheet with an empty row and a copy of header row `header` inserted before row `at`. */
  /**
   * The Värend sheet with a page break before row `at`: an empty row, the `between` rows (a page's
   * footer, the title again), and a copy of header row `header`.
   */
  async function withBreak(at: number, header: number, between: string[] = []): Promise<CheckResult> {
    const wb = await readXlsx(join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx"));
    const [sheet] = wb.sheets;
    if (at < 0) return checkWorkbook({ ...wb, sheets: [{ ...sheet, text: undefined }] });
    const insert = <T>(rows: readonly (readonly T[])[], filler: (text: string) => T[]): T[][] => [
      ...rows.slice(0, at).map((r) => [...r]),
      [],
      ...between.map(filler),
      [...rows[header]],
      ...rows.slice(at).map((r) => [...r]),
    ];
    const numberFormat = sheet.numberFormat && insert(sheet.numberFormat, () => ["General"]);
    const values = insert<CellValue>(sheet.values, (t) => [t]);
    return checkWorkbook({ ...wb, sheets: [{ ...sheet, values, numberFormat, text: undefined }] });
  }

  it("is one statement: a resultaträkning broken after verksamhetens resultat still foots", async () => {
    const r = await withBreak(39, 35); // before "Finansiella intäkter", header "Belopp i kr." | "Not" | 2025 | 2024
    expect(r.statements.filter((s) => s.statement === "RR")).toHaveLength(1);
    expect(shown(r)).toEqual([]);
  });

  it.each([
    ["the page's footer and running header", ["Sida 4", "Värend årsredovisning 2025"]],
    ["the title marked as continued", ["3 RESULTATRÄKNING (forts.)"]],
    ["the title once more", ["3 RESULTATRÄKNING"]],
  ])("is one statement with %s between the blocks", async (_what, between) => {
    const r = await withBreak(39, 35, between);
    expect(r.statements.filter((s) => s.statement === "RR")).toHaveLength(1);
    expect(shown(r)).toEqual([]);
  });

  it("stays apart when the next block is the koncern's, under the same years", async () => {
    const r = await withBreak(39, 35, ["Koncernens resultaträkning"]);
    // The lines after the title are the koncern's own statement, not the sequel of the förbund's.
    expect(r.statements.filter((s) => s.statement === "RR")).toHaveLength(2);
  });

  it("is one statement: a balansräkning broken before eget kapital och skulder ties as whole", async () => {
    const whole = await withBreak(-1, 0); // no break
    const r = await withBreak(55, 48); // before "Eget kapital, avsättningar och skulder"
    expect(r.statements.filter((s) => s.statement === "BR")).toHaveLength(1);
    expect(shown(r)).toEqual([]);
    const across = (x: CheckResult): string[] =>
      (x.held ?? []).filter((t) => !t.ruleId.endsWith(".SUM")).map((t) => `${t.ruleId} ${t.period}`);
    expect(across(r)).toEqual(across(whole));
  });
});
