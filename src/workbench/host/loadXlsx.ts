/**
 * An .xlsx (bytes) as the host double's model, in the browser. ExcelJS's browser build is large
 * (about 250 KB gzip), so it is loaded on demand and only the workbench ever asks for it: the task
 * pane's bundle never contains it.
 */
import type { WorkbookModel } from "./model";
import { modelFromExcelJs } from "./fromExcelJs";

export async function loadXlsxModel(bytes: ArrayBuffer, name: string): Promise<WorkbookModel> {
  const { default: ExcelJS } = await import(/* webpackChunkName: "exceljs" */ "exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return modelFromExcelJs(workbook, name);
}
