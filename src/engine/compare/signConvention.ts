import type { Line } from "../check/model";
import { agree, figureOf, type Figure } from "./agree";
import { isPlain } from "./cellKeys";
import type { Difference } from "./compareFindings";

/**
 * A cost line (by its words, or a line of a note on costs) whose every figure is the workbook's negated, in every year compared, is written with
 * the other sign convention (costs printed as positive amounts, or as negative), not mistyped: a
 * slip flips one figure, not a line's every year. Such differences are no findings. A line flipped
 * in one year only, or a line that is no cost, is still a difference.
 */
export function signConventionDifferences(
  differences: readonly Difference[],
  /** Per report line, how many of its figures were compared where the workbook's is not zero. */
  comparedNonZero: ReadonlyMap<Line, number>,
): Set<Difference> {
  const negatedByLine = new Map<Line, Difference[]>();
  for (const d of differences) {
    if (!isNegation(d)) continue;
    const list = negatedByLine.get(d.report.line) ?? [];
    list.push(d);
    negatedByLine.set(d.report.line, list);
  }
  const out = new Set<Difference>();
  for (const [line, negated] of negatedByLine) {
    if (negated.length < 2 || negated.length !== comparedNonZero.get(line)) continue;
    if (!negated.every((d) => isCost(d))) continue;
    for (const d of negated) out.add(d);
  }
  return out;
}

function isNegation(d: Difference): boolean {
  const { amount: r } = d.report;
  const { amount: w } = d.workbook;
  if (!r || !w || w.value.isZero()) return false;
  const plain = isPlain(d.report, d.workbook);
  const wf = figureOf(w, plain);
  const negated: Figure = { value: wf.value.negated(), unit: wf.unit };
  return agree(figureOf(r, plain), negated);
}

const COST_WORDS = /kostnad|avskrivning|nedskrivning/;

function isCost(d: Difference): boolean {
  const { report: r, workbook: w } = d;
  return (
    r.nature === "cost" ||
    w.nature === "cost" ||
    COST_WORDS.test(r.line.norm) ||
    COST_WORDS.test(w.line.norm) ||
    // A line of a note on costs ("Not 2 Verksamhetens kostnader": "Insatser", "Administration").
    (r.st.kind === "NOT" && COST_WORDS.test(r.st.title.toLowerCase())) ||
    (w.st.kind === "NOT" && COST_WORDS.test(w.st.title.toLowerCase()))
  );
}
