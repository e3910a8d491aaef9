/**
 * How Excel takes a value written through `Range.values`: like a user typing it. A string that
 * begins with `=` becomes a formula, and so does one that begins with `+`, `-` or `@` and is no
 * number (`-Balans` becomes `=-Balans`, `@A1` becomes `=A1`); a number in text becomes a number;
 * a leading apostrophe keeps the rest as text. Only a cell formatted as Text (`@`) keeps every
 * string exactly as written, and that is what the add-in relies on (src/excel/textCells.ts).
 */
import type { CellModel, ModelValue } from "./model";

export const TEXT_FORMAT = "@";

export type Entry = { readonly formula: string } | { readonly value: ModelValue };

export function parseEntry(written: ModelValue, numberFormat: string): Entry {
  if (typeof written !== "string" || numberFormat === TEXT_FORMAT) return { value: written };
  const s = written;
  if (s.startsWith("'")) return { value: s.slice(1) };
  if (s.length > 1 && s.startsWith("=")) return { formula: s };
  if (/^[+-]?\d+(\.\d+)?(E[+-]?\d+)?$/i.test(s.trim())) return { value: Number(s) };
  if (s.length > 1 && (s.startsWith("+") || s.startsWith("-"))) return { formula: `=${s}` };
  if (s.length > 1 && s.startsWith("@")) return { formula: `=${s.slice(1)}` };
  return { value: s };
}

/** Writes an entry into a cell; a formula's value is unknown to the double until Excel calculates. */
export function applyEntry(cell: CellModel, entry: Entry): void {
  if ("formula" in entry) {
    cell.formula = entry.formula;
    cell.value = null;
  } else {
    cell.formula = null;
    cell.value = entry.value;
  }
}
