import { displayDate, displayNumber, excelSerial } from "../../src/engine/workbook/displayText";

describe("displayNumber: what a Swedish Excel shows", () => {
  it.each([
    [1920460, "# ##0", "1\u00A0920\u00A0460"],
    [-1920460, "#,##0", "-1\u00A0920\u00A0460"],
    [0, '# ##0;-# ##0;"-"', "-"],
    [-5, '# ##0;-# ##0;"-"', "-5"],
    [-42, "#,##0;(#,##0)", "(42)"],
    [0.54, "0%", "54\u00A0%"],
    [0.005, "0.0%", "0,5\u00A0%"],
    [-1234.5, "#,##0.00", "-1\u00A0234,50"],
    [2.875, "General", "2,875"],
    [2.875, undefined, "2,875"],
  ])("%p in %p → %p", (value, fmt, shown) => {
    expect(displayNumber(value, fmt)).toBe(shown);
  });
});

describe("a figure its format cannot show", () => {
  it("is shown as General, never as Infinity or NaN", () => {
    expect(displayNumber(1e308, "0%")).not.toMatch(/Infinity|NaN/);
    expect(displayNumber(1e308, "# ##0")).not.toMatch(/Infinity|NaN/);
  });
});

describe("dates", () => {
  it("gives the Excel serial number and ISO text of a date", () => {
    const d = new Date("2025-12-31T00:00:00Z");
    expect(excelSerial(d)).toBe(46022);
    expect(displayDate(d)).toBe("2025-12-31");
  });
});
