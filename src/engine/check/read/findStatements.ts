import Decimal from "decimal.js";
import type { StatementKind } from "../finding";
import { matchConcept, matchNoteTitle, matchStatementTitle } from "../labels/matchLabel";
import { normaliseLabel } from "../labels/normaliseLabel";
import { conceptById } from "../labels/vocabulary";
import type { Amount, ExcelErrorCell, Line, PeriodColumn, Statement } from "../model";
import type { GridCell, GridRow } from "./grid";
import { entityOf, headerYears, isHeaderRow, readHeaderCell, unitOf, type HeaderCell } from "./header";

/**
 * Finds the statements on a sheet wherever the user put them: one per sheet (named "RR",
 * "Resultaträkning", "3 RESULTATRÄKNING"...), or several stacked under title rows, notes under
 * "Not N" titles. No fixed template: titles, header rows and labels decide.
 */

interface Block {
  kind?: StatementKind;
  title: string;
  note?: number;
  headerRows: GridRow[];
  /** Header rows inherited from an enclosing block (notes under a "NOTER 2025 2024" row). */
  inheritedHeader: GridRow[];
  rows: GridRow[];
  titleRow?: GridRow;
  /** Opened by a header repeated under the previous block's lines (a page break): its sequel. */
  continues?: boolean;
}

/** A title repeated on the next page says the statement goes on: "(forts.)", "fortsättning". */
const CONTINUED = /(?<![\p{L}])forts(\.|ättning|att)?(?![\p{L}])/iu;

/** The same title printed again (a running title at the top of the next page). */
function sameTitle(a: string, b: string): boolean {
  return normaliseLabel(a) === normaliseLabel(b);
}

/**
 * Whether a title is about the other body than the current one: the koncern after the report's own
 * body or back ("Resultaträkning – koncernen" after "Resultaträkning – kommunen"). A title naming
 * no body goes on with what it follows ("Resultaträkning (forts.)"); one naming the kommun is the
 * report's own ("Noter, kommunen (forts.)" goes on with the notes).
 */
function namesOtherBody(current: string, title: string): boolean {
  const body = entityOf(title);
  return body !== undefined && (body === "koncern") !== (entityOf(current) === "koncern");
}

/** A row of prose (a paragraph pasted in) ends any statement. */
const PROSE_LENGTH = 110;
const SUMMA_RE = /^(summa|totalt|total|s:a|sa)\b/;

