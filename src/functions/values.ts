/**
 * The values the FINSAM functions exchange with a spreadsheet, independent of the host: Excel's
 * custom functions runtime and HyperFormula (in the tests) both translate to and from these.
 */

/**
 * A cell holding an Excel data type (an entity, linked data) that has no plain value to read.
 * Excel passes such a cell as an object; we keep only the fact, never its text ("[object Object]").
 */
export interface DataTypeCell {
  readonly dataType: true;
}

/** One cell's value as the host passes it: an empty cell is null (or "", or 0 in desktop Excel). */
export type CellScalar = number | string | boolean | null | DataTypeCell;

/** A range, row by row. */
export type CellMatrix = CellScalar[][];

/** An argument as the host passes it; undefined when an optional argument is left out. */
export type CellArg = CellScalar | CellMatrix | undefined;

/**
 * Which Excel error a failure shows as. Only #VALUE! and #N/A carry a custom message in Excel
 * (office-js-docs-pr, custom-functions-errors.md), so those are the only two we use.
 */
export type ErrorKind = "VALUE" | "NA";

/** An error is a value, as in Excel: the adapters show it as #VALUE! or #N/A with the message. */
export interface FunctionError {
  readonly error: ErrorKind;
  readonly message: string;
}

/** One cell of a spilled result: a value, an empty cell (""), or an error in that cell alone. */
export type ResultCell = number | string | FunctionError;
export type ResultMatrix = ResultCell[][];

/** What a FINSAM function returns: one value, a spilled array, or an error. */
export type FunctionValue = number | string | ResultMatrix | FunctionError;

export interface Shape {
  readonly rows: number;
  readonly cols: number;
}

export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "error" in value;
}

export function isDataTypeCell(value: unknown): value is DataTypeCell {
  return typeof value === "object" && value !== null && "dataType" in value;
}

export function isMatrix(value: CellArg): value is CellMatrix {
  return Array.isArray(value);
}

export function isResultMatrix(value: FunctionValue): value is ResultMatrix {
  return Array.isArray(value);
}

/** The shape of an argument as the host passes it: a scalar is 1 × 1. */
export function shapeOf(arg: CellArg): Shape {
  if (isMatrix(arg)) return { rows: arg.length, cols: arg.length > 0 ? arg[0].length : 0 };
  return { rows: 1, cols: 1 };
}
