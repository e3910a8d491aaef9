import { readStatements } from "../check/checkWorkbook";
import type { CheckOptions, Finding, StatementKind } from "../check/finding";
import type { Line, Statement } from "../check/model";
import type { WorkbookSnapshot } from "../workbook/snapshot";
import { agree, figureOf } from "./agree";
import { groupKey, groupOf, indexSide, isPlain, matchCells, type KeyedCell } from "./cellKeys";
import {
  amountFinding,
  diagnoseDifferences,
  linesFinding,
  statementFinding,
  type Difference,
} from "./compareFindings";
import { reportGroups } from "./matchNotes";
import { onlyOneSide, type OneSidedLines } from "./onlyOneSide";
import { signConventionDifferences } from "./signConvention";
import { writtenAlikeDifferences, writtenAlikeGroups } from "./writtenAlike";

/**
 * The published report against the workbook it was made from: every figure the report prints is
 * matched to the workbook's figure for the same statement (and note), line, column and period, and
 * each that differs beyond rounding is a finding at the report's cell, with the workbook's cell
 * beside it and the likely cause (sign, transposed digits, the other year's figure, kr for tkr).
 * Pure: it reads snapshots, as the check does, with the check's own reader.
 *
 * The report's own errors (a sum that does not foot in both) are the check's business, not this:
 * a figure wrong the same way in both is no difference between them.
 */

/** A statement as the comparison saw it: on which sides it was found. */
export interface ComparedStatement {
  readonly statement: StatementKind;
  readonly note?: number;
  readonly inReport: boolean;
  readonly inWorkbook: boolean;
}

export interface CompareResult {
  /** Differences (errors), and lines only one side has (a warning per statement). */
  readonly findings: readonly Finding[];
  /** How many figures were matched and compared. */
  readonly compared: number;
  /** How many of the compared figures agree. */
  readonly agreeing: number;
  /**
   * Fewer than half the figures agree: the report is not the workbook's (another förbund's, another
   * year's). No differences are listed then; they would be every line.
   */
  readonly unrelated: boolean;
  /** Every statement either side holds, in the report's order, then the workbook's. */
  readonly statements: readonly ComparedStatement[];
}

export interface CompareOptions {
  /** The workbook's unit where it does not state it (as `finsam-check --enhet`); the report states its own. */
  readonly unit?: CheckOptions["unit"];
  /**
   * For `compareReportSheets`: the workbook's own sheets, where not every other sheet is (an earlier
   * report read in, the findings' export sheet). Default: every sheet not the report's.
   */
  readonly workbookSheets?: readonly string[];
}

/** The command line's form: the workbook and the report read into snapshots of their own. */
export function compareReport(
  workbook: WorkbookSnapshot,
  report: WorkbookSnapshot,
  options: CompareOptions = {},
): CompareResult {
  return compareSides(
    (unit) => readStatements(workbook, { unit: unit ?? options.unit }).statements,
    (unit) => readStatements(report, { unit }).statements,
    options.unit !== undefined,
  );
}

/**
 * The pane's form: the report read into new sheets of the open workbook. `reportSheets` names them;
 * the workbook is every other sheet.
 */
export function compareReportSheets(
  snapshot: WorkbookSnapshot,
  reportSheets: readonly string[],
  options: CompareOptions = {},
): CompareResult {
  const own = (options.workbookSheets ?? snapshot.sheets.map((s) => s.name)).filter(
    (name) => !reportSheets.includes(name),
  );
  return compareSides(
    (unit) => readStatements(snapshot, { sheets: own, unit: unit ?? options.unit }).statements,
    (unit) => readStatements(snapshot, { sheets: reportSheets, unit }).statements,
    options.unit !== undefined,
  );
}

type Read = (unit?: CheckOptions["unit"]) => Statement[];

/**
 * Compares the two sides as read. Where nothing agrees and a side states no unit anywhere (a report
 * whose "Belopp i tkr" stands in a paragraph, not over its tables), that side is read once more in
 * tkr: the other side's figures tell which unit it is in.
 */
function compareSides(readWorkbook: Read, readReport: Read, workbookUnitGiven: boolean): CompareResult {
  const workbook = readWorkbook();
  const report = readReport();
  const result = compareStatements(workbook, report);
  if (!result.unrelated) return result;
  const unstated = (sts: readonly Statement[]): boolean =>
    sts.length > 0 && sts.every((st) => !st.statedUnit);
  const retries: (() => CompareResult)[] = [];
  if (unstated(report)) retries.push(() => compareStatements(workbook, readReport("tkr")));
  if (unstated(workbook) && !workbookUnitGiven)
    retries.push(() => compareStatements(readWorkbook("tkr"), report));
  for (const retry of retries) {
    const other = retry();
    if (!other.unrelated) return other;
  }
  return result;
}

/** Fewer figures than this in a statement are judged one by one, however many differ. */
const MIN_FIGURES_FOR_STATEMENT = 4;

