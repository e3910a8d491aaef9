import Decimal from "decimal.js";
import { fail, ok, Outcome } from "./problem";

/**
 * Splits an amount in proportion to keys (population, population 16–64, equal weights...) so
 * that the rounded parts add up exactly to the amount — what a förbund books as each
 * municipality's contribution (Värend 2025: 2 131 000 over the population 16–64 gives exactly
 * the booked 1 467 861, 271 790, 156 954, 110 234 and 124 161).
 *
 * Rounding unit: whole kronor, always. Contributions are booked in kronor, so an amount with öre or
 * with a binary tail from a formula (`=1,1*3*1000000` is 3 300 000.0000000005) is first rounded to
 * kronor (half away from zero), and the parts add up exactly to that.
 *
 * Method: largest remainder (Hamilton). Every part first gets its exact quota rounded down; the
 * units left over go one each to the parts with the largest fractions. When plain rounding
 * already adds up, this gives the same parts as plain rounding.
 *
 * Ties (equal fractions, e.g. equal keys): the unit goes to the part with the larger key, and
 * among equal keys to the earlier position. So 100 kr over three equal keys gives 34, 33, 33.
 *
 * Exactness: keys and amount are scaled to integers and the quotas computed in BigInt, so no
 * fraction is ever rounded before the remainders are compared.
 */
export function splitByKeys(amount: Decimal, keys: readonly Decimal[]): Outcome<Decimal[]> {
  if (keys.length === 0) return fail({ code: "no-keys" });
  const negativeAt = keys.findIndex((k) => k.lt(0));
  if (negativeAt >= 0) return fail({ code: "negative-key", position: negativeAt + 1 });

  // A reduce, not Math.max(...keys): a spread of a very long range overflows the stack.
  const keyScale = keys.reduce((max, k) => Math.max(max, k.decimalPlaces()), 0);
  const scaledKeys = keys.map((k) => toBigInt(k, keyScale));
  const keySum = scaledKeys.reduce((a, b) => a + b, BigInt(0));
  if (keySum === BigInt(0)) return fail({ code: "zero-keys" });

  const kronor = toKronor(amount);
  const units = toBigInt(kronor.abs(), 0);
  const parts = apportion(units, scaledKeys, keySum);
  const negative = kronor.lt(0);
  return ok(parts.map((p) => fromBigInt(negative ? -p : p, 0)));
}

/** An amount rounded to whole kronor, half away from zero (as Excel's AVRUNDA(x; 0)). */
export function toKronor(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** Largest-remainder apportionment of `units` (≥ 0) over non-negative integer keys with sum `keySum` > 0. */
function apportion(units: bigint, keys: readonly bigint[], keySum: bigint): bigint[] {
  const parts = keys.map((k) => (units * k) / keySum);
  // Every remainder has the same denominator (keySum), so comparing numerators compares fractions exactly.
  const remainders = keys.map((k) => (units * k) % keySum);
  let left = units - parts.reduce((a, b) => a + b, BigInt(0));
  if (left === BigInt(0)) return parts;
  const order = keys.map((_, i) => i);
  order.sort((a, b) => compareDesc(remainders[a], remainders[b]) || compareDesc(keys[a], keys[b]) || a - b);
  for (const i of order) {
    if (left === BigInt(0)) break;
    parts[i] += BigInt(1);
    left -= BigInt(1);
  }
  return parts;
}

function compareDesc(a: bigint, b: bigint): number {
  return a === b ? 0 : a > b ? -1 : 1;
}

// Scaling goes through the decimal text, not Decimal arithmetic: that rounds to Decimal's
// precision (20 digits), and an amount must survive any number of digits exactly.
export function toBigInt(value: Decimal, scale: number): bigint {
  return BigInt(value.toFixed(scale).replace(".", ""));
}

export function fromBigInt(value: bigint, scale: number): Decimal {
  if (scale === 0) return new Decimal(value.toString());
  const digits = (value < BigInt(0) ? -value : value).toString().padStart(scale + 1, "0");
  const text = digits.slice(0, -scale) + "." + digits.slice(-scale);
  return new Decimal(value < BigInt(0) ? "-" + text : text);
}
