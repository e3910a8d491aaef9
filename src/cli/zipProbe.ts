/**
 * Looks at a file's first bytes and its zip directory before anything is parsed, so that a renamed
 * .xls, a password-protected workbook, a PDF or a workbook with a million-row sheet is refused at
 * once with a clear message instead of a parser crash or minutes of memory growth. `unpack` then
 * inflates single entries with a hard output limit from the workbook's byte budget: a zip whose
 * directory lies about its sizes stops at the limit, never at the end of memory.
 */
import { inflateRawSync } from "node:zlib";
import type { ByteBudget } from "../engine/workbook/budget";
import { cli } from "../i18n/sv/cli";
import { DamagedXlsx } from "./xlsx/errors";
import { type ZipEntry, compressedBytes, holdsCells, zipEntries } from "./xlsx/zip";

export { type ZipEntry, zipEntries };

export type FileKind = "zip" | "ole" | "pdf" | "other";

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What a file is by its signature. Encrypted .xlsx files are OLE compound files too. */
export function fileKind(head: Uint8Array): FileKind {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return "zip";
  if (head.length >= 8 && OLE.every((b, i) => head[i] === b)) return "ole";
  if (head.length >= 5 && String.fromCharCode(...head.subarray(0, 5)) === "%PDF-") return "pdf";
  return "other";
}

/** Node's code when inflating would pass maxOutputLength. */
const TOO_LARGE = "ERR_BUFFER_TOO_LARGE";

/** An entry's unpacked bytes, counted against (and limited by) the workbook's byte budget. */
export function unpack(file: Uint8Array, entry: ZipEntry, budget: ByteBudget): Uint8Array {
  const cells = holdsCells(entry.name);
  const room = budget.room(cells);
  const data = compressedBytes(file, entry);
  if (!data) throw new DamagedXlsx(cli.damagedPart(entry.name));
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: room + 1 });
    } catch (error) {
      if ((error as { code?: unknown }).code === TOO_LARGE) throw budget.exceeded(cells);
      throw new DamagedXlsx(cli.damagedPart(entry.name));
    }
  } else throw new DamagedXlsx(cli.damagedPart(entry.name)); // nor can ExcelJS unpack other methods
  if (out.length > room) throw budget.exceeded(cells);
  budget.spend(out.length, cells);
  return out;
}
