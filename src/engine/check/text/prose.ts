import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";

/**
 * The running text of a sheet, as sentences that remember their cells. A report read from PDF or
 * Word arrives as one row per printed line (a PDF wraps a sentence over several rows) or one row
 * per paragraph (Word); a workbook may hold a paragraph in a cell. Rows of a table (a label and
 * amounts in columns) are no prose and end a paragraph.
 */

/** A stretch of a sentence's text and the cell it was read from (0-based absolute row and column). */
export interface TextPiece {
  readonly row: number;
  readonly col: number;
  /** Offsets of the piece in the sentence's text. */
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly sheet: string;
  /** The sentence with its lines joined by single spaces. */
  readonly text: string;
  readonly pieces: readonly TextPiece[];
}

interface Row {
  readonly row: number;
  readonly cells: ReadonlyArray<{ readonly col: number; readonly text: string; readonly number: boolean }>;
  readonly text: string;
}

/** A word of two letters or more. */
const WORD = /\p{L}{2,}/gu;
/** A row that opens a list item or a numbered heading ("- ", "• ", "1.2 ", "o "). */
const ITEM_START = /^([-\u2013\u2022\u25AA\u25CF*•]\s|o\s|\d+(\.\d+)+\.?\s|\d+[.)]\s)/u;

/** Every sentence of running text on a sheet, in reading order. */
export function sentences(sheet: SheetSnapshot): Sentence[] {
  const out: Sentence[] = [];
  for (const block of blocks(sheet)) out.push(...splitBlock(sheet.name, block));
  return out;
}

function rowsOf(sheet: SheetSnapshot): Row[] {
  const rows: Row[] = [];
  sheet.values.forEach((values, r) => {
    const cells: { col: number; text: string; number: boolean }[] = [];
    values.forEach((v: CellValue, c) => {
      const printed = (sheet.text?.[r]?.[c] ?? "").trim() || (v === null || v === undefined ? "" : String(v).trim());
      if (printed) cells.push({ col: sheet.origin.col + c, text: printed, number: typeof v === "number" });
    });
    rows.push({ row: sheet.origin.row + r, cells, text: cells.map((c) => c.text).join(" ") });
  });
  return rows;
}

const words = (text: string): number => (text.match(WORD) ?? []).length;

/**
 * A row that is prose by itself: text in one cell with at least three words. A label with amounts
 * beside it ("Årets resultat | 1 920 460") is a table's row.
 */
function isProse(row: Row): boolean {
  return row.cells.length === 1 && !row.cells[0].number && words(row.text) >= 3;
}

/** A row carrying on a sentence that the row above left open: one cell, whatever it holds. */
function continues(row: Row): boolean {
  return row.cells.length === 1;
}

/**
 * Words in two cells or more of a row: a table of text, or a page set in two columns, whose lines
 * a PDF gives side by side on one baseline. Their words are not read as sentences (the left
 * column's line and the right one's would run into one), nor are the lines just above and below,
 * which belong to the same columns where the baselines of the two did not meet.
 */
function sideBySide(row: Row): boolean {
  return row.cells.filter((c) => !c.number && words(c.text) > 0).length >= 2;
}

/** Consecutive rows of running text; a blank row or a table's row ends a block. */
function blocks(sheet: SheetSnapshot): Row[][] {
  const out: Row[][] = [];
  let current: Row[] = [];
  const close = () => {
    if (current.length > 0) out.push(current);
    current = [];
  };
  const rows = rowsOf(sheet);
  rows.forEach((row, i) => {
    const columns = [rows[i - 1], row, rows[i + 1]].some((r) => r !== undefined && sideBySide(r));
    const open = current.length > 0 && !/[.!?]["”»)]?$/u.test(current[current.length - 1].text);
    if (!columns && (isProse(row) || (open && continues(row)))) current.push(row);
    else close();
  });
  close();
  return out;
}

/**
 * Whether a row ends its sentence though it has no full stop: a heading or a list item above the
 * next paragraph. Wrapped lines of a paragraph fill the width; a heading is short, and the text
 * after it starts a sentence of its own.
 */
function endsHere(row: Row, next: Row | undefined, longest: number): boolean {
  if (!next) return true;
  if (/[.!?:;]["”»)]?$/u.test(row.text)) return true;
  if (ITEM_START.test(next.text)) return true;
  // A figure at a line's start carries on the sentence ("… 13 524" over "000 kr där …").
  const startsSentence = /^["“„»(]?\p{Lu}/u.test(next.text);
  return startsSentence && row.text.length < 0.6 * longest;
}

/** Abbreviations whose full stop ends no sentence. */
const ABBREVIATION =
  /(?<![\p{L}])(t\.ex|bl\.a|s\.k|m\.m|m\.fl|o\.s\.v|d\.v\.s|dvs|ca|c:a|resp|inkl|exkl|kap|nr|st|jfr|enl|f\.d|p\.g\.a|pga|fr\.o\.m|t\.o\.m|milj|tel|kl)$/iu;

/** A block → sentences, each piece keeping the cell it came from. */
function splitBlock(sheet: string, block: readonly Row[]): Sentence[] {
  const longest = Math.max(...block.map((r) => r.text.length));
  const out: Sentence[] = [];
  let text = "";
  let pieces: TextPiece[] = [];
  const flush = () => {
    const trimmed = text.trim();
    if (trimmed) out.push({ sheet, text: trimmed, pieces: shift(pieces, text.length - text.trimStart().length) });
    text = "";
    pieces = [];
  };
  block.forEach((row, i) => {
    for (const cell of row.cells) {
      if (text && !text.endsWith(" ")) text += " ";
      // Sentences end inside a row too ("… 731 670 kr. Mot bakgrund …").
      let rest = cell.text;
      let m: RegExpExecArray | null;
      const stop = /[.!?]["”»)]?(?=\s+["“„»(]?[\p{Lu}\d])/gu;
      let from = 0;
      while ((m = stop.exec(rest)) !== null) {
        const cut = m.index + m[0].length;
        if (ABBREVIATION.test(rest.slice(0, m.index))) continue;
        pieces.push({ row: row.row, col: cell.col, start: text.length, end: text.length + cut - from });
        text += rest.slice(from, cut);
        flush();
        from = cut;
        while (from < rest.length && /\s/u.test(rest[from])) from++;
      }
      rest = rest.slice(from);
      if (rest) {
        pieces.push({ row: row.row, col: cell.col, start: text.length, end: text.length + rest.length });
        text += rest;
      }
    }
    if (endsHere(row, block[i + 1], longest)) flush();
  });
  flush();
  return out;
}

function shift(pieces: readonly TextPiece[], by: number): TextPiece[] {
  return pieces.map((p) => ({ ...p, start: Math.max(0, p.start - by), end: Math.max(0, p.end - by) }));
}

/** The cell a position of a sentence was read from. */
export function cellAt(sentence: Sentence, offset: number): { row: number; col: number } {
  const piece =
    sentence.pieces.find((p) => offset >= p.start && offset < p.end) ??
    [...sentence.pieces].reverse().find((p) => p.start <= offset) ??
    sentence.pieces[0];
  return { row: piece.row, col: piece.col };
}
