import Decimal from "decimal.js";
import type { Amount, Identity, Line, PeriodRole, Statement, Term } from "../model";
import { withinTolerance } from "../solve/tolerance";
import { amountAt, equality, type StatementIndex } from "./context";
import { equityTerms } from "./crossStatement";

/**
 * The five-year overview (översikt över verksamhetens utveckling): intäkter − kostnader = årets
 * resultat in every year; its latest years agree with RR and BR. Reports differ in what they count
 * as intäkter (with or without financial income): the definition that fits the years RR shows is
 * learned, then applied to every such year, so a year that omits the financial income stands out.
 */

const ROLES: readonly PeriodRole[] = ["current", "prior"];

function mostlyPositive(line: Line): boolean {
  let pos = 0;
  let neg = 0;
  for (const a of line.amounts.values()) {
    if (a.value.isNegative()) neg++;
    else if (!a.value.isZero()) pos++;
  }
  return pos >= neg;
}

export function overviewIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  for (const st of ix.byKind.get("FEMAR") ?? []) {
    const inc = st.lines.find((l) => l.concept === "FEMAR.INTAKTER");
    const cost = st.lines.find((l) => l.concept === "FEMAR.KOSTNADER");
    const res = st.lines.find((l) => l.concept === "FEMAR.ARETS_RESULTAT");
    const costWeight = cost && mostlyPositive(cost) ? -1 : 1;
    st.columns.forEach((col, ci) => {
      const r = res?.amounts.get(ci);
      const i = inc?.amounts.get(ci);
      const k = cost?.amounts.get(ci);
      if (r && i && k && res) {
        out.push(
          equality(
            "FEMAR.ARETS_RESULTAT.SUM",
            "FEMAR",
            col.period,
            r,
            [
              { amount: i, weight: 1 },
              { amount: k, weight: costWeight },
            ],
            res.label,
            "Intäkter minus kostnader",
          ),
        );
      }
    });
    out.push(...againstStatements(ix, st, res, inc, cost, costWeight));
    out.push(...equityRollForward(st, res));
  }
  return out;
}

function atRole(st: Statement, line: Line | undefined, role: PeriodRole): Amount | undefined {
  return line ? amountAt(st, line, role) : undefined;
}

function againstStatements(
  ix: StatementIndex,
  st: Statement,
  res: Line | undefined,
  inc: Line | undefined,
  cost: Line | undefined,
  costWeight: number,
): Identity[] {
  const out: Identity[] = [];
  const rr = (concept: string): { st: Statement; line: Line } | undefined => ix.find("RR", concept);
  const rrResult = rr("RR.ARETS_RESULTAT");
  for (const role of ROLES) {
    const a = atRole(st, res, role);
    const b = rrResult ? amountAt(rrResult.st, rrResult.line, role) : undefined;
    if (a && b && res)
      out.push(
        equality(
          "FEMAR.ARETS_RESULTAT.RR",
          "FEMAR",
          st.columns.find((c) => c.role === role)?.period,
          a,
          [{ amount: b, weight: 1 }],
          res.label,
          "Årets resultat enligt resultaträkningen",
        ),
      );
  }
  // Learned definitions of intäkter and kostnader.
  const defs: Array<{
    line: Line | undefined;
    sign: number;
    options: string[][];
    ruleId: string;
    what: string;
  }> = [
    {
      line: inc,
      sign: 1,
      options: [["RR.INTAKTER"], ["RR.INTAKTER", "RR.FIN_INTAKTER"]],
      ruleId: "FEMAR.INTAKTER.RR",
      what: "Intäkterna enligt resultaträkningen",
    },
    {
      line: cost,
      sign: costWeight < 0 ? -1 : 1,
      options: [
        ["RR.KOSTNADER"],
        ["RR.KOSTNADER", "RR.AVSKRIVNINGAR"],
        ["RR.KOSTNADER", "RR.FIN_KOSTNADER"],
        ["RR.KOSTNADER", "RR.AVSKRIVNINGAR", "RR.FIN_KOSTNADER"],
      ],
      ruleId: "FEMAR.KOSTNADER.RR",
      what: "Kostnaderna enligt resultaträkningen",
    },
  ];
  for (const def of defs) {
    if (!def.line) continue;
    let best: Identity[] = [];
    let bestHits = 0;
    for (const option of def.options) {
      const ids: Identity[] = [];
      let hits = 0;
      for (const role of ROLES) {
        const a = atRole(st, def.line, role);
        if (!a) continue;
        const terms: Term[] = [];
        for (const concept of option) {
          const l = rr(concept);
          const v = l ? amountAt(l.st, l.line, role) : undefined;
          if (v) terms.push({ amount: v, weight: def.sign });
        }
        if (terms.length !== option.length) continue;
        const id = equality(
          def.ruleId,
          "FEMAR",
          st.columns.find((c) => c.role === role)?.period,
          a,
          terms,
          def.line.label,
          option.length > 1
            ? `${def.what} (${option.map((c) => RR_WORDS[c]).join(" + ")}, som övriga år)`
            : def.what,
        );
        // The latest year weighs more: the overview's definition is the one this year's report uses.
        if (withinTolerance(a, 1, terms)) hits += role === "current" ? 1.5 : 1;
        ids.push(id);
      }
      if (hits > bestHits) [best, bestHits] = [ids, hits];
    }
    out.push(...best);
  }
  // Equity and total assets, where the overview shows them.
  const ek = st.lines.find((l) => l.concept === "FEMAR.EGET_KAPITAL");
  const bal = st.lines.find((l) => l.concept === "FEMAR.BALANSOMSLUTNING");
  const assets = ix.find("BR", "BR.SUMMA_TILLGANGAR");
  for (const role of ROLES) {
    const period = st.columns.find((c) => c.role === role)?.period;
    const e = atRole(st, ek, role);
    const eq = equityTerms(ix, role);
    if (e && eq && ek)
      out.push(
        equality(
          "FEMAR.EGET_KAPITAL.BR",
          "FEMAR",
          period,
          e,
          eq.terms,
          ek.label,
          "Eget kapital i balansräkningen",
        ),
      );
    const b = atRole(st, bal, role);
    const t = assets ? amountAt(assets.st, assets.line, role) : undefined;
    if (b && t && bal)
      out.push(
        equality(
          "FEMAR.BALANSOMSLUTNING.BR",
          "FEMAR",
          period,
          b,
          [{ amount: t, weight: 1 }],
          bal.label,
          "Summa tillgångar i balansräkningen",
        ),
      );
  }
  return out;
}

