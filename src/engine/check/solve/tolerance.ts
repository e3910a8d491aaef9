import Decimal from "decimal.js";
import { amountKronor, type Amount, type Term } from "../model";

/**
 * The interval rule of XBRL Calculations 1.1 (DOMAIN.md): every figure stands for the values that
 * round to it, v ± u/2; a total is consistent when its interval overlaps the weighted sum's:
 * |total − Σ wᵢ·partᵢ| ≤ ½·(u_total + Σ |wᵢ|·uᵢ). All in kronor, in decimals.
 */

export function unitKronor(a: Amount): Decimal {
  return a.unitFactor === 1 ? a.precision : a.precision.times(a.unitFactor);
}

/** Adds w·x to acc without allocating for the common weights ±1. */
function addWeighted(acc: Decimal, x: Decimal, w: number): Decimal {
  return w === 1 ? acc.plus(x) : w === -1 ? acc.minus(x) : acc.plus(x.times(w));
}

/**
 * The tolerance in kronor. It is a bound, not money: rounding units are powers of ten times the
 * unit factor, so a binary float holds it closely enough; the differences it bounds stay decimals.
 */
export function tolerance(total: Amount, totalWeight: number, terms: readonly Term[]): number {
  let u = unitOf(total) * Math.abs(totalWeight);
  for (const t of terms) u += unitOf(t.amount) * Math.abs(t.weight);
  return u / 2;
}

/** Whether |difference| is within a tolerance (a hair of slack for the float bound). */
export function within(difference: Decimal, tol: number): boolean {
  return Math.abs(difference.toNumber()) <= tol * (1 + 1e-12) + 1e-12;
}

const unitCache = new WeakMap<Decimal, number>();
function unitOf(a: Amount): number {
  let p = unitCache.get(a.precision);
  if (p === undefined) {
    p = a.precision.toNumber();
    unitCache.set(a.precision, p);
  }
  return p * a.unitFactor;
}

const ZERO = new Decimal(0);

/** total·w − Σ wᵢ·partᵢ, in kronor, with optional overrides of cell values (kronor). */
export function difference(
  total: Amount,
  totalWeight: number,
  terms: readonly Term[],
  value: (a: Amount) => Decimal = amountKronor,
): Decimal {
  let sum = addWeighted(ZERO, value(total), totalWeight);
  for (const t of terms) sum = addWeighted(sum, value(t.amount), -t.weight);
  return sum;
}

export function withinTolerance(total: Amount, totalWeight: number, terms: readonly Term[]): boolean {
  return difference(total, totalWeight, terms)
    .abs()
    .lte(tolerance(total, totalWeight, terms));
}

/**
 * Whether an identity would hold were some cells read in another unit (`factorOf` gives each
 * cell's kronor per unit): how a unit caption is tried without changing the model.
 */
export function holdsInUnits(
  total: Amount,
  totalWeight: number,
  terms: readonly Term[],
  factorOf: (a: Amount) => number,
): boolean {
  const value = (a: Amount): Decimal => a.value.times(factorOf(a));
  let u = a2u(total, factorOf) * Math.abs(totalWeight);
  for (const t of terms) u += a2u(t.amount, factorOf) * Math.abs(t.weight);
  return within(difference(total, totalWeight, terms, value), u / 2);
}

function a2u(a: Amount, factorOf: (a: Amount) => number): number {
  return a.precision.toNumber() * factorOf(a);
}
