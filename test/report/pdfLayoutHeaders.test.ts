/**
 * A column header wrapped onto two lines in its cell is one header: "Utfall jan-" over "dec 2025"
 * is "Utfall jan-dec 2025" (a word broken at its hyphen), "Avvikelse utfall –" over "budget" is
 * "Avvikelse utfall – budget" (a dash between words), "Utfall jan-dec" over "2025" keeps its year.
 * Positions as pdf.js gives them for a driftredovisning exported by Writer (A4, points).
 */
import type { ReportRow } from "../../src/report/cells";
import { type TextPiece, pageRows } from "../../src/report/pdfLayout";

const piece = (str: string, x: number, y: number, size = 9): TextPiece => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});
/** Right-aligned at x, as Word sets a header and an amount over a column. */
const right = (str: string, x: number, y: number): TextPiece => piece(str, x - str.length * 4.5, y);
const cells = (rows: readonly ReportRow[]): string[][] => rows.map((r) => [...r.cells]);

it.each([
  ["Utfall jan-", "dec 2025", "Utfall jan-dec 2025"],
  ["Avvikelse utfall –", "budget", "Avvikelse utfall – budget"],
  ["Utfall jan-dec", "2025", "Utfall jan-dec 2025"],
])("joins %s over %s as %s", (top, bottom, header) => {
  const pieces = [
    piece("Belopp tkr", 56.8, 720),
    right(top, 400, 720),
    right(bottom, 400, 709.6),
    piece("Nettokostnad", 56.8, 690),
    right("1 876 309", 400, 690),
    piece("Medlemsavgift", 56.8, 675.6),
    right("8 524 000", 400, 675.6),
  ];
  expect(cells(pageRows(pieces))).toEqual([
    ["Belopp tkr", header],
    [],
    ["Nettokostnad", "1 876 309"],
    ["Medlemsavgift", "8 524 000"],
  ]);
});
