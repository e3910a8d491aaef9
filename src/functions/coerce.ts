import Decimal from "decimal.js";
import { parseAmount } from "../engine/amount/parseAmount";
import type { Tier } from "../engine/finsam";
import type { Checked, Problem } from "./problems";
import { yearOf } from "./years";
import { CellArg, CellMatrix, CellScalar, isDataTypeCell, isMatrix, Shape } from "./values";

/**
 * The one place where spreadsheet arguments become typed values, shared by every FINSAM function
 * (as HyperFormula's runFunction is): amounts through the same parser as the rest of the add-in,
 * ranges flattened row by row with their shape kept for spilling, blanks and optional arguments
 * handled alike everywhere.
 *
 * Blank cells: desktop Excel passes a blank cell in a range as 0, Excel on the web as null
 * (office-js issues #4702, #5262). Every rule here gives the same result for both: where a blank
 * must not count as 0 (a key), a 0 is allowed anyway and only a missing value is refused.
 */

/** A range of values, flattened row by row, with the shape it came in. */
export interface Grid<T> {
  readonly values: readonly T[];
  readonly shape: Shape;
}
export type AmountGrid = Grid<Decimal>;
/** Years read from a range; undefined where the cell is empty. */
export type YearGrid = Grid<number | undefined>;

const ZERO = new Decimal(0);
const ONE_CELL: Shape = { rows: 1, cols: 1 };
const HUNDRED = new Decimal(100);

function problem<T>(p: Problem): Checked<T> {
  return { ok: false, problem: p };
}

