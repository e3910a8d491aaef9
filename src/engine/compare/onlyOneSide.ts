import Decimal from "decimal.js";
import type { Line, Statement } from "../check/model";
import { agree, figureOf } from "./agree";
import { type CellPair, columnKey, comparableName, keyedCell, type SideIndex } from "./cellKeys";

/**
 * The lines with figures that only one side of a statement has (a line deleted from the Word
 * document, a line added to it), said once per statement. A statement one side lacks altogether is
 * not listed here: a report may well print fewer notes than the workbook holds. Nor is a line whose
 * figures stand only in columns the other side does not print (the koncern's, an older year's), nor
 * a line worded otherwise on the two sides whose figures agree ("Eget kapital" and "– Eget kapital").
 */
export interface OneSidedLines {
  readonly group: string;
  /** The report's statement, where the finding is placed. */
  readonly reportStatement: Statement;
  readonly onlyWorkbook: readonly At[];
  readonly onlyReport: readonly At[];
  /**
   * Lines told apart by their figures: all figures both print agree but one (at least two others,
   * not zero, agree). That one figure is compared like any other; the line is no longer one-sided.
   */
  readonly nearPairs: readonly CellPair[];
}

interface At {
  readonly st: Statement;
  readonly line: Line;
}

export function onlyOneSide(group: string, wb: SideIndex, rp: SideIndex): OneSidedLines | undefined {
  const wLines = wb.lines.get(group);
  const rLines = rp.lines.get(group);
  if (!wLines || !rLines) return undefined;
  const wColumns = columnsOf([...wLines.values()].flat());
  const rColumns = columnsOf([...rLines.values()].flat());
  const wUnit = unitOf([...wLines.values()].flat());
  const rUnit = unitOf([...rLines.values()].flat());
  // Lines not compared: their name is missing on the other side, or repeated a different number of
  // times there (so which is which cannot be told by name).
  const uncompared = (
    from: typeof wLines,
    other: typeof wLines,
    otherColumns: ReadonlySet<string>,
    otherUnit: Decimal,
  ): At[] =>
    [...from]
      .filter(([name, at]) => other.get(name)?.length !== at.length || !comparableName(group, name, wb, rp))
      .flatMap(([, at]) => at)
      .filter((at) => nonZeroIn(at, otherColumns, otherUnit));
  let onlyWorkbook = uncompared(wLines, rLines, rColumns, rUnit);
  let onlyReport = uncompared(rLines, wLines, wColumns, wUnit);
  // Lines worded (or read) otherwise on the two sides but stating the same figures are the same line;
  // a line whose figures agree but one is that line with one figure changed.
  const paired = new Set<At>();
  const nearPairs: CellPair[] = [];
  for (const w of onlyWorkbook) {
    const r = onlyReport.find((x) => !paired.has(x) && differingFigures(w, x)?.length === 0);
    if (r) paired.add(w).add(r);
  }
  for (const w of onlyWorkbook) {
    if (paired.has(w)) continue;
    const near = onlyReport.filter((x) => !paired.has(x) && differingFigures(w, x)?.length === 1);
    // Only a line that one line of the other side fits: two candidates leave which one open.
    if (near.length !== 1) continue;
    const [r] = near;
    const [[wci, rci]] = differingFigures(w, r) ?? [];
    paired.add(w).add(r);
    nearPairs.push({ group, r: keyedCell(r.st, r.line, rci), w: keyedCell(w.st, w.line, wci) });
  }
  onlyWorkbook = onlyWorkbook.filter((x) => !paired.has(x));
  onlyReport = onlyReport.filter((x) => !paired.has(x));
  if (onlyWorkbook.length === 0 && onlyReport.length === 0 && nearPairs.length === 0) return undefined;
  const reportStatement = [...rLines.values()][0][0].st;
  return { group, reportStatement, onlyWorkbook, onlyReport, nearPairs };
}

/** The column keys (kind, period, body) a side's lines have figures in. */
function columnsOf(lines: readonly At[]): Set<string> {
  const out = new Set<string>();
  for (const { st, line } of lines)
    for (const ci of line.amounts.keys()) {
      const key = columnKey(st.columns[ci]);
      if (key) out.add(key);
    }
  return out;
}

/**
 * The unit the other side rounds its money to, in kronor: the coarsest of its figures' (1 000 for a
 * report in tkr). Percentages are no money.
 */
function unitOf(lines: readonly At[]): Decimal {
  let unit = new Decimal(0);
  for (const { line } of lines)
    for (const a of line.amounts.values()) if (!a.percent) unit = Decimal.max(unit, a.precision.times(a.unitFactor));
  return unit;
}

/**
 * A line of zeros (or dashes) may be left out of a report without a word: it says nothing. So may a
 * line whose figures round to zero in the other side's unit (399 kr in a report in tkr).
 */
function nonZeroIn(at: At, columns: ReadonlySet<string>, otherUnit: Decimal): boolean {
  return [...at.line.amounts].some(([ci, a]) => {
    const key = columnKey(at.st.columns[ci]);
    const kronor = a.percent ? a.value.abs() : a.value.times(a.unitFactor).abs();
    return kronor.gte(otherUnit.dividedBy(2)) && !a.value.isZero() && key !== undefined && columns.has(key);
  });
}

/** Below this many agreeing figures (not zero), two lines are not told to be one by their figures. */
const MIN_AGREEING = 2;

/**
 * The columns (workbook's, report's index) in which two lines' figures differ, among the columns
 * both print; undefined where too few figures agree for the lines to be one (an exact match needs
 * one non-zero figure in common, a match with one difference two).
 */
function differingFigures(w: At, r: At): [number, number][] | undefined {
  const byKey = (x: At) =>
    new Map(
      [...x.line.amounts].map(([ci, amount]) => [columnKey(x.st.columns[ci]), { ci, amount }] as const),
    );
  const rf = byKey(r);
  const differing: [number, number][] = [];
  let agreeing = 0;
  for (const [key, x] of byKey(w)) {
    const y = key === undefined ? undefined : rf.get(key);
    if (!y) continue;
    const plain = x.amount.percent || y.amount.percent;
    if (x.amount.percent !== y.amount.percent || !agree(figureOf(x.amount, plain), figureOf(y.amount, plain)))
      differing.push([x.ci, y.ci]);
    else if (!x.amount.value.isZero()) agreeing++;
  }
  if (differing.length === 0) return agreeing > 0 ? differing : undefined;
  return agreeing >= MIN_AGREEING ? differing : undefined;
}
