import { conceptById } from "../labels/vocabulary";
import { labelSimilarity } from "../labels/normaliseLabel";
import { amountKronor, type Amount, type Line, type Statement, type Term } from "../model";
import { unitKronor, withinTolerance } from "../solve/tolerance";
import { pushAll } from "../../util/pushAll";

/**
 * Which lines each total covers. Labels give the priors ("Summa X" closes the block headed X, a
 * result line closes everything above it); arithmetic decides what labels leave open, judged over
 * every column at once so that one wrong cell cannot change the structure:
 * - a section line printed *above* its lines (`ANLÄGGNINGSTILLGÅNGAR 384 554` over the lines it sums),
 * - a line with a label the vocabulary does not know that totals the lines above it in every column
 *   (`Resultat före extraordinära poster`, `Finansnetto`, a running balance ending in `Bokfört värde`),
 * - a bare `Summa` after a sub-table (`Därav pensionskostnader`), which closes that sub-table only.
 * Pure: it returns data and changes nothing in the statement.
 */

/** The weight a line's amount carries in a total (−1 where positive costs are subtracted...). */
export type WeightFn = (line: Line, amount: Amount, total: Line, ci: number) => number;

/** The lines `from..to` (inclusive) that a total covers; `above` when the total stands over them. */
export interface Span {
  readonly from: number;
  readonly to: number;
  readonly above: boolean;
}

export interface Structure {
  /** Spans per total line index (a line may total the lines above it and specify those below). */
  readonly spans: ReadonlyMap<number, readonly Span[]>;
  /** The total that covers each line, if any (by line index). */
  readonly owner: ReadonlyMap<number, number>;
}

/** Statements whose lines add up from the top: a result line covers everything above it. */
const RUNNING_TOTALS = new Set(["RR", "KF", "BALANSKRAV", "DRIFT"]);
/** Statements where a line may total the lines below it, or a total may go unnamed. */
const ARITHMETIC_TOTALS = new Set(["RR", "BR", "KF", "NOT", "DRIFT"]);
const SECTION_ABOVE = new Set(["BR", "NOT"]);
const BARE_SUMMA = new Set(["summa", "totalt", "total", "summa totalt", "totalt summa", "summa netto"]);
const SUMMA_RE = /^(summa|totalt|total)\b/;
/** BR concepts that head a section and, with amounts, total it from above. */
const SECTION_CONCEPTS = new Set([
  "BR.ANL",
  "BR.OMS",
  "BR.INVENTARIER",
  "BR.AVSATTNINGAR",
  "BR.LANGA_SKULDER",
  "BR.KORTA_SKULDER",
  "BR.FORDRINGAR",
  "BR.EK_SLUT",
  "BR.ANSVARSFORBINDELSER",
]);
/** A total inferred from arithmetic must be this many times its rounding tolerance (else it proves nothing). */
const DIGITS_NEEDED = 20;
/**
 * The same for a line whose label already says it heads a section (ANLÄGGNINGSTILLGÅNGAR, "Eget
 * kapital"): the label is most of the evidence, so coarser figures (2,5 mnkr) may confirm it.
 */
const SECTION_DIGITS_NEEDED = 5;
/** Labels of a value carried forward to its close: a running balance's total. */
const CLOSING_WORDS = /^(utgående|utg) |bokfört värde|redovisat värde|restvärde|vid (årets|periodens) slut$/;

/** How far a total may reach: a statement's sections are short; this bounds the work per line. */
const MAX_SPAN = 80;

export function isBareSumma(line: Line): boolean {
  return BARE_SUMMA.has(line.norm);
}

/**
 * A walk's running sums per column, in binary floats: the walks only screen which spans could fit
 * (the identities built from the chosen structure are judged exactly, in decimals). Adding a line
 * costs its columns, so a walk is linear in its length, not quadratic.
 */
class Running {
  readonly sums: number[];
  readonly units: number[];
  readonly counts: number[];
  /** Columns where a line in the walk shows an Excel error: their sums are unknown. */
  readonly unknown: boolean[];
  substantive = 0;

  constructor(
    private readonly b: Builder,
    private readonly total: number,
  ) {
    const n = b.st.columns.length;
    this.sums = new Array<number>(n).fill(0);
    this.units = new Array<number>(n).fill(0);
    this.counts = new Array<number>(n).fill(0);
    this.unknown = new Array<boolean>(n).fill(false);
  }

