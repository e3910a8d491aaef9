import { BALANSKRAV_FUNCTIONS } from "./catalogue/balanskrav";
import { CONTRIBUTIONS } from "./catalogue/contributions";
import { REPORT_FUNCTIONS } from "./catalogue/report";
import { STAIRCASE } from "./catalogue/staircase";
import { COERCE, FinsamFunction } from "./define";
import { problemToError } from "./errors";
import { CellArg, FunctionValue, isFunctionError, isResultMatrix, ResultCell } from "./values";

/**
 * The FINSAM functions as one table (their declarations live in catalogue/, one file per family).
 * `invoke` does the argument work once for all and guards what leaves: the Excel adapter
 * (functions.ts) and the HyperFormula test plugin both call it, so a formula means the same in the
 * tests as in Excel.
 */
export type { FinsamFunction, ParamSpec } from "./define";

export const FINSAM_FUNCTIONS: readonly FinsamFunction[] = [
  ...STAIRCASE,
  ...CONTRIBUTIONS,
  ...BALANSKRAV_FUNCTIONS,
  ...REPORT_FUNCTIONS,
];

const BY_ID = new Map(FINSAM_FUNCTIONS.map((f) => [f.id, f]));

export function finsamFunction(id: string): FinsamFunction {
  const fn = BY_ID.get(id);
  // An unknown id is a programming error (the adapters only pass ids from this table).
  if (!fn) throw new Error(`Unknown FINSAM function ${id}`);
  return fn;
}

/**
 * Checks the arguments against the function's parameters, then runs it. Never throws: bad input
 * is an error value with a Swedish message, and so is anything unforeseen (no library text).
 */
export function invoke(id: string, args: readonly CellArg[]): FunctionValue {
  const fn = finsamFunction(id);
  try {
    const values: unknown[] = [];
    for (let i = 0; i < fn.params.length; i++) {
      const param = fn.params[i];
      const arg = args[i];
      if (param.optional && (arg === undefined || arg === null)) {
        values.push(undefined);
        continue;
      }
      const checked = COERCE[param.kind](arg, param.name);
      if (!checked.ok) return problemToError(checked.problem);
      values.push(checked.value);
    }
    return finished(fn.run(values));
  } catch {
    return problemToError({ code: "internal" });
  }
}

const TOO_LARGE = (): ResultCell => problemToError({ code: "too-large" });

/** A number Excel can hold; ±Infinity and NaN never reach a cell. */
function finite(cell: ResultCell): ResultCell {
  return typeof cell === "number" && !Number.isFinite(cell) ? TOO_LARGE() : cell;
}

/** The value as it leaves: every number finite, and a 1 × 1 table as its one value. */
function finished(value: FunctionValue): FunctionValue {
  if (isFunctionError(value)) return value;
  if (!isResultMatrix(value)) return finite(value);
  if (value.length === 1 && value[0].length === 1) return finite(value[0][0]);
  return value.map((row) => row.map(finite));
}
