/**
 * The user's selection, for the pane: when the user selects a cell in any sheet, the pane can bring
 * that cell's finding into view. Excel's `worksheets.onSelectionChanged` (ExcelApi 1.9) names the
 * sheet by id; its name is read when the event comes (one sync, outside any check), because a sheet
 * may have been renamed since the pane started listening and Excel raises no event for that before
 * ExcelApi 1.17. Returns the function that stops listening.
 */
import type { CellRef } from "../engine/workbook/snapshot";
import type { ExcelRun } from "./excelRun";

/** Excel's events name a sheet by its id; the pane speaks of sheets by name. */
export function sheetNamesById(
  items: readonly { readonly id: string; readonly name: string }[],
): Map<string, string> {
  return new Map(items.map((s) => [s.id, s.name]));
}

interface SelectionArgs {
  readonly address: string;
  readonly worksheetId: string;
}

export async function watchSelection(
  run: ExcelRun,
  onSelect: (ref: CellRef) => void,
): Promise<() => Promise<void>> {
  let latest = 0;
  const handler = async (event: SelectionArgs): Promise<void> => {
    const mine = ++latest;
    const sheet = await run(async (context) => {
      const ws = context.workbook.worksheets.getItem(event.worksheetId).load("name");
      await context.sync();
      return ws.name;
    }).catch(() => null);
    // The top-left cell of the selection's first area is the one a finding can be about ("C20" of
    // "C20,C11:C19", as the pane selects a finding with its related cells); a selection the user has
    // already left (a later event came while this one read its sheet's name) is not told.
    const cell = event.address.split(",")[0].split(":")[0].replace(/\$/g, "").trim();
    if (sheet && cell && mine === latest) onSelect({ sheet, cell });
  };
  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.onSelectionChanged.add(handler);
    await context.sync();
    return result;
  });
  return async () => {
    registration.remove();
    await registration.context.sync();
  };
}
