import Decimal from "decimal.js";
import { fail, ok, Outcome } from "./problem";

/**
 * The two ratios a five-year overview and a driftredovisning print, computed per column by the
 * functions. Both are fractions (0,54 for 54 %), for the cell to format as percent.
 */

/**
 * Soliditet: eget kapital / summa tillgångar (Värend 2025: 2 652 130 / 4 912 378 ≈ 54 %).
 * No assets and no equity (an empty year) is no ratio at all: undefined, shown as an empty cell.
 */
export function soliditet(equity: Decimal, assets: Decimal): Outcome<Decimal | undefined> {
  if (assets.isZero()) return equity.isZero() ? ok(undefined) : fail({ code: "zero-assets" });
  return ok(equity.dividedBy(assets));
}

/**
 * Avvikelse: utfall − budget, as a driftredovisning's "Avvikelse utfall – budget" (Kalmar 2024:
 * −17 607 130 − (−17 507 000) = −100 130, where the report prints +100 130). As a share, divided by
 * |budget| so that a better-than-budget outcome is positive whether the line is an income or a cost.
 */
export function avvikelse(outcome: Decimal, budget: Decimal, percent: boolean): Outcome<Decimal | undefined> {
  const difference = outcome.minus(budget);
  if (!percent) return ok(difference);
  if (budget.isZero()) return difference.isZero() ? ok(undefined) : fail({ code: "zero-budget" });
  return ok(difference.dividedBy(budget.abs()));
}