  add(j: number): void {
    const line = this.b.st.lines[this.total];
    let nonZero = false;
    for (let ci = 0; ci < this.sums.length; ci++) {
      if (this.b.errorIn(j, ci)) this.unknown[ci] = true;
      // Most lines hold their own figure: added directly, without building a list of terms.
      const own = this.b.st.lines[j];
      const a = own.amounts.get(ci);
      if (a) {
        if (a.percent) continue;
        const w = this.b.weight(own, a, line, ci);
        const { value: v, unit } = screening(a);
        this.sums[ci] += v * w;
        this.units[ci] += unit * Math.abs(w);
        this.counts[ci]++;
        if (v !== 0) nonZero = true;
        continue;
      }
      for (const t of this.b.terms([j], ci, line)) {
        const { value: v, unit } = screening(t.amount);
        this.sums[ci] += v * t.weight;
        this.units[ci] += unit * Math.abs(t.weight);
        this.counts[ci]++;
        if (v !== 0) nonZero = true;
      }
    }
    if (nonZero) this.substantive++;
  }

  /**
   * Fits per column. A column is judged only where its figures carry enough digits: rounded to
   * 0,1 mnkr, a total of 0,4 "fits" almost any lines below it.
   */
  fit(digitsNeeded = DIGITS_NEEDED): { fits: number; judged: number } {
    const line = this.b.st.lines[this.total];
    let fits = 0;
    let judged = 0;
    for (let ci = 0; ci < this.sums.length; ci++) {
      const t = line.amounts.get(ci);
      if (!t || t.percent || this.counts[ci] === 0 || this.unknown[ci]) continue;
      const { value: tv, unit } = screening(t);
      const tol = (unit + this.units[ci]) / 2;
      if (Math.abs(tv) < digitsNeeded * tol) continue;
      judged++;
      if (Math.abs(tv - this.sums[ci]) <= tol + FLOAT_SLACK * Math.max(1, Math.abs(tv))) fits++;
    }
    return { fits, judged };
  }
}

/**
 * An amount and its rounding unit in kronor as floats, computed once per amount: the walks visit each
 * line up to MAX_SPAN times, and converting decimals each time was most of a long statement's cost.
 */
const screened = new WeakMap<Amount, { readonly value: number; readonly unit: number }>();
function screening(a: Amount): { readonly value: number; readonly unit: number } {
  let s = screened.get(a);
  if (!s) {
    s = { value: amountKronor(a).toNumber(), unit: unitKronor(a).toNumber() };
    screened.set(a, s);
  }
  return s;
}

/** Relative slack for float sums in screening (far below any rounding unit). */
const FLOAT_SLACK = 1e-9;

class Builder {
  readonly spans = new Map<number, Span[]>();
  readonly owner = new Map<number, number>();
  /** Totals read from arithmetic alone (not from their labels). */
  readonly inferred = new Set<number>();

  constructor(
    readonly st: Statement,
    readonly weight: WeightFn,
    /** Lines arithmetic may not make totals of (they broke the total above them). */
    readonly rejected: ReadonlySet<number>,
  ) {}

  add(total: number, span: Span): void {
    const list = this.spans.get(total) ?? [];
    list.push(span);
    this.spans.set(total, list);
    for (const j of this.topLevel(span.from, span.to)) this.owner.set(j, total);
  }

  /** Whether a line can be added into a total: an item, or a total that covers something. */
  addable(j: number): boolean {
    const l = this.st.lines[j];
    if (l.role === "heading" || l.role === "memo") return false;
    if (l.role === "total" && !this.spans.has(j)) return false;
    return !this.owner.has(j);
  }

  /** The elements a span adds: items and totals not already inside another total. */
  topLevel(from: number, to: number): number[] {
    const out: number[] = [];
    for (let j = from; j <= to; j++) if (this.addable(j)) out.push(j);
    return out;
  }

