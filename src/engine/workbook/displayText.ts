/**
 * The text a Swedish Excel would display for a number, for the snapshot's `text` array (Office.js
 * gives the displayed text; ExcelJS only gives the raw value). Covers the formats statements use:
 * General, thousands grouping (`# ##0`, `#,##0`), decimals, percentages, a `"-"` zero section
 * and dates. Anything else falls back to the plain number with a decimal comma.
 */

const NBSP = "\u00A0";

export function displayNumber(value: number, numFmt: string | undefined): string {
  if (!numFmt || numFmt === "General") return plain(value);
  let format = compiled.get(numFmt);
  if (!format) {
    format = compile(numFmt);
    compiled.set(numFmt, format);
  }
  const text = format(value);
  // A format can overflow a figure a cell holds (1E+308 as per cent): shown as Excel's General then.
  return /Infinity|NaN/.test(text) ? plain(value) : text;
}

/** Formats are parsed once each: a 100 000-cell sheet has a handful of distinct formats. */
const compiled = new Map<string, (value: number) => string>();

function compile(fmt: string): (value: number) => string {
  // Excel's sections: positive;negative;zero. A negative section writes its own sign (or parentheses).
  const sections = splitSections(fmt).map(compileSection);
  return (value) => {
    if (value < 0 && sections.length > 1) return sections[1](Math.abs(value), "");
    if (value === 0 && sections.length > 2) return sections[2](0, "");
    return sections[0](Math.abs(value), value < 0 ? "-" : "");
  };
}

function compileSection(section: string): (magnitude: number, sign: string) => string {
  const literal = /^"([^"]*)"$/.exec(section.trim());
  if (literal) return () => literal[1];
  if (!/[#0]/.test(section)) return (m, sign) => sign + plain(m);
  const percent = section.includes("%");
  const decimals = /[.,](0+)/.exec(section.replace(/\s/g, ""))?.[1].length ?? 0;
  const grouped = /[#0][ ,\u00A0][#0]/.test(section);
  const before = /^[^#0]*/.exec(section)?.[0].replace(/["\\]/g, "") ?? "";
  const after =
    /[^#0]*$/
      .exec(section.replace(/[.,]0+/, ""))?.[0]
      .replace(/["\\%]/g, "")
      .trim() ?? "";
  const suffix = (percent ? NBSP + "%" : "") + after;
  return (magnitude, sign) => {
    const [whole, frac] = (magnitude * (percent ? 100 : 1)).toFixed(decimals).split(".");
    const digits =
      (grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : whole) + (frac ? "," + frac : "");
    return sign + before + digits + suffix;
  };
}

function plain(value: number): string {
  return String(value).replace(".", ",");
}

/** Splits a number format into its ;-separated sections, ignoring semicolons inside quotes. */
function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A date as ISO text (the Swedish display of dates), with the time only when it has one. */
export function displayDate(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 16).replace("T", " ");
}

/** A JavaScript date (as ExcelJS gives it, in UTC) → Excel's serial number, as Office.js values give dates. */
export function excelSerial(date: Date): number {
  return date.getTime() / 86400000 + 25569;
}
