/**
 * A copy of a workbook snapshot with some cells changed: the "published report" a test compares
 * with the workbook it was made from, with the slips a report picks up when figures are typed or
 * pasted into Word.
 */
import { formatAmount } from "../../src/engine/amount/formatAmount";
import {
  type CellValue,
  type SheetSnapshot,
  type WorkbookSnapshot,
  a1,
  parseA1,
} from "../../src/engine/workbook/snapshot";

export type Edit = readonly [sheet: string, cell: string, value: CellValue];

export function editSnapshot(snapshot: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  return {
    ...snapshot,
    sheets: snapshot.sheets.map((sheet) => {
      const mine = edits.filter(([name]) => name === sheet.name);
      return mine.length === 0 ? sheet : editSheet(sheet, mine);
    }),
  };
}

function editSheet(sheet: SheetSnapshot, edits: readonly Edit[]): SheetSnapshot {
  const values = sheet.values.map((row) => [...row]);
  const text = sheet.text?.map((row) => [...row]);
  const formulas = sheet.formulas?.map((row) => [...row]);
  for (const [, cell, value] of edits) {
    const at = parseA1(cell);
    if (!at) throw new Error(`bad address ${cell}`);
    const r = at.row - sheet.origin.row;
    const c = at.col - sheet.origin.col;
    values[r][c] = value;
    if (text?.[r]) text[r][c] = typeof value === "number" ? formatAmount(value) : String(value ?? "");
    if (formulas?.[r]) formulas[r][c] = value;
  }
  return { ...sheet, values, text, formulas };
}

/** Every cell of the rows `from`..`to` (1-based, inclusive) emptied: lines deleted from the report. */
export function blankRows(snapshot: WorkbookSnapshot, sheet: string, from: number, to: number): Edit[] {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`no sheet ${sheet}`);
  const edits: Edit[] = [];
  for (let row = from - 1; row <= to - 1; row++) {
    const cells = s.values[row - s.origin.row] ?? [];
    cells.forEach((_, c) => edits.push([sheet, a1(row, c + s.origin.col), null]));
  }
  return edits;
}
