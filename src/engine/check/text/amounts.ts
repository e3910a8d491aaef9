import Decimal from "decimal.js";

/**
 * The sums of money a sentence of running text states: "8 524 000 kronor", "2 652 129 kr",
 * "1,9 mnkr", "1 920 tkr", "kr 13 624 000", "knappt 2 miljoner kronor", "−1,3 mnkr". A number
 * with no word of money beside it ("40 individer", "år 2025", "20 %") is no sum of money.
 *
 * Each amount keeps what a revisor needs to judge it: its value in kronor, the unit it is rounded
 * to (DOMAIN.md: a figure stands for the values that round to it), whether a sign was written, and
 * the word before it that loosens or bounds it ("cirka", "knappt", "drygt", "över", "högst").
 */

export type Qualifier =
  /** "cirka", "ca", "omkring", "ungefär", "runt": either side, a little more than the rounding. */
  | "about"
  /** "knappt", "nästan", "närmare", "strax under": a little less than the figure. */
  | "below"
  /** "drygt", "strax över", "dryga": a little more than the figure. */
  | "above"
  /** "över", "under", "minst", "mer än", "mindre än": a bound, not a figure to compare. */
  | "bound"
  /** "högst", "maximalt", "max": a ceiling, the figure itself (the trappa's "maximalt 1 628 600 kr"). */
  | "ceiling";

export interface QuotedAmount {
  /** Where the amount (number and unit) stands in the sentence. */
  readonly start: number;
  readonly end: number;
  /** The amount as written ("8 524 000 kronor"). */
  readonly text: string;
  /** In kronor, negative where a minus sign was written. */
  readonly value: Decimal;
  /** The unit the figure is rounded to, in kronor (1 for "2 652 129 kr", 100 000 for "1,9 mnkr"). */
  readonly unit: Decimal;
  /** A minus sign was written before the figure. */
  readonly signed: boolean;
  readonly qualifier?: Qualifier;
  /** Part of a range ("1–2 mnkr", "mellan 1 och 2 mnkr"): no single figure. */
  readonly range: boolean;
}

const MINUS = "\\-\\u2212\\u2013\\u2014\\u2012";
const SPACE = "[ \\u00A0\\u202F\\u2009\\u2007]";
/** A figure: thousands grouped by a space of any kind, or plain digits; a decimal comma. */
const NUMBER = `(?:\\d{1,3}(?:${SPACE}\\d{3})+|\\d+)(?:,\\d+)?`;
/** Words of money after a figure, longest first, with kronor per unit. */
const UNITS: ReadonlyArray<readonly [pattern: string, factor: number]> = [
  // A region's figures: "3,2 mdkr", "3,2 miljarder kronor" (a thousand millions).
  ["miljarder kronor|miljard kronor|mdkr|mdr kr|mdsek", 1_000_000_000],
  ["miljoner kronor|miljon kronor|milj\\.? kr(?:onor)?|mnkr|mkr|msek", 1_000_000],
  ["tusen kronor|tusental kronor|tkr", 1_000],
  ["kronor|kr|sek", 1],
  // "339 miljoner från statligt håll": millions of kronor where the text speaks of money.
  ["miljoner|miljon|milj\\.", 1_000_000],
];
const UNIT_WORDS = UNITS.map(([p]) => p).join("|");
const AFTER = new RegExp(
  `(?<![\\p{L}\\d,.:/])([${MINUS}]${SPACE}?)?(${NUMBER})${SPACE}?(${UNIT_WORDS})(?![\\p{L}\\d])\\.?`,
  "giu",
);
/** "kr 13 624 000", as running text sometimes writes it. */
const BEFORE = new RegExp(`(?<![\\p{L}])(kr|sek)\\.?${SPACE}([${MINUS}]${SPACE}?)?(${NUMBER})(?![\\d,]|${SPACE}\\d)`, "giu");

