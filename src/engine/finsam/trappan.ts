import Decimal from "decimal.js";
import { fail, ok, Outcome } from "./problem";

/**
 * "Trappan": Nationella rådet's guideline (recommendation of 2013-10-02) for the largest eget
 * kapital a förbund should hold, as a staircase on the year's member contributions. The rates are
 * marginal, like tax brackets: each rate applies only to the part of the contributions between
 * its limit and the next one. The reports quote 20 % up to 7 mkr, 15 % from 7 to 15 mkr and 10 %
 * above, and their figures fit the marginal reading (Värend 2025: 8 524 000 → 1 628 600). The
 * published text was not found, so the tiers can be replaced.
 */
export interface Tier {
  /** The lower limit of the tier, in kronor of contributions. */
  readonly from: Decimal;
  /** The share of the contributions inside this tier that may be kept (0.2 = 20 %). */
  readonly rate: Decimal;
}

export const DEFAULT_TIERS: readonly Tier[] = [
  { from: new Decimal(0), rate: new Decimal("0.20") },
  { from: new Decimal(7_000_000), rate: new Decimal("0.15") },
  { from: new Decimal(15_000_000), rate: new Decimal("0.10") },
];

/**
 * Checks a tier table: it lists LOWER limits, so the first is 0 and the rest strictly ascend;
 * rates lie within 0–100 %. A table written as upper limits (`7 000 000 | 20 %`, …) would give a
 * plausible but wrong ceiling, so a first limit other than 0 is refused rather than read.
 */
export function validateTiers(tiers: readonly Tier[]): Outcome<readonly Tier[]> {
  if (tiers.length === 0) return fail({ code: "tiers-empty" });
  if (!tiers[0].from.isZero()) return fail({ code: "tier-first-not-zero" });
  for (let i = 0; i < tiers.length; i++) {
    const { from, rate } = tiers[i];
    if (i > 0 && from.lte(tiers[i - 1].from)) return fail({ code: "tier-limit", row: i + 1 });
    if (rate.lt(0) || rate.gt(1)) return fail({ code: "tier-rate", row: i + 1 });
  }
  return ok(tiers);
}

/** The ceiling for eget kapital given the year's contributions (insatser), exact in decimals. */
export function trappan(contributions: Decimal, tiers: readonly Tier[] = DEFAULT_TIERS): Outcome<Decimal> {
  if (contributions.lt(0)) return fail({ code: "negative-contributions" });
  const valid = validateTiers(tiers);
  if (!valid.ok) return valid;
  let ceiling = new Decimal(0);
  for (let i = 0; i < tiers.length; i++) {
    const lower = tiers[i].from;
    if (contributions.lte(lower)) break;
    const upper = i + 1 < tiers.length ? Decimal.min(contributions, tiers[i + 1].from) : contributions;
    ceiling = ceiling.plus(upper.minus(lower).times(tiers[i].rate));
  }
  return ok(ceiling);
}

/** Eget kapital minus the ceiling: positive when the förbund holds more than the guideline allows. */
export function trappanOverskott(
  contributions: Decimal,
  equity: Decimal,
  tiers: readonly Tier[] = DEFAULT_TIERS,
): Outcome<Decimal> {
  const ceiling = trappan(contributions, tiers);
  return ceiling.ok ? ok(equity.minus(ceiling.value)) : ceiling;
}
