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

/**
 * A line of income, financing or result: more is better, so its deviation is always outcome minus
 * budget, whichever way the table signs its costs.
 */
export function isIncomeLine(line: Line): boolean {
  const nature = line.concept ? conceptById(line.concept)?.nature : undefined;
  if (nature === "income" || nature === "result") return true;
  return /intäkt|bidrag|skatt|medlemsavgift|finansiering|finansförvaltning|utjämning|resultat|överskott|underskott/.test(
    line.norm,
  );
}

/**
 * How each line's deviation reads, learned from the table's own figures. A budget table gives the
 * deviation as outcome minus budget, or, where costs are shown positive, as budget minus outcome for
 * costs (positive = under budget), whatever its lines are called (a nämnd's name says nothing of
 * its sign). The sense most lines follow is the table's; income lines keep outcome minus budget.
 * Returns, per line, whether its deviation is budget minus outcome.
 */
export function deviationSenses(
  st: Statement,
  utfall: number,
  budget: number,
  avvikelse: number,
): Map<Line, boolean> {
  let plain = 0;
  let flipped = 0;
  const one = (amount: NonNullable<ReturnType<Line["amounts"]["get"]>>, weight: number): Term => ({
    amount,
    weight,
  });
  for (const line of st.lines) {
    if (line.role === "heading" || isIncomeLine(line)) continue;
    const u = line.amounts.get(utfall);
    const b = line.amounts.get(budget);
    const d = line.amounts.get(avvikelse);
    if (!u || !b || !d || u.value.equals(b.value)) continue;
    const isPlain = withinTolerance(d, 1, [one(u, 1), one(b, -1)]);
    const isFlipped = withinTolerance(d, 1, [one(b, 1), one(u, -1)]);
    if (isPlain && !isFlipped) plain++;
    if (isFlipped && !isPlain) flipped++;
  }
  // Budget minus outcome is the sense only where costs are positive and more lines follow it.
  const tableFlipped = flipped > plain && costsShownPositive(st, utfall);
  const out = new Map<Line, boolean>();
  for (const line of st.lines) out.set(line, tableFlipped && !outcomeLessBudget(line, utfall));
  return out;
}

/**
 * In a table of net costs shown positive, the lines whose deviation still reads outcome minus budget:
 * a result, and income shown as income (positive). Income shown as a negative cost ("Finansförvaltning
 * −42 470") follows the table.
 */
function outcomeLessBudget(line: Line, utfall: number): boolean {
  const nature = line.concept ? conceptById(line.concept)?.nature : undefined;
  if (nature === "result" || /resultat|överskott|underskott/.test(line.norm)) return true;
  const u = line.amounts.get(utfall);
  return isIncomeLine(line) && u !== undefined && u.value.isPositive();
}

/** Most lines that are not income carry positive outcomes: costs are shown positive. */
function costsShownPositive(st: Statement, utfall: number): boolean {
  let pos = 0;
  let neg = 0;
  for (const line of st.lines) {
    if (line.role === "heading" || isIncomeLine(line)) continue;
    const u = line.amounts.get(utfall);
    if (!u || u.value.isZero()) continue;
    if (u.value.isPositive()) pos++;
    else neg++;
  }
  return pos > neg;
}
