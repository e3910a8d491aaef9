/**
 * Precision per figure (the interval rule, each figure with its own rounding unit): a five-year
 * overview whose older years are rounded to thousands, and a column in mnkr whose zeros are dashes.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue } from "../../src/engine/workbook/snapshot";

const check = (name: string, values: CellValue[][]): ReturnType<typeof checkWorkbook> =>
  checkWorkbook({ sheets: [{ name, origin: { row: 0, col: 0 }, values }] });

describe("each figure is judged with its own rounding", () => {
  const overview = (result2021: number): CellValue[][] => [
    ["Översikt över verksamhetens utveckling", 2025, 2024, 2023, 2022, 2021],
    ["Verksamhetens intäkter", 8_572_170, 4_383_155, 4_399_000, 4_281_000, 4_344_000],
    ["Verksamhetens kostnader", 6_651_710, 5_970_390, 4_440_000, 3_780_000, 3_590_000],
    ["Årets resultat", 1_920_460, -1_587_235, -41_688, 500_807, result2021],
  ];

  it("takes older years written in whole thousands for what they are: 36 kr is rounding", () => {
    // 4 344 000 − 3 590 000 = 754 000; the exact result 754 036 lies within the thousands' rounding.
    const { findings } = check("Översikt", overview(754_036));
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("still finds a result that the rounded figures cannot give", () => {
    const { findings } = check("Översikt", overview(784_036));
    const errors = findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toEqual(["F4"]);
  });

  it("reads a dash among figures with one decimal as 0,0 mnkr, not as an exact zero with whole units", () => {
    const { findings } = check("Noter", [
      ["Not 4 Förutbetalda kostnader (mnkr)", "2025", "2024"],
      ["Konferenskostnader", "–", "–"],
      ["Konsulttjänster", "–", "–"],
      ["Licenser", "–", "–"],
      ["Telefoni", "–", "–"],
      ["Summa", "–", "0,1"],
    ]);
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
