/**
 * Budget tables as municipalities print them, per nämnd: costs negative with a net result, or net
 * costs positive with deviations as budget minus outcome. The sense is read from the table's own
 * figures (a nämnd's name says nothing of its sign), and one deviation against it is found.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue } from "../../src/engine/workbook/snapshot";

const errors = (values: CellValue[][]): string[] =>
  checkWorkbook({ sheets: [{ name: "Driftredovisning", origin: { row: 0, col: 0 }, values }] })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.kind}`);

const negative = (socialDeviation: number): CellValue[][] => [
  ["Driftredovisning per nämnd"],
  ["Belopp i mnkr", "Budget 2025", "Utfall 2025", "Avvikelse"],
  ["Kommunstyrelsen", -120.5, -118.2, 2.3],
  ["Barn- och utbildningsnämnden", -450.0, -455.3, -5.3],
  ["Socialnämnden", -380.0, -391.1, socialDeviation],
  ["Summa nämnder", -950.5, -964.6, -14.1],
  ["Finansförvaltning", 960.0, 975.0, 15.0],
  ["Totalt", 9.5, 10.4, 0.9],
];

const positive = (socialDeviation: number): CellValue[][] => [
  ["Driftredovisning"],
  ["Nämnd, tkr", "Budget 2025", "Utfall 2025", "Avvikelse"],
  ["Kommunstyrelsen", 120_500, 118_200, 2_300],
  ["Barn- och utbildningsnämnden", 450_000, 455_300, -5_300],
  ["Socialnämnden", 380_000, 391_100, socialDeviation],
  ["Summa nettokostnad", 950_500, 964_600, -14_100],
];

describe("a driftredovisning per nämnd", () => {
  it("with costs negative and deviations as outcome minus budget: nothing to report", () => {
    expect(errors(negative(-11.1))).toEqual([]);
  });

  it("with net costs positive and deviations as budget minus outcome: nothing to report", () => {
    expect(errors(positive(-11_100))).toEqual([]);
  });

  it("finds the one deviation with the wrong sign, in either sense", () => {
    expect(errors(negative(11.1))).toEqual(["D5 sign"]);
    expect(errors(positive(11_100))).toEqual(["D5 sign"]);
  });
});
