/**
 * Edits the user makes, for the pane: listens to edits in any sheet and calls back once the user
 * has paused for `delayMs`, with every edit since the last call (sheet, address, whether rows or
 * columns moved), so the pane can tell whether its result still describes the workbook.
 * Returns the function that stops listening.
 */
import type { SheetChange } from "../taskpane/paneActions";
import type { ExcelRun } from "./excelRun";
import { sheetNamesById } from "./selection";

/** What Excel's onChanged hands over (WorksheetChangedEventArgs): only what is read here. */
interface ChangedArgs {
  readonly address: string;
  readonly worksheetId: string;
  readonly changeType: string;
}

export async function watchChanges(
  run: ExcelRun,
  onChange: (changes: readonly SheetChange[]) => void,
  delayMs = 1500,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: SheetChange[] = [];
  let names: ReadonlyMap<string, string> = new Map();
  const handler = async (event: ChangedArgs): Promise<void> => {
    pending.push({
      // A sheet added since registration has no name here: the pane then treats the edit as unknown.
      sheet: names.get(event.worksheetId) ?? null,
      address: event.address,
      structural: event.changeType !== "RangeEdited",
      at: Date.now(),
    });
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      const changes = pending;
      pending = [];
      onChange(changes);
    }, delayMs);
  };
  const registration = await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/id,items/name");
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    names = sheetNamesById(sheets.items);
    return result;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    registration.remove();
    await registration.context.sync();
  };
}
