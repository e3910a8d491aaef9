/**
 * Note references are read in the "Not" column of their own table, even when another table on
 * the page has amounts in that column: a workbook printed from Excel or Calc puts the five-year
 * overview's first year in the spreadsheet column where the balansräkning has its notes.
 * Positions as pdf.js gives them for such a sheet printed by Calc (landscape, points): columns
 * A 56.8–170, B 170–250, C 250–330, D 330–410, E 410–490, F 490–570; numbers right-aligned in
 * their cells, text left-aligned.
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
/** A number right-aligned in the cell ending at x. */
const num = (str: string, x: number, y: number): TextPiece => piece(str, x - str.length * 4.5, y);
const cells = (rows: readonly ReportRow[]): string[][] =>
  rows.map((r) => {
    const out = [...r.cells];
    while (out.length > 0 && !out[out.length - 1]) out.pop();
    return out;
  });

const RIGHTS = [248, 328, 408, 488, 568];

it("reads a note reference under its table's Not header beside the overview's amounts", () => {
  const pieces: TextPiece[] = [
    piece("1:1 Översikt över verksamhetens utveckling", 56.8, 560, 12),
    ...["2025", "2024", "2023", "2022", "2021"].map((y, i) => num(y, RIGHTS[i], 540)),
  ];
  const overview: [string, string[]][] = [
    ["Verksamhetens intäkter", ["8 572 170", "4 383 155", "4 398 781", "4 280 662", "4 344 495"]],
    ["Årets resultat", ["1 920 460", "-1 587 235", "-41 688", "500 807", "754 451"]],
  ];
  overview.forEach(([label, amounts], r) => {
    pieces.push(piece(label, 56.8, 528 - 12 * r));
    amounts.forEach((a, i) => pieces.push(num(a, RIGHTS[i], 528 - 12 * r)));
  });
  pieces.push(
    piece("4 BALANSRÄKNING", 56.8, 470, 12),
    piece("Belopp i kr.", 56.8, 450),
    piece("Not", 172, 450),
    piece("2025-12-31", 252, 450),
    piece("2024-12-31", 332, 450),
  );
  const br: [string, string, string, string][] = [
    ["Korta fordringar", "3,4", "1 063 673", "537 519"],
    ["Kassa och bank", "5", "3 848 705", "1 919 856"],
    ["Summa omsättningstillgångar", "", "4 912 378", "2 457 375"],
  ];
  br.forEach(([label, note, a, b], r) => {
    const y = 438 - 12 * r;
    pieces.push(piece(label, 56.8, y));
    // Excel and Calc put text left in its cell and a number right.
    if (note) pieces.push(note.includes(",") ? piece(note, 172, y) : num(note, 248, y));
    pieces.push(num(a, 328, y), num(b, 408, y));
  });
  const rows = cells(pageRows(pieces));
  const kassa = rows.find((r) => r[0] === "Kassa och bank")!;
  const korta = rows.find((r) => r[0] === "Korta fordringar")!;
  expect(kassa[1]).toBe("5");
  expect(korta[1]).toBe("3,4");
  // Both lines' amounts in the same columns.
  expect(kassa.indexOf("3 848 705")).toBe(korta.indexOf("1 063 673"));
});