  /** Terms of the elements in column `ci`; a blank inner total stands for its own parts. */
  terms(elems: readonly number[], ci: number, total: Line, depth = 0): Term[] {
    const terms: Term[] = [];
    for (const j of elems) {
      const l = this.st.lines[j];
      const a = l.amounts.get(ci);
      if (a) {
        if (!a.percent) terms.push({ amount: a, weight: this.weight(l, a, total, ci) });
        continue;
      }
      if (this.spans.has(j) && !l.texts.has(ci) && depth < 8) {
        for (const s of this.spans.get(j) ?? []) {
          if (s.above && (this.spans.get(j)?.length ?? 0) > 1) continue;
          const inner = this.innerElems(j, s);
          pushAll(terms, this.terms(inner, ci, l, depth + 1));
          break;
        }
      }
    }
    return terms;
  }

  /** The elements a total's span covers (those it owns). */
  innerElems(total: number, s: Span): number[] {
    const out: number[] = [];
    for (let j = s.from; j <= s.to; j++) if (this.owner.get(j) === total) out.push(j);
    return out;
  }

  /**
   * Whether line j's figure in column ci is unknown: the cell shows an Excel error, or it is a blank
   * total whose lines include one. Arithmetic over such a column proves and disproves nothing.
   */
  errorIn(j: number, ci: number, depth = 0): boolean {
    const l = this.st.lines[j];
    if (l.errors?.has(ci)) return true;
    if (l.amounts.has(ci) || !this.spans.has(j) || depth >= 8) return false;
    for (const s of this.spans.get(j) ?? [])
      for (const k of this.innerElems(j, s)) if (this.errorIn(k, ci, depth + 1)) return true;
    return false;
  }

  /** Whether any line in from..to can be added into a total. */
  hasTopLevel(from: number, to: number): boolean {
    for (let j = from; j <= to; j++) if (this.addable(j)) return true;
    return false;
  }

  /**
   * For each candidate start of a total's span, in how many columns the span from there fits
   * (exactly, in decimals, as `fit`). The spans of one total share their end, so one walk up from
   * the total, summing as it goes, judges every start: linear in the span, not in span × starts.
   */
  fitsByStart(total: number, starts: readonly number[]): Map<number, number> {
    const line = this.st.lines[total];
    const fits = new Map<number, number>(starts.map((s) => [s, 0]));
    const upward = [...new Set(starts)].filter((s) => s < total).sort((a, b) => b - a);
    if (upward.length === 0) return fits;
    const elems = this.topLevel(upward[upward.length - 1], total - 1);
    this.st.columns.forEach((_c, ci) => {
      const t = line.amounts.get(ci);
      if (!t || t.percent) return;
      // Floats screen each start as the walk goes; only a start they cannot rule out is summed
      // exactly, so the cost stays linear however many starts lie far above.
      const target = screening(t).value;
      let sum = 0;
      let units = screening(t).unit;
      let count = 0;
      let unknown = false;
      let k = elems.length - 1;
      for (const start of upward) {
        for (; k >= 0 && elems[k] >= start; k--) {
          if (this.errorIn(elems[k], ci)) unknown = true;
          for (const term of this.terms([elems[k]], ci, line)) {
            const s = screening(term.amount);
            sum += s.value * term.weight;
            units += s.unit * Math.abs(term.weight);
            count++;
          }
        }
        if (count === 0 || unknown) continue;
        const slack = FLOAT_SLACK * Math.max(1, Math.abs(target), Math.abs(sum));
        if (Math.abs(target - sum) > units / 2 + slack) continue;
        if (withinTolerance(t, 1, this.terms(elems.slice(k + 1), ci, line)))
          fits.set(start, (fits.get(start) ?? 0) + 1);
      }
    });
    return fits;
  }

  /** In how many columns a span fits (exactly, in decimals), and in how many it could be judged. */
  fit(total: number, elems: readonly number[]): { fits: number; judged: number } {
    const line = this.st.lines[total];
    let fits = 0;
    let judged = 0;
    this.st.columns.forEach((_c, ci) => {
      const t = line.amounts.get(ci);
      if (!t || t.percent) return;
      const terms = this.terms(elems, ci, line);
      if (terms.length === 0 || elems.some((j) => this.errorIn(j, ci))) return;
      judged++;
      if (withinTolerance(t, 1, terms)) fits++;
    });
    return { fits, judged };
  }
}

