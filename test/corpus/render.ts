/**
 * Lays a corpus case out as the engine's input, exactly as ../shared/corpus/build.js writes its
 * workbooks: per part a title row, the header row, the rows (label in column A, the rest from B),
 * two blank rows between parts stacked on one sheet. Tells where every model cell landed, so the
 * truth items resolve to sheet and A1 address.
 */
import ExcelJS from "exceljs";
import { displayNumber } from "../../src/engine/workbook/displayText";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { a1 } from "../../src/engine/workbook/snapshot";
import type { CorpusCase, CorpusCell, TruthItem, TruthLevel } from "./cases";

/** The number format build.js gives typed amounts. */
export const CORPUS_NUM_FMT = "#,##0;-#,##0;0";

/** The parts build.js stacks when asked for one sheet. */
const STACKABLE = ["Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Noter"];

export interface CellAddress {
  readonly sheet: string;
  /** A1 address, e.g. "C5". */
  readonly cell: string;
}

/** One laid-out row of a part: where it sits and how its values are indexed. */
interface PlacedRow {
  readonly part: string;
  readonly label: CorpusCell;
  /** 0-based sheet row. */
  readonly row: number;
  readonly valueStart: number;
  readonly headerRow: number;
}

/** A written cell: its value and whether build.js makes it bold (titles, headers, headings). */
interface PlacedCell {
  readonly value: string | number;
  readonly bold: boolean;
}

interface PlacedSheet {
  readonly name: string;
  readonly cells: Map<string, PlacedCell>;
  readonly rows: PlacedRow[];
}

export interface RenderedCase {
  readonly snapshot: WorkbookSnapshot;
  /** Resolves a model cell (part, label, occurrence, value column; -1 = header of the label column). */
  addressOf(part: string, label: string, occurrence: number, col: number): CellAddress;
  /** Every model cell: `part|rowIndex|col` (col counts from the label, 0) → address. */
  readonly cells: ReadonlyMap<string, CellAddress>;
  /** For ExcelJS: the laid-out sheets. */
  readonly sheets: readonly PlacedSheet[];
}

/** Lays a case out, each part on its own sheet, or the statements stacked on `oneSheet`. */
export function renderCase(c: CorpusCase, oneSheet?: string): RenderedCase {
  const blocks = oneSheet
    ? [{ name: oneSheet, parts: c.sheets.filter((s) => STACKABLE.includes(s.name)) }]
    : c.sheets.map((s) => ({ name: s.name, parts: [s] }));
  const sheets: PlacedSheet[] = [];
  const cells = new Map<string, CellAddress>();
  for (const b of blocks) {
    const sheet: PlacedSheet = { name: b.name, cells: new Map(), rows: [] };
    let r = 0;
    for (const part of b.parts) {
      sheet.cells.set(a1(r, 0), { value: part.title, bold: true });
      r += 1;
      part.header.forEach((h, i) => {
        if (h !== "") sheet.cells.set(a1(r, i), { value: h, bold: true });
      });
      const headerRow = r;
      r += 1;
      part.rows.forEach((row, ri) => {
        const [label, ...rest] = row;
        if (label !== "" && label !== null)
          sheet.cells.set(a1(r, 0), { value: label, bold: rest.length === 0 });
        rest.forEach((v, i) => {
          if (v === null) return;
          sheet.cells.set(a1(r, i + 1), { value: v, bold: false });
        });
        row.forEach((_, col) => cells.set(`${part.name}|${ri}|${col}`, { sheet: b.name, cell: a1(r, col) }));
        sheet.rows.push({ part: part.name, label, row: r, valueStart: part.valueStart, headerRow });
        r += 1;
      });
      r += 2; // two blank rows between stacked statements
    }
    sheets.push(sheet);
  }

  const sheetOf = (part: string) =>
    oneSheet && STACKABLE.includes(part) ? oneSheet : (c.sheets.find((s) => s.name === part)?.name ?? part);
  const addressOf = (part: string, label: string, occurrence: number, col: number): CellAddress => {
    const target = sheets.find((s) => s.name === sheetOf(part));
    if (!target) throw new Error(`no sheet for ${part}`);
    const rows = target.rows.filter((x) => x.part === part);
    if (col === -1 && rows.length > 0) return { sheet: target.name, cell: a1(rows[0].headerRow, 0) };
    const hit = rows.filter((x) => x.label === label)[occurrence - 1];
    if (!hit) throw new Error(`no row ${part} / ${label} #${occurrence}`);
    return { sheet: target.name, cell: a1(hit.row, hit.valueStart + col) };
  };
  return { snapshot: toSnapshot(c.name, sheets), addressOf, cells, sheets };
}

/** Dense arrays from A1, with the displayed text and number format of each cell (as Excel gives them). */
function toSnapshot(name: string, sheets: readonly PlacedSheet[]): WorkbookSnapshot {
  return {
    name,
    sheets: sheets.map((s): SheetSnapshot => {
      let rows = 0;
      let cols = 0;
      for (const addr of s.cells.keys()) {
        const { row, col } = parse(addr);
        rows = Math.max(rows, row + 1);
        cols = Math.max(cols, col + 1);
      }
      const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
      const text: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(""));
      const numberFormat: string[][] = Array.from({ length: rows }, () =>
        Array<string>(cols).fill("General"),
      );
      for (const [addr, cell] of s.cells) {
        const { row, col } = parse(addr);
        values[row][col] = cell.value;
        if (typeof cell.value === "number") {
          numberFormat[row][col] = CORPUS_NUM_FMT;
          text[row][col] = displayNumber(cell.value, CORPUS_NUM_FMT);
        } else text[row][col] = cell.value;
      }
      return { name: s.name, origin: { row: 0, col: 0 }, values, text, numberFormat };
    }),
  };
}

function parse(addr: string): { row: number; col: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(addr);
  if (!m) throw new Error(`bad address ${addr}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Writes a laid-out case as .xlsx, formatted as build.js formats it. */
export async function writeCaseXlsx(rendered: RenderedCase, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  // Fixed dates keep regenerated files identical in content.
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  for (const s of rendered.sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.getColumn(1).width = 52;
    for (let i = 2; i <= 7; i += 1) ws.getColumn(i).width = 18;
    for (const [addr, cell] of s.cells) {
      const c = ws.getCell(addr);
      c.value = cell.value;
      if (cell.bold) c.font = { bold: true };
      if (typeof cell.value === "number") c.numFmt = CORPUS_NUM_FMT;
    }
  }
  await wb.xlsx.writeFile(file);
}

/** A truth item resolved to addresses. */
export interface ResolvedTruth {
  readonly level: TruthLevel;
  readonly kind?: string;
  readonly minSeverity: "info" | "warning" | "error";
  readonly at: CellAddress;
  readonly also: readonly CellAddress[];
  /** For messages: "RR / Verksamhetens resultat / col 0". */
  readonly what: string;
}

export function resolveTruth(rendered: RenderedCase, items: readonly TruthItem[]): ResolvedTruth[] {
  return items.map((e) => ({
    level: e.level,
    kind: e.kind,
    minSeverity: e.minSeverity ?? "error",
    at: rendered.addressOf(e.sheet, e.label, e.occurrence ?? 1, e.col),
    also: (e.alsoAt ?? []).map(([sh, lb, occ, col]) => rendered.addressOf(sh, lb, occ, col)),
    what: `${e.sheet} / ${e.label}${e.occurrence ? ` #${e.occurrence}` : ""} / col ${e.col}`,
  }));
}
