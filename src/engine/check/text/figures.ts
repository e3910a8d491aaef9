import Decimal from "decimal.js";
import type { StatementKind } from "../finding";
import { bodyOf } from "../identities/context";
import { amountKronor, type Amount, type ColumnKind, type Line, type Statement } from "../model";
import { unitKronor } from "../solve/tolerance";
import type { QuotedConcept } from "./concepts";

/**
 * What the statements say a quoted figure is, for one period: every value a statement gives for
 * it (they may disagree among themselves; that is reported by their own rules), each with its
 * cells and its rounding unit. A text that agrees with any of them is not contradicted by the
 * statements; a text that agrees with none is.
 */

export interface Figure {
  /** In kronor. */
  readonly value: Decimal;
  /** The rounding unit in kronor (the sum of its parts' units for a sum). */
  readonly unit: Decimal;
  /** The cells it is read from. */
  readonly cells: readonly Amount[];
  readonly statement: StatementKind;
  /** A budget column's figure (the allotted contributions), not an outcome. */
  readonly budget?: boolean;
  /** Computed from lines rather than read from one ("eget kapital vid årets början + årets resultat"). */
  readonly computed?: boolean;
  /** A line whose words allow another reading too (a bare "Eget kapital"): agreed with, never named. */
  readonly fallback?: boolean;
  /** For the trappa's ceiling: the contributions it is computed on, in kronor. */
  readonly base?: Decimal;
}

const OUTCOME: readonly ColumnKind[] = ["utfall", "bokslut"];

/** A line's amount in the body's own column of a period (not a koncern's, not a budget unless asked). */
function at(st: Statement, line: Line, period: string, kinds: readonly ColumnKind[] = OUTCOME): Amount | undefined {
  for (const [ci, amount] of line.amounts) {
    const col = st.columns[ci];
    if (col && col.period === period && kinds.includes(col.kind) && bodyOf(col) === "egen" && !amount.percent)
      return amount;
  }
  return undefined;
}

const single = (st: Statement, a: Amount, budget = false): Figure => ({
  value: amountKronor(a),
  unit: unitKronor(a),
  cells: [a],
  statement: st.kind,
  budget,
});

function sum(st: Statement, parts: readonly Amount[]): Figure {
  return {
    value: parts.reduce((acc, a) => acc.plus(amountKronor(a)), new Decimal(0)),
    unit: parts.reduce((acc, a) => acc.plus(unitKronor(a)), new Decimal(0)),
    cells: parts,
    statement: st.kind,
    computed: true,
  };
}

/** The figures of lines with these concepts, in the statements of this report (older reports aside). */
function byConcept(
  statements: readonly Statement[],
  concepts: readonly string[],
  period: string,
  kinds: readonly ColumnKind[] = OUTCOME,
  accept: (line: Line) => boolean = () => true,
): Figure[] {
  const out: Figure[] = [];
  for (const st of statements) {
    if (st.older) continue;
    for (const line of st.lines) {
      if (!line.concept || !concepts.includes(line.concept) || line.role === "heading" || !accept(line)) continue;
      const a = at(st, line, period, kinds);
      if (a) out.push(single(st, a, kinds.includes("budget")));
    }
  }
  return out;
}

/** The year before a period label ("2025" → "2024"), where the label is a year. */
const before = (period: string): string | undefined => (/^\d{4}$/.test(period) ? String(Number(period) - 1) : undefined);

/** A bare "Eget kapital" with amounts: the closing equity in most balance sheets, the opening in some. */
const bareEquity = (line: Line): boolean => /^eget kapital$/.test(line.norm.trim());

