/**
 * A user's structural edits in the double's model, as Excel carries them out: inserting rows or
 * columns moves the cells below (right) with their formats, and conditional formats move and grow
 * with their cells; deleting removes the cells and cuts or removes the rules that covered them.
 * Formulas on the sheet follow the cells they refer to (`#REF!` where those cells were deleted).
 */
import { shiftReferences } from "./formulaRefs";
import type { CellBounds, CellModel, SheetModel } from "./model";
import { cellKey } from "./model";

export type Axis = "rows" | "columns";

/** Where a 0-based index along the axis goes after the edit; null when it was deleted. */
type Move = (index: number) => number | null;

function moveCells(sheet: SheetModel, axis: Axis, move: Move, at: number, delta: number): void {
  const moved = new Map<string, CellModel>();
  for (const [key, cell] of sheet.cells) {
    const [r, c] = key.split(",").map(Number);
    const to = move(axis === "rows" ? r : c);
    if (to === null) continue;
    if (cell.formula !== null) cell.formula = shiftReferences(cell.formula, axis, at, delta);
    if (cell.spilledFrom !== null) {
      const [ar, ac] = cell.spilledFrom.split(",").map(Number);
      const anchor = move(axis === "rows" ? ar : ac);
      cell.spilledFrom = anchor === null ? null : axis === "rows" ? cellKey(anchor, ac) : cellKey(ar, anchor);
    }
    moved.set(axis === "rows" ? cellKey(to, c) : cellKey(r, to), cell);
  }
  sheet.cells = moved;
}

function span(b: CellBounds, axis: Axis): [number, number] {
  return axis === "rows" ? [b.r0, b.r1] : [b.c0, b.c1];
}

function withSpan(b: CellBounds, axis: Axis, from: number, to: number): CellBounds {
  return axis === "rows" ? { ...b, r0: from, r1: to } : { ...b, c0: from, c1: to };
}

/** Inserts `count` rows (columns) before the 0-based index `at`. */
export function insertLines(sheet: SheetModel, axis: Axis, at: number, count: number): void {
  moveCells(sheet, axis, (i) => (i >= at ? i + count : i), at, count);
  for (const rule of sheet.conditionalFormats) {
    const [from, to] = span(rule.range, axis);
    if (from >= at) rule.range = withSpan(rule.range, axis, from + count, to + count);
    else if (to >= at) rule.range = withSpan(rule.range, axis, from, to + count);
  }
}

/** Deletes `count` rows (columns) from the 0-based index `at`. */
export function deleteLines(sheet: SheetModel, axis: Axis, at: number, count: number): void {
  const end = at + count; // first index kept after the deleted block
  const move: Move = (i) => (i < at ? i : i >= end ? i - count : null);
  moveCells(sheet, axis, move, at, -count);
  sheet.conditionalFormats = sheet.conditionalFormats.filter((rule) => {
    const [from, to] = span(rule.range, axis);
    if (from >= at && to < end) return false;
    const newFrom = from < at ? from : from >= end ? from - count : at;
    const newTo = to < at ? to : to >= end ? to - count : at - 1;
    rule.range = withSpan(rule.range, axis, newFrom, newTo);
    return newTo >= newFrom;
  });
}
