/**
 * The workbench's side of the workbook budget: an .xlsx's parts unpacked in the browser within the
 * budget's bytes (a counted DecompressionStream, stopped at the limit whatever the zip directory
 * claims), and rebuilt as a stored zip for ExcelJS, which then inflates nothing on its own; rows
 * and cells without `r=` get their addresses, and addresses outside the grid are refused.
 */
import {
  BudgetExceeded,
  ByteBudget,
  type BudgetLimits,
  checkFileSize,
  forExcelJs,
} from "../../engine/workbook/budget";
import { cli } from "../../i18n/sv/cli";
import { DamagedXlsx } from "../../cli/xlsx/errors";
import { zipForExcelJs } from "../../cli/xlsx/forExcelJs";
import { compressedBytes, holdsCells, zipEntries } from "../../cli/xlsx/zip";

/** A file the workbench cannot open; `message` is Swedish. */
export class XlsxUnreadable extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxUnreadable";
  }
}

/** The .xlsx's parts, unpacked within the budget, as one stored zip. */
export async function unpackXlsx(bytes: Uint8Array, name: string, limits: BudgetLimits): Promise<Uint8Array> {
  checkFileSize(name, bytes.length, limits);
  const isZip =
    bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const entries = isZip ? zipEntries(bytes) : null;
  if (!isZip || (entries && !entries.some((e) => e.name === "xl/workbook.xml")))
    throw new XlsxUnreadable(cli.notXlsx(name));
  if (!entries) throw new XlsxUnreadable(cli.corrupt(name, cli.damagedDirectory));
  // ExcelJS parses every cell here: its (lower) share of the budget.
  const budget = new ByteBudget(name, forExcelJs(limits));
  budget.checkDeclared(entries.map((e) => ({ size: e.size, holdsCells: holdsCells(e.name) })));
  const parts: { name: string; data: Uint8Array }[] = [];
  for (const entry of entries) {
    if (entry.name.endsWith("/")) continue;
    const cells = holdsCells(entry.name);
    const data = compressedBytes(bytes, entry);
    if (!data || (entry.method !== 0 && entry.method !== 8))
      throw new XlsxUnreadable(cli.corrupt(name, cli.damagedPart(entry.name)));
    const room = budget.room(cells);
    const out = entry.method === 0 ? data : await inflateRaw(data, room, name, entry.name);
    if (out.length > room) throw budget.exceeded(cells);
    budget.spend(out.length, cells);
    parts.push({ name: entry.name, data: out });
  }
  try {
    return zipForExcelJs(parts);
  } catch (error) {
    if (error instanceof DamagedXlsx) throw new XlsxUnreadable(cli.corrupt(name, error.reason));
    throw error;
  }
}

/** Raw deflate data inflated, or the budget's refusal as soon as the output passes `limit` bytes. */
async function inflateRaw(data: Uint8Array, limit: number, file: string, part: string): Promise<Uint8Array> {
  const copy = new Uint8Array(data); // a Blob part must own plain ArrayBuffer bytes
  const reader = new Blob([copy]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      total += r.value.length;
      if (total > limit) {
        await reader.cancel();
        return new Uint8Array(limit + 1); // the caller refuses it by its length
      }
      chunks.push(r.value);
    }
  } catch (error) {
    if (error instanceof BudgetExceeded) throw error;
    throw new XlsxUnreadable(cli.corrupt(file, cli.damagedPart(part)));
  }
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}
