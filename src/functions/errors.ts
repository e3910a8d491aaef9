import { FUNCTION_MESSAGES } from "../i18n/sv/functions";
import type { ErrorKind, FunctionError } from "./values";
import type { Problem, ProblemCode, ProblemOf } from "./problems";

/**
 * Which Excel error each problem shows as: #VALUE! for input that is not what the parameter
 * takes, #NUM! for numbers the calculation cannot use (a negative contribution or key, all keys
 * zero, a tier out of order), #N/A for asking about something that is not there.
 */
const KIND: { readonly [C in ProblemCode]: ErrorKind } = {
  "not-an-amount": "VALUE",
  "range-not-allowed": "VALUE",
  "empty-in-range": "VALUE",
  "not-whole-number": "VALUE",
  "not-text": "VALUE",
  "tiers-shape": "VALUE",
  "unknown-part": "VALUE",
  "years-count": "VALUE",
  "year-not-whole": "VALUE",
  "years-order": "VALUE",
  "negative-contributions": "NUM",
  "tiers-empty": "NUM",
  "tier-limit": "NUM",
  "tier-rate": "NUM",
  "no-keys": "NUM",
  "negative-key": "NUM",
  "zero-keys": "NUM",
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
