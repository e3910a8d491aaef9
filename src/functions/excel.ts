import { FunctionError, FunctionValue, isFunctionError, isResultMatrix, ResultCell } from "./values";

/**
 * The Excel side of the custom functions: the `CustomFunctions` global of Excel's runtime, read
 * through a narrow typed view (no type package ships it here), and the mapping of our error
 * values to `CustomFunctions.Error`. Nothing else in the add-in touches that global.
 */
export interface CustomFunctionsRuntime {
  associate(id: string, fn: (...args: never[]) => unknown): void;
  readonly Error: new (code: string, message?: string) => object;
  readonly ErrorCode: {
    readonly invalidValue: string;
    readonly notAvailable: string;
  };
}

/** The runtime's global when running inside Excel (or under a test stub); undefined in plain Node or a browser. */
export function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/** Our error value as Excel's: #VALUE! or #N/A, the two errors Excel shows a custom message for. */
function excelError(value: FunctionError): object {
  const runtime = customFunctionsRuntime();
  if (!runtime) throw new Error(`CustomFunctions runtime missing: ${value.error} ${value.message}`);
  const code = value.error === "NA" ? runtime.ErrorCode.notAvailable : runtime.ErrorCode.invalidValue;
  return new runtime.Error(code, value.message);
}

function excelCell(cell: ResultCell): unknown {
  return isFunctionError(cell) ? excelError(cell) : cell;
}

/**
 * A result for a function declared to return one number. The runtime accepts a
 * CustomFunctions.Error in place of any return value, which TypeScript cannot say: hence the cast.
 */
export function toExcelNumber(value: FunctionValue): number {
  if (isFunctionError(value)) return excelError(value) as unknown as number;
  if (typeof value !== "number") throw new Error(`Expected a number, got ${JSON.stringify(value)}`);
  return value;
}

/**
 * A result for a function declared to return an array (it may spill). One value becomes a 1 × 1
 * array, which Excel shows as a plain value; an error fills the one cell, and an error in one cell
 * of a table stays in that cell.
 */
export function toExcelMatrix(value: FunctionValue): unknown[][] {
  if (isResultMatrix(value)) return value.map((row) => row.map(excelCell));
  return [[excelCell(value)]];
}
