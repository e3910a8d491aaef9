import { IDENTITY_BASIS } from "../../../i18n/sv/check";
import type { Amount, Identity, Line, Statement, Term } from "../model";
import { RULES } from "../rules/catalogue";
import { withinTolerance } from "../solve/tolerance";
import { equality, outcomeColumns, type StatementIndex } from "./context";
import { ruleContext, runRules, type IdentityRule, type RuleContext } from "./rules/ruleContext";

/**
 * Partsfördelningen (lag 2003:1210, 8 §): the state pays half (Försäkringskassan for itself and
 * Arbetsförmedlingen, a quarter each), the region a quarter, the municipalities together a quarter.
 * Where a note lists the members' contributions, Arbetsförmedlingen's line equals
 * Försäkringskassan's, the region's is half the state's, and the municipalities add up to the
 * region's. A förbund may have agreed otherwise, so a relation is used only when it holds in at
 * least one period of the note: then a line that breaks it in the other period is located.
 */

interface Members {
  readonly fk?: Line;
  readonly af?: Line;
  readonly state?: Line;
  readonly region: Line;
  readonly municipalities: readonly Line[];
}

function members(st: Statement): Members | undefined {
  const items = st.lines.filter((l) => l.role === "item" && l.amounts.size > 0);
  const find = (re: RegExp): Line | undefined => items.find((l) => re.test(l.norm));
  const fk = find(/försäkringskassa/);
  const af = find(/arbetsförmedling/);
  const state = fk || af ? undefined : find(/\bstat(en|lig|liga|ens)?\b/);
  const region = find(/\bregion|landsting/);
  const municipalities = items.filter((l) => /kommun/.test(l.norm) && !/region|landsting/.test(l.norm));
  if (!region || municipalities.length === 0 || !((fk && af) || state)) return undefined;
  return { fk, af, state, region, municipalities };
}

const term = (amount: Amount, weight = 1): Term => ({ amount, weight });

/**
 * `NOT.PARTSFORDELNING`: the members' contributions follow the partsfördelning (lag 2003:1210,
 * 8 §): Arbetsförmedlingen as Försäkringskassan, the region half the state, the municipalities
 * together as the region. Each relation is kept for a note only where it holds in at least one of
 * the note's periods (a förbund may have agreed otherwise).
 */
export function notPartsfordelning({ ix }: RuleContext): Identity[] {
  const out: Identity[] = [];
  for (const st of ix.byKind.get("NOT") ?? []) {
    const m = members(st);
    if (!m) continue;
    const relations: Identity[][] = [[], [], []];
    for (const ci of outcomeColumns(st)) {
      const at = (l: Line | undefined): Amount | undefined => l?.amounts.get(ci);
      if (!at(m.region)) continue;
      const period = st.columns[ci].period;
      relations[0].push(...afLikeFk(m, period, at));
      relations[1].push(...regionHalfState(m, period, at));
      relations[2].push(...regionLikeMunicipalities(m, period, at));
    }
    for (const relation of relations) {
      if (relation.some((id) => withinTolerance(id.total, id.totalWeight, id.terms))) out.push(...relation);
    }
  }
  return out;
}

type At = (line: Line | undefined) => Amount | undefined;

/** Arbetsförmedlingen's contribution = Försäkringskassan's (the state's half, shared equally). */
function afLikeFk(m: Members, period: string | undefined, at: At): Identity[] {
  const rule = RULES.memberShares;
  const fk = at(m.fk);
  const af = at(m.af);
  if (!fk || !af) return [];
  return [
    equality(rule.id, "NOT", period, af, [term(fk)], m.af?.label ?? "", IDENTITY_BASIS[rule.id].afLikeFk),
  ];
}

/** The region's contribution = half the state's (Försäkringskassan's and Arbetsförmedlingen's together). */
function regionHalfState(m: Members, period: string | undefined, at: At): Identity[] {
  const rule = RULES.memberShares;
  const region = at(m.region);
  const fk = at(m.fk);
  const af = at(m.af);
  const state = at(m.state);
  const stateTerms = fk && af ? [term(fk, 0.5), term(af, 0.5)] : state ? [term(state, 0.5)] : [];
  if (!region || stateTerms.length === 0) return [];
  return [
    equality(
      rule.id,
      "NOT",
      period,
      region,
      stateTerms,
      m.region.label,
      IDENTITY_BASIS[rule.id].regionHalfState,
    ),
  ];
}

/** The region's contribution = the municipalities' together. */
function regionLikeMunicipalities(m: Members, period: string | undefined, at: At): Identity[] {
  const rule = RULES.memberShares;
  const region = at(m.region);
  const towns = m.municipalities.map(at).filter((a): a is Amount => !!a);
  if (!region || towns.length !== m.municipalities.length) return [];
  return [
    equality(
      rule.id,
      "NOT",
      period,
      region,
      towns.map((a) => term(a)),
      m.region.label,
      IDENTITY_BASIS[rule.id].regionLikeMunicipalities,
    ),
  ];
}

/** The partsfördelning's rule. */
export const MEMBER_SHARE_RULES: readonly IdentityRule[] = [
  { ids: [RULES.memberShares], check: notPartsfordelning },
];

/** The partsfördelning's identities on their own. */
export function memberShareIdentities(ix: StatementIndex): Identity[] {
  return runRules(MEMBER_SHARE_RULES, ruleContext(ix));
}
