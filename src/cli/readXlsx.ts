/**
 * Reads an .xlsx file into a WorkbookSnapshot: per sheet the used range as parallel
 * arrays of values, displayed text, formulas and number formats, shaped as Office.js returns them
 * (dates as serial numbers with their text, errors as "#DIV/0!", a merged range's value only in
 * its top-left cell). Files that cannot be read raise a ReadError with a Swedish message.
 */
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import type { SheetSnapshot, WorkbookSnapshot } from "../engine/workbook/snapshot";
import { cli } from "../i18n/sv/cli";
import { denseSheet } from "./denseSheet";
import { ReadError } from "./readError";
import { readWithExcelJs } from "./readWithExcelJs";
import { RawSheet, fastRead } from "./xlsx/fastRead";
import { ZipEntry, fileKind, zipEntries } from "./zipProbe";

export interface ReadLimits {
  /** Most bytes of sheet XML (uncompressed) accepted before parsing: a guard against huge sheets. */
  readonly maxSheetXmlBytes: number;
  /** Most cells in one sheet's used range (the snapshot's arrays are dense). */
  readonly maxCellsPerSheet: number;
}

/**
 * Statements are a few hundred cells. 24 MB of sheet XML is about half a million cells: room for
 * large working workbooks, while a 1 000 000-row sheet (over 40 MB of XML) is refused in
 * milliseconds. The used-range limit stops a sheet whose few cells lie far apart (A1 and Z100000).
 */
export const DEFAULT_LIMITS: ReadLimits = { maxSheetXmlBytes: 24 * 1024 * 1024, maxCellsPerSheet: 2_000_000 };

export async function readXlsx(path: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookSnapshot> {
  const name = basename(path);
  const buf = await readBytes(path, name);
  const entries = checkContainer(buf, name, limits);
  let raw: RawSheet[];
  try {
    raw = fastRead(buf, entries);
  } catch (error) {
    // Anything the fast scan does not understand (or a broken part) gets ExcelJS's full parser,
    // which either reads it or says why the file is damaged.
    if (error instanceof ReadError) throw error;
    raw = await readWithExcelJs(buf, name);
  }
  const sheets: SheetSnapshot[] = [];
  for (const { name: sheetName, cells } of raw) {
    const sheet = denseSheet(sheetName, cells, name, limits.maxCellsPerSheet);
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
function checkContainer(buf: Buffer, name: string, limits: ReadLimits): ZipEntry[] {
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
  return entries;
}
