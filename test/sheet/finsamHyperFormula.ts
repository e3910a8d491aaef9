/**
 * The FINSAM functions inside HyperFormula, for tests and the bench only: HyperFormula is GPL-3.0
 * and never enters src/. The plugin is generated from the same registry Excel's adapter calls, and
 * each function is registered under the NAME Excel calls it by (functions.json's `name`, with Å
 * and Ö: `FINSAM.TRAPPAN.ÖVERSKOTT`), never its ASCII id, which Excel answers with #NAME?.
 *
 * Only the translation of values belongs here, done as Excel does it:
 * - blank cells: desktop Excel passes a blank cell as 0, Excel on the web as null (office-js issues
 *   #4702, #5262). `finsamSheet(rows, { blanks })` builds a sheet in either mode; an argument left
 *   out (`;;`) arrives as null in both.
 * - spilled results: Excel spills what the function returns; HyperFormula must know the size
 *   before evaluating, so a result smaller than announced is padded with empty cells (what Excel
 *   shows beside a shorter spill) and an error in one cell of a table stays in that cell.
 *
 * The sheet is Swedish, as an ekonom's is: `;` between arguments, decimal comma, space as
 * thousands separator (typed `8 524 000` is a number), function names in Swedish (SUMMA, AVRUNDA).
 * Text pasted from a PDF is written with a leading apostrophe, as in Excel: `'8 524 000`.
 */
import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  ImplementedFunctions,
  RawCellContent,
  RawTranslationPackage,
  SimpleRangeValue,
} from "hyperformula";
import type { ProcedureAst } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import type { InterpreterValue } from "hyperformula/typings/interpreter/InterpreterValue";
import { FINSAM_FUNCTIONS, FinsamFunction, invoke } from "../../src/functions/registry";
import {
  CellArg,
  CellScalar,
  FunctionError,
  FunctionValue,
  isFunctionError,
  isResultMatrix,
  ResultCell,
  Shape,
} from "../../src/functions/values";

// The language packs are typed only through package "exports", which this project's module
// resolution (node10, for ts-jest and webpack alike) does not read: load the CommonJS file directly.
const svSE = (require("hyperformula/commonjs/i18n/languages/svSE") as { default: RawTranslationPackage })
  .default;

const NAMESPACE = "FINSAM";
/** The formula name, as functions.json names the function: `FINSAM.BALANSKRAV.ÅTERSTÄLL`. */
export const formulaName = (fn: FinsamFunction): string => `${NAMESPACE}.${fn.name}`;
const methodName = (fn: FinsamFunction) => `finsam_${fn.id.replace(/\./g, "_")}`;

const ERROR_TYPE = { VALUE: ErrorType.VALUE, NA: ErrorType.NA } as const;

/** How the host passes a blank cell: desktop Excel as 0, Excel on the web as null. */
export type BlankMode = "zero" | "null";
// HyperFormula's plugins are global; the mode holds while a sheet is built (and evaluated).
let blankMode: BlankMode = "null";

/** HyperFormula's cell value → ours: rich numbers (percent, currency) as plain numbers, its empty marker per blank mode. */
function cellScalar(value: unknown): CellScalar | CellError {
  if (value instanceof CellError) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && value !== null && "val" in value && typeof value.val === "number")
    return value.val;
  return blankMode === "zero" ? 0 : null;
}

/** An argument → ours, or the first error it holds (errors propagate, as in Excel). */
function cellArg(value: unknown): CellArg | CellError {
  if (value === undefined) return undefined;
  if (value instanceof SimpleRangeValue) {
    const rows: CellScalar[][] = [];
    for (const row of value.data) {
      const cells: CellScalar[] = [];
      for (const cell of row) {
        const c = cellScalar(cell);
        if (c instanceof CellError) return c;
        cells.push(c);
      }
      rows.push(cells);
    }
    return rows;
  }
  return cellScalar(value);
}

function cellError(value: FunctionError): CellError {
  return new CellError(ERROR_TYPE[value.error], value.message);
}

function resultCell(cell: ResultCell): number | string | CellError {
  return isFunctionError(cell) ? cellError(cell) : cell;
}

/** `announced`: the size HyperFormula was told before evaluating, for a table. */
function toHyperFormula(value: FunctionValue, announced: Shape | undefined): InterpreterValue {
  if (isFunctionError(value)) return cellError(value);
  if (!isResultMatrix(value)) return value;
  const rows = Math.max(value.length, announced?.rows ?? 0);
  const cols = Math.max(value[0]?.length ?? 0, announced?.cols ?? 0);
  const padded = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => resultCell(value[r]?.[c] ?? "")),
  );
  return SimpleRangeValue.onlyValues(padded);
}

const REQUIRED = new Map(FINSAM_FUNCTIONS.map((fn) => [fn, fn.params.filter((p) => !p.optional).length]));

const isOmitted = (ast: unknown): boolean => (ast as { type?: string } | undefined)?.type === "EMPTY";

interface CellReference {
  readonly type: "CELL_REFERENCE";
  readonly reference: { toSimpleCellAddress(base: InterpreterState["formulaAddress"]): unknown };
}
const isCellReference = (ast: unknown): ast is CellReference =>
  (ast as { type?: string } | undefined)?.type === "CELL_REFERENCE";

