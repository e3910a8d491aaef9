import Decimal from "decimal.js";

/**
 * Swedish amounts as they arrive in cells: typed numbers, or text pasted from a PDF report.
 *
 * Seen in real reports (DOMAIN.md): `1 920 460` with space, U+00A0 or U+202F as thousands
 * separator; `−1 920 460` (U+2212); `– 797` (en dash as minus); `-249`; `(1 920 460)`;
 * `-` or `–` alone for zero; `10 911,25` (decimal comma); `4 363kr`; `8 524 000 kr`; `54 %`;
 * a scale word before or after the number: `1,3 mnkr` (Kalmar 2024), `4 tkr`, `kr 13 624 000`.
 * One parser serves the custom functions, the checking engine and the command line, so an amount
 * means the same thing everywhere.
 */

export type AmountUnit = "kr" | "tkr" | "mkr";

export interface ParsedAmount {
  readonly ok: true;
  /** The value in the amount's own terms: `8 524 000 kr` → 8524000, `54 %` → 0.54, `4 tkr` → 4000. */
  readonly value: Decimal;
  /** The text was a lone dash, which reports use for zero. */
  readonly dash: boolean;
  /** The text ended in `%`; `value` is then the fraction (54 % → 0.54). */
  readonly percent: boolean;
  /** A unit written after the number, if any; `value` is already scaled by it. */
  readonly unit?: AmountUnit;
  /** Decimals written in the text (0 for whole kronor): tells the rounding unit of a pasted figure. */
  readonly decimals: number;
}

export interface AmountFailure {
  readonly ok: false;
  readonly reason: "empty" | "not-an-amount";
}

export type AmountResult = ParsedAmount | AmountFailure;

// Characters used as minus signs: hyphen-minus, minus sign, en dash, em dash, figure dash, small/fullwidth hyphen-minus.
const MINUS = "\\-\\u2212\\u2013\\u2014\\u2012\\uFE63\\uFF0D";
const MINUS_RE = new RegExp(`[${MINUS}]`, "g");
// Every kind of space a PDF or a Swedish locale may put between thousands.
const SPACES_RE = /[\s\u00A0\u2007\u2009\u202F\u200A\u2008]+/g;
const LONE_DASH_RE = new RegExp(`^[${MINUS}]+$`);
// Scale words after the number ("8 524 000 kr", "1,3 mnkr") or before it ("kr 13 624 000", as a
// report's running text writes it). mnkr and mkr both mean millions.
const UNIT_RE = /(mnkr|tkr|mkr|kr|sek|:-)\.?$/i;
const UNIT_BEFORE_RE = /^(mnkr|tkr|mkr|kr|sek)\.?\s*(?=[\d(+\-\u2212\u2013\u2014\u2012\uFE63\uFF0D])/i;
const EMPTY: AmountFailure = { ok: false, reason: "empty" };
const NOT_AN_AMOUNT: AmountFailure = { ok: false, reason: "not-an-amount" };

const UNIT_FACTOR: Record<AmountUnit, number> = { kr: 1, tkr: 1000, mkr: 1000000 };

/** Parses a cell's content (number or text) as a Swedish amount. Never throws. */
export function parseAmount(input: unknown): AmountResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return NOT_AN_AMOUNT;
    const value = new Decimal(input);
    return { ok: true, value, dash: false, percent: false, decimals: Math.max(0, value.decimalPlaces()) };
  }
  if (input instanceof Decimal) {
    return { ok: true, value: input, dash: false, percent: false, decimals: input.decimalPlaces() };
  }
  if (typeof input !== "string") return input === null || input === undefined ? EMPTY : NOT_AN_AMOUNT;
  return parseAmountText(input);
}

function parseAmountText(raw: string): AmountResult {
  let text = raw.replace(SPACES_RE, " ").trim();
  if (text === "") return EMPTY;
  if (LONE_DASH_RE.test(text)) {
    return { ok: true, value: new Decimal(0), dash: true, percent: false, decimals: 0 };
  }

  let unit: AmountUnit | undefined;
  const unitBefore = UNIT_BEFORE_RE.exec(text);
  if (unitBefore) {
    unit = unitOf(unitBefore[1]);
    text = text.slice(unitBefore[0].length).trim();
  }

  let negative = false;
  if (text.startsWith("(") && text.endsWith(")")) {
    negative = true;
    text = text.slice(1, -1).trim();
  }

  let percent = false;
  if (text.endsWith("%")) {
    percent = true;
    text = text.slice(0, -1).trim();
  }

  const unitMatch = unit === undefined && !percent ? UNIT_RE.exec(text) : null;
  if (unitMatch) {
    unit = unitOf(unitMatch[1]);
    text = text.slice(0, unitMatch.index).trim();
  }

  text = text.replace(MINUS_RE, "-");
  // A leading sign may stand apart from the digits ("– 797"); a trailing one is accounting style ("797-").
  const signMatch = /^([+-])\s*(.*)$/.exec(text);
  if (signMatch) {
    if (signMatch[1] === "-") negative = !negative;
    text = signMatch[2];
  } else if (/^[^-]*\d-$/.test(text)) {
    negative = !negative;
    text = text.slice(0, -1);
  }

  const digits = normaliseDigits(text);
  if (digits === null) return NOT_AN_AMOUNT;

  let value = new Decimal(digits);
  const decimals = value.decimalPlaces();
  if (negative) value = value.negated();
  if (percent) value = value.dividedBy(100);
  if (unit) value = value.times(UNIT_FACTOR[unit]);
  return { ok: true, value, dash: false, percent, unit, decimals };
}

function unitOf(word: string): AmountUnit {
  const lower = word.toLowerCase();
  if (lower === "tkr") return "tkr";
  return lower === "mkr" || lower === "mnkr" ? "mkr" : "kr";
}

/**
 * Turns `1 920 460`, `10 911,25`, `1.920.460` or `1,5` into a plain decimal string, or null.
 * Spaces only ever group thousands; a comma is the decimal separator unless several commas
 * group thousands; a dot is the decimal separator unless several dots group thousands.
 */
function normaliseDigits(text: string): string | null {
  if (!/^[\d ,.]+$/.test(text) || !/\d/.test(text)) return null;
  // Spaces must separate groups of three digits, as thousands do.
  const spaced = text.split(" ");
  if (spaced.length > 1 && !spaced.slice(1).every((g) => /^\d{3}([,.]\d*)?$/.test(g))) return null;
  let t = text.replace(/ /g, "");
  const commas = (t.match(/,/g) ?? []).length;
  const dots = (t.match(/\./g) ?? []).length;
  if (commas > 0 && dots > 0) {
    // Both present: the last one is the decimal separator, the other groups thousands.
    const decimalSep = t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
    const groupSep = decimalSep === "," ? "." : ",";
    if (t.split(decimalSep).length !== 2) return null;
    t = t.split(groupSep).join("").replace(decimalSep, ".");
  } else if (commas > 1 || dots > 1) {
    const sep = commas > 1 ? "," : ".";
    const groups = t.split(sep);
    if (!groups.slice(1).every((g) => g.length === 3)) return null;
    t = groups.join("");
  } else {
    t = t.replace(",", ".");
  }
  if (!/^\d*\.?\d*$/.test(t) || t === ".") return null;
  if (t.startsWith(".")) t = "0" + t;
  if (t.endsWith(".")) t = t.slice(0, -1);
  return t;
}
