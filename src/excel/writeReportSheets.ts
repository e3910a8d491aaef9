/**
 * Writes the tables of a published report (read in the pane's report worker) as NEW sheets: the
 * user's own sheets are never touched, and a name already taken gets " (2)", " (3)" … as Excel
 * does. Amounts go in as numbers with the number format that shows them as printed (en-US codes,
 * which Excel displays in the user's locale: "#,##0" is "1 876 309" in Swedish Excel); labels,
 * note references ("3,4") and dates as headers ("2025-12-31") as text, formatted as Text first so
 * that a label such as "= Summa" or "-Avskrivningar" never becomes a formula (textCells.ts).
 *
 * The page each row was printed on is written to the right of the table after one empty column,
 * as the text "sida 4" (report.page): as text, never as a number, because a column of numbers
 * beside a statement is read by the engine as another column of amounts (tested: numbers there
 * give dozens of false errors; this text gives exactly the findings of the report alone). The pane
 * finds a finding's page again from that cell (src/taskpane/model/reportPages.ts).
 */
import { a1 } from "../engine/workbook/snapshot";
import { report as words } from "../i18n/sv/report";
import { type ReportSheet, freeSheetName } from "../taskpane/paneActions";
import type { ExcelRun } from "./excelRun";
import { type WrittenValue, writeKeepingText } from "./textCells";

/** Cells per write: well inside Excel's 5 MB request limit even with long labels and formats. */
const CELLS_PER_WRITE = 20_000;

/** The reader's Swedish-style format ("# ##0,0", "0,0%") as Excel's code ("#,##0.0", "0.0%"). */
export function excelNumberFormat(format: string | undefined): string {
  if (!format || format === "General") return "General";
  return format.replace("# ##0", "#,##0").replace(/,(?=0+%?$)/, ".");
}

/** The sheet's rows as written: the table, one empty column, then each row's page ("sida 4"). */
export function reportRows(sheet: ReportSheet): { rows: WrittenValue[][]; formats: string[][] } {
  const width = Math.max(1, ...sheet.values.map((r) => r.length));
  const hasPages = sheet.pages.some((p) => p !== undefined);
  const total = hasPages ? width + 2 : width;
  const rows: WrittenValue[][] = [];
  const formats: string[][] = [];
  sheet.values.forEach((row, r) => {
    const out: WrittenValue[] = [];
    const fmt: string[] = [];
    for (let c = 0; c < total; c++) {
      const v = c < width ? row[c] : undefined;
      out.push(v === null || v === undefined ? "" : v);
      fmt.push(typeof v === "number" ? excelNumberFormat(sheet.numberFormat?.[r]?.[c]) : "General");
    }
    const page = sheet.pages[r];
    if (hasPages && page !== undefined && row.some((v) => v !== null && v !== ""))
      out[total - 1] = words.page(page);
    rows.push(out);
    formats.push(fmt);
  });
  return { rows, formats };
}

export async function writeReportSheets(run: ExcelRun, sheets: readonly ReportSheet[]): Promise<string[]> {
  return run(async (context) => {
    const collection = context.workbook.worksheets.load("items/name");
    await context.sync();
    const taken = collection.items.map((s) => s.name);
    const names: string[] = [];
    let first: Excel.Worksheet | null = null;
    for (const sheet of sheets) {
      const name = freeSheetName(sheet.name, [...taken, ...names]);
      names.push(name);
      const ws = collection.add(name);
      first ??= ws;
      const { rows, formats } = reportRows(sheet);
      if (rows.length === 0) continue;
      const width = rows[0].length;
      const step = Math.max(1, Math.floor(CELLS_PER_WRITE / width));
      for (let top = 0; top < rows.length; top += step) {
        const block = rows.slice(top, top + step);
        const range = ws.getRange(`${a1(top, 0)}:${a1(top + block.length - 1, width - 1)}`);
        writeKeepingText(range, block, (r, c) => formats[top + r][c]);
        // One request per block: a 500-page report stays under Excel's payload limit (a report
        // of ordinary size is one block, written with the final sync below).
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        if (top + step < rows.length) await context.sync();
      }
      ws.getRange(`A1:${a1(rows.length - 1, width - 1)}`).format.autofitColumns();
    }
    first?.activate();
    await context.sync();
    return names;
  });
}
