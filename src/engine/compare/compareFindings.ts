import Decimal from "decimal.js";
import { formatAmount } from "../amount/formatAmount";
import { diagnoseContext, indexCells } from "../check/cellIndex";
import type { Finding, FindingKind } from "../check/finding";
import { finding } from "../check/findings/buildFindings";
import { amountKronor, type Amount, type Statement } from "../check/model";
import { RULES, ruleIdFor } from "../check/rules/catalogue";
import { type Diagnosis, diagnose } from "../check/solve/diagnose";
import { a1, qualifiedAddress } from "../workbook/snapshot";
import { MESSAGES, STATEMENT_NAMES, causeSentence } from "../../i18n/sv/check";
import { COMPARE } from "../../i18n/sv/compare";
import { figureOf, roundingSlack } from "./agree";
import { isPlain, type KeyedCell } from "./cellKeys";
import type { OneSidedLines } from "./onlyOneSide";

/**
 * A difference between the report and the workbook, with its likely cause, as a finding: the
 * report's cell is the one a revisor corrects (the published document is what went wrong, mostly),
 * the workbook's cell is named beside it.
 */

export interface Difference {
  readonly report: KeyedCell;
  readonly workbook: KeyedCell;
}

interface Diagnosed extends Difference {
  readonly kind: FindingKind;
}

/**
 * The cause of each difference, by the check's own diagnosis (solve/diagnose.ts), the workbook's
 * figure taken as what the report's cell should hold: its negation (teckenfel), its digits swapped,
 * a thousand times it (kr for tkr), the other year's figure of the report's line (fel kolumn).
 */
export function diagnoseDifferences(
  differences: readonly Difference[],
  report: readonly Statement[],
): Diagnosed[] {
  const cells = indexCells(report);
  const differing = new Set<Amount>();
  for (const d of differences) if (d.report.amount) differing.add(d.report.amount);
  // A report cell "broken" is one that differs from the workbook: a swap of two columns breaks both.
  const ctx = diagnoseContext(cells, amountKronor, (a) => differing.has(a));
  return differences.map((d) => {
    const r = d.report.amount;
    const w = d.workbook.amount;
    if (!r || !w) return { ...d, kind: "missing" };
    const plain = isPlain(d.report, d.workbook);
    const expected = plain ? w.value.times(r.unitFactor) : amountKronor(w);
    const slack = roundingSlack(figureOf(r, plain), figureOf(w, plain)).times(plain ? r.unitFactor : 1);
    // A zero against a figure is a line left empty or filled in: no slip of the figure's digits.
    if (r.value.isZero() || w.value.isZero()) return { ...d, kind: "mismatch" };
    const dg = diagnose(r, expected, [], ctx, slack.toNumber());
    return { ...d, kind: lineCause(dg, amountKronor(r).minus(expected), slack) };
  });
}

/**
 * A difference equal to another line of the report's statement: the report's total left that line
 * out (the difference is minus the line) or added it again (the difference is the line), whatever
 * the line's sign. A figure elsewhere in the report that happens to equal it proves nothing.
 */
function lineCause(dg: Diagnosis, difference: Decimal, slack: Decimal): FindingKind {
  if (dg.kind !== "omission" && dg.kind !== "double-count") return dg.kind;
  if (dg.weak || !dg.witness) return "mismatch";
  const line = amountKronor(dg.witness.amount);
  if (difference.plus(line).abs().lte(slack)) return "omission";
  if (difference.minus(line).abs().lte(slack)) return "double-count";
  return "mismatch";
}

const UNIT_WORDS: Readonly<Record<number, string>> = { 1: "kr", 1000: "tkr", 1000000: "mnkr" };

/** The report's figure as a message shows it, in its own unit ("−1 876 tkr", "54 %"). */
function shown(a: Amount | undefined, plain: boolean): { amount?: string; unit: string } {
  if (!a) return { unit: "" };
  if (a.percent) return { amount: `${formatAmount(a.value.times(100))} %`, unit: "" };
  if (plain) return { amount: formatAmount(a.value), unit: "" };
  return { amount: formatAmount(a.value), unit: UNIT_WORDS[a.unitFactor] ?? "kr" };
}