export function findStatements(sheetName: string, grid: readonly GridRow[]): Statement[] {
  const sheetKind = matchStatementTitle(normaliseLabel(sheetName));
  const blocks: Block[] = [];
  let cur: Block | undefined;
  let lastNotesHeader: GridRow[] = [];

  // The header of the last statement on the sheet: a note printed under it without a header of its
  // own has its columns (a kassaflödesanalys's "Not 1 Spec av ej likviditetspåverkande poster").
  let lastHeader: GridRow[] = [];
  const close = (): void => {
    if (cur && cur.headerRows.length > 0) lastHeader = cur.headerRows;
    if (cur && cur.rows.length > 0) blocks.push(cur);
    if (cur && cur.kind === "NOT" && cur.note === undefined && cur.headerRows.length > 0)
      lastNotesHeader = cur.headerRows;
    cur = undefined;
  };
  const open = (kind: StatementKind | undefined, title: string, titleRow?: GridRow): Block => {
    close();
    cur = { kind, title, headerRows: [], inheritedHeader: [], rows: [], titleRow };
    return cur;
  };
  /** A block for what follows a page break in `block`: joined to it once built, if its columns match. */
  const sequelOf = (block: Block, title = block.title, titleRow?: GridRow): void => {
    open(block.kind, title, titleRow).continues = block.kind !== undefined;
  };

  for (const row of grid) {
    const texts = row.cells.filter((c) => c.amount === undefined && !c.error);
    const first = row.cells[0];
    const firstText = first && first.amount === undefined ? first : texts[0];
    if (texts.length === 1 && texts[0].str.length > PROSE_LENGTH && row.cells.length === 1) {
      close();
      continue;
    }
    // A row that only states the unit ("Löpande prisnivå, mnkr", "Belopp i tkr") heads what
    // follows when nothing has been read yet under the current title.
    const captionOnly =
      texts.length === row.cells.length &&
      texts.every((t) => t.str.length <= 48 && unitOf(t.str) !== undefined) &&
      (!cur || cur.rows.length === 0);
    const header = captionOnly || isHeaderRow(row.cells);
    // An Excel error value (#REF!) stands where a figure should be: the row is a line, not a title.
    const hasAmounts = row.cells.some(
      (c) => (c.amount !== undefined || c.error) && !(header && isYearNumber(c)),
    );

    const noteNo = firstText && !hasAmounts ? matchNoteTitle(firstText.str) : undefined;
    // "Not 7 (forts.)" on the next page: the same note goes on.
    if (
      noteNo !== undefined &&
      firstText &&
      cur?.note === noteNo &&
      cur.rows.length > 0 &&
      (CONTINUED.test(firstText.str) || sameTitle(cur.title, firstText.str))
    ) {
      sequelOf(cur);
      continue;
    }
    if (noteNo !== undefined && firstText) {
      const parentHeader =
        cur?.kind === "NOT"
          ? cur.note === undefined
            ? cur.headerRows
            : cur.inheritedHeader
          : lastNotesHeader;
      if (cur?.kind === "NOT" && cur.note === undefined && cur.headerRows.length > 0)
        lastNotesHeader = cur.headerRows;
      const b = open("NOT", firstText.str, row);
      b.note = noteNo;
      b.inheritedHeader =
        parentHeader.length > 0 ? parentHeader : lastNotesHeader.length > 0 ? lastNotesHeader : lastHeader;
      if (header) b.headerRows.push(row);
      continue;
    }

    // In a header row, "Not" heads the note column; it is no title.
    const noteColumnHeader =
      header && firstText !== undefined && /^not(\s*nr\.?)?$/i.test(firstText.str.trim());
    const titleKind =
      firstText && !hasAmounts && texts.length >= 1 && !noteColumnHeader
        ? matchStatementTitle(normaliseLabel(firstText.str))
        : undefined;
    // "Balansräkning (forts.)", or its title once more, on the next page: the same statement may
    // go on under its header. It is joined once built only if its columns are the same, so a
    // statement of the same kind for another body ("Koncernens resultaträkning") stays apart.
    // A title naming another body ("Resultaträkning – koncernen" after "… – kommunen") is another
    // statement, under the same years.
    const otherBody =
      titleKind !== undefined &&
      cur !== undefined &&
      firstText !== undefined &&
      namesOtherBody(cur.title, firstText.str);
    if (titleKind && cur?.kind === titleKind && cur.rows.length > 0 && !otherBody) {
      // "Resultaträkning (forts.)" goes on with "Resultaträkning – koncernen": still the koncern's.
      const again = firstText?.str ?? cur.title;
      sequelOf(
        cur,
        entityOf(again) === undefined && entityOf(cur.title) !== undefined ? cur.title : again,
        row,
      );
      if (header && cur && row.cells.slice(1).some((c) => readHeaderCell(c) !== undefined))
        cur.headerRows.push(row);
      continue;
    }
    if (titleKind) {
      if (!(cur && cur.kind === titleKind && cur.rows.length === 0)) {
        open(titleKind, firstText?.str ?? sheetName, row);
      }
      // "NOTER 2025-12-31 2024-12-31" is title and header at once; "Budgetuppföljning 2025" is only a title.
      if (header && cur && row.cells.slice(1).some((c) => readHeaderCell(c) !== undefined))
        cur.headerRows.push(row);
      continue;
    }

    if (header) {
      if (!cur) open(sheetKind, sheetName);
      else if (cur.rows.length > 0) {
        // A header again under lines: the sequel of the statement (or note) after a page break,
        // joined to it below when its columns are the same.
        // (Before a note's title, the same header heads the notes that follow instead: a block
        // of header rows alone is never a statement, so nothing is joined then.)
        sequelOf(cur);
      }
      cur?.headerRows.push(row);
      continue;
    }
    if (!cur) open(sheetKind, sheetName);
    cur?.rows.push(row);
  }
  close();

  const statements: Statement[] = [];
  for (const block of blocks) {
    const st = buildStatement(sheetName, block);
    if (!st) continue;
    const prev = statements[statements.length - 1];
    if (block.continues && prev && sameColumns(prev, st))
      statements[statements.length - 1] = joined(prev, st);
    else statements.push(st);
  }
  return statements;
}

