/**
 * A page set in columns, cut into the flows a reader follows: the förvaltningsberättelse in Word's
 * newspaper columns, two small tables side by side (two notes across the page), above and below
 * them text and tables over the full width. Read line by line across the page, a left-column line
 * and the right-column line on the same baseline would become one row ("… överskott 2 underskott
 * att …", a note's amounts beside the other note's label), so the columns are found first.
 *
 * A column's gutter is a vertical band without text running down a stretch of the page, with the
 * right column's text beginning at one left edge beyond it: at least MIN_LINES lines begin there with
 * words (a paragraph's lines, a table's labels), and most lines with anything right of the band do.
 * That tells a second column from a table's own columns: an amount column's figures are
 * right-aligned and begin where their width puts them, and a table's header words over it stand on
 * one or two lines, not down the table. Pure, on the pieces pdf.js gives.
 */
import { parseAmount } from "../engine/amount/parseAmount";
import { type Chunk, type Line, type TextPiece, toLines } from "./pdfLines";

/** The gutter is at least this many font sizes wide (Word's default is 1.25 cm, 3.5 at 10 pt). */
const GUTTER = 1;
/** Left edges within this many points are one edge. */
const ALIGN = 2;
/** A column edge lies at least this many font sizes right of the page's margin (no indent). */
const MIN_INDENT = 8;
/** Lines that must begin with words at the right column's edge. */
const MIN_LINES = 3;
/** Of the lines with text right of the gutter, at least this share begins at the edge. */
const SHARE = 0.6;
/** A line at most this many font sizes below the one before continues the same column. */
const CONTIGUOUS = 2;
/** Columns within columns are looked for this deep. */
const MAX_DEPTH = 3;

/** The page's pieces as flows in reading order; a page without columns is one flow, unchanged. */
export function flows(pieces: readonly TextPiece[], depth = 0): (readonly TextPiece[])[] {
  if (depth >= MAX_DEPTH) return [pieces];
  const lines = toLines(pieces);
  const region = firstRegion(lines);
  if (!region) return [pieces];
  const { from, to, edge } = region;
  const left: TextPiece[] = [];
  const right: TextPiece[] = [];
  for (const line of lines.slice(from, to + 1))
    for (const c of line.chunks) (c.x0 >= edge - ALIGN ? right : left).push(...c.pieces);
  const above = piecesOf(lines.slice(0, from));
  const below = piecesOf(lines.slice(to + 1));
  return [
    ...(above.length > 0 ? [above] : []),
    ...flows(left, depth + 1),
    ...flows(right, depth + 1),
    // The rest of the page may hold more columns; it has fewer lines, so this ends.
    ...(below.length > 0 ? flows(below, depth) : []),
  ];
}

interface Region {
  /** First and last line (indices into the page's lines) set in columns. */
  readonly from: number;
  readonly to: number;
  /** Where the right column's text begins. */
  readonly edge: number;
}

const piecesOf = (lines: readonly Line[]): TextPiece[] =>
  lines.flatMap((l) => l.chunks.flatMap((c) => c.pieces));

/** Words, not an amount, a dash or a note reference ("3,4" reads as an amount). */
const isWords = (c: Chunk): boolean => !parseAmount(c.text).ok;

/** An amount of a line, not a year over a column ("2025"). */
const isFigure = (c: Chunk): boolean => parseAmount(c.text).ok && !/^(19|20)\d\d$/.test(c.text);

/**
 * A full-width table's row seen against a gutter: words only left of it, and right of it the line
 * goes on with amounts, right-aligned where their columns end, not at the column's edge ("Kassa …
 * 40 … 40"). Beside a column the left part would have its own amounts (a table), or the right part
 * would begin at the edge (a line of text, even one that begins with an amount: "kr 13 624 000.").
 */
function fullWidthRow(line: Line, edge: number): boolean {
  const left = line.chunks.filter((c) => c.x0 < edge - ALIGN);
  const right = line.chunks.filter((c) => c.x0 >= edge - ALIGN);
  return (
    left.length > 0 &&
    right.length > 0 &&
    !left.some(isFigure) &&
    isFigure(right[0]) &&
    Math.abs(right[0].x0 - edge) > ALIGN
  );
}

/** A line of running text: words over this many font sizes (a column's line, not a header's word). */
const PROSE = 15;

/**
 * Both sides hold what a column holds, a table's amounts or lines of running text: not the words
 * of a header wrapped in narrow cells ("Aktuell" over "budget jan-" over "dec 2024").
 */
