/**
 * Which lone texts head a column: a header says a period ("Per 2025-08-31", "Utfall t o m augusti
 * 2025"); a page's running header or footer ("Värend årsredovisning 2025", "Sida 4") names a year
 * among other words and heads nothing, so a statement printed over two pages keeps its columns.
 */
import type { GridCell } from "../../src/engine/check/read/grid";
import { isHeaderRow } from "../../src/engine/check/read/header";

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
