import Decimal from "decimal.js";
import { fail, ok, Outcome } from "./problem";

/**
 * The two ratios a five-year overview and a driftredovisning print, computed per column by the
 * functions. Both are fractions (0,54 for 54 %), for the cell to format as percent, and come back
 * as the double the cell will hold.
 */

// Below 10^15 every whole number is an exact double (2^53 ≈ 9 × 10^15).
const MAX_EXACT_EXPONENT = 14;

const exactDouble = (d: Decimal): boolean => d.isInteger() && d.e <= MAX_EXACT_EXPONENT;

/**
 * The quotient as the cell holds it. Whole kronor below 10^15 are exact doubles, and IEEE division
 * of exact doubles is correctly rounded: the nearest double to the true quotient, as exact as a
 * cell can be (a 20-digit Decimal quotient rounded once more to a double is not better, and costs
 * a sheet of 10 000 formulas twice the time). Other amounts are divided in decimals. No sum of
 * money is ever formed in doubles.
 */
function quotient(numerator: Decimal, denominator: Decimal): number {
  if (exactDouble(numerator) && exactDouble(denominator))
    return numerator.toNumber() / denominator.toNumber();
  return numerator.dividedBy(denominator).toNumber();
}

/**
 * Soliditet: eget kapital / summa tillgångar (Värend 2025: 2 652 130 / 4 912 378 ≈ 54 %).
 * No assets and no equity (an empty year) is no ratio at all: undefined, shown as an empty cell.
 */
export function soliditet(equity: Decimal, assets: Decimal): Outcome<number | undefined> {
  if (assets.isZero()) return equity.isZero() ? ok(undefined) : fail({ code: "zero-assets" });
  return ok(quotient(equity, assets));
}

/**
 * Avvikelse: utfall − budget, as a driftredovisning's "Avvikelse utfall – budget" (Kalmar 2024:
 * −17 607 130 − (−17 507 000) = −100 130, where the report prints +100 130). Exact, in decimals.
 */
export function avvikelse(outcome: Decimal, budget: Decimal): Decimal {
  return outcome.minus(budget);
}

/**
 * The deviation as a share of |budget|, so that a better-than-budget outcome is positive whether
 * the line is an income or a cost (costs are written negative). No budget and no outcome is empty.
 */
export function avvikelseAndel(outcome: Decimal, budget: Decimal): Outcome<number | undefined> {
  const difference = outcome.minus(budget);
  if (budget.isZero()) return difference.isZero() ? ok(undefined) : fail({ code: "zero-budget" });
  return ok(quotient(difference, budget.abs()));
}