function bothSidesRead(stretch: readonly Line[], edge: number): boolean {
  const read = (c: Chunk) => isFigure(c) || (isWords(c) && c.x1 - c.x0 >= PROSE * c.size);
  const chunks = stretch.flatMap((l) => l.chunks);
  return (
    chunks.some((c) => c.x0 < edge - ALIGN && read(c)) && chunks.some((c) => c.x0 >= edge - ALIGN && read(c))
  );
}

/** The topmost stretch of the page set in two columns, if any. */
function firstRegion(lines: readonly Line[]): Region | undefined {
  if (lines.length < MIN_LINES) return undefined;
  const margin = Math.min(...lines.map((l) => l.chunks[0].x0));
  let best: Region | undefined;
  for (const edge of candidateEdges(lines, margin)) {
    const region = regionAt(lines, edge);
    if (region && (!best || region.from < best.from)) best = region;
  }
  return best;
}

/**
 * Left edges where words begin well right of the margin after a gap of a gutter's width (or at a
 * line's start), shared by at least MIN_LINES lines.
 */
function candidateEdges(lines: readonly Line[], margin: number): number[] {
  const xs: number[] = [];
  for (const line of lines)
    line.chunks.forEach((c, i) => {
      const gap = i === 0 ? Infinity : c.x0 - line.chunks[i - 1].x1;
      if (isWords(c) && c.x0 - margin >= MIN_INDENT * c.size && gap >= GUTTER * c.size) xs.push(c.x0);
    });
  xs.sort((a, b) => a - b);
  const edges: number[] = [];
  for (let i = 0; i < xs.length;) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] - xs[i] <= ALIGN) j++;
    if (j - i + 1 >= MIN_LINES) edges.push(xs[i]);
    i = j + 1;
  }
  return edges;
}

/** The first stretch of lines that a gutter before `edge` divides into two columns, if any. */
function regionAt(lines: readonly Line[], edge: number): Region | undefined {
  const right = (l: Line) => l.chunks.filter((c) => c.x0 >= edge - ALIGN);
  const hasLeft = (l: Line) => l.chunks.some((c) => c.x0 < edge - ALIGN);
  // Nothing crosses the gutter: each chunk ends a gutter's width before the edge or begins at it;
  // and the line is no row of a table over the full width, a label with its amounts far right.
  const fits = (l: Line) =>
    l.chunks.every((c) => c.x0 >= edge - ALIGN || c.x1 <= edge - GUTTER * l.size) && !fullWidthRow(l, edge);
  const atEdge = (l: Line) => {
    const first = right(l)[0];
    return first !== undefined && first.x0 - edge <= ALIGN;
  };
  const begins = (l: Line) => atEdge(l) && isWords(right(l)[0]);
  // Beyond the first and last lines that begin with words at the edge, the columns go on over
  // lines with nothing right of the gutter or with text at the edge ("2025." ending a paragraph).
  const columnLine = (l: Line) => right(l).length === 0 || atEdge(l);
  const near = (upper: Line, lower: Line) =>
    upper.y - lower.y <= CONTIGUOUS * Math.max(upper.size, lower.size);

  for (let start = 0; start < lines.length;) {
    if (!fits(lines[start])) {
      start++;
      continue;
    }
    let end = start;
    while (end + 1 < lines.length && fits(lines[end + 1])) end++;
    const beginning = [];
    for (let i = start; i <= end; i++) if (begins(lines[i])) beginning.push(i);
    if (beginning.length >= MIN_LINES) {
      let from = beginning[0];
      let to = beginning[beginning.length - 1];
      // A column's lines above or below the other column's (a heading over the left column, the
      // left column running on below a shorter right one) belong to the stretch.
      while (from > start && columnLine(lines[from - 1]) && near(lines[from - 1], lines[from])) from--;
      while (to < end && columnLine(lines[to + 1]) && near(lines[to], lines[to + 1])) to++;
      const stretch = lines.slice(from, to + 1);
      const withRight = stretch.filter((l) => right(l).length > 0).length;
      const withLeft = stretch.filter(hasLeft).length;
      const begun = stretch.filter(begins).length;
      if (begun >= SHARE * withRight && withLeft >= MIN_LINES && bothSidesRead(stretch, edge))
        return { from, to, edge };
    }
    start = end + 1;
  }
  return undefined;
}
