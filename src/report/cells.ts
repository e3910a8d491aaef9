/**
 * A table row of a published report as workbook cells: the label as text, amounts as numbers
 * (with the text as printed beside them, as Excel keeps a cell's value and its displayed text),
 * note references as text ("3,4" is notes 3 and 4, not three point four).
 */
import { parseAmount } from "../engine/amount/parseAmount";
import { checkCells } from "../engine/workbook/budget";
import { type CellValue, type SheetSnapshot, a1 } from "../engine/workbook/snapshot";

/** A "Not" column's header: "Not", "Noter", "Not." */
export const NOTE_HEADER = /^not(er)?\.?$/i;

/** One cell's text as printed → its value: a number where the text is an amount, else the text. */
export function cellValue(text: string, isNote: boolean): CellValue {
  const t = text.trim();
  if (t === "") return null;
  if (isNote) return t;
  const parsed = parseAmount(t);
  // A lone dash stays text: the engine reads it as zero where an amount belongs, and as nothing elsewhere.
  if (!parsed.ok || parsed.dash) return t;
  return parsed.value.toNumber();
}

/**
 * The number format Excel would show the printed text with: the engine reads a figure's precision
 * from it ("54 %" is 54 % to the whole per cent, so 0,5366 rounds to it; "1,3" has one decimal).
 */
export function cellFormat(text: string, value: CellValue): string {
  if (typeof value !== "number") return "General";
  const parsed = parseAmount(text.trim());
  if (!parsed.ok) return "General";
  const decimals = parsed.decimals > 0 ? "," + "0".repeat(parsed.decimals) : "";
  if (parsed.percent) return `0${decimals}%`;
  return `# ##0${decimals}`;
}

/** A row of a report's table: each cell's printed text, and which cells are note references. */
export interface ReportRow {
  readonly cells: readonly string[];
  readonly noteColumns?: ReadonlySet<number>;
}

/** Rows → a sheet starting at A1, dense and rectangular, with values and printed texts. */
export function sheetFromRows(name: string, rows: readonly ReportRow[]): SheetSnapshot {
  let last = rows.length - 1;
  while (last >= 0 && rows[last].cells.every((c) => c.trim() === "")) last--;
  const kept = rows.slice(0, last + 1);
  const width = Math.max(1, ...kept.map((r) => r.cells.length));
  const values: CellValue[][] = [];
  const text: string[][] = [];
  const numberFormat: string[][] = [];
  for (const row of kept) {
    const v: CellValue[] = [];
    const t: string[] = [];
    const f: string[] = [];
    for (let c = 0; c < width; c++) {
      const printed = (row.cells[c] ?? "").trim();
      // The first column is the line's label, whatever it looks like ("2025" as a heading stays text).
      const value =
        c === 0 ? (printed === "" ? null : printed) : cellValue(printed, row.noteColumns?.has(c) ?? false);
      v.push(value);
      t.push(printed);
      f.push(cellFormat(printed, value));
    }
    values.push(v);
    text.push(t);
    numberFormat.push(f);
  }
  return { name, origin: { row: 0, col: 0 }, values, text, numberFormat };
}

/** Refuses sheets that together exceed the workbook's cell budget (the same as for an .xlsx). */
export function checkSheetBudget(file: string, sheets: readonly SheetSnapshot[]): void {
  checkCells(
    file,
    sheets.map((s) => ({
      sheet: s.name,
      rows: s.values.length,
      columns: s.values[0]?.length ?? 0,
      range: `A1:${a1(Math.max(0, s.values.length - 1), Math.max(0, (s.values[0]?.length ?? 1) - 1))}`,
    })),
  );
}
