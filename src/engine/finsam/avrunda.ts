import Decimal from "decimal.js";
import { fromBigInt, toBigInt } from "./kommunandel";
import { fail, ok, Outcome } from "./problem";

/**
 * Rounds a table of amounts to a coarser unit (kr → tkr) so that it still foots: each amount
 * divided by `unit` becomes a whole number, and the rounded amounts add up to the rounded total.
 * A driftredovisning rounded cell by cell may miss its own total by a unit or two; this does not.
 *
 * Method: the total (the sum of the exact amounts) is rounded half away from zero, as Excel's
 * AVRUNDA does. Every amount first gets its exact quotient rounded down; the units left over go one
 * each to the amounts with the largest remainders, the earlier amount first on equal remainders
 * (largest remainder). When plain rounding already foots, this gives the same figures.
 *
 * Exactness: amounts and unit are scaled to integers and compared in BigInt.
 */
export function roundToUnit(amounts: readonly Decimal[], unit: Decimal): Outcome<Decimal[]> {
  if (!unit.gt(0)) return fail({ code: "bad-unit" });
  const scale = amounts.reduce((max, a) => Math.max(max, a.decimalPlaces()), unit.decimalPlaces());
  const divisor = toBigInt(unit, scale);
  const zero = BigInt(0);
  const one = BigInt(1);

  let total = zero;
  let floors = zero;
  const rounded: bigint[] = [];
  const remainders: bigint[] = [];
  for (const amount of amounts) {
    const scaled = toBigInt(amount, scale);
    total += scaled;
    // BigInt division truncates towards zero; step down for negatives to get the floor.
    let quotient = scaled / divisor;
    if (scaled % divisor !== zero && scaled < zero) quotient -= one;
    rounded.push(quotient);
    remainders.push(scaled - quotient * divisor);
    floors += quotient;
  }

  const magnitude = total < zero ? -total : total;
  let roundedTotal = magnitude / divisor;
  if ((magnitude % divisor) * BigInt(2) >= divisor) roundedTotal += one;
  if (total < zero) roundedTotal = -roundedTotal;

  let left = roundedTotal - floors;
  if (left > zero) {
    const order = amounts.map((_, i) => i);
    order.sort((a, b) => (remainders[a] === remainders[b] ? a - b : remainders[a] > remainders[b] ? -1 : 1));
    for (const i of order) {
      if (left === zero) break;
      rounded[i] += one;
      left -= one;
    }
  }
  return ok(rounded.map((r) => fromBigInt(r, 0)));
}
