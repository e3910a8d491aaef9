import Decimal from "decimal.js";
import { amountKronor, type Amount } from "../model";
import { rankOf, significantDigits, type Diagnosis } from "./diagnose";
import { maxOf } from "../../util/pushAll";

/**
 * How the blame chooses between corrections that mend the same number of identities. Each rule is
 * a filter that keeps the likelier candidates; the first that decides, decides. Pure and small, so
 * each can be tested on its own (test/unit/tieBreak.test.ts).
 */

export interface Contender {
  readonly cell: Amount;
  /** The value (kronor) the correction gives the cell. */
  readonly value: Decimal;
  readonly diagnosis: Diagnosis;
}

/** The contenders whose cause is the most recognisable (a teckenfel before a bare difference). */
export function mostRecognisable<T extends Contender>(xs: readonly T[]): T[] {
  const best = maxOf(xs.map((x) => rankOf(x.diagnosis)));
  return xs.filter((x) => rankOf(x.diagnosis) === best);
}

/**
 * Among cells each holding the other column's figure, the one with more significant digits: two
 * years agreeing on 1 919 816 is a copy; agreeing on 40 may well be true.
 */
export function mostDigitsInCommon<T extends Contender>(xs: readonly T[]): T[] {
  const digits = (x: T): number =>
    x.diagnosis.kind === "period-swap" && x.diagnosis.weak
      ? significantDigits(x.cell.value.dividedBy(x.cell.precision))
      : 0;
  const most = maxOf(xs.map(digits));
  return xs.filter((x) => digits(x) === most);
}

/**
 * Where two corrections both bring their lines closer to the other year, one must do so by this
 * much more (as a share of the other year's figure) to decide: 2 % is more than rounding moves a
 * figure, and less than most real changes between years.
 */
export const STABILITY_MARGIN = 0.02;

/**
 * Between equally recognisable causes (two transpositions that each fit), the one whose correction
 * brings its line closer to the other year's figure: lines change less from year to year than a
 * slip changes them. Undecided (all kept) unless only one gets closer, or one by STABILITY_MARGIN more.
 */
export function mostStable<T extends Contender>(
  xs: readonly T[],
  otherYear: (cell: Amount) => Amount | undefined,
): T[] {
  if (xs.length < 2) return [...xs];
  const gains = xs.map((x) => {
    const other = otherYear(x.cell);
    if (!other) return 0;
    const o = amountKronor(other);
    const scale = Decimal.max(o.abs(), 1);
    const before = amountKronor(x.cell).minus(o).abs();
    const after = x.value.minus(o).abs();
    return before.minus(after).dividedBy(scale).toNumber();
  });
  const order = gains.map((g, i) => [g, i] as const).sort((a, b) => b[0] - a[0]);
  const [best, second] = order;
  // Decided when only one correction brings its line closer to the other year, or one does so
  // by a clear margin more than the rest.
  if (best[0] > 0 && (second[0] <= 0 || best[0] - second[0] >= STABILITY_MARGIN)) return [xs[best[1]]];
  return [...xs];
}
