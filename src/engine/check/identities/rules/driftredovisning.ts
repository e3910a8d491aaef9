import { IDENTITY_BASIS } from "../../../../i18n/sv/check";
import type { Identity, Line, PeriodColumn, Statement } from "../../model";
import { RULES } from "../../rules/catalogue";
import { bodyOf, columnIndex, equality } from "../context";
import { costDeviationsFlipped, deviationSenses, isCostLine } from "../costConvention";
import type { RrResult } from "../crossStatement";
import { cashTerms, one, type IdentityRule, type RuleContext } from "./ruleContext";
import { pushAll } from "../../../util/pushAll";

/**
 * The driftredovisning / budgetuppföljning (DOMAIN.md): "avvikelse = utfall − budget; resultat
 * agrees with RR"; a bokslut column repeats the outcome; eget kapital and likvida medel at year end
 * are the balance sheet's. One function per rule, named after its id.
 */

/** Which column of a driftredovisning holds what (−1 where it has none). */
export interface DriftColumns {
  readonly st: Statement;
  /** This year's outcome. */
  readonly utfall: number;
  /**
   * The column the avvikelse compares with the budget: the outcome, or in a delårsrapport the
   * full-year prognos (an outcome of eight months says nothing against a year's budget).
   */
  readonly compared: number;
  readonly forecast: boolean;
  readonly budget: number;
  readonly avvikelse: number;
  /** This year's full-year (bokslut) column. */
  readonly bokslut: number;
  /** Costs are shown as positive amounts, so their avvikelse is budget − utfall. */
  readonly flipCosts: boolean;
  /** Per line, whether its avvikelse reads budget − utfall, as the table's own figures show. */
  readonly senses: ReadonlyMap<Line, boolean>;
}

function driftColumns(st: Statement): DriftColumns {
  const utfall = columnIndex(st, "current", ["utfall"]);
  const budget = st.columns.findIndex((c) => c.kind === "budget");
  const avvikelse = st.columns.findIndex((c) => c.kind === "avvikelse");
  const forecast = avvikelse >= 0 && againstForecast(st, st.columns[avvikelse], utfall);
  const compared = forecast ? st.columns.findIndex((c) => c.kind === "prognos") : utfall;
  return {
    st,
    utfall,
    compared,
    forecast,
    budget,
    avvikelse,
    bokslut: st.columns.findIndex((c) => c.kind === "bokslut" && c.role === "current"),
    flipCosts: costDeviationsFlipped(st),
    senses:
      compared >= 0 && budget >= 0 && avvikelse >= 0
        ? deviationSenses(st, compared, budget, avvikelse)
        : new Map<Line, boolean>(),
  };
}

/**
 * Whether the avvikelse is the prognos's against the budget: its header says so ("Avvikelse
 * prognos–budget"), or the table has a prognos and its outcome covers only part of the year
 * ("Utfall jan–aug 2025" beside "Budget 2025" and "Prognos 2025").
 */
function againstForecast(st: Statement, avvikelse: PeriodColumn, utfall: number): boolean {
  if (!st.columns.some((c) => c.kind === "prognos")) return false;
  const words = avvikelse.headerText ?? "";
  if (/prognos/i.test(words)) return true;
  if (/utfall/i.test(words)) return false;
  const end = utfall >= 0 ? st.columns[utfall].end : undefined;
  return utfall < 0 || (end !== undefined && !end.endsWith("-12-31"));
}

/**
 * `DRIFT.AVVIKELSE`, `DRIFT.BOKSLUT.UTFALL`, `DRIFT.EGET_KAPITAL.BR`, `DRIFT.LIKVIDA.BR`: each
 * driftredovisning in turn, line by line its own columns, then column by column against the
 * balance sheet.
 */
export function driftredovisning(ctx: RuleContext): Identity[] {
  const out: Identity[] = [];
  for (const st of ctx.ix.byKind.get("DRIFT") ?? []) {
    const cols = driftColumns(st);
    for (const line of st.lines) {
      pushAll(out, driftAvvikelse(cols, line));
      pushAll(out, driftBokslutUtfall(cols, line));
    }
    const cash = cashTerms(ctx, "current");
    for (const ci of [cols.utfall, cols.bokslut].filter((c) => c >= 0))
      out.push(...driftEgetKapitalBR(ctx, st, ci), ...driftLikvidaBR(st, ci, cash));
  }
  return out;
}

/**
 * `DRIFT.AVVIKELSE`: "avvikelse = utfall − budget" (DOMAIN.md); budget − utfall for a cost line
 * where the statement shows costs as positive amounts.
 */
