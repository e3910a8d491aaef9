import type { Amount, Identity, PeriodRole, Statement, Term } from "../../model";
import type { RuleEntry } from "../../rules/catalogue";
import { withinTolerance } from "../../solve/tolerance";
import { amountAt, outcomeColumns, sameTimeColumn, type StatementIndex } from "../context";

/**
 * What every identity rule is given: the recognised statements, and the decisions about the report
 * that several rules share, made once per check and passed on as data (never cached in a module).
 */
export interface RuleContext {
  readonly ix: StatementIndex;
  /**
   * What the report counts as likvida medel in the balance sheet: `BR.KASSA`, plus
   * `BR.PLACERINGAR` where the kassaflödesanalys counts kortfristiga placeringar as cash.
   */
  readonly cash: readonly string[];
  /** Equity at the end of the current and the prior year, as terms (see equityTerms). */
  readonly equity: Readonly<Record<YearEnd, EquityTerms | undefined>>;
}

/** The year ends other statements are tied at: this year's and last year's. */
export type YearEnd = Extract<PeriodRole, "current" | "prior">;

/** Equity at a year end as terms, with the balance sheet they come from. */
export interface EquityTerms {
  readonly terms: Term[];
  readonly st: Statement;
}

/**
 * One identity rule, or a tight family of rules whose identities are built together (per column or
 * per statement, in the order the blame solver has always seen them).
 */
export interface IdentityRule {
  /** The catalogue lines of every id the rule emits. */
  readonly ids: readonly RuleEntry[];
  /** The rule itself, named after its id. */
  readonly check: (ctx: RuleContext) => Identity[];
}

/** The shared decisions, made once from the figures. */
export function ruleContext(ix: StatementIndex): RuleContext {
  return {
    ix,
    cash: cashConcepts(ix),
    equity: { current: equityTerms(ix, "current"), prior: equityTerms(ix, "prior") },
  };
}

/** Every identity of `rules`, in list order. */
export function runRules(rules: readonly IdentityRule[], ctx: RuleContext): Identity[] {
  return rules.flatMap((rule) => rule.check(ctx));
}

/** A term of weight 1 (or `weight`). */
export const one = (amount: Amount, weight = 1): Term => ({ amount, weight });

/** Equity at year end as terms: the closing line, or the lines that make it up. */
export function equityTerms(ix: StatementIndex, role: PeriodRole): EquityTerms | undefined {
  const closing = ix.find("BR", "BR.EK_SLUT");
  if (closing) {
    const a = amountAt(closing.st, closing.line, role);
    if (a) return { terms: [one(a)], st: closing.st };
  }
  const parts = ix.findAll("BR", ["BR.EK_BORJAN", "BR.ARETS_RESULTAT", "BR.OVRIGT_EK"]);
  if (!parts) return undefined;
  const terms = parts.lines
    .map((l) => amountAt(parts.st, l, role))
    .filter((a): a is Amount => !!a)
    .map((a) => one(a));
  return terms.length > 0 ? { terms, st: parts.st } : undefined;
}

/**
 * What the report counts as likvida medel: kassa och bank, plus kortfristiga placeringar where the
 * kassaflödesanalys counts them (DOMAIN.md). Read from the figures: placeringar are included only
 * when that makes the cash flow's closing balance agree in more years.
 */
export function cashConcepts(ix: StatementIndex): string[] {
  const withPlacements = ["BR.KASSA", "BR.PLACERINGAR"];
  let choice = withPlacements;
  const placements = ix.find("BR", "BR.PLACERINGAR");
  const closing = ix.find("KF", "KF.LIKVIDA_SLUT");
  const hasPlacements = placements && [...placements.line.amounts.values()].some((a) => !a.value.isZero());
  if (hasPlacements && closing) {
    const hits = (concepts: string[]): number => {
      const cash = ix.findAll("BR", concepts);
      if (!cash) return 0;
      let n = 0;
      for (const ci of outcomeColumns(closing.st)) {
        const a = closing.line.amounts.get(ci);
        const bci = sameTimeColumn(closing.st, ci, cash.st);
        if (!a || bci < 0) continue;
        const terms = cash.lines
          .map((l) => l.amounts.get(bci))
          .filter((x): x is Amount => !!x)
          .map((x) => one(x));
        if (terms.length > 0 && withinTolerance(a, 1, terms)) n++;
      }
      return n;
    };
    choice = hits(withPlacements) > hits(["BR.KASSA"]) ? withPlacements : ["BR.KASSA"];
  }
  return choice;
}

/** The balance sheet's likvida medel at a year end, as terms. */
export function cashTerms(ctx: RuleContext, role: PeriodRole): Term[] {
  const cash = ctx.ix.findAll("BR", ctx.cash);
  if (!cash) return [];
  return cash.lines
    .map((l) => amountAt(cash.st, l, role))
    .filter((a): a is Amount => !!a)
    .map((a) => one(a));
}
