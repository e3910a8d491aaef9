import Decimal from "decimal.js";
import { IDENTITY_BASIS } from "../../../i18n/sv/check";
import type { Amount, Identity, Line, PeriodRole, Statement, Term } from "../model";
import { RULES } from "../rules/catalogue";
import { withinTolerance } from "../solve/tolerance";
import { amountAt, equality, type StatementIndex } from "./context";
import {
  equityTerms,
  one,
  ruleContext,
  runRules,
  type IdentityRule,
  type RuleContext,
  type YearEnd,
} from "./rules/ruleContext";

/**
 * The five-year overview (översikt över verksamhetens utveckling): "intäkter − kostnader = årets
 * resultat; its latest year agrees with RR/BR" (DOMAIN.md), in every year it shows. Reports differ
 * in what they count as intäkter (with or without financial income): the definition that fits the
 * years RR shows is learned, then applied to every such year, so a year that omits the financial
 * income stands out. One function per rule, named after its id.
 */

const ROLES: readonly YearEnd[] = ["current", "prior"];

/** An overview and the lines its rules read. */
export interface Overview {
  readonly st: Statement;
  readonly intakter?: Line;
  readonly kostnader?: Line;
  readonly resultat?: Line;
  readonly egetKapital?: Line;
  readonly balansomslutning?: Line;
  /** −1 where costs are shown as positive amounts (then intäkter − kostnader), else 1. */
  readonly costWeight: number;
}

function mostlyPositive(line: Line): boolean {
  let pos = 0;
  let neg = 0;
  for (const a of line.amounts.values()) {
    if (a.value.isNegative()) neg++;
    else if (!a.value.isZero()) pos++;
  }
  return pos >= neg;
}

function overviewOf(st: Statement): Overview {
  const line = (concept: string): Line | undefined => st.lines.find((l) => l.concept === concept);
  const kostnader = line("FEMAR.KOSTNADER");
  return {
    st,
    intakter: line("FEMAR.INTAKTER"),
    kostnader,
    resultat: line("FEMAR.ARETS_RESULTAT"),
    egetKapital: line("FEMAR.EGET_KAPITAL"),
    balansomslutning: line("FEMAR.BALANSOMSLUTNING"),
    costWeight: kostnader && mostlyPositive(kostnader) ? -1 : 1,
  };
}

function atRole(st: Statement, line: Line | undefined, role: PeriodRole): Amount | undefined {
  return line ? amountAt(st, line, role) : undefined;
}

function periodAt(st: Statement, role: PeriodRole): string | undefined {
  return st.columns.find((c) => c.role === role)?.period;
}

/**
 * Every `FEMAR.*` identity: each overview in turn, its own arithmetic, then its latest years
 * against the resultaträkning and the balansräkning, then equity rolled forward.
 */
export function oversikt(ctx: RuleContext): Identity[] {
  const out: Identity[] = [];
  for (const st of ctx.ix.byKind.get("FEMAR") ?? []) {
    const ov = overviewOf(st);
    out.push(
      ...femarAretsResultatSum(ov),
      ...femarAretsResultatRR(ctx, ov),
      ...femarIntakterRR(ctx, ov),
      ...femarKostnaderRR(ctx, ov),
    );
    for (const role of ROLES)
      out.push(...femarEgetKapitalBR(ctx, ov, role), ...femarBalansomslutningBR(ctx, ov, role));
    out.push(...femarEgetKapitalAretsResultat(ov));
  }
  return out;
}

/** `FEMAR.ARETS_RESULTAT.SUM`: "intäkter − kostnader = årets resultat" (DOMAIN.md), in every year. */
export function femarAretsResultatSum(ov: Overview): Identity[] {
  const rule = RULES.overviewResult;
  const { st, intakter, kostnader, resultat } = ov;
  if (!resultat) return [];
  const out: Identity[] = [];
  st.columns.forEach((col, ci) => {
    const r = resultat.amounts.get(ci);
    const i = intakter?.amounts.get(ci);
    const k = kostnader?.amounts.get(ci);
    if (r && i && k)
      out.push(
        equality(
          rule.id,
          "FEMAR",
          col.period,
          r,
          [one(i), one(k, ov.costWeight)],
          resultat.label,
          IDENTITY_BASIS[rule.id].incomeLessCosts,
        ),
      );
  });
  // A municipality's result also holds taxes and grants: where intäkter − kostnader gives the
  // result in fewer than half the years, the overview defines its lines otherwise, and the
  // identity is not the report's (a wrong year stands out only against years that agree).
  const holding = out.filter((id) => withinTolerance(id.total, id.totalWeight, id.terms)).length;
  if (out.length > 0) return holding * 2 >= out.length ? out : [];
  return municipalResult(ov);
}