/** One plugin class whose methods are generated from the registry, one per FINSAM function. */
export class FinsamPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    FINSAM_FUNCTIONS.map((fn) => [
      formulaName(fn),
      {
        method: methodName(fn),
        // ANY: ranges arrive whole, never vectorised cell by cell; the registry does the checking.
        parameters: fn.params.map((p) => ({
          argumentType: FunctionArgumentType.ANY,
          optionalArg: p.optional === true,
        })),
        ...(fn.resultShape ? { sizeOfResultArrayMethod: `${methodName(fn)}Size` } : {}),
        vectorizationForbidden: true,
      },
    ]),
  );

  /**
   * Evaluates the arguments as Excel hands them to a custom function (ranges whole, an argument
   * left out as null, an error in an argument returned as it is) and calls the registry. Written
   * out rather than through runFunction: no closure per call, so 10 000 cells measure the
   * functions, not this glue.
   */
  callFinsam(fn: FinsamFunction, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    const args = ast.args;
    if (args.length > fn.params.length || args.length < REQUIRED.get(fn)!) {
      return new CellError(ErrorType.NA, "Fel antal argument.");
    }
    const cellArgs: CellArg[] = [];
    for (let i = 0; i < args.length; i++) {
      // An argument left out between others (`;;`) reaches Excel's functions as null.
      const converted = isOmitted(args[i]) ? null : cellArg(this.evaluateAst(args[i], state));
      if (converted instanceof CellError) return converted;
      cellArgs.push(converted);
    }
    const value = invoke(fn.id, cellArgs);
    // The announced size is read only for a table: it costs a walk of the arguments.
    const size = isResultMatrix(value) && fn.resultShape ? this.shapeOf(fn, ast, state) : undefined;
    return toHyperFormula(value, size);
  }

  /**
   * A reference to an empty cell as an optional argument (`;C1)` with C1 blank) reaches Excel's
   * function as null (web) or 0 (desktop), which the registry reads as left out, and Excel spills
   * accordingly. HyperFormula fixes the size before evaluating: reading the cell's emptiness here
   * gives it the size Excel shows (for a sheet built at once, as the tests build theirs).
   */
  private referencesEmptyCell(ast: unknown, state: InterpreterState): boolean {
    if (!isCellReference(ast)) return false;
    const address = ast.reference.toSimpleCellAddress(state.formulaAddress);
    const graph = this.dependencyGraph as unknown as { getCell(address: unknown): unknown };
    return graph.getCell(address) === undefined;
  }

  shapeOf(fn: FinsamFunction, ast: ProcedureAst, state: InterpreterState): Shape {
    const shapes = ast.args.map((arg, i) => {
      if (isOmitted(arg)) return undefined;
      if (fn.params[i]?.optional && this.referencesEmptyCell(arg, state)) return undefined;
      const size = this.arraySizeForAst(arg, state);
      return { rows: size.height, cols: size.width };
    });
    return fn.resultShape!(shapes);
  }

  sizeOfFinsam(fn: FinsamFunction, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const shape = this.shapeOf(fn, ast, state);
    return new ArraySize(shape.cols, shape.rows);
  }
}

for (const fn of FINSAM_FUNCTIONS) {
  const proto = FinsamPlugin.prototype as unknown as Record<string, unknown>;
  proto[methodName(fn)] = function (this: FinsamPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.callFinsam(fn, ast, state);
  };
  if (fn.resultShape) {
    proto[`${methodName(fn)}Size`] = function (
      this: FinsamPlugin,
      ast: ProcedureAst,
      state: InterpreterState,
    ) {
      return this.sizeOfFinsam(fn, ast, state);
    };
  }
}

let registered = false;

/** Registers the Swedish language and the FINSAM plugin once (the language must come first). */
export function registerFinsam(): void {
  if (registered) return;
  HyperFormula.registerLanguage("svSE", svSE);
  const names = Object.fromEntries(FINSAM_FUNCTIONS.map((fn) => [formulaName(fn), formulaName(fn)]));
  HyperFormula.registerFunctionPlugin(FinsamPlugin, { svSE: names, enGB: names });
  registered = true;
}

export const SWEDISH_SHEET = {
  licenseKey: "gpl-v3",
  language: "svSE",
  functionArgSeparator: ";",
  decimalSeparator: ",",
  thousandSeparator: " ",
} as const;

/** Runs `build` (which builds and evaluates sheets) with blank cells passed as the host would. */
export function withBlanks<T>(mode: BlankMode, build: () => T): T {
  const before = blankMode;
  blankMode = mode;
  try {
    return build();
  } finally {
    blankMode = before;
  }
}

/**
 * A Swedish sheet with the FINSAM functions, built from rows as a user would type them, with
 * blank cells passed as Excel on the web passes them (null) or, with `blanks: "zero"`, as desktop
 * Excel does (0).
 */
export function finsamSheet(rows: RawCellContent[][], options: { blanks?: BlankMode } = {}): HyperFormula {
  registerFinsam();
  return withBlanks(options.blanks ?? "null", () => HyperFormula.buildFromArray(rows, SWEDISH_SHEET));
}
