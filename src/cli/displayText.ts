/**
 * The text a Swedish Excel would display for a number, for the snapshot's `text` array (Office.js
 * gives the displayed text; ExcelJS only gives the raw value). Covers the formats statements use:
 * General, thousands grouping (`# ##0`, `#,##0`), decimals, percentages, a `"-"` zero section
 * and dates. Anything else falls back to the plain number with a decimal comma.
 */

const NBSP = "\u00A0";

export function displayNumber(value: number, numFmt: string | undefined): string {
  const fmt = numFmt && numFmt !== "General" ? numFmt : "";
  if (fmt === "") return plain(value);
  const sections = splitSections(fmt);
  // Excel's sections: positive;negative;zero. A negative section writes its own sign (or parentheses).
  let section = sections[0];
  let sign = value < 0 ? "-" : "";
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    sign = "";
  } else if (value === 0 && sections.length > 2) {
    section = sections[2];
  }
  const literal = /^"([^"]*)"$/.exec(section.trim());
  if (literal) return literal[1];
  if (!/[#0]/.test(section)) return plain(value);
  const percent = section.includes("%");
  const decimals = /[.,](0+)/.exec(section.replace(/\s/g, ""))?.[1].length ?? 0;
  const grouped = /[#0][ ,\u00A0][#0]/.test(section);
  const magnitude = Math.abs(value) * (percent ? 100 : 1);
  const [whole, frac] = magnitude.toFixed(decimals).split(".");
  const digits = (grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP) : whole) + (frac ? "," + frac : "");
  const before = /^[^#0]*/.exec(section)?.[0].replace(/["\\]/g, "") ?? "";
  const after =
    /[^#0]*$/
      .exec(section.replace(/[.,]0+/, ""))?.[0]
      .replace(/["\\%]/g, "")
      .trim() ?? "";
  return sign + before + digits + (percent ? NBSP + "%" : "") + (after ? after : "");
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
