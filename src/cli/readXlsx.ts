/**
 * Reads an .xlsx file into a WorkbookSnapshot with ExcelJS: per sheet the used range as parallel
 * arrays of values, displayed text, formulas and number formats, shaped as Office.js returns them
 * (dates as serial numbers with their text, errors as "#DIV/0!", a merged range's value only in
 * its top-left cell). Files that cannot be read raise a ReadError with a Swedish message.
 */
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../engine/workbook/snapshot";
import { cli } from "../i18n/sv/cli";
import { displayDate, displayNumber, excelSerial } from "./displayText";
import { ReadError } from "./readError";
import { fileKind, zipEntries } from "./zipProbe";

export interface ReadLimits {
  /** Most bytes of sheet XML (uncompressed) accepted before parsing: a guard against huge sheets. */
  readonly maxSheetXmlBytes: number;
  /** Most cells in one sheet's used range (the snapshot's arrays are dense). */
  readonly maxCellsPerSheet: number;
}

/**
 * Statements are a few hundred cells; 200 000 cells per sheet leave room for large working
 * workbooks while a 1 000 000-row sheet is refused in milliseconds (its XML alone is > 40 MB, over the 24 MB guard).
 */
export const DEFAULT_LIMITS: ReadLimits = { maxSheetXmlBytes: 24 * 1024 * 1024, maxCellsPerSheet: 2_000_000 };

export async function readXlsx(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  const name = basename(path);
  const buf = await readBytes(path, name);
  checkContainer(buf, name, limits);
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own `Buffer` type, which Node 20's generic Buffer does not satisfy; it is the same object.
    await wb.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch (error) {
    throw new ReadError("corrupt", cli.corrupt(name, error instanceof Error ? error.message : String(error)));
  }
  const sheets: SheetSnapshot[] = [];
  for (const ws of wb.worksheets) {
    const sheet = readSheet(ws, name, limits);
    if (sheet) sheets.push(sheet);
  }
  if (sheets.length === 0) throw new ReadError("empty", cli.empty(name));
  return { name, sheets };
}

async function readBytes(path: string, name: string): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new ReadError("not-a-file", cli.notAFile(name));
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new ReadError("missing", cli.missingFile(path));
    throw new ReadError("unreadable", cli.unreadable(name, code ?? String(error)));
  }
}

/** Refuses what is not an .xlsx (by signature and zip contents) and what is too large to parse. */
function checkContainer(buf: Buffer, name: string, limits: ReadLimits): void {
  const kind = fileKind(buf.subarray(0, 8));
  if (kind === "ole") throw new ReadError("encrypted", cli.encrypted(name));
  if (kind === "pdf") throw new ReadError("pdf", cli.pdf(name));
  if (kind !== "zip") throw new ReadError("not-xlsx", cli.notXlsx(name));
  const entries = zipEntries(buf);
  if (!entries) throw new ReadError("corrupt", cli.corrupt(name, "zip-katalogen saknas"));
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new ReadError("not-xlsx", cli.notXlsx(name));
  const xml = entries
    .filter((e) => e.name.startsWith("xl/worksheets/") || e.name === "xl/sharedStrings.xml")
    .reduce((s, e) => s + e.size, 0);
  if (xml > limits.maxSheetXmlBytes) {
    const mb = (n: number) => Math.ceil(n / (1024 * 1024));
    throw new ReadError(
      "too-large",
      cli.tooLargeXml(name, Number.isFinite(xml) ? mb(xml) : 4096, mb(limits.maxSheetXmlBytes)),
    );
  }
}

interface ReadCell {
  value: CellValue;
  text: string;
  formula: string | number | boolean | null;
  numFmt: string;
}

function readSheet(ws: ExcelJS.Worksheet, file: string, limits: ReadLimits): SheetSnapshot | null {
  const cells: { row: number; col: number; cell: ReadCell }[] = [];
  let minRow = Infinity,
    minCol = Infinity,
    maxRow = -1,
    maxCol = -1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const read = readCell(cell);
      if (!read) return;
      const r = rowNumber - 1,
        c = colNumber - 1;
      cells.push({ row: r, col: c, cell: read });
      if (r < minRow) minRow = r;
      if (r > maxRow) maxRow = r;
      if (c < minCol) minCol = c;
      if (c > maxCol) maxCol = c;
    });
  });
  if (cells.length === 0) return null;
  const height = maxRow - minRow + 1,
    width = maxCol - minCol + 1;
  if (height * width > limits.maxCellsPerSheet) {
    const fmt = (n: number) => n.toLocaleString("sv-SE");
    throw new ReadError(
      "too-large",
      cli.tooManyCells(file, ws.name, fmt(height * width), fmt(limits.maxCellsPerSheet)),
    );
  }
  const values = grid<CellValue>(height, width, null);
  const text = grid<string>(height, width, "");
  const formulas = grid<string | number | boolean | null>(height, width, null);
  const numberFormat = grid<string>(height, width, "General");
  for (const { row, col, cell } of cells) {
    const r = row - minRow,
      c = col - minCol;
    values[r][c] = cell.value;
    text[r][c] = cell.text;
    formulas[r][c] = cell.formula;
    numberFormat[r][c] = cell.numFmt;
  }
  return { name: ws.name, origin: { row: minRow, col: minCol }, values, text, formulas, numberFormat };
}

function grid<T>(height: number, width: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(height);
  for (let r = 0; r < height; r++) out[r] = new Array<T>(width).fill(fill);
  return out;
}

/** One cell as Office.js would report it, or null for an empty cell or a merged range's non-master cell. */
function readCell(cell: ExcelJS.Cell): ReadCell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const numFmt = cell.numFmt || "General";
  if (cell.type === ExcelJS.ValueType.Formula) {
    const shown = plainValue(cell.result as unknown, numFmt);
    const formula = cell.formula ? `=${cell.formula}` : null;
    return { value: shown.value, text: shown.text, formula, numFmt };
  }
  const shown = plainValue(cell.value as unknown, numFmt);
  if (shown.value === null) return null;
  return { value: shown.value, text: shown.text, formula: shown.value, numFmt };
}

/** A constant or a formula's cached result → value and displayed text. */
function plainValue(v: unknown, numFmt: string): { value: CellValue; text: string } {
  if (v === null || v === undefined) return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: displayNumber(v, numFmt) };
  if (typeof v === "string") return { value: v, text: v };
  if (typeof v === "boolean") return { value: v, text: v ? "SANT" : "FALSKT" };
  if (v instanceof Date) return { value: excelSerial(v), text: displayDate(v) };
  if (typeof v === "object") {
    const o = v as { error?: unknown; richText?: { text: string }[]; text?: unknown; hyperlink?: unknown };
    if (typeof o.error === "string") return { value: o.error, text: o.error };
    if (Array.isArray(o.richText)) {
      const s = o.richText.map((t) => t.text).join("");
      return { value: s, text: s };
    }
    if (typeof o.text === "string") return { value: o.text, text: o.text };
    if (o.text && typeof o.text === "object") return plainValue(o.text, numFmt);
  }
  return { value: null, text: "" };
}
