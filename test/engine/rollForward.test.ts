/**
 * A note that rolls a value forward: each total of the roll (utgående = ingående + årets;
 * bokfört värde = anskaffning + avskrivningar) and each opening value against last year's close.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue } from "../../src/engine/workbook/snapshot";

const note = (openingCost2024: number): CellValue[][] => [
  ["Not 8 Mark, byggnader och tekniska anläggningar", "2024", "2023"],
  ["Ingående anskaffningsvärde", openingCost2024, 923_020],
  ["Årets investeringar", 51_950, 45_320],
  ["Utgående anskaffningsvärde", 1_020_290, 968_340],
  ["Ingående ackumulerade avskrivningar", -383_430, -360_720],
  ["Årets avskrivningar", -24_380, -22_710],
  ["Utgående ackumulerade avskrivningar", -407_810, -383_430],
  ["Bokfört värde", 612_480, 584_910],
];
const errors = (values: CellValue[][]): string[] =>
  checkWorkbook({ sheets: [{ name: "Noter", origin: { row: 0, col: 0 }, values }] })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.cell} ${f.kind} ${f.ruleId}`);

describe("a note that rolls a value forward", () => {
  it("ties out when every roll and every opening value agree", () => {
    expect(errors(note(968_340))).toEqual([]);
  });

  it("finds an opening value that is not last year's close, at its cell", () => {
    expect(errors(note(986_340))).toEqual(["B2 transposition NOT.INGAENDE.FOREG_AR"]);
  });

  it("finds a sign slip in last year's accumulated depreciation, at its cell", () => {
    const values = note(968_340);
    values[4][2] = 360_720;
    expect(errors(values)).toEqual(["C5 sign NOT.SUMMA.SUM"]);
  });
});
