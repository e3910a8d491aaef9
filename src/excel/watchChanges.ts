/**
 * Opt-in automatic check: listens to edits in any sheet and calls back once the user has paused
 * for `delayMs`. Returns the function that stops listening.
 */
import type { ExcelRun } from "./excelRun";

export async function watchChanges(
  run: ExcelRun,
  onChange: () => void,
  delayMs = 1500,
): Promise<() => Promise<void>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const handler = async (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      onChange();
    }, delayMs);
  };
  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return result;
  });
  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    registration.remove();
    await registration.context.sync();
  };
}
