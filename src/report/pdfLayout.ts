/**
 * A PDF page's text pieces, with their positions, rebuilt into table rows. A PDF has no tables,
 * only text placed on the page, so the reader reads as the eye does:
 * - a line is the pieces on one baseline; pieces close together are one cell's text;
 * - the first text of a line, where the line's label stands, is the label;
 * - amounts are right-aligned, so a column is the amounts whose right edges line up (down the whole
 *   page); header text ("2025-12-31", "Utfall jan-dec") belongs to the column it lies over;
 * - note references ("3", "3,4") stand under a "Not" header and stay references, not amounts;
 * - a wide vertical gap (space before a heading, between tables) is a blank row, as in a workbook.
 * Pure: no pdf.js here, so it is tested with the pieces pdf.js gives for the committed reports.
 */
import { NOTE_HEADER, type ReportRow } from "./cells";
import { flows } from "./pdfColumns";
import { type Chunk, type Line, type TextPiece, isAmount, toLines } from "./pdfLines";

export type { TextPiece } from "./pdfLines";

/** "3", "12", "3,4", "6, 7": a reference to one or more notes. */
const NOTE_REF = /^\d{1,2}(\s*(,|&|och)\s*\d{1,2})*$/;

/** Right edges within this many points are one column. */
const COLUMN_TOLERANCE = 3;
/** A gap between baselines of more than this many font sizes is a blank row. */
const BLANK_ROW_GAP = 2;

/**
 * One page's pieces → rows (label, note, amount columns), in reading order. A page set in columns
 * (two columns of text, two small tables side by side) is read column by column, each column as a
 * page of its own, a blank row between them, as between pages: a left-column line is never joined
 * with the right-column line beside it.
 */
export function pageRows(pieces: readonly TextPiece[]): ReportRow[] {
  return readPage(pieces, undefined).rows;
}

/**
 * The pages' rows, each page's as pageRows reads it, but a page that goes on with a table of the
 * page before (its first line beyond a label is a table row, no header over its columns) numbers
 * its amount columns as that page's last table did, where its columns end where that table's did.
 * A sheet printed from Calc or Excel keeps its columns' places from page to page, but a page
 * numbers the columns it finds: a note run over the page break would be read in other columns
 * than its header's ("2025" over the third, the continuation's 2025 amounts in the second).
 */
export function pagesRows(pages: readonly (readonly TextPiece[])[]): ReportRow[][] {
  let carried: Layout | undefined;
  return pages.map((pieces) => {
    const read = readPage(pieces, carried);
    // A page without amount columns (running text, a title page) ends no table: the last layout
    // read is kept only over pages with rows of their own that have columns.
    if (read.layout) carried = read.layout;
    else if (read.rows.length > 0) carried = undefined;
    return read.rows;
  });
}

/** Where a flow's amount columns end and which cells they were read into. */
interface Layout {
  readonly columns: readonly { readonly right: number; readonly cell: number }[];
}

function readPage(
  pieces: readonly TextPiece[],
  carried: Layout | undefined,
): { rows: ReportRow[]; layout: Layout | undefined } {
  const rows: ReportRow[] = [];
  let layout: Layout | undefined;
  flows(pieces).forEach((flow, i, all) => {
    const part = flowRows(flow, i === 0 ? carried : undefined);
    if (i === all.length - 1) layout = part.layout;
    if (part.rows.length === 0) return;
    if (rows.length > 0) rows.push({ cells: [] });
    rows.push(...part.rows);
  });
  return { rows, layout };
}

