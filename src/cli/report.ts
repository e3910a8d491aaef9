/**
 * The readable report: findings grouped by sheet (in workbook order), each with its severity, cell,
 * cause and Swedish message; and, for several files, a summary table per file.
 */
import type { CheckResult, Finding, Severity } from "../engine/check/finding";
import type { ComparedStatement, CompareResult } from "../engine/compare/compareReport";
import { STATEMENT_NAMES } from "../i18n/sv/check";
import { cli } from "../i18n/sv/cli";
import { compareCli } from "../i18n/sv/compare";
import { report as reportWords } from "../i18n/sv/report";
import type { FileOutcome } from "./checkFile";

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

export function countFindings(result: CheckResult): Counts {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of result.findings) c[f.severity]++;
  return c;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The page a finding's cell was printed on, for a report read from PDF or Word. */
export type PageOf = (sheet: string, cell: string) => number | undefined;

export function renderReport(
  displayName: string,
  result: CheckResult,
  note?: string,
  pageOf?: PageOf,
): string {
  const lines = [cli.reportHeading(displayName)];
  if (note) lines.push(note);
  lines.push(cli.statementsFound(result.statements.length), "");
  const bySheet = new Map<string, Finding[]>();
  // Sheets in the order the statements were found, then any others a finding names.
  for (const s of result.statements) if (!bySheet.has(s.sheet)) bySheet.set(s.sheet, []);
  for (const f of result.findings) {
    const list = bySheet.get(f.sheet) ?? [];
    list.push(f);
    bySheet.set(f.sheet, list);
  }
  for (const [sheet, findings] of bySheet) {
    if (findings.length === 0) continue;
    lines.push(cli.sheetHeading(sheet));
    findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity] || compareCells(a.cell, b.cell));
    for (const f of findings) lines.push(...renderFinding(f, pageOf?.(f.sheet, f.cell)));
    lines.push("");
  }
  const c = countFindings(result);
  if (result.findings.length === 0) lines.push(cli.noFindings);
  lines.push(cli.totals(c.error, c.warning, c.info));
  return lines.join("\n") + "\n";
}

function renderFinding(f: Finding, page?: number, relatedWord: string = cli.related): string[] {
  const tag = cli.severity[f.severity].padEnd(7);
  const period = f.period ? `, ${cli.period(f.period)}` : "";
  const where = page === undefined ? "" : ` (${reportWords.page(page)})`;
  const out = [`  ${tag} ${f.cell.padEnd(6)} ${cli.kind[f.kind] ?? f.kind}${period}${where}: ${f.message}`];
  if (f.related.length > 0)
    out.push(`  ${"".padEnd(7)} ${"".padEnd(6)} ${relatedWord}: ${f.related.join(", ")}`);
  return out;
}

/**
 * The comparison of a published report with its workbook: what was compared, the statements only
 * one side has, and each difference at the report's cell (with its page) and the workbook's cell.
 */
export function renderComparison(
  reportName: string,
  workbookName: string,
  result: CompareResult,
  pageOf?: PageOf,
): string {
  const both = result.statements.filter((s) => s.inReport && s.inWorkbook);
  const lines = [
    compareCli.heading(reportName, workbookName),
    compareCli.compared(result.compared, both.length),
  ];
  const onlyWorkbook = result.statements.filter((s) => !s.inReport).map(statementName);
  const onlyReport = result.statements.filter((s) => !s.inWorkbook).map(statementName);
  if (onlyWorkbook.length > 0) lines.push(compareCli.onlyInWorkbook(onlyWorkbook));
  if (onlyReport.length > 0) lines.push(compareCli.onlyInReport(onlyReport));
  lines.push("");
  const findings = [...result.findings].sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || compareCells(a.cell, b.cell),
  );
  for (const f of findings)
    lines.push(...renderFinding(f, pageOf?.(f.sheet, f.cell), compareCli.workbookCell));
  if (findings.length === 0) lines.push(compareCli.noDifferences);
  else {
    const c = { error: 0, warning: 0, info: 0 };
    for (const f of findings) c[f.severity]++;
    lines.push("", compareCli.totals(c.error, c.warning));
  }
  return lines.join("\n") + "\n";
}

function statementName(s: ComparedStatement): string {
  return s.note !== undefined ? compareCli.note(s.note) : STATEMENT_NAMES[s.statement];
}

/** Orders A1 addresses by row, then column. */
function compareCells(a: string, b: string): number {
  const key = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(s) ?? ["", "", "0"];
    return Number(m[2]) * 20000 + m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  };
  return key(a) - key(b);
}

export function renderSummary(outcomes: readonly { name: string; outcome: FileOutcome }[]): string {
  const h = cli.summaryColumns;
  const rows = outcomes.map(({ name, outcome }) => {
    if (!outcome.result) return [name, "–", "–", "–", cli.statusFailed];
    const c = countFindings(outcome.result);
    return [
      name,
      String(c.error),
      String(c.warning),
      String(c.info),
      c.error > 0 ? cli.statusErrors : cli.statusOk,
    ];
  });
  const table = [[h.file, h.errors, h.warnings, h.infos, h.status], ...rows];
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const fmt = (r: string[]) =>
    r
      .map((cell, i) => (i >= 1 && i <= 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return (
    [cli.summaryHeading, fmt(table[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(fmt)].join(
      "\n",
    ) + "\n"
  );
}
