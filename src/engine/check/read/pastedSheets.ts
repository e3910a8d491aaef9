import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../workbook/snapshot";
import { matchNoteTitle } from "../labels/matchLabel";
import { readPastedLine, type PastedHeader, type Reading } from "./pastedRows";

/**
 * Finds the statements pasted as text into a workbook (one line per cell, or every line in one
 * cell) and lays them out as the columns they came from, so the rest of the engine reads them as
 * any statement: the label stays in the pasted cell, the note and the amounts go to columns right
 * of everything the sheet uses (columns that hold nothing in the sheet). Every such place remembers
 * the pasted cell it came from, so each finding is moved back to the cell a user sees.
 */

/** A pasted line that will be laid out in columns. */
export interface PastedLine {
  readonly sheet: string;
  /** The pasted cell (0-based, absolute). */
  readonly row: number;
  readonly col: number;
  /** For a cell holding many lines: which line (0-based); undefined for a cell of one line. */
  readonly lineNo?: number;
  /** The row the line is laid out on (its own row, or a row below the sheet for a many-line cell). */
  readonly at: number;
  readonly text: string;
  readonly label: string;
  /** Header texts of the block's period columns (for naming the period of an amount). */
  readonly periods: readonly string[];
  /** Header cells (note heading and periods), unit words, or the possible readings of figures. */
  readonly header?: PastedHeader;
  readonly units?: readonly string[];
  readonly readings?: readonly Reading[];
  /**
   * Readings citing a note the workbook does not title, where it titles others: taken only where
   * the arithmetic prefers them (a partial paste may leave out the note a line cites).
   */
  readonly uncited?: ReadonlySet<Reading>;
  /** Column of the first virtual column of this line's band. */
  readonly base: number;
}

/** A line's place in the sheet as the engine reads it, mapped back to the pasted cell. */
export interface PastedPlace {
  readonly line: PastedLine;
  /** "note" for the note column, a period index for an amount, "label" for the label itself. */
  readonly part: "label" | "note" | number;
}

export interface PastedWorkbook {
  readonly lines: readonly PastedLine[];
  /** Index by `${sheet}\u0000${row}\u0000${col}` of every place a pasted line was laid out at. */
  placeAt(sheet: string, row: number, col: number): PastedPlace | undefined;
  /** The workbook with the lines laid out, each line of figures as chosen (a hole where none). */
  laidOut(choice: ReadonlyMap<PastedLine, Reading | "hole">, only?: string): WorkbookSnapshot;
  /** One sheet laid out with only the given rows (the others empty): a statement on its own. */
  laidOutRows(
    choice: ReadonlyMap<PastedLine, Reading | "hole">,
    sheet: string,
    rows: ReadonlySet<number>,
  ): SheetSnapshot;
}

/** A cell that shows Excel's "no value" error: the engine then judges nothing that needs it. */
export const HOLE = "#SAKNAS!";

interface Source {
  readonly row: number;
  readonly col: number;
  readonly lineNo?: number;
  readonly at: number;
  readonly text: string;
}

/** Finds the pasted statements of a workbook; undefined when it has none. */
export function findPasted(snapshot: WorkbookSnapshot): PastedWorkbook | undefined {
  const lines: PastedLine[] = [];
  const extents = new Map<string, { rows: number; cols: number }>();
  for (const sheet of snapshot.sheets) {
    const width = sheet.origin.col + Math.max(0, ...sheet.values.map((r) => r?.length ?? 0));
    const height = sheet.origin.row + sheet.values.length;
    const { sources, busyRows } = sourcesOf(sheet, height);
    const bands = [...new Set(sources.map((s) => s.col))].sort((a, b) => a - b);
    const found = blocksOf(sheet.name, sources, busyRows, (col) => width + bands.indexOf(col) * BAND);
    lines.push(...found);
    extents.set(sheet.name, { rows: height, cols: width });
  }
  if (lines.length === 0) return undefined;
  const cited = citable(snapshot, lines);
  const places = new Map<string, PastedPlace>();
  for (const line of cited) {
    places.set(key(line.sheet, line.at, line.col), { line, part: "label" });
    places.set(key(line.sheet, line.at, line.base), { line, part: "note" });
    line.periods.forEach((_, i) =>
      places.set(key(line.sheet, line.at, line.base + 1 + i), { line, part: i }),
    );
  }
  return {
    lines: cited,
    placeAt: (sheet, row, col) => places.get(key(sheet, row, col)),
    laidOut: (choice, only) => ({
      ...snapshot,
      sheets: snapshot.sheets
        .filter((s) => only === undefined || s.name === only)
        .map((s) =>
          layOut(
            s,
            cited.filter((l) => l.sheet === s.name),
            choice,
          ),
        ),
    }),
    laidOutRows: (choice, name, rows) => {
      const sheet = snapshot.sheets.find((s) => s.name === name) as SheetSnapshot;
      const laid = layOut(
        sheet,
        cited.filter((l) => l.sheet === name),
        choice,
      );
      const keep = <T>(arr: readonly (readonly T[])[]): T[][] =>
        arr.map((r, i) => (rows.has(laid.origin.row + i) ? [...r] : []));
      return {
        ...laid,
        values: keep(laid.values),
        ...(laid.text ? { text: keep(laid.text) } : {}),
        ...(laid.numberFormat ? { numberFormat: keep(laid.numberFormat) } : {}),
      };
    },
  };
}

