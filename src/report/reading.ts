/**
 * A published report read into a workbook snapshot, with the page each row was printed on: the
 * engine checks the snapshot as any workbook, and whoever shows the findings names the page.
 */
import { type SheetSnapshot, type WorkbookSnapshot, parseA1 } from "../engine/workbook/snapshot";
import { type ReportRow, sheetFromRows } from "./cells";

export interface ReportReading {
  readonly snapshot: WorkbookSnapshot;
  /** Per sheet, the page (1-based) of each row (0-based), where the report tells it. */
  readonly rowPages: ReadonlyMap<string, readonly (number | undefined)[]>;
}

/** The page a cell ("C38") of a sheet was printed on, if known. */
export function pageOfCell(reading: ReportReading, sheet: string, cell: string): number | undefined {
  const at = parseA1(cell);
  return at ? reading.rowPages.get(sheet)?.[at.row] : undefined;
}

/** Pages of rows stacked into one sheet, a blank row between pages, each row remembering its page. */
export function stackPages(
  sheetName: string,
  pages: readonly { readonly page: number | undefined; readonly rows: readonly ReportRow[] }[],
): { sheet: SheetSnapshot; rowPages: (number | undefined)[] } {
  const rows: ReportRow[] = [];
  const rowPages: (number | undefined)[] = [];
  for (const p of pages) {
    if (p.rows.length === 0) continue;
    if (rows.length > 0) {
      rows.push({ cells: [] });
      rowPages.push(undefined);
    }
    for (const r of p.rows) {
      rows.push(r);
      rowPages.push(p.page);
    }
  }
  return { sheet: sheetFromRows(sheetName, rows), rowPages };
}
