/** The little XML an .xlsx needs: entity decoding and attributes of one start tag. */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes XML entities, then Excel's `_xHHHH_` escapes of control characters. */
export function decodeText(s: string): string {
  let out = s.includes("&")
    ? s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
        hex
          ? String.fromCodePoint(parseInt(hex, 16))
          : dec
            ? String.fromCodePoint(Number(dec))
            : NAMED[name as string],
      )
    : s;
  if (out.includes("_x"))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

const ATTR = /([\w:]+)\s*=\s*"([^"]*)"/g;

/** The attributes of a start tag's attribute text (`r="A1" s="3" t="s"`). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) out[m[1]] = decodeText(m[2]);
  return out;
}

/** The concatenated text of every `<t>` in a fragment (rich text runs), leaving out phonetic runs. */
export function textRuns(fragment: string): string {
  const body = fragment.includes("<rPh") ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : fragment;
  let out = "";
  const T = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = T.exec(body); m; m = T.exec(body)) out += m[1];
  return decodeText(out);
}