export function structureOf(st: Statement, weight: WeightFn): Structure {
  const rejected = new Set<number>();
  for (let round = 0; ; round++) {
    const b = new Builder(st, weight, rejected);
    if (st.kind === "FEMAR") return { spans: b.spans, owner: b.owner };
    if (SECTION_ABOVE.has(st.kind)) sectionsAbove(b);
    totalsBelow(b);
    const hurt = round < MAX_ROUNDS ? inferredThatHurt(b) : [];
    if (hurt.length === 0) return { spans: b.spans, owner: b.owner };
    hurt.forEach((i) => rejected.add(i));
  }
}

const MAX_ROUNDS = 3;

/**
 * Totals read from arithmetic that make the total above them fit in fewer columns than their lines
 * would: a förbund's "Statlig insats" equals "Region" plus "Kommuner" by law, yet it is one more
 * line of the note, as "Summa" shows.
 */
function inferredThatHurt(b: Builder): number[] {
  const out: number[] = [];
  for (const t of b.inferred) {
    const o = b.owner.get(t);
    if (o === undefined) continue;
    const span = (b.spans.get(o) ?? []).find((x) => t >= x.from && t <= x.to);
    if (!span) continue;
    const now = b.innerElems(o, span);
    const children = (b.spans.get(t) ?? []).flatMap((x) => b.innerElems(t, x));
    // Read as one more line, the total and the lines it claimed are all parts of the total above.
    const expanded = [...now, ...children].sort((x, y) => x - y);
    if (b.fit(o, expanded).fits > b.fit(o, now).fits) out.push(t);
  }
  return out;
}

function hasAmounts(line: Line): boolean {
  for (const a of line.amounts.values()) if (!a.percent) return true;
  return false;
}

function nonZero(line: Line): boolean {
  for (const a of line.amounts.values()) if (!a.value.isZero()) return true;
  return false;
}

/** A label written in capitals ("ANLÄGGNINGSTILLGÅNGAR"): a section, in most layouts. */
function upperCase(label: string): boolean {
  const letters = label.replace(/[^A-Za-zÅÄÖåäöÉé]/g, "");
  // No lower-case letter among them (a test, not toUpperCase: its first call loads case tables).
  return letters.length >= 4 && !/[a-zåäöé]/.test(letters);
}

/**
 * Section lines above their lines, innermost first (from the bottom up): the line's amounts equal
 * the lines that follow it up to a boundary, in every column (one column may disagree where the
 * label says it heads a section: that column is then an error, not another structure).
 */
function sectionsAbove(b: Builder): void {
  const lines = b.st.lines;
  const nCols = b.st.columns.length;
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i];
    if (line.role === "heading" || line.role === "memo" || !hasAmounts(line) || !nonZero(line)) continue;
    if (SUMMA_RE.test(line.norm) || grandTotal(line) || b.rejected.has(i)) continue;
    // A line that reads as a section heads the lines below it on weaker evidence than another line:
    // amounts that merely equal the lines after them happen by design (a region's quarter equals the
    // municipalities' quarter).
    const sectionLabel = readsAsSection(line);

    let best: { to: number; fits: number; judged: number } | undefined;
    const elems: number[] = [];
    const run = new Running(b, i);
    for (let j = i + 1; j < lines.length && j <= i + MAX_SPAN; j++) {
      const l = lines[j];
      if (l.role === "total" && (SUMMA_RE.test(l.norm) || grandTotal(l))) break;
      if (!b.addable(j)) continue;
      elems.push(j);
      run.add(j);
      const sameLabel = elems.length === 1 && labelSimilarity(lines[j].norm, line.norm) >= 0.9;
      // One line under a section ("Ansvarsförbindelser" over "Pensionsförpliktelser före 1998") is
      // its whole content only when nothing follows it in the section.
      const soleLine = sectionLabel && elems.length === 1 && boundaryAfter(b, j);
      if (run.substantive < 2 && !sameLabel && !soleLine) continue;
      const f = run.fit(sectionLabel ? SECTION_DIGITS_NEEDED : DIGITS_NEEDED);
      if (f.judged === 0) continue;
      const enough = f.fits === f.judged || (f.judged >= (sectionLabel ? 2 : 3) && f.fits >= f.judged - 1);
      if (!enough || (elems.length > 1 && siblings(lines, i, elems))) continue;
      // Another line heads its lines only where they end at a boundary: a heading, a total, the next
      // section, the end ("Borgensförbindelser" over its two lines, before "Ansvarsförbindelser").
      if (!sectionLabel && !sameLabel && !boundaryAfter(b, j)) continue;
      if (!best || f.fits > best.fits || (f.fits === best.fits && f.judged >= best.judged))
        best = { to: j, ...f };
    }
    if (best && (best.fits === best.judged || best.judged >= Math.min(2, nCols))) {
      b.add(i, { from: i + 1, to: best.to, above: true });
      b.inferred.add(i);
    }
  }
}

