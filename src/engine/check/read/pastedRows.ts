import { parseAmount } from "../../amount/parseAmount";

/**
 * One line of a statement copied from a PDF viewer, as it lands in one cell:
 * "Korta fordringar 3,4 1 063 673 537 519". The viewer keeps the words and the figures but not the
 * columns: a space groups thousands, separates the label from the note and one amount from the
 * next. This file reads what one line can say on its own: whether it is a header (which gives the
 * number of period columns and whether a "Not" column stands before them), a line of figures (every
 * way its trailing numbers can be cut into a note and that many amounts, by Swedish digit grouping),
 * or text (a title, a heading, prose). Which of several cuts is right is decided elsewhere, by the
 * statement's arithmetic (pastedResolve.ts).
 */

/** A period column's header as written ("2025", "2025-12-31", "2025-01-01 -2025-12-31"). */
export interface PastedHeader {
  readonly kind: "header";
  /** Text before the column headers ("Belopp i kr", "NOTER"); may be empty. */
  readonly label: string;
  /** The header says "Not" before the periods: lines may cite notes there. */
  readonly note: boolean;
  readonly periods: readonly string[];
}

/** One way to cut a line's figures: the note it cites (if any) and one text per period column. */
export interface Reading {
  readonly note?: string;
  /** The amount's text per period column, as written; undefined where the column is blank. */
  readonly amounts: readonly (string | undefined)[];
}

export interface PastedFigures {
  readonly kind: "figures";
  readonly label: string;
  /** Every cut the digit grouping allows (at least one); the first is the most even in size. */
  readonly readings: readonly Reading[];
}

/** A line of unit words under the columns ("Not 1 Verksamhetens intäkter Kr Kr"). */
export interface PastedUnits {
  readonly kind: "units";
  readonly label: string;
  readonly units: readonly string[];
}

/** A line whose figures cannot be cut into the header's columns: it stays as it is. */
export interface PastedUnreadable {
  readonly kind: "unreadable";
  readonly label: string;
}

export type PastedLineReading =
  | PastedHeader
  | PastedFigures
  | PastedUnits
  | PastedUnreadable
  | { readonly kind: "text" }
  | { readonly kind: "prose" };

/** A unit word after an amount, and the end of an amount it may follow. */
const UNIT_AFTER = /^(?:kr|tkr|sek)\.?$/iu;
const AMOUNT_END = /^\(?[-\u2212\u2013]?\d+(?:,\d+)?\)?$/u;
/** Every kind of space a PDF viewer writes between words and between thousands. */
const SPACES = /[\s\u00A0\u2007\u2008\u2009\u200A\u202F]+/u;
const DASH = /^[-\u2212\u2013\u2014\u2012]$/u;
const NUMBER = /^(\()?([-\u2212\u2013\u2014\u2012+])?(\d+)(,\d+)?(\))?(%)?$/u;
/** A note reference: "3", "3,4" (notes are numbered from 1). */
const NOTE = /^[1-9]\d?(,[1-9]\d?)*$/;
const DATE = /^[-\u2212\u2013]?(?:19|20)\d{2}-\d{2}-\d{2}$/u;
const DATE_RANGE = /^(?:19|20)\d{2}-\d{2}-\d{2}[-\u2212\u2013](?:19|20)\d{2}-\d{2}-\d{2}$/u;
const YEAR = /^(?:19|20)\d{2}$/;
/** A page number as a PDF viewer copies it with the page: "Sida 7", "Sida 7 av 24", "7 (24)", "- 7 -". */
const PAGE_NUMBER =
  /^(?:(?:sida|s\.|page)\s*\d{1,3}(?:\s*(?:av|\/|of)\s*\d{1,3})?|\d{1,3}\s*\(\d{1,3}\)|[-\u2013]\s*\d{1,3}\s*[-\u2013])$/iu;
/** Words that name what a column holds, written before its year or date in a header. */
const COLUMN_KIND =
  /^(utfall|budget|bokslut|prognos|delår|delårsbokslut|helår|ack\.?|ackumulerat|avvikelse|budgetavvikelse|avv\.?|differens|diff\.?)$/i;
