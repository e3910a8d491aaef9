/**
 * Which lone texts head a column: a header says a period ("Per 2025-08-31", "Utfall t o m augusti
 * 2025"); a page's running header or footer ("Värend årsredovisning 2025", "Sida 4") names a year
 * among other words and heads nothing, so a statement printed over two pages keeps its columns.
 */
import Decimal from "decimal.js";
import type { GridCell } from "../../src/engine/check/read/grid";
import { headerYears, isHeaderRow } from "../../src/engine/check/read/header";

const lone = (str: string): GridCell[] => [
  { row: 0, col: 1, raw: str, str, dash: false, percent: false, decimals: 0, error: false },
];

describe("a row of one text", () => {
  it.each([
    "Per 2025-08-31",
    "Utfall t o m augusti 2025",
    "Aktuell budget jan-dec 2025",
    "Ack utfall 2025",
    "Bokslut År 2024",
  ])("heads its column when it says a period: %s", (text) => expect(isHeaderRow(lone(text))).toBe(true));

  it.each([
    "Värend årsredovisning 2025",
    "Årsredovisning 2025",
    "Samordningsförbundet Kalmar län 2024",
    "Sida 4",
  ])("heads nothing when it is a page's running header or footer: %s", (text) =>
    expect(isHeaderRow(lone(text))).toBe(false),
  );
});

describe("a row naming the bodies above the years", () => {
  const row = (...texts: string[]): GridCell[] =>
    texts.map((str, col) => ({
      row: 0,
      col,
      raw: str,
      str,
      dash: false,
      percent: false,
      decimals: 0,
      error: false,
    }));

  it.each([
    [["KOMMUNEN", "KONCERNEN"]],
    [["Belopp i tkr", "Kommunen", "Koncernen"]],
    // "Not" and the unit in cells merged over both header rows show in the upper one.
    [["Belopp i tkr", "Not", "Kommunen", "Koncernen"]],
    [["Not", "KOMMUN", "KONCERN"]],
  ])("heads the columns: %j", (texts) => expect(isHeaderRow(row(...texts))).toBe(true));

  it("is no header when it holds an amount (a line about a body)", () => {
    const cells = row("Fordringar hos kommunen", "Not");
    const amount = { ...cells[1], col: 2, raw: 1200, str: "1 200" };
    expect(isHeaderRow([...cells, { ...amount, amount: new Decimal(1200) }])).toBe(false);
  });
});

describe("an amount written with a decimal comma", () => {
  it.each(["1991,0", "2024,5", "−1903,9"])("names no year: %s", (text) => {
    expect(headerYears(text)).toEqual([]);
    expect(isHeaderRow(lone(text))).toBe(false);
  });

  it.each([
    ["2025-01-01–2025-12-31", [2025, 2025]],
    ["Helår 2025", [2025]],
    ["12/31/2025", [2025]],
  ])("while a header still names its years: %s", (text, years) => expect(headerYears(text)).toEqual(years));
});
