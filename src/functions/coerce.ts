import Decimal from "decimal.js";
import { parseAmount } from "../engine/amount/parseAmount";
import type { Tier } from "../engine/finsam";
import type { Checked, Problem } from "./problems";
import { CellArg, CellMatrix, CellScalar, isMatrix, Shape } from "./values";

/**
 * The one place where spreadsheet arguments become typed values, shared by every FINSAM function
 * (as HyperFormula's runFunction is): amounts through the same parser as the rest of the add-in,
 * ranges flattened row by row with their shape kept for spilling, blanks and optional arguments
 * handled alike everywhere.
 */

/** A range of amounts, flattened row by row, with the shape it came in. */
export interface AmountGrid {
  readonly values: readonly Decimal[];
  readonly shape: Shape;
}

const ZERO = new Decimal(0);

function problem<T>(p: Problem): Checked<T> {
  return { ok: false, problem: p };
}

function isBlank(cell: CellScalar | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A single cell: a 1 × 1 range counts as its one value; a larger range is not allowed. */
function single(arg: CellArg, param: string): Checked<CellScalar | undefined> {
  if (!isMatrix(arg)) return { ok: true, value: arg };
  if (arg.length === 1 && arg[0].length === 1) return { ok: true, value: arg[0][0] };
  return problem({ code: "range-not-allowed", param });
}

/**
 * A number from a cell: typed numbers as they are, text through the Swedish amount parser.
 * `percent` allows "20 %" (read as 0.2); for kronor amounts a percentage is a mistake.
 */
function cellNumber(cell: CellScalar, param: string, percent: boolean): Checked<Decimal> {
  const parsed = typeof cell === "boolean" ? undefined : parseAmount(cell);
  if (!parsed || !parsed.ok || (parsed.percent && !percent)) {
    return problem({ code: "not-an-amount", param, text: String(cell) });
  }
  return { ok: true, value: parsed.value };
}

/** An amount in kronor; a blank cell counts as 0, as in Excel's own arithmetic. */
export function amount(arg: CellArg, param: string): Checked<Decimal> {
  const cell = single(arg, param);
  if (!cell.ok) return cell;
  if (cell.value === undefined || isBlank(cell.value)) return { ok: true, value: ZERO };
  return cellNumber(cell.value, param, false);
}

/** Any number a Swedish text may hold, percentages included ("54 %" → 0.54). */
export function number(arg: CellArg, param: string): Checked<Decimal> {
  const cell = single(arg, param);
  if (!cell.ok) return cell;
  if (cell.value === undefined || isBlank(cell.value)) return { ok: true, value: ZERO };
  return cellNumber(cell.value, param, true);
}

/**
 * A range (or one cell) of amounts. A blank cell is an error, not 0: a missing population figure
 * must not silently give a municipality nothing.
 */
export function amounts(arg: CellArg, param: string): Checked<AmountGrid> {
  const matrix: CellMatrix = isMatrix(arg) ? arg : [[arg ?? null]];
  const values: Decimal[] = [];
  for (const row of matrix) {
    for (const cell of row) {
      if (isBlank(cell)) return problem({ code: "empty-in-range", param, position: values.length + 1 });
      const value = cellNumber(cell, param, false);
      if (!value.ok) return value;
      values.push(value.value);
    }
  }
  return { ok: true, value: { values, shape: { rows: matrix.length, cols: matrix[0]?.length ?? 0 } } };
}

/** A whole number (a position, a year), typed or as text. */
export function wholeNumber(arg: CellArg, param: string): Checked<number> {
  const value = number(arg, param);
  if (!value.ok) return value;
  if (!value.value.isInteger()) return problem({ code: "not-whole-number", param });
  return { ok: true, value: value.value.toNumber() };
}

export function text(arg: CellArg, param: string): Checked<string> {
  const cell = single(arg, param);
  if (!cell.ok) return cell;
  if (typeof cell.value !== "string") return problem({ code: "not-text", param });
  return { ok: true, value: cell.value };
}

/**
 * A tier table: rows `gräns | procentsats`, the rate as 20 % (a percent-formatted cell holds
 * 0.2) or as text "20 %". Blank rows are skipped so the range may be drawn larger than the table.
 * Whether the limits ascend is the calculation's business (validateTiers).
 */
export function tiers(arg: CellArg, param: string): Checked<Tier[]> {
  if (!isMatrix(arg) || arg.length === 0 || arg[0].length !== 2)
    return problem({ code: "tiers-shape", param });
  const result: Tier[] = [];
  for (const [limitCell, rateCell] of arg) {
    if (isBlank(limitCell) && isBlank(rateCell)) continue;
    const from = amount(limitCell, param);
    if (!from.ok) return from;
    const rate = number(rateCell, param);
    if (!rate.ok) return rate;
    result.push({ from: from.value, rate: rate.value });
  }
  return { ok: true, value: result };
}
