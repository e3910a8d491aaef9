/**
 * Turns a sheet's filled cells into the snapshot's dense, parallel arrays over the used range.
 * `usedRange` gives the range's size first, so that the workbook's cell budget is checked for all
 * sheets together before any array is built.
 */
import { a1 } from "../engine/workbook/snapshot";
import type { CellValue, SheetSnapshot } from "../engine/workbook/snapshot";
import type { UsedRangeSize } from "../engine/workbook/budget";

export interface ReadCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly text: string;
  readonly formula: string | number | boolean | null;
  readonly numFmt: string;
}

export interface UsedRange extends UsedRangeSize {
  readonly top: number;
  readonly left: number;
}

/** The smallest range holding every filled cell, or null for a sheet without one. */
export function usedRange(sheet: string, cells: readonly ReadCell[]): UsedRange | null {
  if (cells.length === 0) return null;
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const c of cells) {
    if (c.row < top) top = c.row;
    if (c.row > bottom) bottom = c.row;
    if (c.col < left) left = c.col;
    if (c.col > right) right = c.col;
  }
  return {
    sheet,
    top,
    left,
    rows: bottom - top + 1,
    columns: right - left + 1,
    range: `${a1(top, left)}:${a1(bottom, right)}`,
  };
}

/** The sheet's arrays over `range` (already checked against the budget). */
export function denseSheet(name: string, cells: readonly ReadCell[], range: UsedRange): SheetSnapshot {
  const { rows, columns } = range;
  const values = grid<CellValue>(rows, columns, null);
  const text = grid<string>(rows, columns, "");
  const formulas = grid<string | number | boolean | null>(rows, columns, null);
  const numberFormat = grid<string>(rows, columns, "General");
  for (const c of cells) {
    const r = c.row - range.top;
    const k = c.col - range.left;
    values[r][k] = c.value;
    text[r][k] = c.text;
    formulas[r][k] = c.formula;
    numberFormat[r][k] = c.numFmt;
  }
  return { name, origin: { row: range.top, col: range.left }, values, text, formulas, numberFormat };
}

function grid<T>(height: number, width: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(height);
  for (let r = 0; r < height; r++) out[r] = new Array<T>(width).fill(fill);
  return out;
}
