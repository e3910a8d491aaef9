/**
 * The one door to Office.js: every Excel operation of the add-in is a batch handed to an
 * `ExcelRun`. In Excel it is `Excel.run`; in the workbench and the tests it is the host double's.
 */
export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRun = <T>(batch: ExcelBatch<T>) => Promise<T>;

/** `Excel.run` of the real host. */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/**
 * Sheets the add-in itself writes (the export, and the very hidden sheet that keeps the formulas
 * "Dela utan tillägget" replaced, src/excel/formulaStore.ts); a check never reads them.
 */
export const EXPORT_SHEET_PATTERN = /^(Granskning \d{4}-\d{2}-\d{2}( \(\d+\))?|FINSAM formler)$/;