/** Both sides read: figures matched by key, compared, diagnosed, worded. */
export function compareStatements(
  workbook: readonly Statement[],
  report: readonly Statement[],
): CompareResult {
  const groupOfReport = reportGroups(workbook, report);
  const wb = indexSide(workbook);
  const rp = indexSide(report, groupOfReport);
  let differences: Difference[] = [];
  let compared = 0;
  /** Per group (statement kind and note), how many figures were compared and how many differ. */
  const tally = new Map<string, { compared: number; differing: Difference[] }>();
  const comparedNonZero = new Map<Line, number>();
  // Lines not paired by name but by their figures; the rest are named once per statement.
  const oneSided = new Map<string, OneSidedLines>();
  for (const group of new Set([...rp.lines.keys()].filter((g) => wb.lines.has(g)))) {
    const lines = onlyOneSide(group, wb, rp);
    if (lines) oneSided.set(group, lines);
  }
  const pairs = [...matchCells(wb, rp), ...[...oneSided.values()].flatMap((o) => o.nearPairs)];
  const asWritten = writtenAlikeGroups(pairs);
  for (const { group, r: read, w } of pairs) {
    const r = asWritten.has(group) ? { ...read, asWritten: true } : read;
    const t = tally.get(group) ?? { compared: 0, differing: [] };
    tally.set(group, t);
    t.compared++;
    compared++;
    if (w.amount && !w.amount.value.isZero())
      comparedNonZero.set(r.line, (comparedNonZero.get(r.line) ?? 0) + 1);
    if (!differs(r, w)) continue;
    const d: Difference = { report: r, workbook: w };
    differences.push(d);
    t.differing.push(d);
  }
  // Cost lines printed with the other sign convention agree, line by line, once negated; lines
  // that hold no money (inhabitants, rates) are written alike under any unit.
  const convention = new Set([
    ...signConventionDifferences(differences, comparedNonZero),
    ...writtenAlikeDifferences(differences, comparedNonZero),
  ]);
  for (const t of tally.values()) t.differing = t.differing.filter((d) => !convention.has(d));
  differences = differences.filter((d) => !convention.has(d));
  const agreeing = compared - differences.length;
  const statements = statementsOf(report, workbook, groupOfReport);
  if (agreeing * 2 < compared) return { findings: [], compared, agreeing, unrelated: true, statements };
  // A statement most of whose figures differ is not a set of slips: its columns are shifted (or read
  // so), or it is another year's. Said once, with how few agree, instead of figure by figure.
  const astray = new Set<Difference>();
  const findings: Finding[] = [];
  for (const t of tally.values()) {
    if (t.compared < MIN_FIGURES_FOR_STATEMENT || (t.compared - t.differing.length) * 2 >= t.compared)
      continue;
    for (const d of t.differing) astray.add(d);
    findings.push(statementFinding(t.differing, t.compared));
  }
  const slips = differences.filter((d) => !astray.has(d));
  findings.unshift(...diagnoseDifferences(slips, report).map(amountFinding));
  for (const [group, lines] of oneSided)
    if (tally.has(group) && (lines.onlyWorkbook.length > 0 || lines.onlyReport.length > 0))
      findings.push(linesFinding(lines));
  return { findings, compared, agreeing, unrelated: false, statements };
}

/**
 * Whether the report's figure and the workbook's state different amounts. A blank cell is zero; it
 * differs from a figure only in a line and a column that hold figures elsewhere (a cell left empty
 * in a filled table), not where the whole column is empty (a table read without that column), nor in
 * a line whose figures were read run together with words.
 */
function differs(r: KeyedCell, w: KeyedCell): boolean {
  if (!r.amount || !w.amount) {
    const [blank, other] = r.amount ? [w, r.amount] : [r, w.amount];
    if (!other || other.value.isZero()) return false;
    // Digits in a text cell of the line ("3 848 705 Ej budgeterat –" read as one cell): the line's
    // figures were not read apart, so a blank beside them proves nothing.
    if ([...blank.line.texts.values()].some((t) => /\d/.test(t))) return false;
    return blank.st.lines.some((line) => line !== blank.line && line.amounts.has(blank.ci));
  }
  // A percentage against a plain number (0,54 against 54) is one figure written two ways: not compared.
  if (r.amount.percent !== w.amount.percent) return false;
  const plain = isPlain(r, w);
  return !agree(figureOf(r.amount, plain), figureOf(w.amount, plain));
}

function statementsOf(
  report: readonly Statement[],
  workbook: readonly Statement[],
  groupOfReport: (st: Statement) => string,
): ComparedStatement[] {
  const inReport = new Set(report.map(groupOfReport));
  const inWorkbook = new Set(workbook.map(groupKey));
  const keys = [...new Set([...inReport, ...inWorkbook])];
  return keys.map((key) => ({
    ...groupOf(key),
    inReport: inReport.has(key),
    inWorkbook: inWorkbook.has(key),
  }));
}
