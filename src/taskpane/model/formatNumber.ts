/**
 * Amounts as the pane shows them: sv-SE grouping with no-break spaces, decimal comma, the true
 * minus sign — the same text as the engine's formatAmount, through Intl instead of decimal.js,
 * which keeps decimal.js (about 12 KB gzip) out of the pane's bundle.
 */
const swedish = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return swedish.format(value);
}