/**
 * A line cites a note the report has: where the workbook titles its notes ("Not 3 Kortfristiga
 * fordringar"), a reading citing another number ("Finansiella intäkter 46 771 63 297" read as note
 * 46) comes last and is marked, so that it is taken only where the statement's arithmetic prefers
 * it: a paste of the statements with some of their notes (Not 3 pasted, Not 4 not) still reads
 * "Kortfristiga skulder 4 412 118 388 004" as note 4 where the balance sheet says so.
 */
function citable(snapshot: WorkbookSnapshot, lines: readonly PastedLine[]): PastedLine[] {
  const notes = new Set<number>();
  const look = (text: string): void => {
    const n = matchNoteTitle(text);
    if (n !== undefined) notes.add(n);
  };
  for (const sheet of snapshot.sheets)
    for (const row of sheet.values)
      for (const v of row ?? []) if (typeof v === "string") v.split(/\r\n|\r|\n/).forEach(look);
  if (notes.size === 0) return [...lines];
  return lines.map((line) => {
    if (!line.readings || line.readings.length < 2) return line;
    const cites = (r: Reading): boolean =>
      r.note === undefined || r.note.split(",").every((n) => notes.has(Number(n)));
    const kept = line.readings.filter(cites);
    if (kept.length === 0 || kept.length === line.readings.length) return line;
    const uncited = line.readings.filter((r) => !cites(r));
    return { ...line, readings: [...kept, ...uncited], uncited: new Set(uncited) };
  });
}

/** Virtual columns per source column: a note column and up to this many less one periods. */
const BAND = 16;

