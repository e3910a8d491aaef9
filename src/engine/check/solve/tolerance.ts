import Decimal from "decimal.js";
import { amountKronor, type Amount, type Term } from "../model";

/**
 * The interval rule of XBRL Calculations 1.1 (DOMAIN.md): every figure stands for the values that
 * round to it, v ± u/2; a total is consistent when its interval overlaps the weighted sum's:
 * |total − Σ wᵢ·partᵢ| ≤ ½·(u_total + Σ |wᵢ|·uᵢ). All in kronor, in decimals.
 */

export function unitKronor(a: Amount): Decimal {
  return a.precision.times(a.unitFactor);
}

export function tolerance(total: Amount, totalWeight: number, terms: readonly Term[]): Decimal {
  let u = unitKronor(total).times(Math.abs(totalWeight));
  for (const t of terms) u = u.plus(unitKronor(t.amount).times(Math.abs(t.weight)));
  return u.dividedBy(2);
}

/** total·w − Σ wᵢ·partᵢ, in kronor, with optional overrides of cell values (kronor). */
export function difference(
  total: Amount,
  totalWeight: number,
  terms: readonly Term[],
  value: (a: Amount) => Decimal = amountKronor,
): Decimal {
  let sum = new Decimal(0);
  for (const t of terms) sum = sum.plus(value(t.amount).times(t.weight));
  return value(total).times(totalWeight).minus(sum);
}

export function withinTolerance(total: Amount, totalWeight: number, terms: readonly Term[]): boolean {
  return difference(total, totalWeight, terms).abs().lte(tolerance(total, totalWeight, terms));
}
