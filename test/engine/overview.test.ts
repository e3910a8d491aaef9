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

describe("soliditet in the overview", () => {
  const overview = (soliditet2022: CellValue): CellValue[][] => [
    ["Femårsöversikt", 2025, 2024, 2023, 2022, 2021],
    ["Eget kapital", 1_653_500, 1_787_790, 1_455_600, 1_668_000, 1_519_100],
    ["Balansomslutning", 2_463_850, 2_613_730, 2_217_020, 2_104_300, 1_987_600],
    ["Soliditet", "67,1 %", "68,4 %", "65,7 %", soliditet2022, "76,4 %"],
  ];
  const check = (values: CellValue[][]): string[] =>
    checkWorkbook({ sheets: [{ name: "Översikt", origin: { row: 0, col: 0 }, values }] })
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.cell} ${f.ruleId}`);

  it("is checked against the overview's own eget kapital and balansomslutning in years with no balance sheet", () => {
    expect(check(overview("79,3 %"))).toEqual([]);
    expect(check(overview("97,3 %"))).toEqual(["E4 FEMAR.SOLIDITET.OVERSIKT"]);
  });
});