const UNIT_WORD = /^(kr|tkr|mnkr|mkr)\.?$/i;
/** A statement row is never longer than this; a longer line is a paragraph (as findStatements reads it). */
const PROSE_LENGTH = 110;
/**
 * Finite verbs and sentence words that no statement label uses: "Årets resultat blev 1 920 460 kr
 * vilket är …" is a sentence quoting an amount, not a line of a statement.
 */
const PROSE_WORDS =
  /(?<![\p{L}\d])(blev|blir|uppgick|uppgår|är|var|har|hade|visar|visade|redovisar|vilket|innebär|innebar|motsvarar|beror|berodde|ökade|minskade|jämfört|uppvisar)(?![\p{L}\d])/iu;
/**
 * Readings beyond this many make a line unreadable rather than a search. A line of a five-year
 * overview ("1 920 460 -1 587 235 -41 688 500 807 754 451") may be cut some forty ways.
 */
const MAX_READINGS = 200;

/**
 * Splits a pasted line into its words and figures. A note list written with spaces ("3, 4") is
 * one token, as "3,4" is.
 */
export function pastedTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.trim().split(SPACES)) {
    if (raw === "") continue;
    // A unit written after each amount ("412 118 kr 388 004 kr", "4 363kr") says the unit, not a word of the label.
    const glued = /^(\(?[-\u2212\u2013]?\d+(?:,\d+)?\)?)(?:kr|tkr|sek)\.?$/iu.exec(raw);
    const t = glued ? glued[1] : raw;
    const prev = out[out.length - 1];
    if (prev !== undefined && UNIT_AFTER.test(t) && AMOUNT_END.test(prev)) continue;
    if (prev !== undefined && /^\d{1,2}(,\d{1,2})*,$/.test(prev) && /^\d{1,2}$/.test(t))
      out[out.length - 1] = prev + t;
    else out.push(t);
  }
  return out;
}

/**
 * What one pasted line says. `columns` and `note` come from the header above it (undefined before
 * any header): a line of figures is only cut under a header.
 */
export function readPastedLine(text: string, columns?: number, note = false): PastedLineReading {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "text" };
  const tokens = withoutFootnoteMark(pastedTokens(trimmed));
  const header = readHeader(tokens);
  if (header) return header;
  if (trimmed.length > PROSE_LENGTH) return { kind: "prose" };
  const suffixStart = figuresStart(tokens);
  const label = tokens.slice(0, suffixStart).join(" ");
  if (suffixStart === tokens.length) {
    if (columns !== undefined && tokens.length > columns) {
      const units = tokens.slice(tokens.length - columns);
      if (units.every((u) => UNIT_WORD.test(u)))
        return { kind: "units", label: tokens.slice(0, tokens.length - columns).join(" "), units };
    }
    if (PROSE_WORDS.test(trimmed)) return { kind: "prose" };
    // Amounts followed by a word no cut reads: under a header its figures must not vanish from the
    // statement (a note's Summa would be judged without them), so the line is one the reader cannot cut.
    return columns !== undefined && amountInside(tokens) ? { kind: "unreadable", label: trimmed } : { kind: "text" };
  }
  if (PROSE_WORDS.test(label)) return { kind: "prose" };
  if (columns === undefined) return { kind: "text" };
  // Figures inside the label ("Kassa och bank 1 204 331 1 378 920 Verksamhetens intäkter 6 412 300
  // 6 105 000"): two tables side by side on one line, whose columns no cut can tell apart.
  if (amountInside(tokens.slice(0, suffixStart))) return { kind: "unreadable", label };
  // A page's footer or running header copied along with the page ("Sida 7", "7 (24)", "Värend
  // årsredovisning 2025"): a page number, or a year alone after the words, is no figure.
  if (PAGE_NUMBER.test(trimmed) || (suffixStart === tokens.length - 1 && YEAR.test(tokens[suffixStart])))
    return { kind: "text" };
  const readings = cutFigures(tokens.slice(suffixStart), columns, note);
  // A year closing the label ("Bidrag 2024 123 456 234 567") is a word of it: a figure of four
  // digits and more is written in groups. Where the figures after it fill the columns, read so.
  if (YEAR.test(tokens[suffixStart]) && suffixStart + 1 < tokens.length) {
    const withYear = cutFigures(tokens.slice(suffixStart + 1), columns, note);
    if (withYear.length > 0 && withYear.length <= MAX_READINGS)
      return {
        kind: "figures",
        label: tokens.slice(0, suffixStart + 1).join(" "),
        readings: byEvenness(withYear),
      };
  }
  // Any number of four digits or more closing the label ("Konto 4010 120 000 95 000", "Lag 2003:1210"
  // aside) is a word of it where the figures cannot fill the columns with it and fill them without it.
  const filled = (r: Reading): boolean => r.amounts.every((a) => a !== undefined);
  if (/^\d{4,}$/.test(tokens[suffixStart]) && suffixStart + 1 < tokens.length && !readings.some(filled)) {
    const without = cutFigures(tokens.slice(suffixStart + 1), columns, note).filter(filled);
    if (without.length > 0 && without.length <= MAX_READINGS)
      return { kind: "figures", label: tokens.slice(0, suffixStart + 1).join(" "), readings: byEvenness(without) };
  }
  if (readings.length === 0 || readings.length > MAX_READINGS) return { kind: "unreadable", label };
  return { kind: "figures", label, readings: byEvenness(readings) };
}

