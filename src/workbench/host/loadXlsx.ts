/**
 * An .xlsx (bytes) as the host double's model, in the browser, within the workbook budget
 * (src/engine/workbook/budget.ts): its parts are unpacked with a hard limit first (unpackXlsx), so
 * ExcelJS only ever parses what the budget allows. ExcelJS's browser build is large (about 250 KB
 * gzip), so it is loaded on demand and only the workbench ever asks for it: the task pane's bundle
 * never contains it. Every refusal is a Swedish sentence (the page shows it as it is).
 */
import { WORKBOOK_BUDGET, type BudgetLimits } from "../../engine/workbook/budget";
import { cli } from "../../i18n/sv/cli";
import type { WorkbookModel } from "./model";
import { modelFromExcelJs } from "./fromExcelJs";
import { XlsxUnreadable, unpackXlsx } from "./unpackXlsx";

export async function loadXlsxModel(
  bytes: ArrayBuffer,
  name: string,
  limits: BudgetLimits = WORKBOOK_BUDGET,
): Promise<WorkbookModel> {
  const clean = await unpackXlsx(new Uint8Array(bytes), name, limits);
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(clean as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    // ExcelJS's own words are English and about its internals: say it in ours.
    throw new XlsxUnreadable(cli.corrupt(name, cli.damagedWorkbook));
  }
  return modelFromExcelJs(workbook, name, limits);
}
