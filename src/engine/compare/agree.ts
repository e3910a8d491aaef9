import Decimal from "decimal.js";
import type { Amount } from "../check/model";

/**
 * Whether the report's figure and the workbook's state the same amount. Each figure stands for the
 * interval of values that round to it (DOMAIN.md, "Rounding"), so 1 876 tkr in the report agrees
 * with 1 876 309 kr in the workbook. A report rounded to a coarser unit than the workbook may also
 * have nudged a figure by one unit so that its sums foot ("avrundningsdifferenser kan förekomma"):
 * that is rounding too, never a difference.
 */

/** A figure in kronor (as written, for percentages and counts) and its rounding unit in the same terms. */
export interface Figure {
  readonly value: Decimal;
  readonly unit: Decimal;
}

export function figureOf(a: Amount, plain: boolean): Figure {
  const factor = plain ? 1 : a.unitFactor;
  return { value: a.value.times(factor), unit: a.precision.times(factor) };
}

/** The largest difference between the two figures that rounding explains. */
export function roundingSlack(r: Figure, w: Figure): Decimal {
  const overlap = r.unit.plus(w.unit).dividedBy(2);
  // One unit of the coarser figure beyond its own rounding: a total nudged to make the sums foot.
  const coarse = Decimal.max(r.unit, w.unit);
  return coarse.gt(Decimal.min(r.unit, w.unit)) ? Decimal.max(overlap, coarse.times(1.5)) : overlap;
}

export function agree(r: Figure, w: Figure): boolean {
  const d = r.value.minus(w.value).abs();
  if (d.lte(r.unit.plus(w.unit).dividedBy(2))) return true;
  const [coarse, fine] = r.unit.gt(w.unit) ? [r, w] : [w, r];
  if (!coarse.unit.gt(fine.unit)) return false;
  // The finer figure rounded to the coarser unit, then one unit either way.
  const rounded = fine.value.dividedBy(coarse.unit).round().times(coarse.unit);
  return coarse.value.minus(rounded).abs().lte(coarse.unit);
}