export function figuresFor(concept: QuotedConcept, period: string, statements: readonly Statement[]): Figure[] {
  switch (concept) {
    case "ARETS_RESULTAT":
      return byConcept(
        statements,
        ["RR.ARETS_RESULTAT", "BR.ARETS_RESULTAT", "KF.ARETS_RESULTAT", "FEMAR.ARETS_RESULTAT", "DRIFT.RESULTAT", "BK.ARETS_RESULTAT"],
        period,
      );
    case "EGET_KAPITAL":
      return closingEquity(statements, period);
    case "EK_BORJAN": {
      const prior = before(period);
      return [
        ...byConcept(statements, ["BR.EK_BORJAN"], period),
        ...(prior ? closingEquity(statements, prior) : []),
      ];
    }
    case "BALANSKRAVSRESULTAT":
      return byConcept(statements, ["BK.RESULTAT", "FEMAR.BALANSKRAVSRESULTAT"], period);
    case "MEDLEMSINSATSER":
      return contributions(statements, period);
    case "TRAPPAN":
      // The ceiling is computed from the contributions (quotedAmounts.ts), not read.
      return [];
  }
}

/** Eget kapital at a year's end: as stated, and as the opening equity plus the year's result. */
function closingEquity(statements: readonly Statement[], period: string): Figure[] {
  const out = [
    ...byConcept(statements, ["BR.EK_SLUT", "FEMAR.EGET_KAPITAL", "DRIFT.EGET_KAPITAL"], period),
    ...byConcept(statements, ["BR.EK_BORJAN"], period, OUTCOME, bareEquity).map((f) => ({ ...f, fallback: true })),
  ];
  for (const st of statements) {
    if (st.kind !== "BR" || st.older) continue;
    const line = (concept: string) => st.lines.find((l) => l.concept === concept && l.role !== "heading");
    const opening = line("BR.EK_BORJAN");
    const result = line("BR.ARETS_RESULTAT");
    const a = opening && at(st, opening, period);
    const r = result && at(st, result, period);
    if (!a || !r) continue;
    const other = line("BR.OVRIGT_EK");
    const o = other && at(st, other, period);
    out.push(sum(st, o ? [a, r, o] : [a, r]));
  }
  return out;
}

/** A member's line in a contributions note: Försäkringskassan, Arbetsförmedlingen, the state, a region, a municipality. */
const STATE = /försäkringskassa|arbetsförmedling|(^|\s)stat(en|ens|lig|liga)?(\s|$)/;
const REGION = /region|landsting/;
const MUNICIPALITY = /kommun/;

/**
 * The members' contributions of a year: the contributions note's member lines added up, and the
 * driftredovisning's medlemsavgift, outcome and budget (the allotment the trappa is often
 * computed on). The note's lines count only where they are the partsfördelning (lag 2003:1210,
 * 8 §): the region half the state's part, the municipalities together as much as the region. A
 * note that also lists a member's grant for a project is no sum of the contributions.
 */
function contributions(statements: readonly Statement[], period: string): Figure[] {
  const out = byConcept(statements, ["DRIFT.MEDLEMSAVGIFT"], period, ["budget"]).concat(
    byConcept(statements, ["DRIFT.MEDLEMSAVGIFT"], period),
  );
  for (const st of statements) {
    if (st.kind !== "NOT" || st.older) continue;
    const items = st.lines.filter((l) => l.role === "item");
    const amountsOf = (re: RegExp, not?: RegExp) =>
      items.filter((l) => re.test(l.norm) && !(not && not.test(l.norm))).map((l) => at(st, l, period));
    const state = amountsOf(STATE);
    const region = amountsOf(REGION);
    const municipalities = amountsOf(MUNICIPALITY, REGION);
    const groups = [state, region, municipalities];
    if (groups.some((g) => g.length === 0 || g.some((a) => a === undefined))) continue;
    const [s, r, m] = groups.map((g) => sum(st, g as Amount[]));
    // Within a krona per line: the municipalities' shares are rounded to whole kronor.
    const near = (a: Figure, b: Decimal) => a.value.minus(b).abs().lte(a.unit.plus(1));
    if (!near(r, s.value.dividedBy(2)) || !near(m, r.value)) continue;
    out.push(sum(st, [...s.cells, ...r.cells, ...m.cells]));
  }
  return out;
}
