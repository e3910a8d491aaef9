import Decimal from "decimal.js";
import { IDENTITY_BASIS } from "../../../i18n/sv/check";
import {
  amountKronor,
  type Amount,
  type Identity,
  type Line,
  type PeriodRole,
  type Statement,
  type Term,
} from "../model";
import { RULES } from "../rules/catalogue";
import { withinTolerance } from "../solve/tolerance";
import {
  amountAt,
  bodyOf,
  equality,
  outcomeColumns,
  periodOf,
  sameTimeColumn,
  type StatementIndex,
} from "./context";
import { DRIFT_RULES, driftResultatRR } from "./rules/driftredovisning";
import {
  cashTerms,
  one,
  ruleContext,
  runRules,
  type IdentityRule,
  type RuleContext,
} from "./rules/ruleContext";

/**
 * The identities between statements a revisor ties out (DOMAIN.md, "Identities a revisor ties
 * out"): årets resultat the same in RR, BR, KF, the driftredovisning and the balanskravsutredning;
 * summa tillgångar = summa eget kapital, avsättningar och skulder; opening equity = prior closing
 * equity; cash in KF and BR; KF's working-capital changes = BR's changes, with sign. One function per
 * rule, named after its id; CROSS_STATEMENT_RULES lists them in the order they are built.
 */

const ROLES: readonly PeriodRole[] = ["current", "prior"];

/** Årets resultat in one outcome column of the resultaträkning, which the other statements repeat. */
export interface RrResult {
  readonly st: Statement;
  readonly line: Line;
  /** The column of `st`. */
  readonly ci: number;
  readonly amount: Amount;
}

/**
 * `BR.ARETS_RESULTAT.RR`, `KF.ARETS_RESULTAT.RR`, `BALANSKRAV.ARETS_RESULTAT.RR`,
 * `DRIFT.RESULTAT.RR`: "årets resultat is the same in RR, BR and KF" (DOMAIN.md), and in the
 * balanskravsutredning and the driftredovisning. Built per column of the resultaträkning, each
 * statement in turn.
 */
export function aretsResultatRR(ctx: RuleContext): Identity[] {
  const rr = ctx.ix.find("RR", "RR.ARETS_RESULTAT");
  if (!rr) return [];
  const out: Identity[] = [];
  for (const ci of outcomeColumns(rr.st)) {
    const amount = rr.line.amounts.get(ci);
    if (!amount) continue;
    const result: RrResult = { st: rr.st, line: rr.line, ci, amount };
    out.push(
      ...brAretsResultatRR(ctx, result),
      ...kfAretsResultatRR(ctx, result),
      ...balanskravAretsResultatRR(ctx, result),
      ...driftResultatRR(ctx, result),
    );
  }
  return out;
}

/** `BR.ARETS_RESULTAT.RR`: årets resultat in the balansräkning is the resultaträkning's. */
export function brAretsResultatRR(ctx: RuleContext, rr: RrResult): Identity[] {
  return sameResult(ctx, rr, "BR", "BR.ARETS_RESULTAT", RULES.resultBR.id);
}

/** `KF.ARETS_RESULTAT.RR`: årets resultat in the kassaflödesanalys is the resultaträkning's. */
export function kfAretsResultatRR(ctx: RuleContext, rr: RrResult): Identity[] {
  return sameResult(ctx, rr, "KF", "KF.ARETS_RESULTAT", RULES.resultKF.id);
}

/** `BALANSKRAV.ARETS_RESULTAT.RR`: årets resultat in the balanskravsutredning is the resultaträkning's. */
export function balanskravAretsResultatRR(ctx: RuleContext, rr: RrResult): Identity[] {
  return sameResult(ctx, rr, "BALANSKRAV", "BK.ARETS_RESULTAT", RULES.resultBalanskrav.id);
}

/** Årets resultat of another statement, in the column covering the same time as the RR's. */
function sameResult(
  { ix }: RuleContext,
  rr: RrResult,
  kind: Statement["kind"],
  concept: string,
  ruleId: typeof RULES.resultBR.id | typeof RULES.resultKF.id | typeof RULES.resultBalanskrav.id,
): Identity[] {
  const other = ix.find(kind, concept);
  if (!other) return [];
  const oci = sameTimeColumn(rr.st, rr.ci, other.st);
  const a = oci >= 0 ? other.line.amounts.get(oci) : undefined;
  if (!a) return [];
  const period = rr.st.columns[rr.ci].period;
  return [
    equality(ruleId, other.st.kind, period, a, [one(rr.amount)], other.line.label, IDENTITY_BASIS[ruleId]),
  ];
}

