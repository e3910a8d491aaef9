import type { Line } from "../check/model";
import type { Difference } from "./compareFindings";

/**
 * A line whose every figure is written the same on both sides while the sides are in different
 * units (the report in tkr, the workbook in kr) holds no money: the number of inhabitants, a tax
 * rate, a count of employees stand as they are under any unit caption. Such differences are no
 * findings. A money figure typed in the wrong unit differs in one cell, not in a line's every year
 * alike, and its statement's own sums catch it.
 */
export function writtenAlikeDifferences(
  differences: readonly Difference[],
  /** Per report line, how many of its figures were compared where the workbook's is not zero. */
  comparedNonZero: ReadonlyMap<Line, number>,
): Set<Difference> {
  const alikeByLine = new Map<Line, Difference[]>();
  for (const d of differences) {
    const r = d.report.amount;
    const w = d.workbook.amount;
    if (!r || !w || r.unitFactor === w.unitFactor || !r.value.equals(w.value)) continue;
    alikeByLine.set(d.report.line, [...(alikeByLine.get(d.report.line) ?? []), d]);
  }
  const out = new Set<Difference>();
  for (const [line, alike] of alikeByLine)
    if (alike.length === comparedNonZero.get(line)) for (const d of alike) out.add(d);
  return out;
}
