/**
 * The zip container of an .xlsx, read from plain bytes (no Node Buffer, so the workbench can use it
 * in the browser): the central directory, each entry's compressed bytes, and a stored (uncompressed)
 * zip rebuilt from parts already unpacked within the budget. Nothing here inflates: inflating is
 * the caller's, with a hard output limit (zlib's maxOutputLength in Node, a counted stream in the
 * browser), because the sizes a zip directory states may be lies.
 */

export interface ZipEntry {
  readonly name: string;
  /** Uncompressed size as the directory states it (not trusted); Infinity for zip64 sizes. */
  readonly size: number;
  /** 0: stored, 8: deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** Offset of the entry's local header. */
  readonly offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const view = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const utf8 = new TextDecoder("utf-8");

/** The entries of a zip's central directory, or null if there is none or it points outside the file. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  if (bytes.length < 22) return null;
  const v = view(bytes);
  // The end-of-central-directory record sits in the last 22 + up to 65 535 (comment) bytes.
  const min = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (v.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = v.getUint16(eocd + 10, true);
  let p = v.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || v.getUint32(p, true) !== CENTRAL) return null;
    const nameLen = v.getUint16(p + 28, true);
    const extraLen = v.getUint16(p + 30, true);
    const commentLen = v.getUint16(p + 32, true);
    if (p + 46 + nameLen > bytes.length) return null;
    const size = v.getUint32(p + 24, true);
    entries.push({
      name: utf8.decode(bytes.subarray(p + 46, p + 46 + nameLen)),
      size: size === 0xffffffff ? Infinity : size,
      method: v.getUint16(p + 10, true),
      compressedSize: v.getUint32(p + 20, true),
      offset: v.getUint32(p + 42, true),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** An entry's bytes as stored in the file (still compressed), or null if they lie outside it. */
export function compressedBytes(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const p = entry.offset;
  if (p + 30 > bytes.length) return null;
  const v = view(bytes);
  if (v.getUint32(p, true) !== LOCAL) return null;
  const start = p + 30 + v.getUint16(p + 26, true) + v.getUint16(p + 28, true);
  if (start + entry.compressedSize > bytes.length) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

/** Parts whose size grows with the cells: they draw on the budget's cell-XML bytes. */
export function holdsCells(name: string): boolean {
  return name.startsWith("xl/worksheets/") || name === "xl/sharedStrings.xml";
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * A zip of stored entries: the parts as this reader unpacked them, handed to ExcelJS so that it
 * reads exactly the bytes already counted against the budget and never inflates anything itself.
 */
export function storedZip(
  parts: readonly { readonly name: string; readonly data: Uint8Array }[],
): Uint8Array {
  const encoder = new TextEncoder();
  const names = parts.map((p) => encoder.encode(p.name));
  const localSize = parts.reduce((s, p, i) => s + 30 + names[i].length + p.data.length, 0);
  const centralSize = names.reduce((s, n) => s + 46 + n.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const v = view(out);
  let p = 0;
  const offsets: number[] = [];
  const crcs = parts.map((part) => crc32(part.data));
  parts.forEach((part, i) => {
    offsets.push(p);
    v.setUint32(p, LOCAL, true);
    v.setUint16(p + 4, 20, true);
    v.setUint32(p + 14, crcs[i], true);
    v.setUint32(p + 18, part.data.length, true);
    v.setUint32(p + 22, part.data.length, true);
    v.setUint16(p + 26, names[i].length, true);
    out.set(names[i], p + 30);
    out.set(part.data, p + 30 + names[i].length);
    p += 30 + names[i].length + part.data.length;
  });
  const central = p;
  parts.forEach((part, i) => {
    v.setUint32(p, CENTRAL, true);
    v.setUint16(p + 4, 20, true);
    v.setUint16(p + 6, 20, true);
    v.setUint32(p + 16, crcs[i], true);
    v.setUint32(p + 20, part.data.length, true);
    v.setUint32(p + 24, part.data.length, true);
    v.setUint16(p + 28, names[i].length, true);
    v.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  v.setUint32(p, EOCD, true);
  v.setUint16(p + 8, parts.length, true);
  v.setUint16(p + 10, parts.length, true);
  v.setUint32(p + 12, p - central, true);
  v.setUint32(p + 16, central, true);
  return out;
}
