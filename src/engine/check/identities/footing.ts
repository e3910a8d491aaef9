import Decimal from "decimal.js";
import { BALANSKRAV_OPERATOR } from "../../finsam/balanskrav";
import { conceptById } from "../labels/vocabulary";
import { costDeviationsFlipped, costsAllNonNegative, isCostLine } from "./costConvention";
import { labelSimilarity } from "../labels/normaliseLabel";
import {
  amountKronor,
  type Amount,
  type Identity,
  type Line,
  type MissingTotal,
  type Statement,
  type Term,
} from "../model";
import { withinTolerance } from "../solve/tolerance";

/**
 * Footing: every total equals the lines it sums. Which lines a total covers is read from the
 * structure (a "Summa X" closes the block headed X; a result line closes everything above it; an
 * unlabelled subtotal closes its section), with inner totals standing for the lines they cover, and
 * confirmed by arithmetic when the structure leaves a choice.
 */

const BARE_SUMMA = new Set(["summa", "totalt", "total", "summa totalt", "totalt summa"]);

// The balanskravsutredning's rows by concept, and the operator each applies (the same table as FINSAM.BALANSKRAV).
const BALANSKRAV_ROW: Record<string, keyof typeof BALANSKRAV_OPERATOR> = {
  "BK.ARETS_RESULTAT": "aretsResultat",
  "BK.REAVINSTER": "samtligaRealisationsvinster",
  "BK.REAVINSTER_UNDANTAG": "realisationsvinsterUndantag",
  "BK.REAFORLUSTER_UNDANTAG": "realisationsforlusterUndantag",
  "BK.OREALISERADE": "orealiseradeVinsterForluster",
  "BK.ATERFORING": "aterforingOrealiserade",
  "BK.RESERVERING_RUR": "reserveringRur",
  "BK.ANVANDNING_RUR": "anvandningRur",
};

export interface FootingResult {
  readonly identities: Identity[];
  readonly missing: MissingTotal[];
}

/**
 * Some reports show costs as positive amounts and subtract them (in the resultaträkning or the
 * driftredovisning). That reading is taken only when every cost line is positive and it makes more
 * totals foot than adding does: one positive cost among negative ones is a sign error, not a convention.
 */
export function footStatement(st: Statement): FootingResult {
  if ((st.kind === "RR" || st.kind === "DRIFT") && costsAllNonNegative(st)) {
    positiveCosts.set(st, true);
    const subtracted = footOnce(st);
    positiveCosts.set(st, false);
    const added = footOnce(st);
    if (holding(subtracted) > holding(added)) {
      positiveCosts.set(st, true);
      return subtracted;
    }
    return added;
  }
  positiveCosts.set(st, false);
  return footOnce(st);
}

function holding(r: FootingResult): number {
  return r.identities.filter((id) => withinTolerance(id.total, id.totalWeight, id.terms)).length;
}

function footOnce(st: Statement): FootingResult {
  const identities: Identity[] = [];
  const missing: MissingTotal[] = [];
  if (st.kind === "FEMAR") return { identities, missing };
  const lines = st.lines;
  const coverage = new Map<number, number>();

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.role !== "total") continue;
    const starts = candidateStarts(st, i, coverage);
    let chosen: number | undefined;
    let bestFoot = -1;
    for (const start of starts) {
      const elems = topLevel(lines, coverage, start, i);
      if (elems.length === 0) continue;
      // Arithmetic decides only between several readings of the structure.
      const foot = starts.length === 1 ? 0 : countFooting(st, line, elems, coverage);
      if (foot > bestFoot) {
        bestFoot = foot;
        chosen = start;
      }
    }
    if (chosen === undefined) continue;
    coverage.set(i, chosen);
    const elems = topLevel(lines, coverage, chosen, i);
    st.columns.forEach((column, ci) => {
      const terms = expandTerms(st, elems, ci, coverage, line);
      if (terms.length === 0) return;
      const total = line.amounts.get(ci);
      if (!total) {
        if (line.texts.has(ci)) return;
        const computed = terms.reduce(
          (s, t) => s.plus(amountKronor(t.amount).times(t.weight)),
          new Decimal(0),
        );
        if (!computed.isZero())
          missing.push({ statement: st, line, column, computed, parts: terms.map((t) => t.amount) });
        return;
      }
      identities.push({
        ruleId: `${st.kind}.${ruleSuffix(line)}.SUM`,
        statement: st.kind,
        period: column.period,
        total,
        totalWeight: 1,
        terms,
        totalLabel: line.label || "Delsumma",
        description: "footing",
        // A total is computed from its lines: a wrong line carries into the totals above it.
        derived: true,
      });
    });
  }
  identities.push(...breakdowns(st));
  return { identities, missing };
}

const BREAKDOWN_RE = /\b(innehåller|varav|därav|specifikation av|specifikation|fördelning av|består av)\b/;

/**
 * A breakdown under a line ("* Medlemsavgifter innehåller:", "varav ...") adds up to that line:
 * the items that follow the heading, in every column where they have amounts.
 */
function breakdowns(st: Statement): Identity[] {
  const out: Identity[] = [];
  st.lines.forEach((h, i) => {
    if (h.role !== "heading" || !BREAKDOWN_RE.test(h.norm)) return;
    const subject = h.norm.replace(BREAKDOWN_RE, "").replace(/[*:]/g, "").trim();
    if (!subject) return;
    let target: Line | undefined;
    let best = 0.8;
    for (const l of st.lines) {
      if (l === h || l.amounts.size === 0) continue;
      const sim = labelSimilarity(l.norm, subject);
      if (sim > best) [target, best] = [l, sim];
    }
    if (!target) return;
    const items: Line[] = [];
    for (let j = i + 1; j < st.lines.length && st.lines[j].role === "item"; j++) items.push(st.lines[j]);
    if (items.length < 2) return;
    st.columns.forEach((column, ci) => {
      const total = target?.amounts.get(ci);
      const terms = items
        .map((l) => l.amounts.get(ci))
        .filter((a): a is Amount => !!a)
        .map((a) => ({ amount: a, weight: 1 }));
      if (!total || terms.length < 2) return;
      out.push({
        ruleId: `${st.kind}.SPECIFIKATION.SUM`,
        statement: st.kind,
        period: column.period,
        total,
        totalWeight: 1,
        terms,
        totalLabel: target?.label ?? "",
        description: "footing",
      });
    });
  });
  return out;
}

