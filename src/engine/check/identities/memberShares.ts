import type { Amount, Identity, Line, Statement, Term } from "../model";
import { withinTolerance } from "../solve/tolerance";
import { equality, outcomeColumns, type StatementIndex } from "./context";

/**
 * Partsfördelningen (lag 2003:1210, 8 §): the state pays half (Försäkringskassan for itself and
 * Arbetsförmedlingen, a quarter each), the region a quarter, the municipalities together a quarter.
 * Where a note lists the members' contributions, Arbetsförmedlingen's line equals
 * Försäkringskassan's, the region's is half the state's, and the municipalities add up to the
 * region's. A förbund may have agreed otherwise, so a relation is used only when it holds in at
 * least one period of the note: then a line that breaks it in the other period is located.
 */

export const MEMBER_SHARE_RULE = "NOT.PARTSFORDELNING";

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

export function memberShareIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  for (const st of ix.byKind.get("NOT") ?? []) {
    const m = members(st);
    if (!m) continue;
    const families: Identity[][] = [[], [], []];
    for (const ci of outcomeColumns(st)) {
      const period = st.columns[ci].period;
      const at = (l: Line | undefined): Amount | undefined => l?.amounts.get(ci);
      const fk = at(m.fk);
      const af = at(m.af);
      const state = at(m.state);
      const region = at(m.region);
      if (!region) continue;
      if (fk && af) {
        families[0].push(
          equality(
            MEMBER_SHARE_RULE,
            "NOT",
            period,
            af,
            [term(fk)],
            m.af?.label ?? "",
            "Försäkringskassans insats (staten delar lika)",
          ),
        );
      }
      const stateTerms = fk && af ? [term(fk, 0.5), term(af, 0.5)] : state ? [term(state, 0.5)] : [];
      if (stateTerms.length > 0) {
        families[1].push(
          equality(
            MEMBER_SHARE_RULE,
            "NOT",
            period,
            region,
            stateTerms,
            m.region.label,
            "Hälften av statens insats",
          ),
        );
      }
      const towns = m.municipalities.map(at).filter((a): a is Amount => !!a);
      if (towns.length === m.municipalities.length) {
        families[2].push(
          equality(
            MEMBER_SHARE_RULE,
            "NOT",
            period,
            region,
            towns.map((a) => term(a)),
            m.region.label,
            "Kommunernas insatser tillsammans",
          ),
        );
      }
    }
    for (const family of families) {
      if (family.some((id) => withinTolerance(id.total, id.totalWeight, id.terms))) out.push(...family);
    }
  }
  return out;
}
