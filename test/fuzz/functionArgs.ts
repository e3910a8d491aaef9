/**
 * Random arguments for every FINSAM function, through `invoke` as Excel's adapter calls it:
 * numbers (also NaN, ±Infinity and the largest and smallest Excel holds), amount and year texts, booleans, blanks, data-type
 * cells, and ranges of them (ragged too). A function must answer with a finite number, text of
 * ours, a matrix of those, or an error value whose message is Swedish and ours; never throw.
 * The functions are another helper's (src/functions): this only calls them.
 */
import { FINSAM_FUNCTIONS, invoke } from "../../src/functions/registry";
import type { CellArg, CellScalar, FunctionValue } from "../../src/functions/values";
import { randomAmountText } from "./amounts";
import type { Problem } from "./oracle";
import { notOurs } from "./ourText";
import type { Rng } from "./rng";

/** Numbers no Excel cell holds (NaN, ±Infinity): only in the long run, as an adapter might pass them. */
export interface ArgOptions {
  readonly nonFinite?: boolean;
}

function scalar(rng: Rng, options: ArgOptions): CellScalar {
  switch (rng.int(9)) {
    case 0:
      if (options.nonFinite && rng.chance(0.5)) return rng.pick([NaN, Infinity, -Infinity]);
      return rng.pick([-0, 1e308, -1e308, 9.99e307, 5e-324, Number.MAX_SAFE_INTEGER]);
    case 1:
      return rng.between(1990, 2040);
    case 2:
      return rng.pick([0, 1, -1, 0.5, 0.25, 100, -2500000]);
    case 3:
      return rng.between(-99999999, 99999999) / rng.pick([1, 100, 1000]);
    case 4:
      // Not the words the oracle looks for: a message may quote the argument's text as it is.
      return randomAmountText(rng).replace(/NaN|Infinity|undefined/g, "");
    case 5:
      return rng.pick([
        "2025",
        "2024-12-31",
        "År 2025",
        "tkr",
        "kr",
        "mnkr",
        "ja",
        "nej",
        "SANT",
        "",
        "STATEN",
        "FK",
        "REGION",
        "KOMMUNER",
        "Q1",
      ]);
    case 6:
      return rng.pick([true, false, null]);
    case 7:
      return { dataType: "entity" } as unknown as CellScalar;
    default:
      return rng.between(-1000, 1000);
  }
}

function argument(rng: Rng, options: ArgOptions): CellArg {
  if (rng.chance(0.08)) return undefined;
  if (rng.chance(0.45)) return scalar(rng, options);
  const rows = rng.chance(0.05) ? rng.between(100, 2000) : rng.between(1, 12);
  const cols = rng.between(1, 6);
  return Array.from({ length: rows }, () =>
    Array.from({ length: rng.chance(0.03) ? rng.between(1, cols) : cols }, () => scalar(rng, options)),
  );
}

export interface FunctionCall {
  readonly id: string;
  readonly args: readonly CellArg[];
}

export function randomCall(rng: Rng, options: ArgOptions = {}): FunctionCall {
  const fn = rng.pick(FINSAM_FUNCTIONS);
  const count = Math.max(0, fn.params.length + rng.pick([0, 0, 0, 0, -1, 1]));
  return { id: fn.id, args: Array.from({ length: count }, () => argument(rng, options)) };
}

/** What is wrong with the function's answer (empty when nothing is). */
export function functionProblems(call: FunctionCall): Problem[] {
  let value: FunctionValue;
  try {
    value = invoke(call.id, call.args);
  } catch (error) {
    return [
      { kind: "crash", detail: `${call.id} threw ${error instanceof Error ? error.message : String(error)}` },
    ];
  }
  const problems: Problem[] = [];
  const words = (text: string, where: string) => {
    for (const p of notOurs(text))
      problems.push({
        kind: p.startsWith('"') ? "non-finite" : "not-ours",
        detail: `${call.id}${where}: ${p} in "${text}"`,
      });
  };
  const check = (v: unknown, where: string) => {
    if (typeof v === "number") {
      if (!Number.isFinite(v)) problems.push({ kind: "non-finite", detail: `${call.id}${where} = ${v}` });
    } else if (typeof v === "string") {
      words(v, where);
    } else if (v && typeof v === "object" && "error" in v) {
      const message = (v as { message?: unknown }).message;
      if (typeof message !== "string" || message === "")
        problems.push({ kind: "not-ours", detail: `${call.id}${where}: error without message` });
      else words(message, where);
    } else problems.push({ kind: "crash", detail: `${call.id}${where}: ${JSON.stringify(v)}` });
  };
  if (Array.isArray(value)) value.forEach((row, r) => row.forEach((cell, c) => check(cell, `[${r}][${c}]`)));
  else check(value, "");
  return problems;
}