/** `BR.BALANSERAR`: "summa tillgångar = summa eget kapital, avsättningar och skulder" (DOMAIN.md). */
export function brBalanserar({ ix }: RuleContext): Identity[] {
  const rule = RULES.balance;
  const assets = ix.find("BR", "BR.SUMMA_TILLGANGAR");
  const claims = ix.find("BR", "BR.SUMMA_EKAS");
  // The two halves may stand in two blocks (a balansräkning printed over two pages, its header
  // repeated): both are this report's balance sheet, read in their own columns.
  if (!assets || !claims || bodyOf(assets.st.columns[0]) !== bodyOf(claims.st.columns[0])) return [];
  const out: Identity[] = [];
  for (const role of ROLES) {
    const a = amountAt(claims.st, claims.line, role);
    const b = amountAt(assets.st, assets.line, role);
    if (a && b)
      out.push(
        equality(
          rule.id,
          "BR",
          periodOf(claims.st, role),
          a,
          [one(b)],
          claims.line.label,
          IDENTITY_BASIS[rule.id],
        ),
      );
  }
  return out;
}

/** `BR.EK_BORJAN.FOREG_AR`: "opening equity = prior year's closing equity" (DOMAIN.md). */
export function brEkBorjanForegAr({ ix, equity }: RuleContext): Identity[] {
  const rule = RULES.openingEquity;
  const opening = ix.find("BR", "BR.EK_BORJAN");
  if (!opening) return [];
  const a = amountAt(opening.st, opening.line, "current");
  const prior = equity.prior;
  if (!a || !prior) return [];
  return [
    equality(
      rule.id,
      "BR",
      periodOf(opening.st, "current"),
      a,
      prior.terms,
      opening.line.label,
      IDENTITY_BASIS[rule.id],
    ),
  ];
}

/**
 * `KF.LIKVIDA_SLUT.BR`: "KF's likvida medel vid årets slut = BR kassa och bank (+ kortfristiga
 * placeringar where counted as cash)" (DOMAIN.md); what counts as cash is the context's decision.
 */
export function kfLikvidaSlutBR({ ix, cash: concepts }: RuleContext): Identity[] {
  const rule = RULES.closingCash;
  const closing = ix.find("KF", "KF.LIKVIDA_SLUT");
  const cash = ix.findAll("BR", concepts);
  if (!closing || !cash) return [];
  const out: Identity[] = [];
  for (const ci of outcomeColumns(closing.st)) {
    const a = closing.line.amounts.get(ci);
    const bci = sameTimeColumn(closing.st, ci, cash.st);
    const br =
      bci >= 0
        ? cash.lines
            .map((l) => l.amounts.get(bci))
            .filter((x): x is Amount => !!x)
            .map((x) => one(x))
        : [];
    if (a && br.length > 0)
      out.push(
        equality(
          rule.id,
          "KF",
          closing.st.columns[ci].period,
          a,
          br,
          closing.line.label,
          IDENTITY_BASIS[rule.id],
        ),
      );
  }
  return out;
}

/** `KF.LIKVIDA_BORJAN.BR`: "KF's opening cash = prior year's closing cash" in the balansräkning (DOMAIN.md). */
export function kfLikvidaBorjanBR(ctx: RuleContext): Identity[] {
  const rule = RULES.openingCash;
  const opening = ctx.ix.find("KF", "KF.LIKVIDA_BORJAN");
  const a = opening ? amountAt(opening.st, opening.line, "current") : undefined;
  if (!opening || !a) return [];
  const br = cashTerms(ctx, "prior");
  if (br.length === 0) return [];
  return [
    equality(
      rule.id,
      "KF",
      periodOf(opening.st, "current"),
      a,
      br,
      opening.line.label,
      IDENTITY_BASIS[rule.id],
    ),
  ];
}

/**
 * `KF.LIKVIDA_BORJAN.FOREG_AR`: "KF's opening cash = prior year's closing cash" (DOMAIN.md), in the
 * kassaflödesanalys's own prior-year column, where that year ended at year end.
 */
export function kfLikvidaBorjanForegAr({ ix }: RuleContext): Identity[] {
  const rule = RULES.openingCashPrior;
  const opening = ix.find("KF", "KF.LIKVIDA_BORJAN");
  const closing = ix.find("KF", "KF.LIKVIDA_SLUT");
  const a = opening ? amountAt(opening.st, opening.line, "current") : undefined;
  if (!opening || !a || !closing) return [];
  const prevClose = amountAt(closing.st, closing.line, "prior");
  const sameStart =
    opening.st.columns.find((c) => c.role === "prior" && c.kind === "utfall")?.end?.endsWith("12-31") !==
    false;
  if (!prevClose || !sameStart) return [];
  return [
    equality(
      rule.id,
      "KF",
      periodOf(opening.st, "current"),
      a,
      [one(prevClose)],
      opening.line.label,
      IDENTITY_BASIS[rule.id],
    ),
  ];
}