function ruleSuffix(line: Line): string {
  if (line.concept) return line.concept.split(".").slice(1).join(".");
  return line.label ? "SUMMA" : "DELSUMMA";
}

function candidateStarts(st: Statement, i: number, coverage: ReadonlyMap<number, number>): number[] {
  const lines = st.lines;
  const line = lines[i];
  let headingMatch: number | undefined;
  let lastHeading: number | undefined;
  let lastTotal: number | undefined;
  const named = line.norm.startsWith("summa ") ? line.norm.slice(6) : undefined;
  for (let j = i - 1; j >= 0; j--) {
    const l = lines[j];
    if (l.role === "heading") {
      if (lastHeading === undefined) lastHeading = j + 1;
      if (named && headingMatch === undefined && labelSimilarity(l.norm, named) >= 0.85) headingMatch = j + 1;
    } else if (l.role === "total" && lastTotal === undefined && coverage.has(j)) {
      lastTotal = j + 1;
    }
  }
  const concept = line.concept ? conceptById(line.concept) : undefined;
  const sectionTotal = line.concept === "KF.INVESTERING" || line.concept === "KF.FINANSIERING";
  const resultLine =
    concept?.total && !named && !sectionTotal && !BARE_SUMMA.has(line.norm) && RUNNING_TOTALS.has(st.kind);
  // The domain fixes what a result line or a bare "Summa" covers; arithmetic must not second-guess
  // it (a total that leaves out a line would otherwise "prove" a structure without that line).
  let order: (number | undefined)[];
  if (headingMatch !== undefined) order = [headingMatch];
  else if (resultLine || BARE_SUMMA.has(line.norm)) order = [0];
  else if (line.norm === "") order = [lastHeading, lastTotal];
  else order = [lastHeading, lastTotal, 0];
  return [...new Set(order.filter((x): x is number => x !== undefined && x < i))];
}

const RUNNING_TOTALS = new Set(["RR", "KF", "BALANSKRAV", "DRIFT"]);

/** The elements a total over [start, end) adds: items, and inner totals in place of what they cover. */
function topLevel(
  lines: readonly Line[],
  coverage: ReadonlyMap<number, number>,
  start: number,
  end: number,
): number[] {
  const out: number[] = [];
  for (let j = end - 1; j >= start; j--) {
    const l = lines[j];
    if (l.role === "heading" || l.role === "memo") continue;
    if (l.role === "total") {
      const cov = coverage.get(j);
      if (cov === undefined) continue;
      out.push(j);
      if (cov >= start) j = cov;
      continue;
    }
    out.push(j);
  }
  return out.reverse();
}

/** Terms of the elements in column `ci`; a blank inner total stands for its own parts. */
function expandTerms(
  st: Statement,
  elems: readonly number[],
  ci: number,
  coverage: ReadonlyMap<number, number>,
  total: Line,
): Term[] {
  const terms: Term[] = [];
  for (const j of elems) {
    const l = st.lines[j];
    const a = l.amounts.get(ci);
    if (a) {
      if (a.percent) continue;
      terms.push({ amount: a, weight: itemWeight(st, l, a, total, ci) });
      continue;
    }
    if (l.role === "total" && !l.texts.has(ci)) {
      const cov = coverage.get(j);
      if (cov !== undefined)
        terms.push(...expandTerms(st, topLevel(st.lines, coverage, cov, j), ci, coverage, l));
    }
  }
  return terms;
}

function itemWeight(st: Statement, line: Line, a: Amount, total: Line, ci: number): number {
  if (st.kind === "BALANSKRAV") {
    const op = /^\s*([-+\u2212\u2013])/.exec(line.label)?.[1];
    const row = line.concept ? BALANSKRAV_ROW[line.concept] : undefined;
    const w = op ? (op === "+" ? 1 : -1) : row ? BALANSKRAV_OPERATOR[row] : 1;
    // A row already entered with its sign ("− Realisationsvinster: −50 000") is added as it stands.
    return w < 0 && a.value.isNegative() ? 1 : w;
  }
  if (
    st.kind === "KF" &&
    /ökning\s*\(\s*\+\s*\)/i.test(line.label) &&
    /fordring|förråd|lager/i.test(line.label)
  )
    return -1;
  // Positive costs are subtracted where they meet income, not where costs are summed.
  if (positiveCosts.get(st) && isCostLine(line) && !isCostLine(total)) {
    // A cost deviation given as budget minus outcome already has the sign of its effect on the result.
    return st.columns[ci].kind === "avvikelse" && costDeviationsFlipped(st) ? 1 : -1;
  }
  return 1;
}

const positiveCosts = new WeakMap<Statement, boolean>();

function countFooting(
  st: Statement,
  line: Line,
  elems: readonly number[],
  coverage: ReadonlyMap<number, number>,
): number {
  let n = 0;
  st.columns.forEach((_c, ci) => {
    const total = line.amounts.get(ci);
    if (!total) return;
    const terms = expandTerms(st, elems, ci, coverage, line);
    if (terms.length === 0) return;
    if (withinTolerance(total, 1, terms)) n++;
  });
  return n;
}
