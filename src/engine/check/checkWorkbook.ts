import { a1, type WorkbookSnapshot } from "../workbook/snapshot";
import { diagnoseContext, indexCells } from "./cellIndex";
import type {
  CheckOptions,
  CheckResult,
  Finding,
  HeldTie,
  RecognisedStatement,
  Severity,
  StatementKind,
} from "./finding";
import {
  fixFinding,
  heldTie,
  identityFinding,
  missingFinding,
  unusualSignFinding,
  yearFinding,
} from "./findings/buildFindings";
import { StatementIndex } from "./identities/context";
import { footStatement, type FootingResult } from "./identities/footing";
import { ExcelErrorGuard } from "./rules/excelErrors";
import { IDENTITY_RULES } from "./identities/rules/identityRules";
import { ruleContext } from "./identities/rules/ruleContext";
import type { Identity, MissingTotal, Statement } from "./model";
import type { Structure } from "./read/structure";
import { assignPeriods, decideReportYear, yearDirection } from "./read/assignPeriods";
import { findStatements } from "./read/findStatements";
import { partitionReports } from "./read/reports";
import { readGrid } from "./read/grid";
import { checkPasted } from "./read/pastedCheck";
import { headerYearProblems } from "./rules/headerYears";
import { solidityFindings } from "./rules/solidity";
import { settleUnits } from "./rules/units";
import { unusualSigns } from "./rules/unusualSigns";
import { blame } from "./solve/blame";
import { difference, tolerance, within } from "./solve/tolerance";
import { pushAll } from "../util/pushAll";
import { quotedAmountChecks } from "./text/quotedAmounts";

/**
 * The checking engine's one entry point: recognise the statements, build every identity a revisor
 * ties out, blame one cell per root cause, and say it in Swedish. Pure: no Office.js, no files.
 */

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The statements of a workbook as the check reads them: periods assigned, units settled. */
export interface ReadStatements {
  readonly statements: Statement[];
  /** The statements grouped by the report they belong to (read/reports.ts). */
  readonly reports: Statement[][];
  /** Findings about a unit caption the figures contradict (rules/units.ts). */
  readonly unitNotes: Finding[];
  readonly errorGuard: ExcelErrorGuard;
  readonly reportYear?: number;
}

/**
 * Recognises the statements of the chosen sheets, assigns their periods and settles their units:
 * what the check and the comparison with a published report (engine/compare) both start from.
 */
export function readStatements(
  snapshot: WorkbookSnapshot,
  options: CheckOptions = {},
  progress: (fraction: number) => void = () => undefined,
): ReadStatements {
  const sheets = options.sheets
    ? snapshot.sheets.filter((s) => options.sheets?.includes(s.name))
    : snapshot.sheets;

  const statements: Statement[] = [];
  sheets.forEach((sheet, i) => {
    pushAll(statements, findStatements(sheet.name, readGrid(sheet)));
    progress(((i + 1) / Math.max(1, sheets.length)) * 0.6);
  });
  // A header showing #REF! has lost a year: it has no vote on which year the report is.
  const errorGuard = new ExcelErrorGuard(statements);
  const reportYear = decideReportYear(statements.filter((st) => !errorGuard.headerBroken(st)));
  const direction = yearDirection(statements);
  for (const st of statements) assignPeriods(st, reportYear, direction);
  markOlderReports(statements, reportYear, direction);

  // Statements tie to each other within their report (a workbook may hold several); a report
  // states its unit, so units are settled per report too.
  const reports = partitionReports(statements);
  const unitNotes: Finding[] = [];
  for (const report of reports) pushAll(unitNotes, settleUnits(report, options.unit));
  return { statements, reports, unitNotes, errorGuard, reportYear };
}

export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  // Statements pasted as text, one line per cell, are cut into columns first (read/pastedCheck.ts).
  return checkPasted(snapshot, options, checkSheets) ?? checkSheets(snapshot, options);
}