/**
 * `KF.FORDRINGAR.BR`: "KF's change in receivables = the BR change (with sign: an increase of
 * receivables is negative cash flow)" (DOMAIN.md).
 */
export function kfFordringarBR(ctx: RuleContext): Identity[] {
  return workingCapitalChange(
    ctx,
    "KF.FORDRINGAR",
    ["BR.FORDRINGAR", "BR.FORUTBETALDA"],
    -1,
    RULES.receivablesChange.id,
  );
}

/** `KF.SKULDER.BR`: "KF's change in liabilities = the BR change" (DOMAIN.md). */
export function kfSkulderBR(ctx: RuleContext): Identity[] {
  return workingCapitalChange(ctx, "KF.SKULDER", ["BR.KORTA_SKULDER"], 1, RULES.liabilitiesChange.id);
}

/**
 * A change in working capital: the KF line = ± (BR this year − BR last year). A line labelled
 * "ökning (+)" states an increase of receivables as positive.
 */
/** A balance sheet line that totals the short-term receivables or liabilities. */
function sectionTotal(brConcepts: readonly string[]): RegExp {
  return brConcepts.includes("BR.KORTA_SKULDER")
    ? /^(summa )?(kortfristiga|korta) skulder$/
    : /^(summa )?(kortfristiga|korta) fordringar$/;
}

function workingCapitalChange(
  { ix }: RuleContext,
  kfConcept: string,
  brConcepts: readonly string[],
  usualSign: number,
  ruleId: typeof RULES.receivablesChange.id | typeof RULES.liabilitiesChange.id,
): Identity[] {
  const kf = ix.find("KF", kfConcept);
  const found = ix.findAll("BR", brConcepts);
  if (!kf || !found) return [];
  // Where the balance sheet totals the section ("Summa kortfristiga skulder", or the section line
  // itself with amounts), that total is the balance; else the lines of the concept.
  const section = found.st.lines.find(
    (l) => l.amounts.size > 0 && sectionTotal(brConcepts).test(l.norm) && l.role !== "memo",
  );
  const br = section ? { st: found.st, lines: [section] } : found;
  const a = amountAt(kf.st, kf.line, "current");
  if (!a) return [];
  const cur = br.lines.map((l) => amountAt(br.st, l, "current")).filter((x): x is Amount => !!x);
  const prior = br.lines.map((l) => amountAt(br.st, l, "prior")).filter((x): x is Amount => !!x);
  if (cur.length === 0 || prior.length === 0) return [];
  const sign = /ökning\s*\(\s*\+\s*\)/i.test(kf.line.label) && usualSign < 0 ? 1 : usualSign;
  const terms = [...cur.map((x) => one(x, sign)), ...prior.map((x) => one(x, -sign))];
  return [
    equality(ruleId, "KF", periodOf(kf.st, "current"), a, terms, kf.line.label, IDENTITY_BASIS[ruleId]),
  ];
}

/** The rules between statements, in the order their identities are built. */
export const CROSS_STATEMENT_RULES: readonly IdentityRule[] = [
  {
    ids: [RULES.resultBR, RULES.resultKF, RULES.resultBalanskrav, RULES.resultDrift],
    check: aretsResultatRR,
  },
  { ids: [RULES.balance], check: brBalanserar },
  { ids: [RULES.openingEquity], check: brEkBorjanForegAr },
  { ids: [RULES.closingCash], check: kfLikvidaSlutBR },
  { ids: [RULES.openingCash], check: kfLikvidaBorjanBR },
  { ids: [RULES.openingCashPrior], check: kfLikvidaBorjanForegAr },
  { ids: [RULES.receivablesChange], check: kfFordringarBR },
  { ids: [RULES.liabilitiesChange], check: kfSkulderBR },
  ...DRIFT_RULES,
];

/** The identities between statements on their own (the unit check ties statements with them). */
export function crossStatementIdentities(ix: StatementIndex): Identity[] {
  return runRules(CROSS_STATEMENT_RULES, ruleContext(ix));
}

export { equityTerms } from "./rules/ruleContext";

/** Sign of a sum of amounts (1, −1 or 0). */
export function signOf(amounts: readonly Amount[]): number {
  const s = amounts.reduce((acc, a) => acc.plus(amountKronor(a)), new Decimal(0));
  return s.isZero() ? 0 : s.isNegative() ? -1 : 1;
}

/** Whether a candidate identity holds, for rules that learn a report's own definition. */
export function holds(total: Amount, terms: readonly Term[]): boolean {
  return withinTolerance(total, 1, terms);
}

export type { Line };
