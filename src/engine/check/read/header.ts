import type { ColumnKind } from "../model";
import type { GridCell } from "./grid";

/**
 * Column headers name the period and what a column holds: `2025`, `2025-12-31`,
 * `2025-01-01 -2025-12-31`, `Utfall 2025`, `Delårsbokslut 2025-08-31`,
 * `Aktuell budget jan-dec 2025`, `Avvikelse`, `Bokslut helår 2025`; and the unit (`Belopp i kr`, `TKR`).
 */

export interface HeaderCell {
  readonly col: number;
  readonly row: number;
  readonly text: string;
  readonly kind?: ColumnKind;
  readonly year?: number;
  readonly isNote: boolean;
  readonly unitFactor?: number;
  readonly entity?: string;
}

// A year is four digits on their own; followed by a decimal comma it is an amount ("1991,0" mnkr).
const YEAR_RE = /(?:^|[^\d])((?:19|20)\d{2})(?!\d|,\d)/g;

/** Every year a header text names ("2025-01-01 -2025-12-31" → [2025, 2025]). */
export function headerYears(text: string): number[] {
  return [...text.matchAll(YEAR_RE)].map((m) => Number(m[1]));
}

/** The year a header names: the last year written (the end of a date range). */
export function headerYear(text: string): number | undefined {
  let year: number | undefined;
  for (const m of text.matchAll(YEAR_RE)) year = Number(m[1]);
  return year;
}

export function headerKind(text: string): ColumnKind | undefined {
  const t = text.toLowerCase();
  if (/avvikelse|avv\b|differens|diff\b|budgetavvikelse/.test(t)) return "avvikelse";
  if (/budget/.test(t)) return "budget";
  if (/prognos/.test(t)) return "prognos";
  if (/delår/.test(t)) return "utfall";
  if (/bokslut/.test(t)) return "bokslut";
  if (/utfall|\bår\b/.test(t)) return "utfall";
  if (headerYear(t) !== undefined) return "utfall";
  return undefined;
}

/** kr → 1, tkr / tusental kronor → 1000, mkr / mnkr / miljoner → 1 000 000. */
export function unitOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/\btkr\b|tusental|tusen kronor|\bksek\b/.test(t)) return 1000;
  if (/\bmn?kr\b|\bmilj\.?\s*kr\b|miljoner kronor|\bmsek\b/.test(t)) return 1000000;
  if (/\bkr\b|kronor|\bsek\b/.test(t)) return 1;
  return undefined;
}

/**
 * The body a column header names: "koncern" for the group (koncernen, sammanställd redovisning),
 * "kommun", "region", "förbund" for the reporting body itself; undefined when it names none.
 * Two-row headers put it above the years ("KOMMUNEN | KONCERNEN"), one cell over several columns.
 */
export function entityOf(text: string): string | undefined {
  const t = text.toLowerCase();
  if (/koncern|sammanställd|sammanställda/.test(t)) return "koncern";
  if (/kommun(en)?\b/.test(t)) return "kommun";
  if (/\bregion(en)?\b|landsting/.test(t)) return "region";
  if (/förbund/.test(t)) return "förbund";
  if (/moderbolag|moderföretag|bolaget\b/.test(t)) return "bolag";
  return undefined;
}

/** A cell that can stand in a header row. */
export function readHeaderCell(cell: GridCell): HeaderCell | undefined {
  // Read once per cell: rows are asked whether they are headers, and headers what they say.
  if (headerRead.has(cell)) return headerRead.get(cell);
  const h = readHeaderText(cell);
  headerRead.set(cell, h);
  return h;
}

const headerRead = new WeakMap<GridCell, HeaderCell | undefined>();

function readHeaderText(cell: GridCell): HeaderCell | undefined {
  const text = cell.str;
  if (typeof cell.raw === "number") {
    // A number in a header is a year (2025) or nothing.
    if (Number.isInteger(cell.raw) && cell.raw >= 1990 && cell.raw <= 2100) {
      return { col: cell.col, row: cell.row, text, kind: "utfall", year: cell.raw, isNote: false };
    }
    return undefined;
  }
  // Prose is no header, however many years it names.
  if (text.length > 48) return undefined;
  const isNote = /^not(er)?(\s*nr\.?)?$/i.test(text.trim());
  const year = headerYear(text);
  const kind = headerKind(text);
  const unitFactor = unitOf(text);
  const entity = text.length <= 40 ? entityOf(text) : undefined;
  if (!isNote && year === undefined && kind === undefined && unitFactor === undefined && !entity)
    return undefined;
  return { col: cell.col, row: cell.row, text, kind, year, isNote, unitFactor, entity };
}