/**
 * A kommun's overview shows no intäkter and kostnader but "verksamhetens nettokostnad",
 * "skatteintäkter och generella statsbidrag" and "finansnetto": their sum is årets resultat (RR
 * 5 kap. LKBR), in every year; held as the overview's own only where most years agree.
 */
function municipalResult(ov: Overview): Identity[] {
  const rule = RULES.overviewResult;
  const { st, resultat } = ov;
  const find = (concept: string) => st.lines.find((l) => l.concept === concept);
  const netto = find("FEMAR.NETTOKOSTNAD");
  const skatter = find("FEMAR.SKATTER");
  const finans = find("FEMAR.FINANSNETTO");
  if (!resultat || !netto || !skatter || !finans) return [];
  const out: Identity[] = [];
  st.columns.forEach((col, ci) => {
    const r = resultat.amounts.get(ci);
    const n = netto.amounts.get(ci);
    const s = skatter.amounts.get(ci);
    const f = finans.amounts.get(ci);
    if (!r || !n || !s || !f || [r, n, s, f].some((a) => a.percent)) return;
    // The net cost is shown negative, or positive as a cost: the sign its figures show decides.
    const w = mostlyPositive(netto) ? -1 : 1;
    out.push(
      equality(
        rule.id,
        "FEMAR",
        col.period,
        r,
        [one(n, w), one(s), one(f)],
        resultat.label,
        IDENTITY_BASIS[rule.id].municipal,
      ),
    );
  });
  const holding = out.filter((id) => withinTolerance(id.total, id.totalWeight, id.terms)).length;
  return holding * 2 > out.length ? out : [];
}

/** `FEMAR.ARETS_RESULTAT.RR`: "its latest year agrees with RR" (DOMAIN.md): årets resultat. */
export function femarAretsResultatRR({ ix }: RuleContext, ov: Overview): Identity[] {
  const rule = RULES.overviewResultRR;
  const rrResult = ix.find("RR", "RR.ARETS_RESULTAT");
  if (!ov.resultat || !rrResult) return [];
  const out: Identity[] = [];
  for (const role of ROLES) {
    const a = atRole(ov.st, ov.resultat, role);
    const b = amountAt(rrResult.st, rrResult.line, role);
    if (a && b)
      out.push(
        equality(
          rule.id,
          "FEMAR",
          periodAt(ov.st, role),
          a,
          [one(b)],
          ov.resultat.label,
          IDENTITY_BASIS[rule.id],
        ),
      );
  }
  return out;
}

/**
 * `FEMAR.INTAKTER.RR`: "its latest year agrees with RR" (DOMAIN.md): intäkter are the RR's
 * verksamhetens intäkter, with or without the financial income, as the report's latest year counts
 * them.
 */
export function femarIntakterRR(ctx: RuleContext, ov: Overview): Identity[] {
  const rule = RULES.overviewIncomeRR;
  if (!ov.intakter) return [];
  return learnedDefinition(ctx, ov.st, ov.intakter, 1, INCOME_DEFINITIONS, rule.id, IDENTITY_BASIS[rule.id]);
}

/**
 * `FEMAR.KOSTNADER.RR`: "its latest year agrees with RR" (DOMAIN.md): kostnader are the RR's
 * verksamhetens kostnader, with or without avskrivningar and financial costs, as the report's
 * latest year counts them.
 */
export function femarKostnaderRR(ctx: RuleContext, ov: Overview): Identity[] {
  const rule = RULES.overviewCostsRR;
  if (!ov.kostnader) return [];
  const sign = ov.costWeight < 0 ? -1 : 1;
  return learnedDefinition(
    ctx,
    ov.st,
    ov.kostnader,
    sign,
    COST_DEFINITIONS,
    rule.id,
    IDENTITY_BASIS[rule.id],
  );
}

/** What reports count as intäkter in the overview, as RR concepts. */
const INCOME_DEFINITIONS: readonly (readonly string[])[] = [
  ["RR.INTAKTER"],
  ["RR.INTAKTER", "RR.FIN_INTAKTER"],
];