export function isBlank(cell: CellScalar | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/** A single cell: a 1 × 1 range counts as its one value; a larger range is not allowed. */
function single(arg: CellArg, param: string): Checked<CellScalar | undefined> {
  if (!isMatrix(arg)) return { ok: true, value: arg };
  if (arg.length === 1 && arg[0].length === 1) return { ok: true, value: arg[0][0] };
  return problem({ code: "range-not-allowed", param });
}

function asMatrix(arg: CellArg): CellMatrix {
  return isMatrix(arg) ? arg : [[arg ?? null]];
}

function shapeOfMatrix(matrix: CellMatrix): Shape {
  return { rows: matrix.length, cols: matrix[0]?.length ?? 0 };
}

/**
 * A number from a cell: typed numbers as they are, text through the Swedish amount parser.
 * `percent` allows "20 %" (read as 0.2); for kronor amounts a percentage is a mistake.
 */
function cellNumber(cell: CellScalar, param: string, percent: boolean): Checked<Decimal> {
  if (isDataTypeCell(cell)) return problem({ code: "data-type", param });
  // Excel never passes these, but no "NaN" or "Infinity" may reach a message or a cell.
  if (typeof cell === "number" && !Number.isFinite(cell)) return problem({ code: "not-a-number", param });
  const parsed = typeof cell === "boolean" ? undefined : parseAmount(cell);
  if (!parsed || !parsed.ok || (parsed.percent && !percent)) {
    return problem({ code: "not-an-amount", param, text: String(cell) });
  }
  return { ok: true, value: parsed.value };
}

/** An amount in kronor; a blank cell counts as 0, as in Excel's own arithmetic. */
export function amount(arg: CellArg, param: string): Checked<Decimal> {
  if (typeof arg === "number" && Number.isFinite(arg)) return { ok: true, value: new Decimal(arg) };
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
 * One amount or a range of them (a row of years in a five-year overview). Blank cells count as 0,
 * as one blank amount does, so desktop (0) and web (null) agree.
 */
export function amountGrid(arg: CellArg, param: string): Checked<AmountGrid> {
  // The common case, one typed number, without building a range for it (10 000 cells of a sheet).
  if (typeof arg === "number" && Number.isFinite(arg)) {
    return { ok: true, value: { values: [new Decimal(arg)], shape: ONE_CELL } };
  }
  const matrix = asMatrix(arg);
  const values: Decimal[] = [];
  for (const row of matrix) {
    for (const cell of row) {
      if (isBlank(cell)) {
        values.push(ZERO);
        continue;
      }
      const value = cellNumber(cell, param, false);
      if (!value.ok) return value;
      values.push(value.value);
    }
  }
  return { ok: true, value: { values, shape: shapeOfMatrix(matrix) } };
}

/**
 * A range (or one cell) of keys. A blank cell is an error, not 0: a missing population figure
 * must not silently give a municipality nothing (desktop Excel's 0 for a blank cannot be told
 * from a typed 0, and is split as one).
 */
export function amounts(arg: CellArg, param: string): Checked<AmountGrid> {
  const matrix = asMatrix(arg);
  const values: Decimal[] = [];
  for (const row of matrix) {
    for (const cell of row) {
      if (isBlank(cell)) return problem({ code: "empty-in-range", param, position: values.length + 1 });
      const value = cellNumber(cell, param, false);
      if (!value.ok) return value;
      values.push(value.value);
    }
  }
  return { ok: true, value: { values, shape: shapeOfMatrix(matrix) } };
}

/** A whole number (a position), typed or as text. */
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

/** SANT/FALSKT as Excel passes them (a boolean), or 1/0; blank is FALSKT. */
export function flag(arg: CellArg, param: string): Checked<boolean> {
  const cell = single(arg, param);
  if (!cell.ok) return cell;
  const value = cell.value;
  if (value === undefined || isBlank(value)) return { ok: true, value: false };
  if (typeof value === "boolean") return { ok: true, value };
  if (typeof value === "number") return { ok: true, value: value !== 0 };
  return problem({ code: "not-a-flag", param });
}

/** One year (per_år): a number, a date or a heading; blank (or desktop's 0) is left out. */
export function year(arg: CellArg, param: string): Checked<number | undefined> {
  const cell = single(arg, param);
  if (!cell.ok) return cell;
  const value = cell.value ?? null;
  if (isDataTypeCell(value)) return problem({ code: "data-type", param });
  // NaN or ±Infinity (no cell holds them, a caller may): no number to quote.
  if (typeof value === "number" && !Number.isFinite(value)) return problem({ code: "not-a-number", param });
  const read = yearOf(value);
  if (read === null) return problem({ code: "not-a-year", param, position: 1, text: String(value) });
  return { ok: true, value: read };
}

/** A range of years, each a number, a date or a heading; empty cells stay undefined. */
export function years(arg: CellArg, param: string): Checked<YearGrid> {
  const matrix = asMatrix(arg);
  const values: (number | undefined)[] = [];
  for (const row of matrix) {
    for (const cell of row) {
      if (isDataTypeCell(cell)) return problem({ code: "data-type", param });
      if (typeof cell === "number" && !Number.isFinite(cell)) return problem({ code: "not-a-number", param });
      const read = yearOf(cell);
      if (read === null) {
        return problem({ code: "not-a-year", param, position: values.length + 1, text: String(cell) });
      }
      values.push(read);
    }
  }
  return { ok: true, value: { values, shape: shapeOfMatrix(matrix) } };
}

const UNIT_WORDS: Readonly<Record<string, number>> = { kr: 1, tkr: 1_000, mkr: 1_000_000, mnkr: 1_000_000 };

/**
 * A rounding unit: an amount (1 000) or a unit word ("tkr", "mnkr"). A blank cell, which desktop
 * Excel passes as 0, is left out (the default unit), on the web as on the desktop.
 */
export function unit(arg: CellArg, param: string): Checked<Decimal | undefined> {
  const cell = single(arg, param);
  if (!cell.ok) return cell;
  if (typeof cell.value === "string") {
    const word = UNIT_WORDS[cell.value.trim().toLowerCase()];
    if (word !== undefined) return { ok: true, value: new Decimal(word) };
  }
  const value = amount(arg, param);
  if (value.ok && value.value.isZero()) return { ok: true, value: undefined };
  return value;
}

/**
 * A rate as people type it: 20 %, 0,2 or 20. A number above 1 is read as percent (20 → 20 %), so
 * 1 is 100 %; what lies outside 0–100 % after that is the calculation's to refuse.
 */
function rate(cell: CellScalar, param: string): Checked<Decimal> {
  const value = number(cell, param);
  if (!value.ok) return value;
  return { ok: true, value: value.value.gt(1) ? value.value.dividedBy(HUNDRED) : value.value };
}

function blankOrZero(cell: CellScalar): boolean {
  return isBlank(cell) || cell === 0;
}

/**
 * A tier table: rows `gräns | procentsats` with lower limits. The range may be drawn larger than
 * the table: blank rows are skipped, and so are rows after the last filled one that hold 0 | 0
 * (how desktop Excel passes blank rows). Whether the limits ascend is the calculation's business.
 */
export function tiers(arg: CellArg, param: string): Checked<Tier[] | undefined> {
  // One blank cell (0 from desktop Excel, null from the web) is no table: the default tiers.
  const lone = isMatrix(arg) && arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg;
  if (!isMatrix(lone) && (lone === undefined || blankOrZero(lone))) return { ok: true, value: undefined };
  if (!isMatrix(arg) || arg.length === 0 || arg[0].length !== 2)
    return problem({ code: "tiers-shape", param });
  let last = arg.length - 1;
  while (last >= 0 && blankOrZero(arg[last][0]) && blankOrZero(arg[last][1])) last--;
  const result: Tier[] = [];
  for (let r = 0; r <= last; r++) {
    const [limitCell, rateCell] = arg[r];
    if (isBlank(limitCell) && isBlank(rateCell)) continue;
    const from = amount(limitCell, param);
    if (!from.ok) return from;
    const share = rate(rateCell, param);
    if (!share.ok) return share;
    result.push({ from: from.value, rate: share.value });
  }
  return { ok: true, value: result };
}