/** A balance sheet's grand total, "Summa" or not ("Tillgångar" closing the assets, read so by its place). */
function grandTotal(line: Line): boolean {
  return line.role === "total" && (line.concept === "BR.SUMMA_TILLGANGAR" || line.concept === "BR.SUMMA_EKAS");
}

function readsAsSection(line: Line): boolean {
  return (
    upperCase(line.label) ||
    (line.concept !== undefined && SECTION_CONCEPTS.has(line.concept)) ||
    line.norm === "eget kapital"
  );
}

/** Whether the line after `j` ends a section: nothing more to add, a heading, a total or a section line. */
function boundaryAfter(b: Builder, j: number): boolean {
  const lines = b.st.lines;
  for (let k = j + 1; k < lines.length; k++) {
    const l = lines[k];
    if (l.role === "memo") continue;
    return l.role === "heading" || l.role === "total" || b.spans.has(k) || readsAsSection(l);
  }
  return true;
}

/** Whether a heading is what "Summa X" names: the same words, in any order ("och" aside). */
function namesHeading(heading: string, named: string): boolean {
  if (labelSimilarity(heading, named) >= 0.85) return true;
  const words = (x: string): string[] =>
    x
      .split(" ")
      .filter((w) => w && w !== "och" && w !== "summa")
      .sort();
  const a = words(heading);
  const b = words(named);
  return a.length > 0 && a.join(" ") === b.join(" ");
}

/** Where the label says a total starts: the heading it names, a result line's top, the section's head. */
function labelledStarts(b: Builder, i: number): number[] {
  const { st } = b;
  const lines = st.lines;
  const line = lines[i];
  let headingMatch: number | undefined;
  let lastHeading: number | undefined;
  let lastTotal: number | undefined;
  // A grand total printed without "Summa" ("Tillgångar" closing the assets) names its side as "Summa
  // tillgångar" would.
  const named = line.norm.startsWith("summa ") ? line.norm.slice(6) : grandTotal(line) ? line.norm : undefined;
  // Every place a section may begin: after a heading, or after a total nothing else covers.
  const headings: number[] = [];
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j];
    if (headings.length < 30 && b.spans.has(j) && !b.owner.has(j)) headings.push(j + 1);
    if (l.role === "heading") {
      if (lastHeading === undefined) lastHeading = j + 1;
      if (headings.length < 30) headings.push(j + 1);
      if (named && headingMatch === undefined && namesHeading(l.norm, named)) headingMatch = j + 1;
    } else if (lastTotal === undefined && b.spans.has(j) && !b.owner.has(j)) {
      lastTotal = j + 1;
    }
    // Everything this walk looks for is found: stop, so a long statement costs no more per total.
    const done = headings.length >= 30 && lastHeading !== undefined && lastTotal !== undefined;
    if (done && (named === undefined || headingMatch !== undefined)) break;
  }
  const concept = line.concept ? conceptById(line.concept) : undefined;
  const sectionTotal = line.concept === "KF.INVESTERING" || line.concept === "KF.FINANSIERING";
  const resultLine =
    concept?.total && !named && !sectionTotal && !isBareSumma(line) && RUNNING_TOTALS.has(st.kind);
  // The domain fixes what a result line covers; arithmetic must not second-guess it (a total that
  // leaves out a line would otherwise "prove" a structure without that line).
  let order: (number | undefined)[];
  if (headingMatch !== undefined) order = [headingMatch];
  else if (resultLine) order = [0];
  else if (isBareSumma(line)) order = [0, lastHeading, lastTotal];
  else if (line.norm === "") order = [lastHeading, lastTotal];
  // A "Summa X" whose heading is worded otherwise ("Summa skulder och eget kapital" under "Eget
  // kapital och skulder"): any heading of its section may start it, the arithmetic choosing.
  else if (named) order = [lastHeading, lastTotal, ...headings, 0];
  else order = [lastHeading, lastTotal, 0];
  return [...new Set(order.filter((x): x is number => x !== undefined && x < i))];
}