export function driftAvvikelse(cols: DriftColumns, line: Line): Identity[] {
  const rule = RULES.budgetDeviation;
  const u = cols.compared >= 0 ? line.amounts.get(cols.compared) : undefined;
  const b = cols.budget >= 0 ? line.amounts.get(cols.budget) : undefined;
  const d = cols.avvikelse >= 0 ? line.amounts.get(cols.avvikelse) : undefined;
  if (!u || !b || !d) return [];
  // Budget − utfall where the statement shows costs positive: for its cost lines, or for every line
  // but income when most lines of the table read so (a nämnd's name says nothing of its sign).
  const flip = (cols.flipCosts && isCostLine(line)) || cols.senses.get(line) === true;
  const words = IDENTITY_BASIS[rule.id];
  return [
    equality(
      rule.id,
      "DRIFT",
      cols.st.columns[cols.avvikelse].period,
      d,
      flip ? [one(b), one(u, -1)] : [one(u), one(b, -1)],
      line.label,
      cols.forecast
        ? flip
          ? words.budgetLessForecast
          : words.forecastLessBudget
        : flip
          ? words.budgetLessOutcome
          : words.outcomeLessBudget,
      { derived: true },
    ),
  ];
}

/** `DRIFT.BOKSLUT.UTFALL`: the bokslut column is the outcome of the same year. */
export function driftBokslutUtfall(cols: DriftColumns, line: Line): Identity[] {
  const rule = RULES.budgetFullYear;
  const u = cols.utfall >= 0 ? line.amounts.get(cols.utfall) : undefined;
  const k = cols.bokslut >= 0 ? line.amounts.get(cols.bokslut) : undefined;
  if (!u || !k) return [];
  return [
    equality(
      rule.id,
      "DRIFT",
      cols.st.columns[cols.bokslut].period,
      k,
      [one(u)],
      line.label,
      IDENTITY_BASIS[rule.id],
      { derived: true },
    ),
  ];
}

/** `DRIFT.EGET_KAPITAL.BR`: eget kapital in the driftredovisning is the balance sheet's at year end. */
export function driftEgetKapitalBR({ equity }: RuleContext, st: Statement, ci: number): Identity[] {
  const rule = RULES.driftEquity;
  const ek = st.lines.find((l) => l.concept === "DRIFT.EGET_KAPITAL");
  const a = ek?.amounts.get(ci);
  const eq = equity.current;
  if (!ek || !a || !eq) return [];
  return [equality(rule.id, "DRIFT", st.columns[ci].period, a, eq.terms, ek.label, IDENTITY_BASIS[rule.id])];
}

/** `DRIFT.LIKVIDA.BR`: likvida medel in the driftredovisning are the balance sheet's at year end. */
export function driftLikvidaBR(st: Statement, ci: number, cash: ReturnType<typeof cashTerms>): Identity[] {
  const rule = RULES.driftCash;
  const likvida = st.lines.find((l) => l.concept === "DRIFT.LIKVIDA");
  const c = likvida?.amounts.get(ci);
  if (!likvida || !c || cash.length === 0) return [];
  return [equality(rule.id, "DRIFT", st.columns[ci].period, c, cash, likvida.label, IDENTITY_BASIS[rule.id])];
}

/**
 * `DRIFT.RESULTAT.RR`: "resultat agrees with RR" (DOMAIN.md): this year's result in the
 * driftredovisning's outcome or bokslut columns is årets resultat of the resultaträkning's current
 * outcome column (built with the other statements' årets resultat, crossStatement.ts).
 */
export function driftResultatRR({ ix }: RuleContext, rr: RrResult): Identity[] {
  const rule = RULES.resultDrift;
  const col = rr.st.columns[rr.ci];
  const drift = ix.find("DRIFT", "DRIFT.RESULTAT");
  if (!drift || col.role !== "current" || col.kind !== "utfall") return [];
  const out: Identity[] = [];
  for (let dci = 0; dci < drift.st.columns.length; dci++) {
    const dcol = drift.st.columns[dci];
    if (dcol.role !== "current" || (dcol.kind !== "utfall" && dcol.kind !== "bokslut")) continue;
    if (dcol.end && col.end && dcol.end !== col.end) continue;
    // A driftredovisning per nämnd is the body's own (a kommun's nämnder): it ties to the
    // resultaträkning's own columns, never to the koncern's beside them.
    if (bodyOf(dcol) !== bodyOf(col)) continue;
    const a = drift.line.amounts.get(dci);
    if (a)
      out.push(
        equality(
          rule.id,
          "DRIFT",
          col.period,
          a,
          [one(rr.amount)],
          drift.line.label,
          IDENTITY_BASIS[rule.id],
        ),
      );
  }
  return out;
}

/** The driftredovisning's rules, in the order their identities are built. */
export const DRIFT_RULES: readonly IdentityRule[] = [
  {
    ids: [RULES.budgetDeviation, RULES.budgetFullYear, RULES.driftEquity, RULES.driftCash],
    check: driftredovisning,
  },
];
