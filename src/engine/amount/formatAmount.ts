import Decimal from "decimal.js";

/**
 * Formats an amount the Swedish way for messages: thousands grouped by a no-break space
 * (U+00A0, so an amount never wraps across lines), decimal comma, and the true minus sign U+2212,
 * as Intl's sv-SE does. Decimals are shown only when the amount has them (at most `maxDecimals`).
 */
export function formatAmount(value: Decimal.Value, maxDecimals = 2): string {
  const d = new Decimal(value).toDecimalPlaces(maxDecimals, Decimal.ROUND_HALF_UP);
  const negative = d.isNegative() && !d.isZero();
  const [whole, fraction] = d.abs().toFixed().split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u00A0");
  return (negative ? "\u2212" : "") + grouped + (fraction ? "," + fraction : "");
}

/** `formatAmount` followed by " kr" (or the given unit). */
export function formatKronor(value: Decimal.Value, unit = "kr"): string {
  return `${formatAmount(value)}\u00A0${unit}`;
}
