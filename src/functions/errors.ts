import { FUNCTION_MESSAGES } from "../i18n/sv/functions";
import type { ErrorKind, FunctionError } from "./values";
import type { Problem, ProblemCode, ProblemOf } from "./problems";

/**
 * Which Excel error each problem shows as. Excel shows a custom message only for #VALUE! and #N/A
 * (office-js-docs-pr, custom-functions-errors.md), so every problem with an argument is #VALUE!,
 * including numbers the calculation cannot use (a negative contribution, keys that are all zero),
 * and #N/A is kept for asking about something that is not there.
 */
const KIND: { readonly [C in ProblemCode]: ErrorKind } = {
  "not-an-amount": "VALUE",
  "data-type": "VALUE",
  "not-a-number": "VALUE",
  "range-not-allowed": "VALUE",
  "empty-in-range": "VALUE",
  "not-whole-number": "VALUE",
  "not-text": "VALUE",
  "not-a-flag": "VALUE",
  "tiers-shape": "VALUE",
  "not-a-year": "VALUE",
  "year-missing": "VALUE",
  "shapes-differ": "VALUE",
  "keys-columns": "VALUE",
  "too-large": "VALUE",
  internal: "VALUE",
  "unknown-part": "VALUE",
  "years-count": "VALUE",
  "year-duplicate": "VALUE",
  "negative-contributions": "VALUE",
  "tiers-empty": "VALUE",
  "tier-first-not-zero": "VALUE",
  "tier-limit": "VALUE",
  "tier-rate": "VALUE",
  "no-keys": "VALUE",
  "negative-key": "VALUE",
  "zero-keys": "VALUE",
  "zero-assets": "VALUE",
  "zero-budget": "VALUE",
  "bad-unit": "VALUE",
  "position-outside": "NA",
  "per-year-outside": "NA",
};

export function problemToError(problem: Problem): FunctionError {
  return { error: KIND[problem.code], message: messageOf(problem) };
}

function messageOf<C extends ProblemCode>(problem: ProblemOf<C>): string {
  const format = FUNCTION_MESSAGES[problem.code] as (p: ProblemOf<C>) => string;
  return format(problem);
}
