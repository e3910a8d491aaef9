/** Takes the user to a cell: activates its sheet and selects it, in one sync. */
import type { CellRef } from "../engine/workbook/snapshot";
import { EXPORT_SHEET_PATTERN, type ExcelRun } from "./excelRun";

export async function selectCell(run: ExcelRun, ref: CellRef): Promise<void> {
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    sheet.getRange(ref.cell).select();
    await context.sync();
  });
}

/** The names of the workbook's sheets, in order, without the sheets the add-in itself writes. */
export async function listSheets(run: ExcelRun): Promise<string[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    return sheets.items.map((s) => s.name).filter((name) => !EXPORT_SHEET_PATTERN.test(name));
  });
}
