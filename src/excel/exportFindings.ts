/**
 * Exports the review as a new sheet `Granskning ÅÅÅÅ-MM-DD`: one table, one row per finding, the
 * cell column linking to the cell. Given a working paper (the pane always gives one), the sheet is
 * one a revisor can file as it is: a header above the table (workbook, time, granskare, the
 * statements checked, counts by status), each finding's related cells and who kvitterade it and
 * when, and below the table every tie that held. Years are shown as years ("2025", never "2 025").
 * Written in two syncs (sheet names, then everything). Every text
 * cell is formatted as Text before it is written, so a message or a kvittering comment that begins
 * with `=`, `+`, `-` or `@` stays the words it is and never becomes a formula (textCells.ts).
 */
import { a1 } from "../engine/workbook/snapshot";
import { pane } from "../i18n/sv/pane";
import type { CellRef } from "../engine/workbook/snapshot";
import type { ExcelRun } from "./excelRun";
import { writeKeepingText } from "./textCells";
import type { ExportRow, WorkingPaper } from "../taskpane/paneActions";

const AMOUNT_FORMAT = "#,##0";
const YEAR_FORMAT = "0";

/** One row per line of the sheet, padded to the table's width so one write covers them all. */
function padded(rows: readonly (readonly (string | number)[])[], width: number): (string | number)[][] {
  return rows.map((r) => [...r, ...Array.from({ length: width - r.length }, () => "")]);
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
  paper?: WorkingPaper,
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = exportSheetName(
      date,
      sheets.items.map((s) => s.name),
    );
    const sheet = sheets.add(name);
    const headers: string[] = [...pane.exportHeaders, ...(paper ? pane.exportPaperHeaders : [])];
    const width = headers.length;
    const head: (string | number)[][] = paper
      ? [
          [paper.title],
          ...paper.facts.map(([label, value]) => [label, value]),
          ...paper.statements.map((line, i) => [i === 0 ? paper.statementsLabel : "", line]),
          [],
        ]
      : [];
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
      ...(paper ? [r.related ?? "", r.acknowledgedBy ?? "", r.acknowledgedAt ?? ""] : []),
    ]);
    const tail: (string | number)[][] = paper
      ? [[], [paper.heldHeading], ...paper.held.map((line) => [line])]
      : [];
    const top = head.length; // 0-based row of the table's header
    const all = padded([...head, headers, ...body, ...tail], width);
    const rowOf = (r: number): ExportRow | undefined => rows[r - top - 1];
    const range = sheet.getRange(`A1:${a1(all.length - 1, width - 1)}`);
    writeKeepingText(range, all, (r, c) => {
      const row = rowOf(r);
      // Amount columns (Förväntat, Angivet, Differens) of the table's rows; years stay years.
      if (row && c >= 5 && c <= 7) return row.years ? YEAR_FORMAT : AMOUNT_FORMAT;
      return "General";
    });
    rows.forEach((r, i) => {
      sheet.getRange(`D${top + i + 2}`).hyperlink = {
        documentReference: linkTo(r.target),
        textToDisplay: r.address,
      };
    });
    const table = `A${top + 1}:${a1(top + rows.length, width - 1)}`;
    sheet.tables.add(table, true);
    range.format.autofitColumns();
    sheet.activate();
    await context.sync();
    return name;
  });
}