/** How a learned definition reads in a message. */
const RR_WORDS: Record<string, string> = {
  "RR.INTAKTER": "verksamhetens intäkter",
  "RR.FIN_INTAKTER": "finansiella intäkter",
  "RR.KOSTNADER": "verksamhetens kostnader",
  "RR.AVSKRIVNINGAR": "avskrivningar",
  "RR.FIN_KOSTNADER": "finansiella kostnader",
};

/** Equity at the end of a year = equity a year earlier + the year's result, across the overview's years. */
function equityRollForward(st: Statement, res: Line | undefined): Identity[] {
  const ek = st.lines.find((l) => l.concept === "FEMAR.EGET_KAPITAL");
  if (!ek || !res) return [];
  const out: Identity[] = [];
  const byPeriod = new Map(st.columns.map((c, ci) => [c.period, ci]));
  st.columns.forEach((col, ci) => {
    if (col.period === undefined) return;
    const prev = byPeriod.get(String(Number(col.period) - 1));
    if (prev === undefined) return;
    const now = ek.amounts.get(ci);
    const before = ek.amounts.get(prev);
    const result = res.amounts.get(ci);
    if (now && before && result) {
      out.push(
        equality(
          "FEMAR.EGET_KAPITAL.ARETS_RESULTAT",
          "FEMAR",
          col.period,
          now,
          [
            { amount: before, weight: 1 },
            { amount: result, weight: 1 },
          ],
          ek.label,
          "Föregående års eget kapital plus årets resultat",
        ),
      );
    }
  });
  return out;
}

/** Equity / total assets for a role, when the balance sheet shows both. */
/**
 * Soliditet = eget kapital / summa tillgångar from the balance sheet, with the interval the rounded
 * figures allow (each figure stands for the values that round to it: 2,7 / 4,9 mnkr is anything
 * from 53,5 % to 56,7 %), so a percentage rounded from exact kronor is never called wrong.
 */
export function solidityOf(
  ix: StatementIndex,
  role: PeriodRole,
): { ratio: Decimal; low: Decimal; high: Decimal; cells: Amount[] } | undefined {
  const eq = equityTerms(ix, role);
  const assets = ix.find("BR", "BR.SUMMA_TILLGANGAR");
  const t = assets ? amountAt(assets.st, assets.line, role) : undefined;
  if (!eq || !t || t.value.isZero()) return undefined;
  const kr = (a: Amount): Decimal => a.value.times(a.unitFactor);
  const half = (a: Amount): Decimal => a.precision.times(a.unitFactor).dividedBy(2);
  const e = eq.terms.reduce((s, x) => s.plus(kr(x.amount)), new Decimal(0));
  const ue = eq.terms.reduce((s, x) => s.plus(half(x.amount)), new Decimal(0));
  const total = kr(t);
  const ut = half(t);
  const ratio = e.dividedBy(total);
  const bounds = [e.minus(ue), e.plus(ue)].flatMap((x) =>
    [total.minus(ut), total.plus(ut)].filter((y) => !y.isZero()).map((y) => x.dividedBy(y)),
  );
  return {
    ratio,
    low: Decimal.min(ratio, ...bounds),
    high: Decimal.max(ratio, ...bounds),
    cells: [...eq.terms.map((x) => x.amount), t],
  };
}
