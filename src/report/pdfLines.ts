/**
 * A PDF page's text pieces grouped as the eye groups them: pieces on one baseline are a line, and
 * within a line, pieces close together are one chunk (a cell's text, a run of words). The table
 * reader (pdfLayout) and the column finder (pdfColumns) both start from these lines. Pure.
 */
import { parseAmount } from "../engine/amount/parseAmount";

/** A piece of text as pdf.js places it: left x and baseline y in points (y grows upwards), its width and font size. */
export interface TextPiece {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

export interface Chunk {
  text: string;
  x0: number;
  x1: number;
  size: number;
  /** The pieces the chunk was made of, so that a page can be cut between chunks. */
  readonly pieces: TextPiece[];
}

export interface Line {
  readonly y: number;
  readonly size: number;
  readonly chunks: Chunk[];
}

/** Pieces within this share of the font size of each other are one cell's text. */
const JOIN_GAP = 0.5;
/** Baselines within this share of the font size are one line. */
const SAME_LINE = 0.3;

/** An amount of a line ("1 063 673", "−6 649 090"), not a dash standing for nothing. */
export function isAmount(text: string): boolean {
  const parsed = parseAmount(text);
  return parsed.ok && !parsed.dash;
}

/** Pieces → lines (top to bottom), each line's pieces → chunks (left to right). */
export function toLines(pieces: readonly TextPiece[]): Line[] {
  const visible = pieces
    .filter((p) => p.str.trim() !== "" && Number.isFinite(p.x) && Number.isFinite(p.y) && p.size > 0)
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: TextPiece[][] = [];
  for (const p of visible) {
    const g = groups[groups.length - 1];
    if (g && Math.abs(g[0].y - p.y) <= SAME_LINE * Math.max(g[0].size, p.size)) g.push(p);
    else groups.push([p]);
  }
  return groups.map((g) => {
    g.sort((a, b) => a.x - b.x);
    const chunks: Chunk[] = [];
    for (const p of g) {
      const last = chunks[chunks.length - 1];
      const gap = last ? p.x - last.x1 : Infinity;
      if (last && gap < JOIN_GAP * Math.max(last.size, p.size)) {
        last.text += (gap > 0.15 * p.size ? " " : "") + p.str.trim();
        last.x1 = Math.max(last.x1, p.x + p.width);
        last.pieces.push(p);
      } else chunks.push({ text: p.str.trim(), x0: p.x, x1: p.x + p.width, size: p.size, pieces: [p] });
    }
    return { y: g[0].y, size: Math.max(...g.map((p) => p.size)), chunks };
  });
}