function cellOf(c: KeyedCell): string {
  return a1(c.line.row, c.st.columns[c.ci].col);
}

function statementWords(st: Statement): string {
  return COMPARE.statementInText(STATEMENT_NAMES[st.kind], st.note);
}

/** The unit the report's line is in, for a blank cell of it: that of its other figures. */
function factorOf(c: KeyedCell): number {
  return c.amount?.unitFactor ?? [...c.line.amounts.values()][0]?.unitFactor ?? 1;
}

export function amountFinding(d: Diagnosed): Finding {
  const { report: r, workbook: w } = d;
  const plain = isPlain(r, w);
  const col = r.st.columns[r.ci];
  const factor = plain ? 1 : factorOf(r);
  const wValue = w.amount
    ? plain
      ? w.amount.value
      : amountKronor(w.amount).dividedBy(factor)
    : new Decimal(0);
  const rValue = r.amount?.value ?? new Decimal(0);
  const label = r.line.label || w.line.label;
  const report = shown(r.amount, plain);
  const workbook = shown(w.amount, plain);
  const words = MESSAGES.compareAmount({
    label,
    period: col.period,
    statement: statementWords(r.st),
    report: report.amount,
    reportUnit: report.unit,
    workbook: workbook.amount,
    workbookUnit: workbook.unit,
  });
  // A blank cell is said as such; any other difference with its likely cause.
  const message = r.amount && w.amount ? `${words} ${causeSentence(d.kind)}` : words;
  return finding({
    ruleId: ruleIdFor(RULES.compareAmount, { statement: r.st.kind }),
    severity: RULES.compareAmount.severity,
    kind: d.kind,
    statement: r.st.kind,
    sheet: r.st.sheet,
    cell: cellOf(r),
    related: [qualifiedAddress(w.st.sheet, cellOf(w))],
    period: col.period,
    expected: wValue.toNumber(),
    actual: rValue.toNumber(),
    difference: rValue.minus(wValue).toNumber(),
    message,
    label,
  });
}

export function linesFinding(lines: OneSidedLines): Finding {
  const st = lines.reportStatement;
  const labelCell = (x: { st: Statement; line: { row: number; labelCol: number } }): string =>
    qualifiedAddress(x.st.sheet, a1(x.line.row, x.line.labelCol));
  const first = lines.onlyReport[0];
  return finding({
    ruleId: ruleIdFor(RULES.compareLines, { statement: st.kind }),
    severity: RULES.compareLines.severity,
    kind: "missing",
    statement: st.kind,
    sheet: st.sheet,
    // The first line only the report has, else the statement's first line.
    cell: first ? a1(first.line.row, first.line.labelCol) : a1(st.firstRow, st.firstCol),
    related: lines.onlyWorkbook.map(labelCell),
    message: MESSAGES.compareLines({
      statement: statementWords(st),
      onlyWorkbook: lines.onlyWorkbook.map((x) => x.line.label),
      onlyReport: lines.onlyReport.map((x) => x.line.label),
    }),
    label: st.title,
  });
}

/** A statement most of whose figures differ from the workbook's: one warning, at its first difference. */
export function statementFinding(differing: readonly Difference[], compared: number): Finding {
  const first = differing[0];
  const st = first.report.st;
  return finding({
    ruleId: ruleIdFor(RULES.compareStatement, { statement: st.kind }),
    severity: RULES.compareStatement.severity,
    kind: "mismatch",
    statement: st.kind,
    sheet: st.sheet,
    cell: cellOf(first.report),
    related: [qualifiedAddress(first.workbook.st.sheet, cellOf(first.workbook))],
    message: MESSAGES.compareStatement({
      statement: statementWords(st),
      differing: differing.length,
      compared,
    }),
    label: st.title,
  });
}
