/**
 * Excel's own error values in a report (issue 9): a cell showing #REF!, #DIVISION/0!, #VÄRDEFEL!
 * or #SAKNAS! is reported at that cell, and no other cell is blamed for the hole it leaves.
 * Inputs are the real fixture workbooks, with error values written by ExcelJS and read back by the
 * command line's reader, and every amount cell of them replaced by an error value one at a time.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { Finding } from "../../src/engine/check/finding";
import { readXlsx } from "../../src/cli/readXlsx";
import { a1, type CellValue, type WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { FIXTURES } from "./expectedFindings";

const CORRECTED = [
  "kalmar-2024-per-sheet-corrected.xlsx",
  "kalmar-2024-tkr-corrected.xlsx",
  "varend-2025-one-sheet-corrected.xlsx",
  "corpus/grastorp-2020.xlsx",
  "corpus/kramfors-2018.xlsx",
  "corpus/nynashamn-2021.xlsx",
];
const ERRORS = ["#REF!", "#DIVISION/0!", "#VÄRDEFEL!", "#SAKNAS!", "#DIV/0!", "#N/A", "#REFERENS!"];
const shown = (fs: readonly Finding[]): Finding[] => fs.filter((f) => f.severity !== "info");

describe("a cell showing an Excel error value, in a real .xlsx", () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "finsam-excelfel-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is one finding at that cell; the totals over it are not judged and no neighbour is blamed", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(FIXTURES, "kalmar-2024-per-sheet-corrected.xlsx"));
    const rr = wb.getWorksheet("Resultaträkning");
    if (!rr) throw new Error("fixture without Resultaträkning");
    // A line whose formula lost its reference, and a total dividing by zero (cached results).
    rr.getCell("C6").value = { formula: "#REF!*1", result: { error: "#REF!" } };
    rr.getCell("C8").value = { formula: "C5/0", result: { error: "#DIV/0!" } };
    const path = join(dir, "kalmar-med-felvarden.xlsx");
    await wb.xlsx.writeFile(path);

    const { findings } = checkWorkbook(await readXlsx(path));
    const errors = shown(findings);
    expect(errors.map((f) => `${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}`).sort()).toEqual([
      "Resultaträkning!C6 RR.CELL.EXCELFEL excel-error",
      "Resultaträkning!C8 RR.CELL.EXCELFEL excel-error",
    ]);
    const c6 = errors.find((f) => f.cell === "C6");
    expect(c6?.message).toContain("Verksamhetens kostnader 2024 visar Excels felvärde #REF!");
    expect(c6?.period).toBe("2024");
    // The totals over a hole are named, so the revisor sees what was left unchecked: resultat
    // efter finansiella poster adds verksamhetens resultat (C8, showing #DIV/0!).
    const c8 = errors.find((f) => f.cell === "C8");
    expect(c8?.message).toContain("#DIV/0!");
    expect(c8?.related).toContain("Resultaträkning!C11");
  });
});

describe("no correct neighbour is blamed for an error value", () => {
  /** Every amount cell (a number, or a figure written as text) replaced by an error, one at a time. */
  function* variants(
    wb: WorkbookSnapshot,
  ): Generator<{ copy: WorkbookSnapshot; sheet: string; cell: string }> {
    let n = 0;
    for (let si = 0; si < wb.sheets.length; si++) {
      const sheet = wb.sheets[si];
      for (let r = 0; r < sheet.values.length; r++) {
        for (let c = 0; c < sheet.values[r].length; c++) {
          const v = sheet.values[r][c];
          const figure =
            typeof v === "number" ||
            (typeof v === "string" && /^[−–-]?\s?\d[\d\s\u00a0]*(,\d+)?$/.test(v.trim()));
          if (!figure) continue;
          const err = ERRORS[n++ % ERRORS.length];
          const put = <T>(rows: readonly (readonly T[])[] | undefined, x: T): T[][] | undefined =>
            rows?.map((row, rr) => (rr === r ? row.map((y, cc) => (cc === c ? x : y)) : [...row]));
          const copy: WorkbookSnapshot = {
            ...wb,
            sheets: wb.sheets.map((s, i) =>
              i === si
                ? { ...s, values: put<CellValue>(s.values, err) ?? [], text: put<string>(s.text, err) }
                : s,
            ),
          };
          yield { copy, sheet: sheet.name, cell: a1(sheet.origin.row + r, sheet.origin.col + c) };
        }
      }
    }
  }

  it.each(CORRECTED)("%s: each error cell is reported, nothing else is raised", async (file) => {
    const wb = await readXlsx(join(FIXTURES, file));
    const before = new Set(shown(checkWorkbook(wb).findings).map((f) => `${f.sheet}!${f.cell}`));
    const blamed: string[] = [];
    const unreported: string[] = [];
    let cases = 0;
    for (const { copy, sheet, cell } of variants(wb)) {
      cases++;
      const fs = shown(checkWorkbook(copy).findings);
      const own = fs.some((f) => f.sheet === sheet && f.cell === cell && f.kind === "excel-error");
      // An error value outside every recognised statement (a stray figure) need not be reported.
      if (!own && fs.length > 0) unreported.push(`${sheet}!${cell}`);
      for (const f of fs)
        if (!(f.sheet === sheet && f.cell === cell) && !before.has(`${f.sheet}!${f.cell}`))
          blamed.push(`${sheet}!${cell} → ${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}`);
    }
    expect(cases).toBeGreaterThan(20);
    expect(blamed).toEqual([]);
    expect(unreported).toEqual([]);
  });
});

describe("an error value in a header", () => {
  it("leaves the statement's years unknown: no year finding and no identity across statements", async () => {
    const wb = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet-corrected.xlsx"));
    const br = wb.sheets.find((s) => s.name === "Balansräkning");
    if (!br) throw new Error("fixture without Balansräkning");
    const values = br.values.map((row) => [...row]);
    values[2][2] = "#REFERENS!"; // the 2024-12-31 header cell
    const copy = { ...wb, sheets: wb.sheets.map((s) => (s === br ? { ...br, values, text: undefined } : s)) };
    const fs = shown(checkWorkbook(copy).findings);
    expect(fs.map((f) => `${f.sheet}!${f.cell} ${f.kind}`)).toEqual(["Balansräkning!C3 excel-error"]);
    expect(fs[0].message).toContain("Cellen visar Excels felvärde #REFERENS!");
  });
});

describe("a number no report holds (NaN, Infinity, 1E+308 from a damaged file)", () => {
  it("is reported as #NUM! at its cell and never reaches a message as NaN or Infinity", async () => {
    const wb = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet-corrected.xlsx"));
    const rr = wb.sheets.find((s) => s.name === "Resultaträkning");
    if (!rr) throw new Error("fixture without Resultaträkning");
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, -1e308, "9".repeat(40)]) {
      const values = rr.values.map((row) => [...row]);
      values[5][2] = bad;
      const copy = { ...wb, sheets: wb.sheets.map((s) => (s === rr ? { ...rr, values, text: undefined } : s)) };
      const { findings } = checkWorkbook(copy);
      const all = JSON.stringify(findings);
      expect(all).not.toMatch(/NaN|Infinity|e\+\d/);
      expect(shown(findings).map((f) => `${f.cell} ${f.kind}`)).toEqual(["C6 excel-error"]);
    }
  });
});
