import { conceptById } from "../labels/vocabulary";
import type { Line, Statement, Term } from "../model";
import { withinTolerance } from "../solve/tolerance";

/**
 * How a resultaträkning or driftredovisning signs its costs. Most Finsam reports show costs
 * negative and add everything; some show them positive and subtract them, and then often give a
 * cost's deviation as budget minus outcome (positive = under budget). Both are read from the
 * figures, never assumed.
 */

/** A line of costs: by its concept or wording ("Summa kostnader", "Insats Samverkansteam"); net and income lines excepted. */
export function isCostLine(line: Line): boolean {
  if (line.concept && conceptById(line.concept)?.nature === "cost") return true;
  if (/netto|medlem|intäkt|\bfrån\b/.test(line.norm)) return false;
  return /kostnad|\binsats/.test(line.norm);
}

/** Every cost line is zero or positive in the outcome and budget columns (deviations carry either sign). */
export function costsAllNonNegative(st: Statement): boolean {
  const values = st.lines
    .filter((l) => l.role !== "heading" && isCostLine(l))
    .flatMap((l) =>
      [...l.amounts.entries()].filter(([ci]) => st.columns[ci].kind !== "avvikelse").map(([, a]) => a),
    );
  return (
    values.length > 0 &&
    values.every((a) => !a.value.isNegative()) &&
    values.some((a) => a.value.isPositive())
  );
}

/**
 * Whether cost deviations are budget minus outcome: only where costs are shown positive, and
 * where more cost lines follow that convention than the plain outcome minus budget.
 */
export function costDeviationsFlipped(st: Statement): boolean {
  const utfall = st.columns.findIndex((c) => c.kind === "utfall" && c.role === "current");
  const budget = st.columns.findIndex((c) => c.kind === "budget");
  const avvikelse = st.columns.findIndex((c) => c.kind === "avvikelse");
  let plain = 0;
  let flipped = 0;
  if (utfall >= 0 && budget >= 0 && avvikelse >= 0 && costsAllNonNegative(st)) {
    for (const line of st.lines) {
      if (line.role === "heading" || !isCostLine(line)) continue;
      const u = line.amounts.get(utfall);
      const b = line.amounts.get(budget);
      const d = line.amounts.get(avvikelse);
      if (!u || !b || !d || u.value.equals(b.value)) continue;
      const one = (amount: typeof u, weight: number): Term => ({ amount, weight });
      if (withinTolerance(d, 1, [one(u, 1), one(b, -1)])) plain++;
      if (withinTolerance(d, 1, [one(b, 1), one(u, -1)])) flipped++;
    }
  }
  return flipped > plain;
}