/** A footnote's mark after the figures ("120 000 115 000 *", "1 000 0 ¹", "… 2)"): no word of the line. */
function withoutFootnoteMark(tokens: readonly string[]): string[] {
  const last = tokens[tokens.length - 1];
  const before = tokens[tokens.length - 2];
  if (last !== undefined && before !== undefined && /^(?:\*+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\d\)|[a-z]\))$/u.test(last) && isFigureToken(before))
    return tokens.slice(0, -1);
  return [...tokens];
}

/** An amount written in digit groups among a label's words ("1 204 331"): figures of another column. */
function amountInside(label: readonly string[]): boolean {
  return label.some((t, k) => /^[-\u2212\u2013]?\d{1,3}$/u.test(t) && /^\d{3}(?:,\d+)?$/.test(label[k + 1] ?? ""));
}

/** Where the trailing run of figures starts (tokens.length when the line ends in a word). */
function figuresStart(tokens: readonly string[]): number {
  let i = tokens.length;
  while (i > 0 && isFigureToken(tokens[i - 1])) i--;
  // "Not 3" and "Not 3 och 4" are the label's own words: the number after "Not" is no figure.
  if (i > 0 && i < tokens.length && /^not(er)?\.?$/i.test(tokens[i - 1])) i++;
  // A per cent sign before the figures ("Soliditet, % 61,2 64,0") names the row's unit: a word of the label.
  while (i < tokens.length - 1 && tokens[i] === "%") i++;
  return i;
}

function isFigureToken(t: string): boolean {
  return DASH.test(t) || t === "%" || NUMBER.test(t);
}

/**
 * A header line: trailing column headers that are dates ("2025-12-31", a range "2025-01-01
 * -2025-12-31") or consecutive years ("2025 2024"), optionally "Not" before them.
 */
