/**
 * The page of the published report a finding's line was printed on. A report read into the
 * workbook (writeReportSheets.ts) carries each row's page as the text "sida 4" after one empty
 * column to the right of its table; the check reads that text as nothing (tested), and this finds
 * it again from the snapshot the check read, so every check names the pages, also after a reload.
 */
import type { CheckResult, Finding } from "../../engine/check/finding";
import { type WorkbookSnapshot, parseA1 } from "../../engine/workbook/snapshot";
import { report as words } from "../../i18n/sv/report";
import type { Checker } from "../paneActions";

const PAGE_TEXT = /^sida (\d{1,4})$/;

/** The page written at the end of the cell's row, or undefined where the row carries none. */
export function pageOfCell(snapshot: WorkbookSnapshot, sheetName: string, cell: string): number | undefined {
  const sheet = snapshot.sheets.find((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  const at = parseA1(cell);
  if (!sheet || !at) return undefined;
  const row = sheet.values[at.row - sheet.origin.row];
  if (!row) return undefined;
  let last = row.length - 1;
  while (last >= 0 && (row[last] === null || row[last] === "")) last--;
  // Our layout: the page alone after an empty column, never a cell of the table itself.
  if (last < 1 || (row[last - 1] !== null && row[last - 1] !== "")) return undefined;
  const v = row[last];
  const m = typeof v === "string" ? PAGE_TEXT.exec(v) : null;
  if (!m || words.page(Number(m[1])) !== v) return undefined;
  return Number(m[1]);
}

/** The finding as the pane shows it: its page after the line's label and after the message. */
function withPage(f: Finding, page: number): Finding {
  const where = `(${words.page(page)})`;
  return { ...f, label: `${f.label ?? f.ruleId} ${where}`, message: `${f.message} ${where}` };
}

/** The result with each finding on a report's row naming its page; other findings as they are. */
export function namePages(result: CheckResult, snapshot: WorkbookSnapshot): CheckResult {
  let changed = false;
  const findings = result.findings.map((f) => {
    const page = pageOfCell(snapshot, f.sheet, f.cell);
    if (page === undefined) return f;
    changed = true;
    return withPage(f, page);
  });
  return changed ? { ...result, findings } : result;
}

/** A checker whose findings name their report page (the pane checks through this). */
export function withReportPages(checker: Checker): Checker {
  return async (snapshot, options, signal) => namePages(await checker(snapshot, options, signal), snapshot);
}
