/**
 * Looks at a file's first bytes and its zip directory before ExcelJS parses anything, so that a
 * renamed .xls, a password-protected workbook, a PDF or a workbook with a million-row sheet is
 * refused at once with a clear message instead of a parser crash or minutes of memory growth.
 * The probe reads only the zip's central directory (the end of the file); `entryData` then
 * inflates single entries for the fast reader.
 */
import { inflateRawSync } from "node:zlib";

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

export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size in bytes; Infinity for zip64 entries (sizes beyond 4 GB). */
  readonly size: number;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
}

/** The entries of a zip's central directory, or null if the directory cannot be found. */
export function zipEntries(buf: Buffer): ZipEntry[] | null {
  // The end-of-central-directory record sits in the last 22 + up to 65 535 (comment) bytes.
  const min = Math.max(0, buf.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return null;
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const offset = buf.readUInt32LE(p + 42);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    entries.push({ name, size: size === 0xffffffff ? Infinity : size, method, compressedSize, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of an entry, or null for a method other than stored or deflated. */
export function entryData(buf: Buffer, entry: ZipEntry): Buffer | null {
  const p = entry.offset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== 0x04034b50) return null;
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  const data = buf.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return data;
  if (entry.method === 8) return inflateRawSync(data);
  return null;
}
