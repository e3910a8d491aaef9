/**
 * The interval rule (DOMAIN.md, XBRL Calculations 1.1): a total of n parts rounded to whole units
 * may differ from the sum of its parts by up to (n+1)/2 units and is then a rounding note (info),
 * never an error; one unit more is an error. Amounts in tkr are judged in tkr.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue } from "../../src/engine/workbook/snapshot";

function note(total: number, unit = "Tkr"): ReturnType<typeof checkWorkbook> {
  const values: CellValue[][] = [
    ["Not 6 Kortfristiga skulder", "2025", "2024"],
    [null, unit, unit],
    ["Leverantörsskulder", 1_866, 1_571],
    ["Preliminära personalskatter", 11, 14],
    ["Arbetsgivaravgifter", 9, 11],
    ["Övriga kortfristiga skulder", 1, 1],
    ["Upplupna kostnader", 374, 130],
    ["Summa", total, 1_727],
  ];
  return checkWorkbook({ sheets: [{ name: "Noter", origin: { row: 0, col: 0 }, values }] });
}

describe("rounding differences are information, not errors", () => {
  it("accepts the sum of five rounded parts within 3 units as a rounding note", () => {
    const { findings } = note(2_261 + 3);
    expect(findings.map((f) => [f.cell, f.severity, f.kind])).toEqual([["B8", "info", "rounding"]]);
    expect(findings[0].message).toContain("avrundningsdifferens");
  });

  it("calls a difference of 4 units on five parts an error", () => {
    const { findings } = note(2_261 + 4);
    expect(findings.filter((f) => f.severity === "error").map((f) => f.cell)).toEqual(["B8"]);
  });

  it("says nothing when the parts add up exactly", () => {
    expect(note(2_261).findings).toEqual([]);
  });
});
