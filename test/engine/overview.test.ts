/**
 * The five-year overview as municipalities print it: their result holds taxes and grants, so
 * intäkter − kostnader is not the result there, and the overview's identity is not theirs.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue } from "../../src/engine/workbook/snapshot";

describe("a municipality's five-year overview", () => {
  it("does not take intäkter − kostnader for the result where taxes make the result", () => {
    const values: CellValue[][] = [
      ["Fem år i sammandrag (mnkr)", "2018", "2017", "2016", "2015", "2014"],
      ["Verksamhetens intäkter", 421.3, 469.1, 480.2, 450.0, 430.1],
      ["Verksamhetens kostnader", -1628.5, -1616.0, -1590.3, -1520.8, -1490.2],
      ["Årets resultat", -44.7, 30.2, 25.0, 12.1, -3.2],
      ["Antal invånare", 18_200, 18_300, 18_400, 18_500, 18_600],
    ];
    const { findings } = checkWorkbook({
      sheets: [{ name: "Översikt", origin: { row: 0, col: 0 }, values }],
    });
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