function readHeader(tokens: readonly string[]): PastedHeader | undefined {
  const periods: string[] = [];
  let i = tokens.length;
  let dates = 0;
  let kinds = 0;
  while (i > 0) {
    const t = tokens[i - 1];
    if (DATE_RANGE.test(t)) {
      periods.unshift(t);
      dates++;
      i--;
    } else if (DATE.test(t)) {
      // A range may be written over two or three tokens: "2025-01-01 -2025-12-31", "2025-01-01 - 2025-12-31".
      let start = i - 1;
      const prev = tokens[start - 1];
      if (DASH.test(t[0])) {
        if (prev === undefined || !DATE.test(prev) || DASH.test(prev[0])) break;
        start -= 1;
      } else if (prev !== undefined && DASH.test(prev) && start > 1 && DATE.test(tokens[start - 2]))
        start -= 2;
      periods.unshift(tokens.slice(start, i).join(" "));
      dates++;
      i = start;
    } else if (YEAR.test(t)) {
      periods.unshift(t);
      i--;
    } else break;
    // "Utfall 2025 Budget 2025": a column's kind written before its year belongs to its header.
    if (i > 0 && COLUMN_KIND.test(tokens[i - 1])) {
      periods[0] = `${tokens[i - 1]} ${periods[0]}`;
      kinds++;
      i--;
    }
  }
  if (periods.length === 0) return undefined;
  // A kind before some years only ("Utfall 2025 2024") does not say which columns it heads.
  if (kinds > 0 && kinds < periods.length) return undefined;
  let labelEnd = i;
  let note = false;
  if (labelEnd > 0 && /^not(\s*nr)?\.?$/i.test(tokens[labelEnd - 1])) {
    note = true;
    labelEnd--;
  } else if (labelEnd > 1 && /^not$/i.test(tokens[labelEnd - 2]) && /^nr\.?$/i.test(tokens[labelEnd - 1])) {
    note = true;
    labelEnd -= 2;
  }
  const label = tokens.slice(0, labelEnd).join(" ");
  // Another table's header before this one ("Balansräkning 2025-12-31 2024-12-31 Resultaträkning
  // 2025 2024"): two statements side by side, whose lines no cut can tell apart.
  const before = tokens.slice(0, labelEnd);
  if (before.some((t) => DATE.test(t) || DATE_RANGE.test(t)) || before.some((t, k) => YEAR.test(t) && YEAR.test(before[k + 1] ?? "")))
    return undefined;
  if (dates === 0 && kinds === 0 && !plainYearsHead(periods, label, note)) return undefined;
  if (PROSE_WORDS.test(label)) return undefined;
  return { kind: "header", label, note, periods };
}

/**
 * Plain years head columns when there are several, each one year from the next ("2025 2024",
 * "2025 2024 2023 2022 2021"), or one year after a caption or "Not" ("Belopp i kr Not 2025").
 */
function plainYearsHead(periods: readonly string[], label: string, note: boolean): boolean {
  const years = periods.map(Number);
  if (years.length >= 2) {
    const step = years[1] - years[0];
    return Math.abs(step) === 1 && years.every((y, k) => k === 0 || y - years[k - 1] === step);
  }
  return note || /(?<![\p{L}])(belopp|kr|tkr|mnkr|mkr)(?![\p{L}])/iu.test(label);
}

interface Figure {
  readonly text: string;
  readonly next: number;
}

/**
 * Every way to read tokens[from..] as an optional note and then `columns` amounts (or, when no
 * full reading exists, fewer amounts in any of the columns).
 */
function cutFigures(tokens: readonly string[], columns: number, note: boolean): Reading[] {
  const full: Reading[] = [];
  const partial: Array<{ note?: string; amounts: string[] }> = [];
  const walk = (i: number, noteText: string | undefined, amounts: string[]): void => {
    if (full.length > MAX_READINGS) return;
    if (i === tokens.length) {
      if (amounts.length === columns) full.push({ note: noteText, amounts: [...amounts] });
      else if (amounts.length > 0 && amounts.length < columns)
        partial.push({ note: noteText, amounts: [...amounts] });
      return;
    }
    if (amounts.length >= columns) return;
    for (const f of figuresAt(tokens, i)) walk(f.next, noteText, [...amounts, f.text]);
  };
  if (note && NOTE.test(tokens[0])) walk(1, tokens[0], []);
  walk(0, undefined, []);
  // Fewer figures than columns (a column left blank): which column each belongs to is not
  // written, so every placement is a reading too ("Gruppverksamhet 1 321 948" may be this year's
  // amount alone as well as 1 | 321 948).
  const blanks: Reading[] = [];
  for (const p of partial)
    for (const placed of placements(p.amounts, columns)) blanks.push({ note: p.note, amounts: placed });
  // Where the blanks could stand in too many ways to weigh (a wide overview) and the figures fill
  // every column, the full readings are the ones offered.
  if (full.length > 0 && full.length + blanks.length > MAX_READINGS) return dedupe(full);
  return dedupe([...full, ...blanks]);
}