/**
 * Totals below their lines, top down (inner totals close first). A labelled total takes the start
 * its label gives, arithmetic choosing only among the label's readings; an unlabelled line becomes
 * a total only when it equals the lines above it in every column.
 */
function totalsBelow(b: Builder): void {
  const { st } = b;
  const lines = st.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.role === "total") {
      const starts = labelledStarts(b, i);
      const fitsFrom = starts.length === 1 ? undefined : b.fitsByStart(i, starts);
      let chosen: number | undefined;
      let bestFits = -1;
      for (const start of starts) {
        if (!b.hasTopLevel(start, i - 1)) continue;
        const fits = fitsFrom?.get(start) ?? 0;
        if (fits > bestFits) {
          bestFits = fits;
          chosen = start;
        }
      }
      if (chosen !== undefined) b.add(i, { from: chosen, to: i - 1, above: false });
      continue;
    }
    if (line.role !== "item" || b.owner.has(i) || b.spans.has(i) || !ARITHMETIC_TOTALS.has(st.kind)) continue;
    if (!hasAmounts(line) || !nonZero(line) || b.rejected.has(i)) continue;
    const from = unnamedTotalStart(b, i);
    if (from !== undefined) {
      b.add(i, { from, to: i - 1, above: false });
      b.inferred.add(i);
    }
  }
}

/**
 * The start of the lines an unlabelled line totals, walking up: the span must hold at least two
 * non-zero lines, fit in every column (all but one where three or more columns are judged), and
 * where only one column is judged, begin at a boundary (a heading, a total, the top).
 */
function unnamedTotalStart(b: Builder, i: number): number | undefined {
  const lines = b.st.lines;
  const elems: number[] = [];
  const run = new Running(b, i);
  let found: number | undefined;
  for (let j = i - 1; j >= 0 && j >= i - MAX_SPAN; j--) {
    if (lines[j].role === "heading" && elems.length > 0 && found !== undefined) break;
    if (!b.addable(j)) continue;
    elems.push(j); // walking up: order does not matter to what reads it
    run.add(j);
    if (run.substantive < 2) continue;
    const f = run.fit();
    if (f.judged === 0) continue;
    // A label that says "closing value" (utgående, bokfört värde) keeps its reading when one column
    // disagrees: that column is then an error, not another structure.
    const enough =
      f.fits === f.judged ||
      (f.judged >= 3 && f.fits >= f.judged - 1) ||
      (CLOSING_WORDS.test(lines[i].norm) && f.judged >= 2 && f.fits >= f.judged - 1);
    if (!enough || siblings(lines, i, elems)) continue;
    const atBoundary = j === 0 || lines[j - 1].role === "heading" || b.spans.has(j - 1);
    if (f.judged === 1 && !atBoundary) continue;
    // Zero lines before the first substantive one change nothing: keep the widest reading.
    found = j;
  }
  return found;
}

/**
 * Whether a line reads as one more of the lines it would total ("Insats från Region" after "Insats
 * från Växjö kommun", "Insats från Alvesta kommun"...): its first words are theirs, so it is their
 * sibling, whatever the amounts say.
 */
function siblings(lines: readonly Line[], i: number, elems: readonly number[]): boolean {
  const own = leadOf(lines[i]);
  if (own.split(" ").length < 2) return false;
  let same = 0;
  for (const j of elems) if (leadOf(lines[j]) === own) same++;
  return same * 2 >= elems.length;
}

/** A label's first two words, computed once per line (a long statement asks again and again). */
const leads = new WeakMap<Line, string>();
function leadOf(line: Line): string {
  let lead = leads.get(line);
  if (lead === undefined) {
    lead = line.norm.split(" ").slice(0, 2).join(" ");
    leads.set(line, lead);
  }
  return lead;
}