/** The rows of one flow of text (a page, or one column of it). */
function flowRows(
  pieces: readonly TextPiece[],
  carried?: Layout,
): { rows: ReportRow[]; layout: Layout | undefined } {
  const lines = toLines(pieces);
  if (lines.length === 0) return { rows: [], layout: undefined };
  const left = Math.min(...lines.map((l) => l.chunks[0].x0));
  // A line's first text is its label where it starts at the left margin (labels may be indented a
  // little); a first text further right is a column's ("2025" over the amounts, "Utfall jan-").
  const nearMargin = (line: Line): boolean => line.chunks[0].x0 - left < 2 * line.size;
  const atMargin = (line: Line, i: number): boolean => i === 0 && nearMargin(line);
  const firstColumnLeft = Math.min(...amountColumns(lines, atMargin, new Set()).map((c) => c.left));
  const isLabel = (line: Line, i: number): boolean =>
    i === 0 && (nearMargin(line) || (!isAmount(line.chunks[0].text) && line.chunks[0].x1 < firstColumnLeft));

  // Note references: under a "Not" header above them on the page, left of where its amounts begin.
  const noteHeaders: { chunk: Chunk; line: number }[] = [];
  const noteChunks = new Set<Chunk>();
  lines.forEach((line, n) => {
    line.chunks.forEach((c, i) => {
      if (i > 0 && NOTE_HEADER.test(c.text)) noteHeaders.push({ chunk: c, line: n });
      else if (
        !isLabel(line, i) &&
        NOTE_REF.test(c.text) &&
        line.chunks.slice(i + 1).some((next) => isAmount(next.text)) &&
        noteHeaders.some(
          (h) =>
            c.x0 > h.chunk.x0 - c.size &&
            c.x1 < amountsStart(lines, h.line, h.chunk, isLabel) &&
            !newTableBetween(lines, h.line, n, isLabel),
        )
      )
        noteChunks.add(c);
    });
  });

  const columns = amountColumns(lines, isLabel, noteChunks);
  const hasNotes = noteHeaders.length > 0;
  const first = hasNotes ? 2 : 1;
  const continued = continuedCells(lines, columns, isLabel, carried);
  const cellOf = continued && continued[0] >= first ? continued : columns.map((_, i) => first + i);
  const rows: ReportRow[] = [];
  let previous: Line | undefined;
  let previousCells: string[] | undefined;
  const lastTable = new Set<number>();
  for (const line of lines) {
    const pitch = previous ? previous.y - line.y : Infinity;
    if (previous && pitch > BLANK_ROW_GAP * Math.max(previous.size, line.size)) rows.push({ cells: [] });
    const cells: string[] = [];
    const put = (col: number, text: string) => {
      while (cells.length <= col) cells.push("");
      cells[col] = cells[col] ? `${cells[col]} ${text}` : text;
    };
    // The last table's columns: those its amounts are in, since the last line over the columns.
    if (line.chunks.some((c, i) => !isLabel(line, i)) && isHeaderLine(line, columns, isLabel))
      lastTable.clear();
    line.chunks.forEach((c, i) => {
      if (isLabel(line, i)) put(0, c.text);
      else if (hasNotes && (noteChunks.has(c) || NOTE_HEADER.test(c.text))) put(1, c.text);
      else {
        const col = columnOf(c, columns, left);
        // Text nearer the margin than the first column is part of the label (printed in two pieces).
        if (col < 0) put(0, c.text);
        else {
          put(cellOf[col], c.text);
          if (isAmount(c.text)) lastTable.add(col);
        }
      }
    });
    // A header cell's text wrapped onto a second line ("Utfall jan-" over "dec 2025") is one
    // header: lines set closer than table rows, neither with amounts, at least one over the columns.
    const wrapped =
      previous !== undefined &&
      previousCells !== undefined &&
      Math.abs(previous.size - line.size) < 0.1 * line.size &&
      pitch < WRAPPED_PITCH * line.size &&
      isHeaderLine(previous, columns, isLabel) &&
      isHeaderLine(line, columns, isLabel) &&
      (previousCells.length > 1 || cells.length > 1) &&
      // Two labels are two lines ("Tillgångar" over "Anläggningstillgångar"), however tight the rows.
      !(previousCells[0] && cells[0]);
    if (wrapped && previousCells) {
      cells.forEach((text, col) => {
        if (!text) return;
        while (previousCells!.length <= col) previousCells!.push("");
        const before = previousCells![col];
        // "jan-" + "dec 2025" is "jan-dec 2025": a word broken at its hyphen; "utfall –" + "budget"
        // is "utfall – budget", a dash between words.
        previousCells![col] = before ? `${before}${/\p{L}[-\u2013]$/u.test(before) ? "" : " "}${text}` : text;
      });
    } else {
      rows.push({ cells, noteColumns: hasNotes ? NOTE_COLUMN : undefined });
      previousCells = cells;
    }
    previous = line;
  }
  const layout =
    lastTable.size > 0
      ? {
          columns: [...lastTable]
            .sort((a, b) => a - b)
            .map((i) => ({ right: columns[i].right, cell: cellOf[i] })),
        }
      : undefined;
  return { rows, layout };
}

