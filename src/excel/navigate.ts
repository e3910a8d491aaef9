/**
 * Takes the user to a cell: activates its sheet and selects it, in one sync. Where Excel can
 * select several areas (RangeAreas.select, ExcelApi 1.18), the finding's related cells on the same
 * sheet are selected with it, the blamed cell first, so Excel outlines the cells the tie compares;
 * an older Excel selects the blamed cell alone.
 */
import type { CellRef } from "../engine/workbook/snapshot";
import { EXPORT_SHEET_PATTERN, type ExcelRun } from "./excelRun";

/** Office.context.requirements.isSetSupported, or the host double's. */
export type Supports = (set: string, version: string) => boolean;

/** More areas than this and the selection is the blamed cell alone: an outline of 40 cells says nothing. */
const MAX_AREAS = 12;

export async function selectCell(
  run: ExcelRun,
  ref: CellRef,
  related: readonly CellRef[] = [],
  supports: Supports = () => false,
): Promise<void> {
  const cell = ref.cell.toUpperCase();
  const sameSheet = [
    ...new Set(related.filter((r) => r.sheet === ref.sheet).map((r) => r.cell.toUpperCase())),
  ].filter((c) => c !== cell);
  const areas = sameSheet.length > 0 && sameSheet.length < MAX_AREAS && supports("ExcelApi", "1.18");
  await run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(ref.sheet);
    sheet.activate();
    if (areas) sheet.getRanges([cell, ...sameSheet].join(",")).select();
    else sheet.getRange(cell).select();
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
