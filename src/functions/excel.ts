import { CellMatrix, FunctionValue, isFunctionError, isMatrix } from "./values";

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
    readonly invalidNumber: string;
    readonly notAvailable: string;
  };
}

/** The runtime's global when running inside Excel (or under a test stub); undefined in plain Node or a browser. */
export function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/**
 * Our error value as Excel's. Excel shows a custom message only for #VALUE! and #N/A (Microsoft's
 * ErrorCode reference: #NUM! takes none), so #NUM! is created without one.
 */
function excelError(value: { error: "VALUE" | "NUM" | "NA"; message: string }): object {
  const runtime = customFunctionsRuntime();
  if (!runtime) throw new Error(`CustomFunctions runtime missing: ${value.error} ${value.message}`);
  switch (value.error) {
    case "VALUE":
      return new runtime.Error(runtime.ErrorCode.invalidValue, value.message);
    case "NA":
      return new runtime.Error(runtime.ErrorCode.notAvailable, value.message);
    case "NUM":
      return new runtime.Error(runtime.ErrorCode.invalidNumber);
  }
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
 * array, which Excel shows as a plain value; an error fills the one cell.
 */
export function toExcelMatrix(value: FunctionValue): unknown[][] {
  if (isFunctionError(value)) return [[excelError(value)]];
  if (isMatrix(value)) return value satisfies CellMatrix;
  return [[value]];
}
