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

describe("one report whose balansräkning is printed in two blocks", () => {
  it("stays one report: the second block (its own header over eget kapital och skulder) continues the first", async () => {
    const wb = await readXlsx(join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx"));
    const [sheet] = wb.sheets;
    const header = sheet.values[48]; // "Belopp i kr." | "Not" | "2025-12-31" | "2024-12-31"
    expect(header[0]).toBe("Belopp i kr.");
    // A page break before "Eget kapital, avsättningar och skulder", with the header repeated.
    const values = [...sheet.values.slice(0, 55), [], [...header], ...sheet.values.slice(55)];
    const numberFormat = sheet.numberFormat && [
      ...sheet.numberFormat.slice(0, 55),
      [],
      [...sheet.numberFormat[48]],
      ...sheet.numberFormat.slice(55),
    ];
    const split = checkWorkbook({ ...wb, sheets: [{ ...sheet, values, numberFormat, text: undefined }] });
    const whole = checkWorkbook({ ...wb, sheets: [{ ...sheet, text: undefined }] });
    expect(split.statements.filter((s) => s.statement === "BR")).toHaveLength(2);
    expect(shown(split)).toEqual([]);
    // The ties across statements are all still made: as many held as with the statement whole.
    const across = (r: CheckResult): number =>
      (r.held ?? []).filter((t) => !t.ruleId.endsWith(".SUM")).length;
    expect(across(split)).toBe(across(whole));
  });
});
