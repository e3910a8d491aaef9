import type { FinsamProblem } from "../engine/finsam";

/**
 * Problems with an argument before any calculation: found once, by the shared coercion
 * (coerce.ts), for every function. `param` is the parameter's Swedish name as Excel shows it.
 */
export type ArgumentProblem =
  | { readonly code: "not-an-amount"; readonly param: string; readonly text: string }
  | { readonly code: "range-not-allowed"; readonly param: string }
  | { readonly code: "empty-in-range"; readonly param: string; readonly position: number }
  | { readonly code: "not-whole-number"; readonly param: string }
  | { readonly code: "not-text"; readonly param: string }
  | { readonly code: "tiers-shape"; readonly param: string };

/** Every problem a FINSAM function can report, each with its own Swedish message. */
export type Problem = FinsamProblem | ArgumentProblem;
export type ProblemCode = Problem["code"];
export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

/** A checked value or the problem that stopped it. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };
