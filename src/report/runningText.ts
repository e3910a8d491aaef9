/**
 * A report's running header and footer (its title at the top of every page, the page number at the
 * bottom) are no part of its tables: read as rows, the page number becomes a column of its own.
 * They are the lines at the very top or bottom of a page that recur, at the same height, on most
 * pages, with only their digits changing ("Sida 3 av 40"). Pure, on the pieces pdf.js gives.
 */
import type { TextPiece } from "./pdfLayout";

/** Lines this far from the top or bottom of the page (counted in baselines) may be running text. */
const EDGE_LINES = 2;

/** The pages without their running header and footer. */
export function withoutRunningText(pages: readonly (readonly TextPiece[])[]): TextPiece[][] {
  const keyed = pages.map((pieces) => edgeKeys(pieces));
  const pagesWith = new Map<string, number>();
  for (const keys of keyed)
    for (const key of new Set(keys.values())) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  return pages.map((pieces, i) =>
    pieces.filter((p) => {
      const key = keyed[i].get(p);
      return key === undefined || (pagesWith.get(key) ?? 0) < needed;
    }),
  );
}

/** Each piece on one of the page's top or bottom lines, with its height and its text, digits aside. */
function edgeKeys(pieces: readonly TextPiece[]): Map<TextPiece, string> {
  const visible = pieces.filter((p) => p.str.trim() !== "");
  const baselines = [...new Set(visible.map((p) => Math.round(p.y)))].sort((a, b) => b - a);
  const edges = new Set([...baselines.slice(0, EDGE_LINES), ...baselines.slice(-EDGE_LINES)]);
  const byLine = new Map<number, TextPiece[]>();
  for (const p of visible) {
    const y = Math.round(p.y);
    if (!edges.has(y)) continue;
    byLine.set(y, [...(byLine.get(y) ?? []), p]);
  }
  const keys = new Map<TextPiece, string>();
  for (const [y, line] of byLine) {
    const text = line
      .sort((a, b) => a.x - b.x)
      .map((p) => p.str.trim())
      .join(" ")
      .replace(/\d+/g, "#");
    for (const p of line) keys.set(p, `${y}|${text}`);
  }
  return keys;
}