/** What reports count as kostnader in the overview, as RR concepts. */
const COST_DEFINITIONS: readonly (readonly string[])[] = [
  ["RR.KOSTNADER"],
  ["RR.KOSTNADER", "RR.AVSKRIVNINGAR"],
  ["RR.KOSTNADER", "RR.FIN_KOSTNADER"],
  ["RR.KOSTNADER", "RR.AVSKRIVNINGAR", "RR.FIN_KOSTNADER"],
];

/**
 * The identities of the definition that holds best over the years RR shows (the latest year
 * weighs more: the overview's definition is the one this year's report uses); the first on a tie.
 */
function learnedDefinition(
  { ix }: RuleContext,
  st: Statement,
  line: Line,
  sign: number,
  options: readonly (readonly string[])[],
  ruleId: string,
  words: (concepts: readonly string[]) => string,
): Identity[] {
  let best: Identity[] = [];
  let bestHits = 0;
  for (const option of options) {
    const ids: Identity[] = [];
    let hits = 0;
    for (const role of ROLES) {
      const a = atRole(st, line, role);
      if (!a) continue;
      const terms: Term[] = [];
      for (const concept of option) {
        const l = ix.find("RR", concept);
        const v = l ? amountAt(l.st, l.line, role) : undefined;
        if (v) terms.push(one(v, sign));
      }
      if (terms.length !== option.length) continue;
      ids.push(equality(ruleId, "FEMAR", periodAt(st, role), a, terms, line.label, words(option)));
      if (withinTolerance(a, 1, terms)) hits += role === "current" ? 1.5 : 1;
    }
    if (hits > bestHits) [best, bestHits] = [ids, hits];
  }
  return best;
}

/** `FEMAR.EGET_KAPITAL.BR`: "its latest year agrees with BR" (DOMAIN.md): eget kapital. */
export function femarEgetKapitalBR({ equity }: RuleContext, ov: Overview, role: YearEnd): Identity[] {
  const rule = RULES.overviewEquityBR;
  const e = atRole(ov.st, ov.egetKapital, role);
  const eq = equity[role];
  if (!e || !eq || !ov.egetKapital) return [];
  return [
    equality(
      rule.id,
      "FEMAR",
      periodAt(ov.st, role),
      e,
      eq.terms,
      ov.egetKapital.label,
      IDENTITY_BASIS[rule.id],
    ),
  ];
}

/** `FEMAR.BALANSOMSLUTNING.BR`: "its latest year agrees with BR" (DOMAIN.md): summa tillgångar. */
export function femarBalansomslutningBR({ ix }: RuleContext, ov: Overview, role: YearEnd): Identity[] {
  const rule = RULES.overviewAssetsBR;
  const assets = ix.find("BR", "BR.SUMMA_TILLGANGAR");
  const b = atRole(ov.st, ov.balansomslutning, role);
  const t = assets ? amountAt(assets.st, assets.line, role) : undefined;
  if (!b || !t || !ov.balansomslutning) return [];
  return [
    equality(
      rule.id,
      "FEMAR",
      periodAt(ov.st, role),
      b,
      [one(t)],
      ov.balansomslutning.label,
      IDENTITY_BASIS[rule.id],
    ),
  ];
}

/**
 * `FEMAR.EGET_KAPITAL.ARETS_RESULTAT`: "eget kapital vid årets slut = vid årets början + årets
 * resultat" (DOMAIN.md), across the overview's years.
 */
export function femarEgetKapitalAretsResultat(ov: Overview): Identity[] {
  const rule = RULES.overviewEquityRoll;
  const { st, egetKapital: ek, resultat: res } = ov;
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
    if (now && before && result)
      out.push(
        equality(
          rule.id,
          "FEMAR",
          col.period,
          now,
          [one(before), one(result)],
          ek.label,
          IDENTITY_BASIS[rule.id],
        ),
      );
  });
  return out;
}

/** The overview's rules, in the order their identities are built. */
export const OVERVIEW_RULES: readonly IdentityRule[] = [
  {
    ids: [
      RULES.overviewResult,
      RULES.overviewResultRR,
      RULES.overviewIncomeRR,
      RULES.overviewCostsRR,
      RULES.overviewEquityBR,
      RULES.overviewAssetsBR,
      RULES.overviewEquityRoll,
    ],
    check: oversikt,
  },
];

/** The overview's identities on their own (the unit check ties statements with them). */
export function overviewIdentities(ix: StatementIndex): Identity[] {
  return runRules(OVERVIEW_RULES, ruleContext(ix));
}

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
