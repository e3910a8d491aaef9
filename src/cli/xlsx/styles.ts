/**
 * Number formats of an .xlsx: each cell's style index → its format code (the built-in ones by id,
 * custom ones from styles.xml), and whether a format shows a date.
 */
import { attributes, decodeText } from "./xml";

/** Excel's built-in formats that statements meet (the ids Excel writes without a code). */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export interface Styles {
  /** Format code of a style index ("General" when none). */
  formatOf(styleIndex: number): string;
  /** The style shows a date or time (its value is an Excel serial number). */
  isDate(styleIndex: number): boolean;
}

export function readStyles(xml: string | null): Styles {
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  if (xml) {
    for (const m of xml.matchAll(/<numFmt\b([^<>]*?)\/?>/g)) {
      const a = attributes(m[1]);
      if (a.numFmtId !== undefined && a.formatCode !== undefined)
        custom.set(Number(a.numFmtId), decodeText(a.formatCode));
    }
    const cellXfs = /<cellXfs\b[^<>]*>([\s\S]*?)<\/cellXfs>/.exec(xml);
    if (cellXfs)
      for (const m of cellXfs[1].matchAll(/<xf\b([^<>]*?)\/?>/g))
        xfFormats.push(Number(attributes(m[1]).numFmtId ?? 0));
  }
  const codes = xfFormats.map((id) => custom.get(id) ?? BUILT_IN[id] ?? "General");
  const dates = codes.map(isDateFormat);
  return {
    formatOf: (i) => codes[i] ?? "General",
    isDate: (i) => dates[i] ?? false,
  };
}

/** A format shows a date when, outside quoted text, colours and conditions, it has y, m, d, h or s. */
export function isDateFormat(code: string): boolean {
  if (code === "General" || code === "@") return false;
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, "");
  return /[ymdhs]/i.test(bare) && !/^[#0.,\s%E+-]*$/i.test(bare);
}
