import type { FinsamProblem } from "../engine/finsam";

/**
 * Problems with an argument before any calculation: found once, by the shared coercion
 * (coerce.ts), for every function. `param` is the parameter's Swedish name as Excel shows it.
 */
export type ArgumentProblem =
  | { readonly code: "not-an-amount"; readonly param: string; readonly text: string }
  | { readonly code: "data-type"; readonly param: string }
  | { readonly code: "not-a-number"; readonly param: string }
  | { readonly code: "range-not-allowed"; readonly param: string }
  | { readonly code: "empty-in-range"; readonly param: string; readonly position: number }
  | { readonly code: "not-whole-number"; readonly param: string }
  | { readonly code: "not-text"; readonly param: string }
  | { readonly code: "not-a-flag"; readonly param: string }
  | { readonly code: "tiers-shape"; readonly param: string }
  | { readonly code: "not-a-year"; readonly param: string; readonly position: number; readonly text: string }
  | { readonly code: "year-missing"; readonly position: number }
  /** Two ranges that must line up cell for cell do not. */
  | {
      readonly code: "shapes-differ";
      readonly first: string;
      readonly second: string;
      readonly firstCells: number;
      readonly secondCells: number;
    }
  /** Keys in several columns need one amount per column, as a row. */
  | { readonly code: "keys-columns"; readonly columns: number }
  /** A result that Excel cannot hold (beyond ±1.8 × 10^308). */
  | { readonly code: "too-large" }
  /** Anything the function did not foresee: never a raw library message. */
  | { readonly code: "internal" };

/** Every problem a FINSAM function can report, each with its own Swedish message. */
export type Problem = FinsamProblem | ArgumentProblem;
export type ProblemCode = Problem["code"];
export type ProblemOf<C extends ProblemCode> = Extract<Problem, { code: C }>;

/** A checked value or the problem that stopped it. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: Problem };
