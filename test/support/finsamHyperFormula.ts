/**
 * The FINSAM functions inside HyperFormula, for tests and the bench only: HyperFormula is GPL-3.0
 * and never enters src/. The plugin is generated from the same registry Excel's adapter calls, so
 * `=FINSAM.KOMMUNANDEL(B1;B2:B6)` here runs exactly the code it runs in Excel; only the
 * translation of values (ranges, blanks, errors) belongs to this file.
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
import { CellArg, CellScalar, FunctionValue, isFunctionError, isMatrix } from "../../src/functions/values";

// The language packs are typed only through package "exports", which this project's module
// resolution (node10, for ts-jest and webpack alike) does not read: load the CommonJS file directly.
const svSE = (require("hyperformula/commonjs/i18n/languages/svSE") as { default: RawTranslationPackage })
  .default;

const NAMESPACE = "FINSAM";
const formulaName = (fn: FinsamFunction) => `${NAMESPACE}.${fn.id}`;
const methodName = (fn: FinsamFunction) => `finsam_${fn.id.replace(/\./g, "_")}`;

const ERROR_TYPE = { VALUE: ErrorType.VALUE, NUM: ErrorType.NUM, NA: ErrorType.NA } as const;

/** HyperFormula's cell value → ours: rich numbers (percent, currency) as plain numbers, its empty marker as null. */
function cellScalar(value: unknown): CellScalar | CellError {
  if (value instanceof CellError) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && value !== null && "val" in value && typeof value.val === "number")
    return value.val;
  return null;
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

function toHyperFormula(value: FunctionValue): InterpreterValue {
  if (isFunctionError(value)) return new CellError(ERROR_TYPE[value.error], value.message);
  if (isMatrix(value)) return SimpleRangeValue.onlyValues(value.map((row) => row.map((c) => c ?? "")));
  return value;
}

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

  callFinsam(fn: FinsamFunction, ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata(formulaName(fn)), (...args: unknown[]) => {
      const cellArgs: CellArg[] = [];
      for (const arg of args) {
        const converted = cellArg(arg);
        if (converted instanceof CellError) return converted;
        cellArgs.push(converted);
      }
      return toHyperFormula(invoke(fn.id, cellArgs));
    });
  }

  sizeOfFinsam(fn: FinsamFunction, ast: ProcedureAst, state: InterpreterState): ArraySize {
    const shapes = ast.args.map((arg) => {
      const size = this.arraySizeForAst(arg, state);
      return { rows: size.height, cols: size.width };
    });
    const shape = fn.resultShape!(shapes);
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

/** A Swedish sheet with the FINSAM functions, built from rows as a user would type them. */
export function finsamSheet(rows: RawCellContent[][]): HyperFormula {
  registerFinsam();
  return HyperFormula.buildFromArray(rows, SWEDISH_SHEET);
}