/** Whether two blocks read their figures from the same columns, for the same periods. */
function sameColumns(a: Statement, b: Statement): boolean {
  const unitsAgree = !a.statedUnit || !b.statedUnit || a.statedUnit.factor === b.statedUnit.factor;
  return (
    a.kind === b.kind &&
    unitsAgree &&
    a.columns.length === b.columns.length &&
    a.columns.every((c, i) => {
      const d = b.columns[i];
      // A repeated header may leave out the row naming the body ("Kommunen"): it is the same body.
      // A note is the body's own whatever its header says (notes gäller kommunen).
      const sameBody = c.entity === d.entity || d.entity === undefined || a.kind === "NOT";
      return c.col === d.col && c.kind === d.kind && c.year === d.year && sameBody;
    })
  );
}

/**
 * A statement printed over two blocks (its header repeated after a page break) is one statement:
 * its totals add lines of both (resultat efter finansiella poster adds verksamhetens resultat
 * above the break), so the blocks are joined before anything is summed.
 */
function joined(a: Statement, b: Statement): Statement {
  // The unit said above the first block (in its title or a caption row) holds for the sequel.
  const factor = a.statedUnit?.factor;
  if (factor !== undefined && !b.statedUnit)
    for (const line of b.lines) for (const amount of line.amounts.values()) amount.unitFactor = factor;
  const lines = [...a.lines, ...b.lines];
  // The assets' total may open the sequel, the claims' side after it ("Tillgångar 10 660 560").
  if (a.kind === "BR") settleGrandTotals(lines);
  return {
    ...a,
    lastRow: Math.max(a.lastRow, b.lastRow),
    firstCol: Math.min(a.firstCol, b.firstCol),
    lastCol: Math.max(a.lastCol, b.lastCol),
    lines,
    errorCells: [...(a.errorCells ?? []), ...(b.errorCells ?? [])],
  };
}

/** A cell that reads as a year (2025, or the text "2025"). */
function isYearNumber(c: GridCell): boolean {
  if (c.amount === undefined || !c.amount.isInteger()) return false;
  const y = c.amount.toNumber();
  return y >= 1990 && y <= 2100 && (typeof c.raw === "number" || /^\s*\d{4}\s*$/.test(c.str));
}

type YearMention = { row: number; year: number; text: string };

/** Joins header rows per column into header cells. */
function headerCells(rows: readonly GridRow[]): Map<number, HeaderCell & { years: YearMention[] }> {
  const byCol = new Map<
    number,
    { texts: string[]; year?: number; yearRow?: number; row: number; years: YearMention[] }
  >();
  for (const row of rows) {
    for (const cell of row.cells) {
      // A title leading a row ("NOTER", "Not 1 Verksamhetens intäkter") heads no column.
      if (
        cell === row.cells[0] &&
        !/^not(\s*nr\.?)?$/i.test(cell.str.trim()) &&
        (/^noter$/i.test(cell.str.trim()) ||
          matchNoteTitle(cell.str) !== undefined ||
          matchStatementTitle(normaliseLabel(cell.str)) !== undefined)
      )
        continue;
      const e = byCol.get(cell.col) ?? { texts: [], row: cell.row, years: [] };
      e.texts.push(cell.str);
      const yearsHere =
        typeof cell.raw === "number"
          ? readHeaderCell(cell)?.year !== undefined
            ? [cell.raw]
            : []
          : headerYears(cell.str);
      for (const y of yearsHere) e.years.push({ row: cell.row, year: y, text: cell.str });
      const h = readHeaderCell(cell);
      if (h?.year !== undefined) {
        e.year = h.year;
        e.yearRow = cell.row;
      }
      byCol.set(cell.col, e);
    }
  }
  const out = new Map<number, HeaderCell & { years: YearMention[] }>();
  for (const [col, e] of byCol) {
    const text = e.texts.join(" ");
    const h = readHeaderCell({
      row: e.yearRow ?? e.row,
      col,
      raw: text,
      str: text.slice(0, 48),
      dash: false,
      percent: false,
      decimals: 0,
      error: false,
    });
    if (h) out.set(col, { ...h, year: e.year ?? h.year, row: e.yearRow ?? e.row, years: e.years });
  }
  return out;
}

