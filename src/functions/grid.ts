import type { Problem } from "./problems";
import type { ResultCell, ResultMatrix, Shape } from "./values";
import type { Grid } from "./coerce";

/**
 * Element-wise work over ranges, as Excel's own arithmetic does it: two ranges of one shape pair
 * cell by cell, and a single cell pairs with every cell of the other range.
 */

export const cells = (shape: Shape): number => shape.rows * shape.cols;

/** The shape of the result of pairing two arguments, or undefined when they do not line up. */
export function pairedShape(a: Shape | undefined, b: Shape | undefined): Shape | undefined {
  if (!a || cells(a) === 1) return b ?? a;
  if (!b || cells(b) === 1) return a;
  return a.rows === b.rows && a.cols === b.cols ? a : undefined;
}

/** Pairs two grids element-wise into a result of the paired shape, or says why they do not pair. */
export function pairwise<A, B>(
  first: { readonly name: string; readonly grid: Grid<A> },
  second: { readonly name: string; readonly grid: Grid<B> },
  combine: (a: A, b: B) => ResultCell,
): ResultMatrix | Problem {
  // One cell against one cell, the common case in a sheet of 10 000 formulas: no range to build.
  if (first.grid.values.length === 1 && second.grid.values.length === 1) {
    return [[combine(first.grid.values[0], second.grid.values[0])]];
  }
  const shape = pairedShape(first.grid.shape, second.grid.shape);
  if (!shape) {
    return {
      code: "shapes-differ",
      first: first.name,
      second: second.name,
      firstCells: first.grid.values.length,
      secondCells: second.grid.values.length,
    };
  }
  const flat: ResultCell[] = [];
  for (let i = 0; i < cells(shape); i++) flat.push(combine(pick(first.grid, i), pick(second.grid, i)));
  return reshape(flat, shape);
}

function pick<T>(grid: Grid<T>, i: number): T {
  return grid.values.length === 1 ? grid.values[0] : grid.values[i];
}

/** Lays a flat row-by-row list back into a shape, so the result spills alongside its input. */
export function reshape(values: readonly ResultCell[], shape: Shape): ResultMatrix {
  const rows: ResultMatrix = [];
  for (let r = 0; r < shape.rows; r++) rows.push(values.slice(r * shape.cols, (r + 1) * shape.cols));
  return rows;
}

export function isProblem(value: unknown): value is Problem {
  return typeof value === "object" && value !== null && !Array.isArray(value) && "code" in value;
}
