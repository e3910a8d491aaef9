import Decimal from "decimal.js";
import { BASIS } from "../../../i18n/sv/check";
import { BALANSKRAV_OPERATOR } from "../../finsam/balanskrav";
import { costDeviationsFlipped, costsAllNonNegative, isCostLine } from "./costConvention";
import { labelSimilarity } from "../labels/normaliseLabel";
import {
  amountKronor,
  type Amount,
  type ExcelErrorCell,
  type Identity,
  type Line,
  type MissingTotal,
  type Statement,
  type Term,
} from "../model";
import { withinTolerance } from "../solve/tolerance";
import { structureOf, type Structure, type WeightFn } from "../read/structure";
import { pushAll } from "../../util/pushAll";

/**
 * Footing: every total equals the lines it sums. Which lines a total covers is read from the
 * structure (a "Summa X" closes the block headed X; a result line closes everything above it; an
 * unlabelled subtotal closes its section), with inner totals standing for the lines they cover, and
 * confirmed by arithmetic when the structure leaves a choice.
 */

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
  /** Which lines each total covers, as footing read it (notes take their total from it). */
  readonly structure: Structure;
  /** Totals left unjudged because a line they cover shows an Excel error value, with that cell. */
  readonly holes: Array<{ readonly error: ExcelErrorCell; readonly total: Amount }>;
}

/** How a statement signs its costs: shown negative and added, or shown positive and subtracted. */
interface Convention {
  readonly positiveCosts: boolean;
  /** Cost deviations given as budget minus outcome (see costDeviationsFlipped). */
  readonly deviationsFlipped: boolean;
}

/**
 * Some reports show costs as positive amounts and subtract them (in the resultaträkning or the
 * driftredovisning). That reading is taken only when every cost line is positive and it makes more
 * totals foot than adding does: one positive cost among negative ones is a sign error, not a convention.
 */
export function footStatement(st: Statement): FootingResult {
  if ((st.kind === "RR" || st.kind === "DRIFT") && costsAllNonNegative(st)) {
    const deviationsFlipped = costDeviationsFlipped(st);
    const subtracted = footOnce(st, { positiveCosts: true, deviationsFlipped });
    const added = footOnce(st, { positiveCosts: false, deviationsFlipped });
    return holding(subtracted) > holding(added) ? subtracted : added;
  }
  return footOnce(st, { positiveCosts: false, deviationsFlipped: false });
}

function holding(r: FootingResult): number {
  return r.identities.filter((id) => withinTolerance(id.total, id.totalWeight, id.terms)).length;
}

function footOnce(st: Statement, convention: Convention): FootingResult {
  const identities: Identity[] = [];
  const missing: MissingTotal[] = [];
  const holes: FootingResult["holes"] = [];
  const weight: WeightFn = (line, a, total, ci) => itemWeight(st, line, a, total, ci, convention);
  const structure = structureOf(st, weight);
  if (st.kind === "FEMAR") return { identities, missing, structure, holes };
  const lines = st.lines;
  for (const [i, spans] of [...structure.spans.entries()].sort((x, y) => x[0] - y[0])) {
    const line = lines[i];
    for (const span of spans) {
      const elems: number[] = [];
      for (let j = span.from; j <= span.to; j++) if (structure.owner.get(j) === i) elems.push(j);
      if (elems.length === 0) continue;
      st.columns.forEach((column, ci) => {
        const terms = termsOf(st, structure, elems, ci, line, weight);
        if (terms.length === 0) return;
        const total = line.amounts.get(ci);
        // A line showing #REF! or #DIVISION/0! has no figure: the sum over it proves nothing.
        const error = errorAmong(st, structure, elems, ci);
        if (error) {
          if (total) holes.push({ error, total });
          return;
        }
        if (!total) {
          if (line.texts.has(ci) || span.above) return;
          const computed = terms.reduce(
            (s, t) => s.plus(amountKronor(t.amount).times(t.weight)),
            new Decimal(0),
          );
          if (!computed.isZero())
            missing.push({ statement: st, line, column, computed, parts: terms.map((t) => t.amount) });
          return;
        }
        if (total.percent) return;
        identities.push({
          ruleId: `${st.kind}.${ruleSuffix(line)}.SUM`,
          statement: st.kind,
          period: column.period,
          total,
          totalWeight: 1,
          terms,
          totalLabel: line.label || BASIS.unnamedTotal,
          description: "footing",
          // A total is computed from its lines: a wrong line carries into the totals above it.
          derived: true,
        });
      });
    }
  }
  pushAll(identities, breakdowns(st, holes));
  return { identities, missing, structure, holes };
}

/** The first Excel error cell among the elements in column `ci`, through blank inner totals. */
function errorAmong(
  st: Statement,
  structure: Structure,
  elems: readonly number[],
  ci: number,
  depth = 0,
): ExcelErrorCell | undefined {
  for (const j of elems) {
    const l = st.lines[j];
    const own = l.errors?.get(ci);
    if (own) return own;
    const spans = structure.spans.get(j);
    if (l.amounts.has(ci) || !spans || depth > 8) continue;
    const below = spans.find((s) => !s.above) ?? spans[0];
    const inner: number[] = [];
    for (let k = below.from; k <= below.to; k++) if (structure.owner.get(k) === j) inner.push(k);
    const found = errorAmong(st, structure, inner, ci, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Terms of the elements in column `ci`; a blank inner total stands for the lines it covers. */
function termsOf(
  st: Statement,
  structure: Structure,
  elems: readonly number[],
  ci: number,
  total: Line,
  weight: WeightFn,
  depth = 0,
): Term[] {
  const terms: Term[] = [];
  for (const j of elems) {
    const l = st.lines[j];
    const a = l.amounts.get(ci);
    if (a) {
      if (!a.percent) terms.push({ amount: a, weight: weight(l, a, total, ci) });
      continue;
    }
    const spans = structure.spans.get(j);
    if (!spans || l.texts.has(ci) || depth > 8) continue;
    const below = spans.find((s) => !s.above) ?? spans[0];
    const inner: number[] = [];
    for (let k = below.from; k <= below.to; k++) if (structure.owner.get(k) === j) inner.push(k);
    pushAll(terms, termsOf(st, structure, inner, ci, l, weight, depth + 1));
  }
  return terms;
}

const BREAKDOWN_RE = /\b(innehåller|varav|därav|specifikation av|specifikation|fördelning av|består av)\b/;

/**
 * A breakdown under a line ("* Medlemsavgifter innehåller:", "varav ...") adds up to that line:
 * the items that follow the heading, in every column where they have amounts.
 */
function breakdowns(st: Statement, holes: FootingResult["holes"]): Identity[] {
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
      const error = items.map((l) => l.errors?.get(ci)).find((e) => e !== undefined);
      if (error) {
        if (total) holes.push({ error, total });
        return;
      }
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

function itemWeight(
  st: Statement,
  line: Line,
  a: Amount,
  total: Line,
  ci: number,
  convention: Convention,
): number {
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
  if (convention.positiveCosts && isCostLine(line) && !isCostLine(total)) {
    // A cost deviation given as budget minus outcome already has the sign of its effect on the result.
    return st.columns[ci].kind === "avvikelse" && convention.deviationsFlipped ? 1 : -1;
  }
  return 1;
}