function checkSheets(snapshot: WorkbookSnapshot, options: CheckOptions): CheckResult {
  const progress = options.onProgress ?? ((): void => undefined);
  const { statements, reports, unitNotes, errorGuard, reportYear } = readStatements(
    snapshot,
    options,
    progress,
  );
  const ix = new StatementIndex(statements);
  const built = buildIdentities(statements, reports, ix);
  errorGuard.addHoles(built.holes);
  // An identity that needs a cell showing #REF! is not judged: the hole would be blamed on a neighbour.
  const identities = {
    identities: errorGuard.judgeable(built.identities),
    missing: built.missing,
  };
  progress(0.75);

  const cells = indexCells(statements);
  const result = blame(identities.identities, (value, broken, linked) =>
    diagnoseContext(cells, value, broken, linked),
  );
  progress(0.9);

  const findings: Finding[] = errorGuard.findings();
  const blamed = new Set<string>();
  for (const fix of result.fixes) {
    const found = fixFinding(fix, cells);
    // Only identities the report does not state broke: a remark, not an error.
    const f =
      found && fix.resolved.every((id) => id.tentative) ? { ...found, severity: "info" as const } : found;
    if (f) {
      findings.push(f);
      blamed.add(`${f.sheet}!${f.cell}`);
    }
  }
  for (const id of result.unexplained) {
    const found = identityFinding(id, cells, result.value, "mismatch");
    const f = id.tentative ? { ...found, severity: "info" as const } : found;
    if (!blamed.has(`${f.sheet}!${f.cell}`)) {
      findings.push(f);
      blamed.add(`${f.sheet}!${f.cell}`);
    }
  }
  for (const m of identities.missing) findings.push(missingFinding(m));
  for (const id of result.rounded) {
    const f = identityFinding(id, cells, result.value, "rounding");
    if (!blamed.has(`${f.sheet}!${f.cell}`)) findings.push(f);
  }
  for (const p of headerYearProblems(statements, reportYear))
    if (!errorGuard.headerBroken(p.statement)) findings.push(yearFinding(p));
  for (const p of unusualSigns(statements)) {
    // A sign is judged against the others of its column: with a hole in the column, it is not.
    if (errorGuard.touches([p.amount])) continue;
    const f = unusualSignFinding(p);
    if (!blamed.has(`${f.sheet}!${f.cell}`)) findings.push(f);
  }
  for (const rix of built.reports)
    pushAll(
      findings,
      solidityFindings(rix, blamed, (cells) => errorGuard.touches(cells)),
    );
  pushAll(findings, unitNotes);
  // Amounts the running text quotes, against this year's statements (older reports aside).
  const textSheets = options.sheets
    ? snapshot.sheets.filter((s) => options.sheets?.includes(s.name))
    : snapshot.sheets;
  const quoted = quotedAmountChecks(textSheets, statements, reportYear);
  pushAll(findings, quoted.findings);
  progress(1);

  findings.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      x.sheet.localeCompare(y.sheet, "sv") ||
      rowOf(x.cell) - rowOf(y.cell) ||
      x.cell.localeCompare(y.cell),
  );
  // Coverage: every tie that held as the workbook stands (before any correction is supposed).
  const held: HeldTie[] = [];
  for (const id of identities.identities) {
    const d = difference(id.total, id.totalWeight, id.terms);
    if (within(d, tolerance(id.total, id.totalWeight, id.terms))) held.push(heldTie(id, !d.isZero()));
  }
  pushAll(held, quoted.held);
  return { findings: dedupe(findings), held, statements: statements.map(describe), reportYear };
}

/**
 * A statement headed with an earlier year, beside one of the same kind headed with the report year,
 * is last year's report kept in the workbook: its periods follow its own headers, it is footed on
 * its own, and this year's statements are tied to each other. Alone, the same header is a wrong year.
 */
function markOlderReports(
  statements: readonly Statement[],
  reportYear: number | undefined,
  direction: 1 | -1,
): void {
  if (reportYear === undefined) return;
  const headed = (st: Statement): number | undefined =>
    st.columns.find((c) => c.role === "current" && c.kind === "utfall")?.year;
  for (const st of statements) {
    const year = headed(st);
    if (year === undefined || year >= reportYear) continue;
    const current = statements.some(
      (o) => o !== st && o.kind === st.kind && o.note === st.note && headed(o) === reportYear,
    );
    if (!current) continue;
    st.older = true;
    assignPeriods(st, year, direction);
  }
}

function rowOf(cell: string): number {
  return Number(/\d+/.exec(cell)?.[0] ?? 0);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.sheet}!${f.cell}|${f.kind}|${f.period ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function buildIdentities(
  statements: readonly Statement[],
  reports: readonly Statement[][],
  ix: StatementIndex,
): {
  identities: Identity[];
  missing: MissingTotal[];
  holes: FootingResult["holes"];
  reports: StatementIndex[];
} {
  const identities: Identity[] = [];
  const missing: MissingTotal[] = [];
  const holes: FootingResult["holes"] = [];
  for (const st of statements) {
    const r = footStatement(st);
    pushAll(identities, r.identities);
    pushAll(missing, r.missing);
    pushAll(holes, r.holes);
    ix.structures.set(st, r.structure);
    settleEquityTotal(st, r.structure);
  }
  // Statements tie to each other within their report. The decisions the rules share (what counts
  // as cash, equity at each year end) are made once per report, after footing has read the
  // structures; then every rule in list order.
  const indexes = reports.map((report) => {
    const rix = new StatementIndex(report);
    for (const st of report) {
      const structure = ix.structures.get(st);
      if (structure) rix.structures.set(st, structure);
    }
    return rix;
  });
  for (const rix of indexes) {
    const ctx = ruleContext(rix);
    for (const rule of IDENTITY_RULES) pushAll(identities, rule.check(ctx));
  }
  return { identities, missing, holes, reports: indexes };
}

/**
 * A bare "Eget kapital" with amounts that totals the equity lines below it is the closing equity,
 * not the opening balance its words would also allow.
 */
function settleEquityTotal(st: Statement, structure: Structure): void {
  if (st.kind !== "BR") return;
  st.lines.forEach((line, i) => {
    if (line.concept !== "BR.EK_BORJAN") return;
    if (structure.spans.get(i)?.some((span) => span.above)) line.concept = "BR.EK_SLUT";
  });
}

function describe(st: Statement): RecognisedStatement {
  return {
    statement: st.kind as StatementKind,
    sheet: st.sheet,
    range: `${a1(st.firstRow, st.firstCol)}:${a1(st.lastRow, st.lastCol)}`,
    title: st.title,
    periods: st.columns.map((c) => c.period ?? "").filter(Boolean),
    note: st.note,
    entities: [...new Set(st.columns.map((c) => c.entity).filter((e): e is string => !!e))],
  };
}
