/**
 * The fast XML reader gives exactly what ExcelJS's full parser gives, on every fixture and on
 * workbooks with merged ranges, formulas (also shared ones), errors, rich text, dates and styles.
 */
import { readFileSync, readdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fastRead } from "../../src/cli/xlsx/fastRead";
import { readWithExcelJs } from "../../src/cli/readWithExcelJs";
import { unpack, zipEntries } from "../../src/cli/zipProbe";
import { zipForExcelJs } from "../../src/cli/xlsx/forExcelJs";
import { ByteBudget } from "../../src/engine/workbook/budget";
import { hostileWorkbooks } from "../fixtures/hostile/makeHostile";
import { shiftFormula } from "../../src/cli/xlsx/formula";
import { isDateFormat } from "../../src/cli/xlsx/styles";

const FIXTURES = join(__dirname, "..", "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "finsam-fast-"));

async function both(path: string) {
  const buf = readFileSync(path);
  const sort = (sheets: { name: string; cells: readonly { row: number; col: number }[] }[]) =>
    sheets.map((s) => ({ name: s.name, cells: [...s.cells].sort((a, b) => a.row - b.row || a.col - b.col) }));
  return { fast: sort(fastRead(buf, zipEntries(buf)!)), full: sort(await readWithExcelJs(buf, "x.xlsx")) };
}

describe("fast reader = ExcelJS", () => {
  it.each(readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx")))("on %s", async (file) => {
    const { fast, full } = await both(join(FIXTURES, file));
    expect(fast).toEqual(full);
  });

  it("on merged ranges, formulas, shared formulas, errors, rich text, dates and booleans", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad & <test>");
    ws.getCell("B2").value = "Resultaträkning";
    ws.mergeCells("B2:D2");
    ws.getCell("A3").value = 1;
    ws.getCell("A4").value = 2;
    ws.getCell("A5").value = 3;
    ws.fillFormula("B3:B5", "A3*2+$A$3", [3, 5, 7]);
    ws.getCell("C3").value = { formula: "SUM(A3:A5)", result: 6 } as ExcelJS.CellFormulaValue;
    ws.getCell("C4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    ws.getCell("C5").value = {
      formula: "A3/0",
      result: { error: "#DIV/0!" },
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell("D3").value = {
      richText: [{ text: "Summa " }, { font: { bold: true }, text: "tillgångar & skulder" }],
    };
    ws.getCell("D4").value = new Date(Date.UTC(2025, 11, 31));
    ws.getCell("D4").numFmt = "yyyy-mm-dd";
    ws.getCell("D5").value = true;
    ws.getCell("E3").value = -1920460;
    ws.getCell("E3").numFmt = '# ##0;-# ##0;"-"';
    ws.getCell("E4").value = 0.54;
    ws.getCell("E4").numFmt = "0%";
    ws.getCell("E5").value = { formula: 'IF(A3>0,"ja","nej")', result: "ja" } as ExcelJS.CellFormulaValue;
    ws.getCell("F3").value = "1\u00A0920\u00A0460";
    ws.getCell("F4").value = "−1 920 460";
    const path = join(tmp, "celler.xlsx");
    await wb.xlsx.writeFile(path);
    const { fast, full } = await both(path);
    expect(fast).toEqual(full);
    expect(fast[0].name).toBe("Blad & <test>");
  });
});

describe("cells without r=", () => {
  it("are placed alike by the fast reader and by ExcelJS given the addresses the format leaves optional", async () => {
    const buf = hostileWorkbooks()["cells-without-r.xlsx"];
    const entries = zipEntries(buf)!;
    const budget = new ByteBudget("utan-r.xlsx");
    const parts = entries.map((e) => ({ name: e.name, data: unpack(buf, e, budget) }));
    const full = await readWithExcelJs(Buffer.from(zipForExcelJs(parts)), "utan-r.xlsx");
    const fast = fastRead(buf, entries);
    const sort = (cells: readonly { row: number; col: number }[]) =>
      [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
    expect(sort(fast[0].cells)).toEqual(sort(full[0].cells));
    expect(fast[0].cells.find((c) => c.row === 5 && c.col === 2)?.value).toBe(200);
  });
});

describe("shared formulas", () => {
  it.each([
    ["A3*2+$A$3", 1, 0, "A4*2+$A$3"],
    ["SUM(B2:B9)", 0, 2, "SUM(D2:D9)"],
    ['IF(A1>0,"A1",LOG10(A1))', 2, 0, 'IF(A3>0,"A1",LOG10(A3))'],
    ["Noter!B5+B$5", 3, 1, "Noter!C8+C$5"],
  ])("%s moved %d rows, %d columns → %s", (formula, dRows, dCols, moved) => {
    expect(shiftFormula(formula, dRows, dCols)).toBe(moved);
  });
});

describe("date formats", () => {
  it.each([
    ["yyyy-mm-dd", true],
    ["mm-dd-yy", true],
    ["[$-41D]d mmmm yyyy", true],
    ["# ##0", false],
    ["#,##0;[Red]-#,##0", false],
    ['0 "kr"', false],
    ["0%", false],
    ["General", false],
  ])("%s is a date: %s", (code, date) => {
    expect(isDateFormat(code)).toBe(date);
  });
});
