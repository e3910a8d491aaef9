/**
 * The running header and the page number are dropped before the tables are rebuilt, content is
 * not. Positions as pdf.js gives them for test/fixtures/reports/kalmar-2024-per-sheet.pdf (A4,
 * points from the bottom left): the title at the top right, the page number centred at the foot.
 */
import type { TextPiece } from "../../src/report/pdfLayout";
import { withoutRunningText } from "../../src/report/runningText";

const piece = (str: string, x: number, y: number, size = 9): TextPiece => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});
const TITLE = "Samordningsförbundet i Kalmar län – Årsredovisning 2024";

function page(n: number, heading: string, lastLine: TextPiece[]): TextPiece[] {
  return [
    piece(TITLE, 308.2, 804.1, 10),
    piece(heading, 56.8, 766.5, 18),
    piece("Årets resultat enligt resultaträkningen", 59.1, 731.1),
    piece("-1 318 124", 520.1, 731.1),
    ...lastLine,
    piece(String(n), 309.2, 39.1, 10),
  ];
}

it("drops the title and page number found on every page, keeps headings and rows", () => {
  const pages = [
    page(1, "1.1. Översikt över verksamhetens utveckling", [
      piece("Antal anställda", 59.1, 600),
      piece("2,875", 540, 600),
    ]),
    page(2, "Balanskravsresultat", [
      piece("= Balanskravsresultat", 59.1, 600),
      piece("-1 318 124", 520.1, 600),
    ]),
    page(3, "5. Driftredovisning", [piece("Öresutjämning:", 59.1, 610), piece("-19", 540, 610)]),
  ];
  const kept = withoutRunningText(pages).map((p) => p.map((x) => x.str));
  for (const [i, p] of kept.entries()) {
    expect(p).not.toContain(TITLE);
    expect(p).not.toContain(String(i + 1));
  }
  expect(kept[0]).toContain("1.1. Översikt över verksamhetens utveckling");
  // The same row at the same height on every page is content when it is not at the page's edge.
  expect(kept.every((p) => p.includes("Årets resultat enligt resultaträkningen"))).toBe(true);
  expect(kept[1]).toEqual([
    "Balanskravsresultat",
    "Årets resultat enligt resultaträkningen",
    "-1 318 124",
    "= Balanskravsresultat",
    "-1 318 124",
  ]);
});

it("keeps everything of a one-page report (nothing recurs)", () => {
  const one = [page(1, "Resultaträkning", [])];
  expect(withoutRunningText(one)).toEqual(one);
});
