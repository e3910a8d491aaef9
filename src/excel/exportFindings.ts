/**
 * Exports the review as a new sheet `Granskning ÅÅÅÅ-MM-DD`: one table, one row per finding, the
 * cell column linking to the cell. Written in two syncs (sheet names, then everything). Every text
 * cell is formatted as Text before it is written, so a message or a kvittering comment that begins
 * with `=`, `+`, `-` or `@` stays the words it is and never becomes a formula (textCells.ts).
 */
import { a1 } from "../engine/workbook/snapshot";
import { pane } from "../i18n/sv/pane";
import type { CellRef } from "./address";
import type { ExcelRun } from "./excelRun";
import { writeKeepingText } from "./textCells";

export interface ExportRow {
  readonly status: string;
  readonly severity: string;
  readonly statement: string;
  readonly target: CellRef;
  /** Shown in the cell column, e.g. `Resultaträkning!C19`. */
  readonly address: string;
  readonly period: string;
  readonly expected: number | null;
  readonly actual: number | null;
  readonly difference: number | null;
  readonly cause: string;
  readonly message: string;
  readonly comment: string;
}

/** `Granskning 2026-11-25`, with ` (2)`, ` (3)` … when that name is taken. */
export function exportSheetName(date: Date, taken: readonly string[]): string {
  const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;
  const base = `${pane.exportSheetPrefix} ${iso}`;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  let n = 2;
  while (lower.has(`${base} (${n})`.toLowerCase())) n++;
  return `${base} (${n})`;
}

function linkTo(ref: CellRef): string {
  return `'${ref.sheet.replace(/'/g, "''")}'!${ref.cell}`;
}

export async function exportFindings(
  run: ExcelRun,
  rows: readonly ExportRow[],
  date = new Date(),
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = exportSheetName(
      date,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    const headers = [...pane.exportHeaders];
    const body = rows.map((r) => [
      r.status,
      r.severity,
      r.statement,
      r.address,
      r.period,
      r.expected ?? "",
      r.actual ?? "",
      r.difference ?? "",
      r.cause,
      r.message,
      r.comment,
    ]);
    const last = a1(rows.length, headers.length - 1);
    const all = sheet.getRange(`A1:${last}`);
    writeKeepingText(all, [headers, ...body], () => "#,##0");
    rows.forEach((r, i) => {
      sheet.getRange(`D${i + 2}`).hyperlink = {
        documentReference: linkTo(r.target),
        textToDisplay: r.address,
      };
    });
    sheet.tables.add(`A1:${last}`, true);
    all.format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
