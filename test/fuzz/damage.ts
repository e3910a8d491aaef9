/**
 * Damaged variants of a real .xlsx: bytes flipped, cut or spliced in the zip itself, or one part's
 * XML mangled (spans dropped or doubled, stray or unclosed tags, addresses outside the grid, numbers
 * that are no numbers, bad entities) and the zip rebuilt, stored or deflated, sometimes with a
 * directory that lies about the sizes. Reading must end in a snapshot or a Swedish refusal.
 */
import { inflateRawSync } from "node:zlib";
import { compressedBytes, zipEntries } from "../../src/cli/xlsx/zip";
import { type Part, zip } from "../fixtures/hostile/makeHostile";
import type { Rng } from "./rng";

const FRAGMENTS = [
  '<c r="A0"><v>1</v></c>',
  '<c r="XFE1"><v>1</v></c>',
  "<c>",
  "</c>",
  "<c r=",
  '<row r="0">',
  '<row r="-3">',
  '<row r="1048577">',
  "<v>NaN</v>",
  "<v>1e400</v>",
  "<v></v>",
  '<c r="B2" t="e"><v>#REF!</v></c>',
  '<c r="B3" t="s"><v>999999</v></c>',
  '<c r="B4" t="d"><v>not a date</v></c>',
  '<c r="B5" s="99999"><v>5</v></c>',
  '<f t="shared" si="77"/>',
  '<c r="C1"><f t="shared" si="0" ref="C1:C9">A1+$B$1</f><v>1</v></c>',
  "&#xFFFFFF;",
  "&#0;",
  "&bogus;",
  "_x0000_",
  "_xD800_",
  '<mergeCell ref="A1:XFD1048576"/>',
  '<mergeCell ref="B2:A1"/>',
  "<si>",
  "<t>",
  "<is>",
  "<![CDATA[",
  "<!--",
  '<sheet name="X" r:id="rId999"/>',
  '<Relationship Id="rId1" Target="../../../etc/passwd"/>',
  '<numFmt numFmtId="0" formatCode="[Red]\\"/>',
  '<workbookPr date1904="1"/>',
  "\u0000\uffff\ud800",
];

/** Every part of the zip, unpacked (null for a part that does not unpack). */
function parts(file: Buffer): Part[] | null {
  const entries = zipEntries(file);
  if (!entries) return null;
  const out: Part[] = [];
  for (const e of entries) {
    const raw = compressedBytes(file, e);
    if (!raw) return null;
    try {
      out.push({ name: e.name, data: e.method === 8 ? inflateRawSync(raw) : Buffer.from(raw) });
    } catch {
      return null;
    }
  }
  return out;
}

function mangleXml(rng: Rng, xml: string): string {
  let s = xml;
  const edits = rng.between(1, 4);
  for (let i = 0; i < edits; i++) {
    const at = rng.int(s.length + 1);
    const len = rng.int(Math.min(400, s.length - at) + 1);
    switch (rng.int(7)) {
      case 0: // drop a span
        s = s.slice(0, at) + s.slice(at + len);
        break;
      case 1: // double a span
        s = s.slice(0, at + len) + s.slice(at, at + len) + s.slice(at + len);
        break;
      case 2: // a stray fragment
        s = s.slice(0, at) + rng.pick(FRAGMENTS) + s.slice(at);
        break;
      case 3: // addresses moved anywhere, also outside the grid
        s = s.replace(/ r="([A-Z]+)(\d+)"/g, (m, c: string, r: string) =>
          rng.chance(0.05)
            ? ` r="${rng.pick([c, "XFE", "A", "ZZZZ"])}${rng.pick([r, "0", "1048577", String(rng.int(2000))])}"`
            : m,
        );
        break;
      case 4: // values that are no numbers
        s = s.replace(/<v>([^<]*)<\/v>/g, (m) =>
          rng.chance(0.05) ? `<v>${rng.pick(["NaN", "1e400", "-", "", "0x1F", " 12 "])}</v>` : m,
        );
        break;
      case 5: // cell types swapped
        s = s.replace(/ t="(\w+)"/g, (m) =>
          rng.chance(0.1) ? ` t="${rng.pick(["s", "e", "b", "d", "str", "inlineStr", "n", "x"])}"` : m,
        );
        break;
      default: // cut the part short
        s = s.slice(0, at);
    }
  }
  return s;
}

/** One damaged variant of `file`. */
export function damaged(rng: Rng, file: Buffer): Buffer {
  const kind = rng.int(10);
  if (kind < 3) {
    const out = Buffer.from(file);
    const flips = rng.between(1, 20);
    for (let i = 0; i < flips; i++) out[rng.int(out.length)] = rng.int(256);
    return out;
  }
  if (kind === 3) return file.subarray(0, rng.int(file.length));
  if (kind === 4) {
    const at = rng.int(file.length);
    return Buffer.concat([file.subarray(0, at), file.subarray(rng.int(file.length))]);
  }
  const all = parts(file);
  if (!all || all.length === 0) return Buffer.from(file).reverse();
  const weighty = all.filter((p) => /worksheets|sharedStrings|workbook|styles|rels/.test(p.name));
  const target = rng.pick(weighty.length > 0 ? weighty : all);
  const mangled = all.map((p) =>
    p === target ? { ...p, data: Buffer.from(mangleXml(rng, p.data.toString("utf8")), "utf8") } : p,
  );
  if (rng.chance(0.1)) mangled.splice(rng.int(mangled.length), 1); // a part missing
  return zip(
    mangled.map((p) => ({
      ...p,
      deflated: rng.chance(0.6),
      claimedSize: rng.chance(0.1) ? rng.pick([0, 1, 0xfffffffe, p.data.length * 2]) : undefined,
    })),
  );
}