/**
 * The cells of a flow's columns where it continues the table before it (see pagesRows): its first
 * line with more than a label holds an amount in a column, and every column (none set flush left)
 * has the columns of the table before: each ends within COLUMN_TOLERANCE of one of them. A table
 * of other columns (Word sets every table's last column at the right margin) reads as now.
 */
function continuedCells(
  lines: readonly Line[],
  columns: readonly Column[],
  isLabel: (line: Line, i: number) => boolean,
  carried: Layout | undefined,
): number[] | undefined {
  if (!carried || columns.length !== carried.columns.length || columns.some((c) => c.flushLeft))
    return undefined;
  const firstRow = lines.find((line) => line.chunks.some((_, i) => !isLabel(line, i)));
  if (!firstRow || isHeaderLine(firstRow, columns, isLabel)) return undefined;
  const cells: number[] = [];
  for (const col of columns) {
    const match = carried.columns.find((c) => Math.abs(c.right - col.right) <= COLUMN_TOLERANCE);
    if (!match || (cells.length > 0 && match.cell <= cells[cells.length - 1])) return undefined;
    cells.push(match.cell);
  }
  return cells;
}

/** Lines of a wrapped cell are set at about 1.15 font sizes; table rows and paragraphs further apart. */
const WRAPPED_PITCH = 1.4;

/** A line of column headers or of label text: nothing on it is an amount in a column. */
function isHeaderLine(
  line: Line,
  columns: readonly Column[],
  isLabel: (line: Line, i: number) => boolean,
): boolean {
  return line.chunks.every(
    (c, i) => isLabel(line, i) || !isAmount(c.text) || YEAR.test(c.text) || columns.length === 0,
  );
}

/** A year in a header ("Utfall jan-dec" over "2025"), not an amount of a line. */
const YEAR = /^(19|20)\d\d$/;

const NOTE_COLUMN: ReadonlySet<number> = new Set([1]);

/**
 * Where the amounts right of a "Not" header begin: the leftmost start of an amount that is no note
 * reference, in the header's own table (from the header down to the first blank row after an
 * amount, or to the next "Not" header). A reference lies between the header and there, however it
 * is aligned (Word centres or right-aligns it, Excel puts a number right and the header text left).
 * Other tables on the page are left out: a sheet printed from Excel puts the five-year overview's
 * amounts in the spreadsheet column where the balansräkning has its notes.
 */
function amountsStart(
  lines: readonly Line[],
  headerLine: number,
  header: Chunk,
  isLabel: (line: Line, i: number) => boolean,
): number {
  let start = Infinity;
  for (let n = headerLine; n < lines.length; n++) {
    const line = lines[n];
    if (n > headerLine) {
      const gap = lines[n - 1].y - line.y > BLANK_ROW_GAP * Math.max(lines[n - 1].size, line.size);
      if ((gap && start < Infinity) || line.chunks.some((c, i) => i > 0 && NOTE_HEADER.test(c.text))) break;
    }
    line.chunks.forEach((c, i) => {
      if (!isLabel(line, i) && c.x0 > header.x1 && isAmount(c.text) && !NOTE_REF.test(c.text))
        start = Math.min(start, c.x0);
    });
  }
  return start;
}

/** A line over a table's columns that names a year ("2025-12-31", "Utfall jan-dec 2025"), no "Not". */
function yearHeader(line: Line, isLabel: (line: Line, i: number) => boolean): boolean {
  const over = line.chunks.filter((_, i) => !isLabel(line, i));
  return (
    over.some((c) => /(19|20)\d\d/.test(c.text)) &&
    !over.some((c) => NOTE_HEADER.test(c.text) || (isAmount(c.text) && !YEAR.test(c.text)))
  );
}

/**
 * A table without a "Not" column begins between a "Not" header's line and line `n`: a line of
 * year headers after the header's table has had a row with amounts. A sheet printed from Calc or
 * Excel puts the notes' amounts in the spreadsheet column where the balansräkning has its notes
 * ("Kassa 40" under "NOTER 2025-12-31" is an amount, not a reference to note 40).
 */
function newTableBetween(
  lines: readonly Line[],
  header: number,
  n: number,
  isLabel: (line: Line, i: number) => boolean,
): boolean {
  let rows = false;
  for (let m = header + 1; m < n; m++) {
    const line = lines[m];
    if (rows && yearHeader(line, isLabel)) return true;
    if (line.chunks.some((c, i) => !isLabel(line, i) && isAmount(c.text) && !YEAR.test(c.text))) rows = true;
  }
  return false;
}