function buildStatement(sheet: string, block: Block): Statement | undefined {
  const headerRows = block.headerRows.length > 0 ? block.headerRows : block.inheritedHeader;
  const header = headerCells(headerRows);
  const dataRows = block.rows;

  // Period columns from the header; else the columns that hold amounts in most rows.
  let periodCols = [...header.values()].filter(
    (h) => !h.isNote && (h.year !== undefined || h.kind !== undefined),
  );
  const amountCols = countAmountColumns(dataRows);
  if (periodCols.length === 0) {
    const rowsWithAmounts = dataRows.filter((r) => r.cells.some((c) => c.amount !== undefined)).length;
    periodCols = [...amountCols.entries()]
      .filter(([, n]) => n >= Math.max(1, rowsWithAmounts * 0.3))
      .map(([col]) => ({
        col,
        row: -1,
        text: "",
        kind: "utfall" as const,
        isNote: false,
        years: [] as YearMention[],
      }));
  }
  periodCols = periodCols.filter((h) => amountCols.has(h.col) || hasTextIn(dataRows, h.col));
  if (periodCols.length === 0) return undefined;
  periodCols.sort((a, b) => a.col - b.col);
  const firstPeriodCol = periodCols[0].col;

  // A statement titled for the group ("Resultaträkning koncernen", "Sammanställd balansräkning",
  // a sheet "RR koncern") reports on the koncern in every column its header does not assign.
  const titleBody =
    entityOf(block.title) === "koncern" || entityOf(sheet) === "koncern" ? "koncern" : undefined;
  const headerEntity = entityColumns(headerRows);
  const entityAt = (col: number): string | undefined => headerEntity(col) ?? titleBody;
  // "Bokslut 2025 | Bokslut 2024" with no outcome column beside it: a year-end report's outcome
  // columns (in a delårsrapport "Bokslut" is the full-year comparison beside the interim outcome).
  const kinds = periodCols.map((h) => h.kind ?? "utfall");
  const bokslutAsOutcome = !kinds.includes("utfall") && kinds.filter((k) => k === "bokslut").length >= 2;
  const columns: PeriodColumn[] = periodCols.map((h) => ({
    col: h.col,
    entity: entityAt(h.col),
    kind: bokslutAsOutcome && h.kind === "bokslut" ? "utfall" : (h.kind ?? "utfall"),
    year: h.year,
    headerRow: h.row >= 0 ? h.row : undefined,
    headerText: h.text,
    headerYears: h.years,
    end: periodEnd(h.text, h.kind, h.year),
  }));
  const colIndex = new Map(columns.map((c, i) => [c.col, i]));

  // With several bodies side by side each has its own "Not" column; the first serves the columns
  // of the report's own body, the only ones its notes are about.
  let noteCol: number | undefined = [...header.values()]
    .filter((h) => h.isNote)
    .sort((a, b) => a.col - b.col)[0]?.col;
  const statedUnit = findUnit([...block.headerRows, ...block.inheritedHeader], block.titleRow);

  // Infer the kind of an untitled block from its labels.
  let kind = block.kind;
  if (!kind) kind = inferKind(dataRows, firstPeriodCol);
  if (!kind) return undefined;
  if (noteCol === undefined) noteCol = detectNoteColumn(dataRows, firstPeriodCol);

  const dashPrecision = prevailingPrecision(dataRows, colIndex);
  const thousands = roundedToThousands(dataRows, colIndex);
  const lines: Line[] = [];
  for (const row of dataRows) {
    const line = buildLine(
      sheet,
      kind,
      row,
      colIndex,
      firstPeriodCol,
      noteCol,
      statedUnit?.factor ?? 1,
      dashPrecision,
      thousands,
    );
    if (line) lines.push(line);
  }
  if (!lines.some((l) => l.amounts.size > 0)) return undefined;
  if (kind === "BR" || kind === "NOT") settleNamedTotals(lines, kind === "NOT" ? block.title : undefined);
  if (kind === "BR") {
    settleEquityLine(lines);
    closeEquity(lines);
    settleGrandTotals(lines);
  }

  const allRows = [block.titleRow, ...headerRows, ...dataRows].filter((r): r is GridRow => !!r && r.row >= 0);
  const ownRows = [block.titleRow, ...block.headerRows, ...dataRows].filter((r): r is GridRow => !!r);
  const cols = allRows.flatMap((r) => r.cells.map((c) => c.col));
  return {
    kind,
    sheet,
    title: block.title,
    firstRow: extreme(
      ownRows.map((r) => r.row),
      -1,
    ),
    lastRow: extreme(
      ownRows.map((r) => r.row),
      1,
    ),
    firstCol: extreme(cols, -1),
    lastCol: extreme(cols, 1),
    columns,
    lines,
    statedUnit,
    note: block.note,
    // The header a note inherits is its header too: an error there leaves its years unknown.
    errorCells: allRows.flatMap((r) =>
      r.cells.filter((c) => c.error).map((c) => ({ row: c.row, col: c.col, text: c.str })),
    ),
  };
}