/**
 * Whether a row is a header row: it names at least one period (or a column kind) and holds no
 * amounts other than years. `labelCol` cells (titles like "Belopp i kr.") may precede.
 */
export function isHeaderRow(cells: readonly GridCell[]): boolean {
  let periods = 0;
  let kinds = 0;
  let entities = 0;
  let others = 0;
  // "Belopp i tkr" and "Not" beside the bodies' names: a merged cell over two header rows shows
  // in the upper one ("Not" | "KOMMUNEN" | "KONCERNEN" above the years).
  let captions = 0;
  const numericYears: number[] = [];
  let label: GridCell | undefined;
  for (const cell of cells) {
    const h = readHeaderCell(cell);
    if (h && (h.year !== undefined || h.kind !== undefined)) {
      if (h.year !== undefined) periods++;
      else kinds++;
      // "2000" pasted as text is as ambiguous as the number 2000.
      if (typeof cell.raw === "number") numericYears.push(cell.raw);
      else if (/^\s*\d{4}\s*$/.test(cell.str)) numericYears.push(Number(cell.str.trim()));
      continue;
    }
    // A body's name alone on a row heads columns when it stands over them (not in the label
    // column) or is written as a header (capitals); "Koncernen" as a line heading is not one.
    const overColumns = cell !== cells[0] || cell.col > 0 || cell.str === cell.str.toUpperCase();
    if (h?.entity !== undefined && overColumns) {
      entities++;
      continue;
    }
    if (h && h.entity === undefined && (h.isNote || h.unitFactor !== undefined)) {
      captions++;
      // Still the row's label: its header words vouch for years typed as numbers beside it.
      if (!label) label = cell;
      continue;
    }
    if (cell.amount !== undefined && !cell.dash) others++;
    else if (cell.amount === undefined && !label) label = cell;
  }
  if (others > 0) return false;
  // A lone text naming a year among other words ("Värend årsredovisning 2025" repeated at the top
  // of each printed page) is a running header or a title, not a column's header.
  if (cells.length === 1 && typeof cells[0].raw === "string" && !headerWordsOnly(cells[0].str)) return false;
  // Numbers that look like years (2 000 kr) make a header only in a row that reads like one:
  // distinct years, and no line label beside them other than header words.
  if (numericYears.length > 0 && label && !HEADER_WORDS.test(label.str)) {
    if (numericYears.length === periods || new Set(numericYears).size !== numericYears.length) return false;
  }
  // "KOMMUNEN | KONCERNEN" above the years: a header row of bodies, not a line.
  return (
    periods >= 1 ||
    kinds >= 2 ||
    (entities >= 1 && periods + kinds === 0 && cells.length - entities - captions <= 1)
  );
}

/**
 * Whether a text says nothing but what a column header says: years, dates, periods and the words
 * of headers ("Utfall jan-dec 2025", "Aktuell budget 2025", "2025-01-01 -2025-12-31", "Bokslut År 2024").
 */
function headerWordsOnly(text: string): boolean {
  const rest = text
    .toLowerCase()
    .replace(/\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4}|\d+/g, " ")
    .replace(
      /(?<![\p{L}])(jan(uari)?|feb(ruari)?|mar(s)?|apr(il)?|maj|jun(i)?|jul(i)?|aug(usti)?|sep(tember)?|okt(ober)?|nov(ember)?|dec(ember)?|helår|helåret|tertial|delår|kvartal|t\d|aktuell|ursprunglig|reviderad|totalt?|summa|utfall|budget|bokslut|prognos|avvikelse|period|perioden|år|året|belopp|kr|tkr|mnkr|mkr|kronor|not|noter|kommunen|koncernen|förbundet|regionen|per|tom|t|o|m|ack|ackumulerat|jmf|föregående|innevarande|enligt|och|i|från|till)(?![\p{L}])/gu,
      " ",
    )
    .replace(/[^\p{L}]+/gu, "");
  return rest.length === 0;
}

const HEADER_WORDS =
  /belopp|\bkr\b|tkr|mn?kr|kronor|prisnivå|miljoner|tusental|\bnot\b|noter|\bår\b|utfall|budget|period|räkning|analys|översikt|redovisning|balanskrav|bokslut|prognos|nyckeltal/i;