interface Column {
  left: number;
  right: number;
  /** Amounts set flush left at one edge (a left tab stop, a left-aligned cell), not right-aligned. */
  flushLeft?: boolean;
}

/** The page's amount columns, left to right: amounts whose right edges line up. */
function amountColumns(
  lines: readonly Line[],
  isLabel: (line: Line, i: number) => boolean,
  notes: ReadonlySet<Chunk>,
): Column[] {
  const amounts: Chunk[] = [];
  for (const line of lines)
    line.chunks.forEach((c, i) => {
      if (!isLabel(line, i) && !notes.has(c) && isAmount(c.text)) amounts.push(c);
    });
  amounts.sort((a, b) => a.x1 - b.x1);
  const columns: Column[] = [];
  const members: Chunk[][] = [];
  let lastRight = -Infinity;
  for (const c of amounts) {
    const col = columns[columns.length - 1];
    if (col && c.x1 - lastRight <= COLUMN_TOLERANCE) {
      col.left = Math.min(col.left, c.x0);
      col.right = Math.max(col.right, c.x1);
      members[members.length - 1].push(c);
    } else {
      columns.push({ left: c.x0, right: c.x1 });
      members.push([c]);
    }
    lastRight = c.x1;
  }
  return withFlushLeft(columns, members);
}

/** Amounts that make a flush-left column: at least this many at one left edge. */
const FLUSH_LEFT_MIN = 3;

/**
 * Amounts set flush left ("Individinriktade insatser:⇥4 549 570 kr", "…⇥506 283 kr") end where
 * their width puts them, so by their right edges they fall into several columns. Where the
 * amounts of two or more such columns all begin at one left edge, and nothing else is in them,
 * they are one column.
 */
function withFlushLeft(columns: Column[], members: readonly Chunk[][]): Column[] {
  const all = members.flat().sort((a, b) => a.x0 - b.x0);
  let merged = columns.map((col, i) => ({ col, chunks: members[i] }));
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j + 1 < all.length && all[j + 1].x0 - all[i].x0 <= COLUMN_TOLERANCE) j++;
    const edge = new Set(all.slice(i, j + 1));
    const spanned = merged.filter((m) => m.chunks.some((c) => edge.has(c)));
    if (
      edge.size >= FLUSH_LEFT_MIN &&
      spanned.length >= 2 &&
      spanned.every((m) => m.chunks.every((c) => edge.has(c)))
    ) {
      const chunks = spanned.flatMap((m) => m.chunks);
      const col: Column = {
        left: Math.min(...chunks.map((c) => c.x0)),
        right: Math.max(...chunks.map((c) => c.x1)),
        flushLeft: true,
      };
      merged = [...merged.filter((m) => !spanned.includes(m)), { col, chunks }];
    }
    i = j + 1;
  }
  return merged.map((m) => m.col).sort((a, b) => a.right - b.right);
}

/**
 * The column a chunk belongs to. An amount is right-aligned, so a column's cells reach from the
 * previous column's right edge to its own: a header over it (right-aligned by Word, left-aligned
 * by Excel, or centred) has its middle there. -1: nearer the margin than the first column, so
 * part of the label.
 */
function columnOf(c: Chunk, columns: readonly Column[], margin: number): number {
  if (columns.length === 0) return -1;
  const middle = (c.x0 + c.x1) / 2;
  if (isAmount(c.text)) {
    // An amount set flush left by its left edge; otherwise by its right edge, the column whose
    // right edge is nearest.
    const flush = columns.findIndex((col) => col.flushLeft && Math.abs(c.x0 - col.left) <= COLUMN_TOLERANCE);
    if (flush >= 0) return flush;
    const aligned = columns.some((col) => !col.flushLeft);
    let best = -1;
    columns.forEach((col, i) => {
      if (aligned && col.flushLeft) return;
      if (best < 0 || Math.abs(c.x1 - col.right) < Math.abs(c.x1 - columns[best].right)) best = i;
    });
    return best;
  }
  if (middle < (margin + columns[0].right) / 2) return -1;
  const i = columns.findIndex((col) => middle <= col.right + COLUMN_TOLERANCE);
  return i < 0 ? columns.length - 1 : i;
}