/**
 * The body each column reports on: the entity a header cell names spreads rightwards over the
 * columns it stands above (a merged "KOMMUNEN" over "2018 2017"), until the next one.
 */
function entityColumns(headerRows: readonly GridRow[]): (col: number) => string | undefined {
  const marks: Array<{ row: number; col: number; entity: string }> = [];
  for (const row of headerRows) {
    for (const cell of row.cells) {
      if (cell.amount !== undefined) continue;
      const e = entityOf(cell.str.length <= 40 ? cell.str : "");
      if (e) marks.push({ row: row.row, col: cell.col, entity: e });
    }
  }
  if (marks.length === 0) return () => undefined;
  return (col) => {
    let best: { col: number; entity: string } | undefined;
    for (const m of marks) if (m.col <= col && (!best || m.col > best.col)) best = m;
    return best?.entity;
  };
}

/** The least (sign −1) or greatest (sign 1) of many numbers, without spreading them into a call. */
function extreme(xs: readonly number[], sign: 1 | -1): number {
  let best = xs[0];
  for (const x of xs) if ((x - best) * sign > 0) best = x;
  return best;
}

/** The last date a header names, or the year end of a full-year (bokslut) column. */
function periodEnd(text: string, kind: string | undefined, year: number | undefined): string | undefined {
  const dates = [...text.matchAll(/((?:19|20)\d{2})-(\d{2})-(\d{2})/g)];
  if (dates.length > 0) return dates[dates.length - 1][0];
  if (kind === "bokslut" && year !== undefined) return `${year}-12-31`;
  // A period written in months ("Utfall jan–aug 2025", "januari–april 2024", "t o m juni 2025")
  // ends with its last month: an interim period is not the year the balance sheet closes.
  const month = year !== undefined ? lastMonth(text) : undefined;
  if (month !== undefined && year !== undefined) {
    const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${String(month).padStart(2, "0")}-${day}`;
  }
  return undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];
const MONTH_RE =
  /(?<![\p{L}])(jan(?:uari)?|feb(?:ruari)?|mar(?:s)?|apr(?:il)?|maj|jun(?:i)?|jul(?:i)?|aug(?:usti)?|sep(?:tember)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\p{L}])/giu;

/** The number (1–12) of the last month a header names, or undefined. */
function lastMonth(text: string): number | undefined {
  let last: number | undefined;
  for (const m of text.matchAll(MONTH_RE)) last = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
  return last;
}

const PRECISIONS = Array.from({ length: 7 }, (_, d) => new Decimal(10).pow(-d));

/** The rounding unit of a figure written with `decimals` decimals (shared instances). */
function precisionOf(decimals: number): Decimal {
  return PRECISIONS[Math.max(0, Math.min(decimals, 6))];
}

const THOUSAND = new Decimal(1000);

/**
 * Period columns whose figures are all visibly rounded to thousands (an overview's older years
 * given as 4 398 000 beside exact kronor): each such figure stands for ± 500, not ± 0,5. It takes
 * at least two non-zero figures, one of them of five digits, all whole thousands.
 */
function roundedToThousands(rows: readonly GridRow[], colIndex: ReadonlyMap<number, number>): Set<number> {
  const seen = new Map<number, { n: number; big: boolean; all: boolean }>();
  for (const row of rows) {
    for (const c of row.cells) {
      const idx = colIndex.get(c.col);
      if (idx === undefined || c.amount === undefined || c.percent || c.amount.isZero()) continue;
      const e = seen.get(idx) ?? { n: 0, big: false, all: true };
      e.n++;
      if (c.amount.abs().gte(10000)) e.big = true;
      if (c.decimals > 0 || !multipleOfThousand(c.amount)) e.all = false;
      seen.set(idx, e);
    }
  }
  const out = new Set<number>();
  for (const [idx, e] of seen) if (e.all && e.big && e.n >= 2) out.add(idx);
  return out;
}

/** Whether a figure is a whole number of thousands (in floats where they are exact: most figures). */
function multipleOfThousand(x: Decimal): boolean {
  const n = x.toNumber();
  return Number.isSafeInteger(n) ? n % 1000 === 0 : x.mod(1000).isZero();
}

/**
 * A figure of five digits or more in whole thousands. In an overview of several years, where older
 * years are often given rounded to thousands beside exact results, such a figure stands for ± 500.
 */
function wholeThousands(c: GridCell): boolean {
  return (
    c.amount !== undefined && c.decimals === 0 && c.amount.abs().gte(10000) && multipleOfThousand(c.amount)
  );
}

/** Per period column, the rounding unit most of its figures show. */
function prevailingPrecision(
  rows: readonly GridRow[],
  colIndex: ReadonlyMap<number, number>,
): Map<number, Decimal> {
  const counts = new Map<number, Map<number, number>>();
  for (const row of rows) {
    for (const c of row.cells) {
      const idx = colIndex.get(c.col);
      if (idx === undefined || c.amount === undefined || c.dash || c.percent) continue;
      const m = counts.get(idx) ?? new Map<number, number>();
      m.set(c.decimals, (m.get(c.decimals) ?? 0) + 1);
      counts.set(idx, m);
    }
  }
  const out = new Map<number, Decimal>();
  for (const [idx, m] of counts) {
    let best = 0;
    let bestN = -1;
    for (const [d, n] of m) if (n > bestN) [best, bestN] = [d, n];
    out.set(idx, precisionOf(best));
  }
  return out;
}

function countAmountColumns(rows: readonly GridRow[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const row of rows) {
    for (const c of row.cells) if (c.amount !== undefined) counts.set(c.col, (counts.get(c.col) ?? 0) + 1);
  }
  return counts;
}

function hasTextIn(rows: readonly GridRow[], col: number): boolean {
  return rows.some((r) => r.cells.some((c) => c.col === col));
}

function findUnit(headerRows: readonly GridRow[], titleRow?: GridRow): Statement["statedUnit"] {
  for (const row of [...headerRows, ...(titleRow ? [titleRow] : [])]) {
    for (const cell of row.cells) {
      if (cell.amount !== undefined) continue;
      const f = unitOf(cell.str);
      if (f !== undefined) return { factor: f, row: cell.row, col: cell.col, text: cell.str };
    }
  }
  return undefined;
}

function inferKind(rows: readonly GridRow[], firstPeriodCol: number): StatementKind | undefined {
  const kinds: StatementKind[] = ["RR", "BR", "KF", "FEMAR", "DRIFT", "BALANSKRAV"];
  let best: StatementKind | undefined;
  let bestN = 1;
  for (const kind of kinds) {
    let n = 0;
    for (const row of rows) {
      const label = row.cells.find((c) => c.amount === undefined && c.col < firstPeriodCol);
      if (label && matchConcept(normaliseLabel(label.str), kind)) n++;
    }
    if (n > bestN) {
      bestN = n;
      best = kind;
    }
  }
  return best;
}

const NOTE_REF_RE = /^(not\s*)?\d{1,2}(\s*(,|och|&|\+|\/)\s*\d{1,2})*$/i;

function detectNoteColumn(rows: readonly GridRow[], firstPeriodCol: number): number | undefined {
  const counts = new Map<number, number>();
  for (const row of rows) {
    const label = row.cells.find((c) => c.amount === undefined);
    for (const c of row.cells) {
      // Left of the label or between it and the amounts, never in a period column.
      if (c.col >= firstPeriodCol || !label || c.col === label.col) continue;
      if (NOTE_REF_RE.test(c.str.trim())) counts.set(c.col, (counts.get(c.col) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  let bestN = 0;
  for (const [col, n] of counts) if (n > bestN) [best, bestN] = [col, n];
  return best;
}

function noteRefs(cell: GridCell | undefined): number[] {
  if (!cell) return [];
  const s = typeof cell.raw === "number" ? String(cell.raw).replace(".", ",") : cell.str;
  if (!NOTE_REF_RE.test(s.trim())) return [];
  return (s.match(/\d{1,2}/g) ?? []).map(Number);
}

function buildLine(
  sheet: string,
  kind: StatementKind,
  row: GridRow,
  colIndex: ReadonlyMap<number, number>,
  firstPeriodCol: number,
  noteCol: number | undefined,
  unitFactor: number,
  dashPrecision: ReadonlyMap<number, Decimal>,
  thousands: ReadonlySet<number>,
): Line | undefined {
  let labelCell: GridCell | undefined;
  let noteCell: GridCell | undefined;
  const amounts = new Map<number, Amount>();
  const texts = new Map<number, string>();
  const errors = new Map<number, ExcelErrorCell>();
  for (const cell of row.cells) {
    const idx = colIndex.get(cell.col);
    if (idx !== undefined) {
      if (cell.error) errors.set(idx, { row: cell.row, col: cell.col, text: cell.str });
      if (cell.amount !== undefined) {
        amounts.set(idx, {
          sheet,
          row: cell.row,
          col: cell.col,
          value: cell.amount,
          unitFactor,
          // A dash stands for a zero written with the column's decimals ("–" among "0,4" is 0,0).
          precision:
            thousands.has(idx) || (kind === "FEMAR" && wholeThousands(cell))
              ? THOUSAND
              : cell.dash
                ? (dashPrecision.get(idx) ?? precisionOf(0))
                : precisionOf(cell.decimals),
          dash: cell.dash,
          percent: cell.percent,
        });
      } else texts.set(idx, cell.str);
      continue;
    }
    if (cell.col === noteCol) {
      noteCell = cell;
      continue;
    }
    if (cell.col < firstPeriodCol && cell.amount === undefined && !labelCell) labelCell = cell;
  }
  const label = labelCell?.str ?? "";
  if (!labelCell && amounts.size === 0) return undefined;
  // A note reference written into the label ("Verksamhetens intäkter (not 1)") is read and set aside.
  const inLabel = NOTE_IN_LABEL_RE.exec(label);
  const norm = normaliseLabel(inLabel ? label.slice(0, inLabel.index) : label);
  const concept = norm ? matchConcept(norm, kind) : undefined;
  let role: Line["role"] = "item";
  if (MEMO_RE.test(norm)) role = "memo";
  else if (amounts.size === 0 && texts.size === 0)
    role = concept?.total && !SUMMA_RE.test(norm) ? "total" : "heading";
  else if (norm === "" || SUMMA_RE.test(norm) || concept?.total) role = "total";
  const notes = noteRefs(noteCell);
  if (inLabel && notes.length === 0) notes.push(...(inLabel[1].match(/\d{1,2}/g) ?? []).map(Number));
  return {
    row: row.row,
    labelCol: labelCell?.col ?? firstPeriodCol,
    label,
    norm,
    concept: concept?.id,
    role,
    notes,
    amounts,
    texts,
    ...(errors.size > 0 ? { errors } : {}),
  };
}

/**
 * A total printed without "Summa", in bold alone (which a reader of cells never sees), names what it
 * totals: the heading of its section ("Omsättningstillgångar" … "Omsättningstillgångar 204 850"),
 * or in a note the note's subject ("Not 13 Kassa och bank" … "Kassa och bank 98 930"). Such a line
 * after items of its own section is that section's total, not one more item.
 */
function settleNamedTotals(lines: Line[], noteTitle: string | undefined): void {
  const subject = noteTitle
    ? normaliseLabel(noteTitle.replace(/^\s*not(?:\s*nr\.?)?\s*\d+\s*[.:]?/i, ""))
    : undefined;
  lines.forEach((line, i) => {
    if (line.role !== "item" || line.amounts.size === 0 || line.norm === "") return;
    let itemsBetween = 0;
    for (let j = i - 1; j >= 0; j--) {
      const above = lines[j];
      // The same words again with amounts: a line of the section, not its total.
      if (above.norm === line.norm && above.amounts.size > 0) return;
      if (above.role === "heading") {
        if (above.norm === line.norm && itemsBetween > 0) line.role = "total";
        if (above.norm !== "") return;
        continue;
      }
      if (above.amounts.size > 0 && above.role !== "memo") itemsBetween++;
    }
    // In a note, the last line naming the note's subject after its items is the note's total.
    if (subject && line.norm === subject && itemsBetween > 0 && isLastWithAmounts(lines, i))
      line.role = "total";
  });
}

/** The balance sheet's two sides by the names their grand totals carry (LKBR 6 kap.), "Summa" left out. */
const ASSETS_SIDE = new Set(["tillgångar", "tillgångar totalt"]);
const CLAIMS_SIDE = new Set([
  "eget kapital avsättningar och skulder",
  "eget kapital och skulder",
  "eget kapital avsättningar skulder",
  "skulder och eget kapital",
  "skulder avsättningar och eget kapital",
]);

/**
 * The balance sheet's grand totals printed without "Summa", in bold alone: "Tillgångar 4 912 378"
 * after the assets' lines, "Eget kapital, avsättningar och skulder 4 912 378" after the claims'.
 * Where the law's layout puts "Summa tillgångar" (after the assets, before the claims side begins)
 * and "Summa eget kapital, avsättningar och skulder" (after the claims), a line naming the side with
 * amounts is its total, not one more item or the heading of a section below. The same name with
 * amounts before any line of its side (a total printed above its lines) is left as it was read.
 */
function settleGrandTotals(lines: Line[]): void {
  let assetsTotal = -1;
  let sideItems = 0;
  lines.forEach((line, i) => {
    const hasAmounts = line.amounts.size > 0 && line.role !== "memo";
    const side = ASSETS_SIDE.has(line.norm) ? "assets" : CLAIMS_SIDE.has(line.norm) ? "claims" : undefined;
    if (side && hasAmounts && line.role !== "heading" && sideItems > 0) {
      if (side === "assets" && assetsTotal < 0 && claimsSideNext(lines, i)) {
        line.role = "total";
        line.concept = "BR.SUMMA_TILLGANGAR";
        assetsTotal = i;
        sideItems = 0;
        return;
      }
      if (side === "claims" && assetsTotal >= 0 && isLastOfSheet(lines, i)) {
        line.role = "total";
        line.concept = "BR.SUMMA_EKAS";
        sideItems = 0;
        return;
      }
    }
    if (line.concept === "BR.SUMMA_TILLGANGAR" && line.role === "total") {
      assetsTotal = i;
      sideItems = 0;
    } else if (hasAmounts && line.role !== "heading") sideItems++;
  });
}

/** After the assets' total the claims side begins: its heading, equity, or nothing more. */
function claimsSideNext(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    // A page's footer or running header between the sides ("Sida 14") names nothing.
    if (l.role === "memo" || (l.role === "heading" && !l.concept && l.amounts.size === 0)) continue;
    if (CLAIMS_SIDE.has(l.norm) || l.concept === "BR.EKAS_HEADING") return true;
    const concept = l.concept ? conceptById(l.concept) : undefined;
    return concept?.nature === "equity" || /^eget kapital\b/.test(l.norm);
  }
  return true;
}

/** The claims' total closes the balance sheet: after it only the lines below the sheet (ansvarsförbindelser). */
function isLastOfSheet(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    if (l.role === "memo" || l.amounts.size === 0) continue;
    if (l.concept === "BR.ANSVARSFORBINDELSER" || /ansvarsförbindelse|panter|borgen/.test(l.norm)) return true;
    return false;
  }
  return true;
}

function isLastWithAmounts(lines: readonly Line[], i: number): boolean {
  for (let k = i + 1; k < lines.length; k++)
    if (lines[k].amounts.size > 0 && lines[k].role !== "memo") return false;
  return true;
}

/**
 * "Eget kapital vid årets slut = vid årets början + årets resultat" (DOMAIN.md): the closing equity
 * printed under the opening equity and the year's result is their total, whatever its wording
 * ("Utgående eget kapital", a bold "Eget kapital"), even where its figures are too coarse (0,7 mnkr)
 * for arithmetic alone to say so.
 */
function closeEquity(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.concept !== "BR.EK_SLUT" || line.role !== "item" || line.amounts.size === 0) return;
    let opening = false;
    let result = false;
    for (let j = i - 1; j >= 0; j--) {
      const above = lines[j];
      if (above.role === "heading" || above.role === "total") break;
      if (above.role !== "item") continue;
      if (above.concept === "BR.EK_BORJAN") opening = true;
      else if (above.concept === "BR.ARETS_RESULTAT") result = true;
      else break;
    }
    if (opening && result) line.role = "total";
  });
}

/**
 * A bare "Eget kapital" with amounts is the opening balance when the year's result follows it as
 * its own line (Kalmar 2024); followed only by "varav årets resultat", it is the closing balance.
 */
function settleEquityLine(lines: Line[]): void {
  lines.forEach((line, i) => {
    if (line.concept !== "BR.EK_BORJAN" || line.norm !== "eget kapital" || line.amounts.size === 0) return;
    for (let j = i + 1; j < lines.length; j++) {
      const next = lines[j];
      if (next.role === "heading" || next.role === "total") break;
      if (next.concept === "BR.ARETS_RESULTAT" && next.role === "item") return;
    }
    line.concept = "BR.EK_SLUT";
  });
}

const NOTE_IN_LABEL_RE = /[\s(]+not(?:er)?\s*(\d{1,2}(?:\s*(?:,|och|&|\+)\s*\d{1,2})*)\s*\)?\s*$/i;
/** "varav ..." and "därav ..." lines specify part of the line above; they are not added. */
const MEMO_RE = /^(varav|därav|varav:|därav:)\b/;