const QUALIFIERS: ReadonlyArray<readonly [RegExp, Qualifier]> = [
  [/(?<![\p{L}])(cirka|ca\.?|c:a|omkring|ungefär|runt|drygt\s+och\s+knappt)\s*$/iu, "about"],
  [/(?<![\p{L}])(knappt|nästan|närmare|strax\s+under|inemot)\s*$/iu, "below"],
  [/(?<![\p{L}])(drygt|dryga|strax\s+över|en\s+bit\s+över)\s*$/iu, "above"],
  [/(?<![\p{L}])(högst|maximalt|max\.?|maximum)\s*$/iu, "ceiling"],
  [/(?<![\p{L}])(över|under|minst|mer\s+än|mindre\s+än|upp\s+till|upp\s+mot|uppemot|överstigande|understigande|från|till\s+och\s+med|t\.?o\.?m\.?)\s*$/iu, "bound"],
];

/** Every sum of money in a sentence, in the order written. */
export function quotedAmounts(sentence: string): QuotedAmount[] {
  const found: QuotedAmount[] = [];
  for (const m of sentence.matchAll(AFTER)) {
    const factor = factorOf(m[3]);
    found.push(amount(sentence, m.index ?? 0, m[0], m[1], m[2], factor));
  }
  for (const m of sentence.matchAll(BEFORE)) {
    const start = m.index ?? 0;
    if (found.some((a) => start < a.end && a.start < start + m[0].length)) continue;
    found.push(amount(sentence, start, m[0], m[2], m[3], 1));
  }
  return found.sort((a, b) => a.start - b.start);
}

function factorOf(unitWord: string): number {
  const w = unitWord.toLowerCase();
  for (const [pattern, factor] of UNITS) if (new RegExp(`^(?:${pattern})$`, "iu").test(w)) return factor;
  return 1;
}

function amount(
  sentence: string,
  start: number,
  text: string,
  minus: string | undefined,
  figure: string,
  factor: number,
): QuotedAmount {
  const plain = figure.replace(/[ \u00A0\u202F\u2009\u2007]/g, "");
  const [whole, fraction = ""] = plain.split(",");
  const magnitude = new Decimal(`${whole}${fraction ? `.${fraction}` : ""}`).times(factor);
  const signed = minus !== undefined;
  const end = start + text.length;
  const before = sentence.slice(Math.max(0, start - 40), start);
  const after = sentence.slice(end, end + 30);
  return {
    start,
    end,
    // The full stop after "kr" ends the sentence as often as it abbreviates: it is not shown.
    text: text.trim().replace(/\.$/, ""),
    value: signed ? magnitude.negated() : magnitude,
    unit: roundingUnit(whole, fraction, factor),
    signed,
    qualifier: QUALIFIERS.find(([re]) => re.test(before))?.[1],
    range: isRange(before, after),
  };
}

/**
 * The unit a figure is rounded to: its last written decimal ("1,9 mnkr" → 100 000 kr), or for a
 * whole figure the zeros it ends in, three or more ("2 730 000 kr" → 10 000 kr: Kalmar 2024 quotes
 * the trappa's 2 727 000 so), keeping at least three significant digits: "1 000 000 kr" is not
 * "some million".
 */
function roundingUnit(whole: string, fraction: string, factor: number): Decimal {
  if (fraction.length > 0) return new Decimal(10).pow(-fraction.length).times(factor);
  const digits = whole.replace(/^0+/, "").length;
  const zeros = /0*$/.exec(whole)?.[0].length ?? 0;
  // One or two zeros are as likely exact ("731 670 kr"); three or more say thousands or coarser.
  const kept = zeros < 3 ? 0 : Math.max(0, Math.min(zeros, digits - 3));
  return new Decimal(10).pow(kept).times(factor);
}

/** "1–2 mnkr", "1 - 2 miljoner", "mellan 1 och 2 mnkr", "1 till 2 mnkr". */
function isRange(before: string, after: string): boolean {
  return (
    // A figure just before ("1–", "1,5 till", "1 500 och"), not a year ("under 2025 till 2 652 130 kr").
    /(?<![\d])\d{1,3}(?:[ \u00A0\u202F]\d{3})*(?:,\d+)?\s*([-\u2013\u2014]|och|till|à)\s*$/u.test(before) ||
    /^\s*([-\u2013\u2014]|till|och)\s*[-\u2212\u2013]?\s*\d/iu.test(after) ||
    /(?<![\p{L}])mellan\s*$/iu.test(before)
  );
}
