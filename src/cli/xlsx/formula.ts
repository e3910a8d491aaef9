/**
 * Shared formulas: Excel stores the formula once (in the range's first cell) and lets the other
 * cells point to it; each of them means the same formula with its relative references moved by
 * the cell's offset, as Excel shows it.
 */
import { columnLetters } from "../../engine/workbook/snapshot";

// A cell reference not inside a name: not after a letter, digit, dot or underscore, not before "(" (a function).
const REF = /(^|[^A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(])/g;

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `formula` written for the cell (row, col) as it reads dRows and dCols further on. */
export function shiftFormula(formula: string, dRows: number, dCols: number): string {
  if (dRows === 0 && dCols === 0) return formula;
  // Text in quotes is no reference: shift only the parts between quotes.
  return formula
    .split('"')
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(REF, (_, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
            const c = colAbs ? col : columnLetters(Math.max(0, columnIndex(col) + dCols));
            const r = rowAbs ? row : String(Math.max(1, Number(row) + dRows));
            return `${before}${colAbs}${c}${rowAbs}${r}`;
          }),
    )
    .join('"');
}
