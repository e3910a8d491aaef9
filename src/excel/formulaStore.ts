/**
 * Where "Dela utan tillägget" keeps the formulas it replaced: a very hidden sheet the add-in owns.
 * Chosen over the cells' notes because a note is shown to every reader, can be edited or deleted
 * by them, needs ExcelApi 1.18 (the manifest asks for 1.9), and holds no second value; a very
 * hidden sheet is in no sheet list and in no Unhide dialog, travels with the file, and keeps every
 * formula as Text (so none becomes live again) with the sheet's id, which survives renames.
 */
import { pane } from "../i18n/sv/pane";

export const FORMULA_STORE_SHEET = pane.formulaStoreSheet;

/** One replaced cell: a formula, or a value its formula spilled (empty formula). */
export interface StoredCell {
  readonly sheetId: string;
  readonly sheet: string;
  readonly cell: string;
  /** The formula exactly as `Range.formulas` gave it; "" for a spilled value. */
  readonly formula: string;
  /** JSON of the value written in its place, to see whether the user has changed the cell since. */
  readonly written: string;
}

export const STORE_HEADERS: readonly string[] = pane.formulaStoreHeaders;

export function toRow(c: StoredCell): string[] {
  return [c.sheetId, c.sheet, c.cell, c.formula, c.written];
}

export function fromRows(rows: readonly (readonly unknown[])[]): StoredCell[] {
  return rows
    .slice(1)
    .filter((r) => r.length >= 5 && typeof r[0] === "string" && r[0] !== "" && typeof r[2] === "string")
    .map((r) => ({
      sheetId: String(r[0]),
      sheet: String(r[1]),
      cell: String(r[2]),
      formula: String(r[3] ?? ""),
      written: String(r[4] ?? ""),
    }));
}
