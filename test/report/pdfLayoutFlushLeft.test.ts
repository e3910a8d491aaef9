/**
 * Amounts set flush left, at a left tab stop or in a left-aligned cell, as a förvaltningsberättelse
 * lists its costs ("Individinriktade insatser:⇥4 549 570 kr"): they end where their width puts
 * them, yet they are one column. Right-aligned amounts keep their columns by their right edges.
 * Positions as pdf.js gives them for such a list exported by Writer (A4, points).
 */
import type { ReportRow } from "../../src/report/cells";
import { type TextPiece, pageRows } from "../../src/report/pdfLayout";

const piece = (str: string, x: number, y: number, size = 10): TextPiece => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});
const cells = (rows: readonly ReportRow[]): string[][] =>
  rows.map((r) => {
    const out = [...r.cells];
    while (out.length > 0 && !out[out.length - 1]) out.pop();
    return out;
  });

const LIST = [
  ["Individinriktade insatser:", "4 549 570 kr"],
  ["Strukturövergripande insatser:", "506 283 kr"],
  ["Administration och drift:", "1 591 825 kr"],
  ["Totalt", "6 647 678 kr"],
];

it("reads a list with its amounts at a left tab stop as one column", () => {
  const pieces = LIST.flatMap(([label, amount], i) => [
    piece(label, 56.8, 700 - 13.2 * i),
    piece(amount, 316.8, 700 - 13.2 * i),
  ]);
  expect(cells(pageRows(pieces))).toEqual(LIST);
});

it("keeps two right-aligned columns apart whose widest amounts begin at one edge", () => {
  // Both columns hold amounts of several widths; only the widest of each begin together.
  const rows: [string, string, string][] = [
    ["Verksamhetens intäkter", "8 525 399", "4 319 858"],
    ["Finansiella intäkter", "46 771", "63 297"],
    ["Finansiella kostnader", "−2 620", "−2 110"],
    ["Årets resultat", "1 920 460", "−1 587 235"],
  ];
  const pieces = rows.flatMap(([label, a, b], i) => {
    const y = 700 - 14.4 * i;
    return [
      piece(label, 56.8, y, 9),
      piece(a, 440 - a.length * 4.5, y, 9),
      piece(b, 535 - b.length * 4.5, y, 9),
    ];
  });
  expect(cells(pageRows(pieces))).toEqual(rows);
});

it("does not make a column of amounts of one width that share both edges", () => {
  const pieces = LIST.slice(0, 3).flatMap(([label], i) => [
    piece(label, 56.8, 700 - 13.2 * i),
    piece("1 000 000", 400, 700 - 13.2 * i),
  ]);
  expect(cells(pageRows(pieces)).map((r) => r.length)).toEqual([2, 2, 2]);
});
