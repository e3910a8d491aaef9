/**
 * Reads an .xlsx file into a WorkbookSnapshot: per sheet the used range as parallel
 * arrays of values, displayed text, formulas and number formats, shaped as Office.js returns them
 * (dates as serial numbers with their text, errors as "#DIV/0!", a merged range's value only in
 * its top-left cell). Files that cannot be read raise a ReadError with a Swedish message.
 *
 * One budget per workbook (src/engine/workbook/budget.ts) bounds the work, each part checked
 * before it is paid for: the file's size before reading it, the zip directory's sizes before
 * inflating, every inflation by a hard output limit, all sheets' used ranges before the arrays.
 */
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import {
  type BudgetLimits,
  BudgetExceeded,
  ByteBudget,
  WORKBOOK_BUDGET,
  checkCells,
  checkFileSize,
  forExcelJs,
} from "../engine/workbook/budget";
import type { SheetSnapshot, WorkbookSnapshot } from "../engine/workbook/snapshot";
import { cli } from "../i18n/sv/cli";
import { type UsedRange, denseSheet, usedRange } from "./denseSheet";
import { ReadError } from "./readError";
import { DamagedXlsx, UnsupportedXlsx } from "./xlsx/errors";
import { type RawSheet, fastRead } from "./xlsx/fastRead";
import { zipForExcelJs } from "./xlsx/forExcelJs";
import { holdsCells } from "./xlsx/zip";
import { type ZipEntry, fileKind, unpack, zipEntries } from "./zipProbe";

export async function readXlsx(
  path: string,
  limits: BudgetLimits = WORKBOOK_BUDGET,
): Promise<WorkbookSnapshot> {
  const name = basename(path);
  let buf: Buffer;
  try {
    buf = await readBytes(path, name, limits);
  } catch (error) {
    if (error instanceof BudgetExceeded) throw new ReadError("too-large", error.message);
    throw error;
  }
  return readXlsxBytes(buf, name, limits);
}

/** An .xlsx already in memory (`name` for messages): the same reading and refusals as readXlsx. */
export async function readXlsxBytes(
  buf: Buffer,
  name: string,
  limits: BudgetLimits = WORKBOOK_BUDGET,
): Promise<WorkbookSnapshot> {
  try {
    checkFileSize(name, buf.length, limits);
    const entries = checkContainer(buf, name, limits);
    const raw = await readSheets(buf, entries, name, limits);
    return toSnapshot(name, raw, limits);
  } catch (error) {
    if (error instanceof BudgetExceeded) throw new ReadError("too-large", error.message);
    if (error instanceof DamagedXlsx) throw new ReadError("corrupt", cli.corrupt(name, error.reason));
    throw error;
  }
}

async function readSheets(
  buf: Buffer,
  entries: ZipEntry[],
  name: string,
  limits: BudgetLimits,
): Promise<RawSheet[]> {
  try {
    return fastRead(buf, entries, new ByteBudget(name, limits));
  } catch (error) {
    if (!(error instanceof UnsupportedXlsx)) throw error;
  }
  // What the fast scan does not handle (strict OOXML, another compression) goes to ExcelJS's full
  // parser, given the parts as unpacked here, within the budget: ExcelJS then inflates nothing.
  const budget = new ByteBudget(name, forExcelJs(limits));
  const parts = entries
    .filter((e) => !e.name.endsWith("/"))
    .map((e) => ({ name: e.name, data: unpack(buf, e, budget) }));
  // Loaded only here: ExcelJS costs a noticeable part of the command line's start-up.
  const { readWithExcelJs } = await import("./readWithExcelJs");
  return readWithExcelJs(Buffer.from(zipForExcelJs(parts)), name);
}

/** All sheets' used ranges checked against the budget together, then the dense arrays. */
function toSnapshot(name: string, raw: readonly RawSheet[], limits: BudgetLimits): WorkbookSnapshot {
  const ranges = raw.map((s) => usedRange(s.name, s.cells));
  checkCells(
    name,
    ranges.filter((r): r is UsedRange => r !== null),
    limits,
  );
  const sheets: SheetSnapshot[] = [];
  raw.forEach((s, i) => {
    const range = ranges[i];
    if (range) sheets.push(denseSheet(s.name, s.cells, range));
  });
  if (sheets.length === 0) throw new ReadError("empty", cli.empty(name));
  return { name, sheets };
}

async function readBytes(path: string, name: string, limits: BudgetLimits): Promise<Buffer> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new ReadError("not-a-file", cli.notAFile(name));
    checkFileSize(name, stat.size, limits);
    return await fs.readFile(path);
  } catch (error) {
    if (error instanceof ReadError || error instanceof BudgetExceeded) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new ReadError("missing", cli.missingFile(path));
    throw new ReadError("unreadable", cli.unreadable(name, cli.errnoReason(code)));
  }
}

/** Refuses what is not an .xlsx (by signature and zip contents) and what is too large to parse. */
function checkContainer(buf: Buffer, name: string, limits: BudgetLimits): ZipEntry[] {
  const kind = fileKind(buf.subarray(0, 8));
  if (kind === "ole") throw new ReadError("encrypted", cli.encrypted(name));
  if (kind === "pdf") throw new ReadError("pdf", cli.pdf(name));
  if (kind !== "zip") throw new ReadError("not-xlsx", cli.notXlsx(name));
  const entries = zipEntries(buf);
  if (!entries) throw new ReadError("corrupt", cli.corrupt(name, cli.damagedDirectory));
  if (!entries.some((e) => e.name === "xl/workbook.xml")) throw new ReadError("not-xlsx", cli.notXlsx(name));
  new ByteBudget(name, limits).checkDeclared(
    entries.map((e) => ({ size: e.size, holdsCells: holdsCells(e.name) })),
  );
  return entries;
}
