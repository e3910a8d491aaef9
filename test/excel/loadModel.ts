import ExcelJS from "exceljs";
import { join } from "node:path";
import { modelFromExcelJs } from "../../src/workbench/host/fromExcelJs";
import type { WorkbookModel } from "../../src/workbench/host/model";

/** A fixture workbook as the host double's model. */
export async function loadFixtureModel(file: string): Promise<WorkbookModel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(__dirname, "..", "fixtures", file));
  return modelFromExcelJs(wb, file);
}
