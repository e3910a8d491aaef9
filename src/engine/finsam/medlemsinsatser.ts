import Decimal from "decimal.js";
import { splitByKeys } from "./kommunandel";
import { partsfordelning } from "./partsandel";
import { Outcome, ok } from "./problem";

/**
 * The whole contributions note (Not 1, "Insats från …") in one go: Försäkringskassan,
 * Arbetsförmedlingen, the region, then each municipality in the order of its key. Whole kronor
 * that add up exactly to the total rounded to kronor: the quarters as PARTSANDEL gives them, then
 * the municipalities' quarter by key as KOMMUNANDEL gives it.
 *
 * Värend 2025: 8 524 000 over the population 16–64 gives its Not 1 line for line.
 */
export function medlemsinsatser(total: Decimal, keys: readonly Decimal[]): Outcome<Decimal[]> {
  const quarters = partsfordelning(total);
  const municipalities = splitByKeys(quarters.KOMMUNER, keys);
  if (!municipalities.ok) return municipalities;
  return ok([quarters.FK, quarters.AF, quarters.REGION, ...municipalities.value]);
}
