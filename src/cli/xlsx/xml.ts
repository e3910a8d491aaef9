/** The little XML an .xlsx needs: entity decoding and attributes of one start tag. */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** A character reference's character; one beyond Unicode (a damaged file) reads as U+FFFD. */
function codePoint(n: number): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : "\uFFFD";
}

/** Decodes XML entities, then Excel's `_xHHHH_` escapes of control characters. */
export function decodeText(s: string): string {
  let out = s.includes("&")
    ? s.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) =>
        hex ? codePoint(parseInt(hex, 16)) : dec ? codePoint(Number(dec)) : NAMED[name as string],
      )
    : s;
  if (out.includes("_x"))
    out = out.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return out;
}

// Names start only where a name starts (the lookbehind): a long word without "=" costs one try.
const ATTR = /(?<![\w:])([\w:]+)\s*=\s*"([^"]*)"/g;

/** The attributes of a start tag's attribute text (`r="A1" s="3" t="s"`). */
export function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(text); m; m = ATTR.exec(text)) out[m[1]] = decodeText(m[2]);
  return out;
}

/** The concatenated text of every `<t>` in a fragment (rich text runs), leaving out phonetic runs. */
export function textRuns(fragment: string): string {
  // Bodies stop at the next tag of their kind, so unclosed tags cost linear time.
  const body = fragment.includes("<rPh")
    ? fragment.replace(/<rPh\b(?:[^<]|<(?!\/?rPh\b))*?<\/rPh>/g, "")
    : fragment;
  let out = "";
  const T = /<t(?:\s[^<>]*)?>((?:[^<]|<(?!\/?t\b))*?)<\/t>/g;
  for (let m = T.exec(body); m; m = T.exec(body)) out += m[1];
  return decodeText(out);
}