/** The amounts a run of tokens may start with at `i`: each possible end of the digit groups. */
function figuresAt(tokens: readonly string[], i: number): Figure[] {
  const out: Figure[] = [];
  const t = tokens[i];
  if (DASH.test(t)) {
    // A lone dash is a zero ("–"), or the minus of the figure that follows ("– 797").
    out.push({ text: t, next: i + 1 });
    const m = i + 1 < tokens.length ? NUMBER.exec(tokens[i + 1]) : null;
    if (m && !m[1] && !m[2])
      for (const f of grouped(tokens, i + 1)) out.push({ text: `-${f.text}`, next: f.next });
    return out.filter(valid);
  }
  return grouped(tokens, i).filter(valid);
}

/** A lead group and then 0..k groups of exactly three digits: each stopping point is an amount. */
function grouped(tokens: readonly string[], i: number): Figure[] {
  const lead = NUMBER.exec(tokens[i]);
  if (!lead) return [];
  const [, open, , digits, decimals, close, percent] = lead;
  const out: Figure[] = [];
  const withPercent = (text: string, next: number): Figure =>
    next < tokens.length && tokens[next] === "%" ? { text: `${text} %`, next: next + 1 } : { text, next };
  // A lead group of four digits or more, or with decimals, a closing bracket or a per cent, stands alone.
  // "063" or "000" begins no amount: a group of three after the first is all it can be.
  if (digits.length > 1 && digits[0] === "0" && !decimals) return [];
  const canGroup = digits.length <= 3 && !decimals && !close && !percent;
  if (!(open && !close)) out.push(withPercent(tokens[i], i + 1));
  if (!canGroup || digits === "0") return out;
  const parts = [tokens[i]];
  for (let j = i + 1; j < tokens.length; j++) {
    const g = /^(\d{3})(,\d+)?(\))?(%)?$/.exec(tokens[j]);
    if (!g) break;
    parts.push(tokens[j]);
    const closes = !!g[3];
    if (!open || closes) out.push(withPercent(parts.join(" "), j + 1));
    if (g[2] || g[3] || g[4]) break;
  }
  return out;
}

function valid(f: Figure): boolean {
  return parseAmount(f.text).ok;
}

/** Every way to place k amounts, in order, into n columns. */
function placements(amounts: readonly string[], n: number): (string | undefined)[][] {
  const out: (string | undefined)[][] = [];
  const place = (col: number, k: number, acc: (string | undefined)[]): void => {
    if (k === amounts.length) {
      out.push([...acc, ...Array<undefined>(n - col).fill(undefined)]);
      return;
    }
    for (let c = col; c <= n - (amounts.length - k); c++)
      place(c + 1, k + 1, [...acc, ...Array<undefined>(c - col).fill(undefined), amounts[k]]);
  };
  place(0, 0, []);
  return out;
}

function dedupe(readings: readonly Reading[]): Reading[] {
  const seen = new Set<string>();
  return readings.filter((r) => {
    const k = `${r.note ?? ""}|${r.amounts.map((a) => a ?? "").join("|")}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Readings ordered by how even their amounts are in size: the amounts of one line (this year and
 * last) are mostly of the same order, so the most even one is tried first. Only the order of the
 * search depends on this; which reading is taken is decided by the arithmetic.
 */
function byEvenness(readings: readonly Reading[]): Reading[] {
  const spread = (r: Reading): number => {
    const sizes = r.amounts
      .filter((a): a is string => a !== undefined)
      .map((a) => {
        const p = parseAmount(a);
        return p.ok ? Math.log10(1 + Math.abs(p.value.toNumber())) : 0;
      });
    return sizes.length === 0 ? 0 : Math.max(...sizes) - Math.min(...sizes);
  };
  // A reading that fills every column comes before one that leaves a column blank.
  const blanks = (r: Reading): number => r.amounts.filter((a) => a === undefined).length;
  return readings
    .map((r, k) => ({ r, k, s: spread(r), b: blanks(r) }))
    .sort((a, b) => a.b - b.b || a.s - b.s || a.k - b.k)
    .map((x) => x.r);
}

/** The reading as a reader would write it with the columns marked: "3,4 | 1 063 673 | 537 519". */
export function describeReading(r: Reading): string {
  return [...(r.note !== undefined ? [`not ${r.note}`] : []), ...r.amounts.map((a) => a ?? "–")].join(" | ");
}
