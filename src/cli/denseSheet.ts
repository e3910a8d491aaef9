/**
 * Turns a sheet's filled cells into the snapshot's dense, parallel arrays over the used range,
 * refusing a used range beyond the cell limit (the arrays would not fit in memory).
 */
import type { CellValue, SheetSnapshot } from "../engine/workbook/snapshot";
import { cli } from "../i18n/sv/cli";
import { ReadError } from "./readError";

export interface ReadCell {
  readonly row: number;
  readonly col: number;
  readonly value: CellValue;
  readonly text: string;
  readonly formula: string | number | boolean | null;
  readonly numFmt: string;
}

export function denseSheet(
  name: string,
  cells: readonly ReadCell[],
  file: string,
  maxCells: number,
): SheetSnapshot | null {
  if (cells.length === 0) return null;
  let minRow = Infinity;
  let minCol = Infinity;
  let maxRow = -1;
  let maxCol = -1;
  for (const c of cells) {
    if (c.row < minRow) minRow = c.row;
    if (c.row > maxRow) maxRow = c.row;
    if (c.col < minCol) minCol = c.col;
    if (c.col > maxCol) maxCol = c.col;
  }
  const height = maxRow - minRow + 1;
  const width = maxCol - minCol + 1;
  if (height * width > maxCells) {
    const fmt = (n: number) => n.toLocaleString("sv-SE");
    throw new ReadError("too-large", cli.tooManyCells(file, name, fmt(height * width), fmt(maxCells)));
  }
  const values = grid<CellValue>(height, width, null);
  const text = grid<string>(height, width, "");
  const formulas = grid<string | number | boolean | null>(height, width, null);
  const numberFormat = grid<string>(height, width, "General");
  for (const c of cells) {
    const r = c.row - minRow;
    const k = c.col - minCol;
    values[r][k] = c.value;
    text[r][k] = c.text;
    formulas[r][k] = c.formula;
    numberFormat[r][k] = c.numFmt;
  }
  return { name, origin: { row: minRow, col: minCol }, values, text, formulas, numberFormat };
}

function grid<T>(height: number, width: number, fill: T): T[][] {
  const out: T[][] = new Array<T[]>(height);
  for (let r = 0; r < height; r++) out[r] = new Array<T>(width).fill(fill);
  return out;
}
