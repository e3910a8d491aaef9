import type { Line } from "../check/model";
import type { CellPair } from "./cellKeys";
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

/** Of the figures in different units, at least this share written alike makes a statement's units a caption matter. */
const ALIKE_SHARE = 0.8;

/**
 * The statements whose two sides are read in different units while their figures are written alike
 * (nearly all of them): one side's unit caption was missed or is wrong, the figures are the same
 * figures. Such a statement is compared as written, so a slip in it is still found (and the rest
 * are not a thousand times off).
 */
export function writtenAlikeGroups(pairs: readonly CellPair[]): Set<string> {
  const tally = new Map<string, { scaled: number; alike: number }>();
  for (const { group, r, w } of pairs) {
    if (!r.amount || !w.amount || r.amount.unitFactor === w.amount.unitFactor || w.amount.value.isZero())
      continue;
    const t = tally.get(group) ?? { scaled: 0, alike: 0 };
    tally.set(group, t);
    t.scaled++;
    if (r.amount.value.equals(w.amount.value)) t.alike++;
  }
  const out = new Set<string>();
  for (const [group, t] of tally) if (t.alike >= 2 && t.alike >= ALIKE_SHARE * t.scaled) out.add(group);
  return out;
}
