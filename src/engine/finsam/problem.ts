/**
 * What can be wrong with the input of a Finsam calculation, as data. The calculations never throw
 * for bad input and never hold words: the custom-functions adapter turns a problem into an Excel
 * error value with a Swedish message (src/i18n/sv/functions.ts).
 */
export type FinsamProblem =
  | { readonly code: "negative-contributions" }
  | { readonly code: "tiers-empty" }
  /** The table lists lower limits, so its first row must start at 0 (an upper-bound table would be misread). */
  | { readonly code: "tier-first-not-zero" }
  /** A tier's lower limit is not above the previous one (`row` is 1-based). */
  | { readonly code: "tier-limit"; readonly row: number }
  /** A tier's rate is outside 0–100 %. */
  | { readonly code: "tier-rate"; readonly row: number }
  | { readonly code: "no-keys" }
  | { readonly code: "negative-key"; readonly position: number }
  | { readonly code: "zero-keys" }
  | { readonly code: "position-outside"; readonly position: number; readonly count: number }
  | { readonly code: "unknown-part"; readonly part: string }
  | { readonly code: "years-count"; readonly years: number; readonly results: number }
  | { readonly code: "year-duplicate"; readonly year: number }
  | {
      readonly code: "per-year-outside";
      readonly year: number;
      readonly first: number;
      readonly last: number;
    }
  /** A divisor (summa tillgångar, budget for a percentage, a rounding unit) that is zero or negative. */
  | { readonly code: "zero-assets" }
  | { readonly code: "zero-budget" }
  | { readonly code: "bad-unit" };

export type FinsamProblemCode = FinsamProblem["code"];

export type Outcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: FinsamProblem };

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function fail<T>(problem: FinsamProblem): Outcome<T> {
  return { ok: false, problem };
}
