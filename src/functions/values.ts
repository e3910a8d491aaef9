/**
 * The values the FINSAM functions exchange with a spreadsheet, independent of the host: Excel's
 * custom functions runtime and HyperFormula (in the tests) both translate to and from these.
 */

/** One cell's value as the host passes it: an empty cell is null (or ""). */
export type CellScalar = number | string | boolean | null;

/** A range, row by row. */
export type CellMatrix = CellScalar[][];

/** An argument as the host passes it; undefined when an optional argument is left out. */
export type CellArg = CellScalar | CellMatrix | undefined;

/** Which Excel error a failure shows as. */
export type ErrorKind = "VALUE" | "NUM" | "NA";

/** An error is a value, as in Excel: the adapters show it as #VALUE!, #NUM! or #N/A with the message. */
export interface FunctionError {
  readonly error: ErrorKind;
  readonly message: string;
}

/** What a FINSAM function returns: one value, a spilled array, or an error. */
export type FunctionValue = number | string | CellMatrix | FunctionError;

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "error" in value;
}

export function isMatrix(value: CellArg | FunctionValue): value is CellMatrix {
  return Array.isArray(value);
}

/** The shape of an argument as the host passes it: a scalar is 1 × 1. */
export function shapeOf(arg: CellArg): Shape {
  if (isMatrix(arg)) return { rows: arg.length, cols: arg.length > 0 ? arg[0].length : 0 };
  return { rows: 1, cols: 1 };
}