function key(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${row}\u0000${col}`;
}

/**
 * The cells that may hold pasted text: a text alone in its row (a PDF viewer's paste fills one
 * column), or a text of several lines (pasted into one cell). Rows keep their order; the lines of
 * a many-line cell are laid out below everything the sheet uses.
 */
function sourcesOf(sheet: SheetSnapshot, height: number): { sources: Source[]; busyRows: Set<number> } {
  const out: Source[] = [];
  const busyRows = new Set<number>();
  let below = height;
  sheet.values.forEach((cells, r) => {
    if (!cells) return;
    const filled = cells
      .map((v, c) => ({ v, c }))
      .filter((x) => x.v !== null && x.v !== undefined && x.v !== "");
    for (const { v, c } of filled) {
      if (typeof v !== "string") continue;
      const row = sheet.origin.row + r;
      const col = sheet.origin.col + c;
      const parts = v
        .split(/\r\n|\r|\n/)
        .map((p) => p.trim())
        .filter((p) => p !== "");
      if (parts.length > 1) {
        parts.forEach((text, lineNo) => out.push({ row, col, lineNo, at: below + lineNo, text }));
        below += parts.length;
      } else if (filled.length === 1) out.push({ row, col, at: row, text: v.trim() });
    }
    if (filled.length > 1 || filled.some((x) => typeof x.v !== "string")) busyRows.add(sheet.origin.row + r);
  });
  return { sources: out.sort((a, b) => a.at - b.at), busyRows };
}

/**
 * Blocks of pasted lines under a header line: each block's lines of figures are cut by the header's
 * columns. A block ends at a paragraph of prose, at a row of the sheet with cells of its own (a
 * table typed into columns) and at the end of a many-line cell; a new header after figures starts
 * a new block. Only blocks with figures are laid out.
 */
function blocksOf(
  sheet: string,
  sources: readonly Source[],
  busyRows: ReadonlySet<number>,
  baseOf: (col: number) => number,
): PastedLine[] {
  const out: PastedLine[] = [];
  // Sources by column, each in reading order: a block never spans two columns.
  const byCol = new Map<number, Source[]>();
  for (const s of sources) byCol.set(s.col, [...(byCol.get(s.col) ?? []), s]);
  for (const [col, list] of byCol) {
    let header: PastedHeader | undefined;
    let pending: PastedLine[] = [];
    let figures = 0;
    let prev: Source | undefined;
    const flush = (): void => {
      if (figures > 0) out.push(...pending);
      pending = [];
      figures = 0;
      header = undefined;
    };
    for (const s of list) {
      if (prev && !sameRun(prev, s, busyRows)) flush();
      prev = s;
      const read = readPastedLine(s.text, header?.periods.length, header?.note ?? false);
      const line = (extra: Partial<PastedLine>, label: string): PastedLine => ({
        sheet,
        row: s.row,
        col,
        lineNo: s.lineNo,
        at: s.at,
        text: s.text,
        label,
        periods: header?.periods ?? [],
        base: baseOf(col),
        ...extra,
      });
      if (read.kind === "header") {
        // A second header row before any figures heads the same block ("2025-01-01" over "2025-12-31").
        if (figures > 0) flush();
        header = read;
        pending.push(line({ header: read, periods: read.periods }, read.label));
      } else if (read.kind === "prose") {
        flush();
        if (s.lineNo !== undefined) pending.push(line({}, s.text));
      } else if (header && read.kind === "figures") {
        pending.push(line({ readings: read.readings }, read.label));
        figures++;
      } else if (header && read.kind === "unreadable") {
        pending.push(line({ readings: [] }, read.label));
        figures++;
      } else if (header && read.kind === "units") pending.push(line({ units: read.units }, read.label));
      // Text lines (titles, headings, a line with its columns blank) keep their text in their cell;
      // they are remembered so that a finding about their blank columns finds its way back.
      else pending.push(line({}, s.text));
    }
    flush();
  }
  // A many-line cell is laid out whole when any of its lines is (its title before the header too).
  const laid = new Set(out.filter((l) => l.lineNo !== undefined).map((l) => `${l.row}/${l.col}`));
  const whole = sources
    .filter((s) => s.lineNo !== undefined && laid.has(`${s.row}/${s.col}`))
    .filter((s) => !out.some((l) => l.at === s.at && l.col === s.col))
    .map((s): PastedLine => ({
      sheet,
      row: s.row,
      col: s.col,
      lineNo: s.lineNo,
      at: s.at,
      text: s.text,
      label: s.text,
      periods: [],
      base: baseOf(s.col),
    }));
  return [...out, ...whole];
}

/** Whether two pasted lines follow each other in one block: nothing of the sheet's own between them. */
function sameRun(a: Source, b: Source, busyRows: ReadonlySet<number>): boolean {
  if ((a.lineNo === undefined) !== (b.lineNo === undefined)) return false;
  if (a.lineNo !== undefined) return a.row === b.row && a.col === b.col;
  for (let r = a.row + 1; r < b.row; r++) if (busyRows.has(r)) return false;
  return true;
}

/** One sheet with its pasted lines laid out in columns. */
function layOut(
  sheet: SheetSnapshot,
  lines: readonly PastedLine[],
  choice: ReadonlyMap<PastedLine, Reading | "hole">,
): SheetSnapshot {
  if (lines.length === 0) return sheet;
  const values = sheet.values.map((r) => [...(r ?? [])]);
  const text = sheet.text ? sheet.text.map((r) => [...(r ?? [])]) : undefined;
  const formats = sheet.numberFormat ? sheet.numberFormat.map((r) => [...(r ?? [])]) : undefined;
  const { row: r0, col: c0 } = sheet.origin;
  const put = (row: number, col: number, v: CellValue): void => {
    const r = row - r0;
    const c = col - c0;
    while (values.length <= r) values.push([]);
    const vr = values[r];
    while (vr.length < c) vr.push(null);
    vr[c] = v;
    if (text) {
      while (text.length <= r) text.push([]);
      const tr = text[r];
      while (tr.length < c) tr.push("");
      tr[c] = v === null ? "" : String(v);
    }
    if (formats && formats[r] && formats[r].length > c) formats[r][c] = "General";
  };
  // A many-line cell moves wholly to its rows below the sheet.
  for (const l of lines) if (l.lineNo !== undefined) put(l.row, l.col, null);
  for (const l of lines) {
    put(l.at, l.col, l.label === "" ? null : l.label);
    if (l.header) {
      if (l.header.note) put(l.at, l.base, "Not");
      l.header.periods.forEach((p, i) => put(l.at, l.base + 1 + i, p));
    } else if (l.units) {
      l.units.forEach((u, i) => put(l.at, l.base + 1 + i, u));
    } else if (l.readings) {
      const chosen = l.readings.length === 0 ? "hole" : (choice.get(l) ?? l.readings[0]);
      if (chosen === "hole") {
        l.periods.forEach((_, i) => put(l.at, l.base + 1 + i, HOLE));
      } else {
        if (chosen.note !== undefined) put(l.at, l.base, chosen.note);
        chosen.amounts.forEach((a, i) => {
          if (a !== undefined) put(l.at, l.base + 1 + i, a);
        });
      }
    }
  }
  return {
    ...sheet,
    values,
    ...(text ? { text } : {}),
    ...(formats ? { numberFormat: formats } : {}),
    // Formulas are not read by the checks; the laid-out cells have none.
    formulas: undefined,
  };
}
