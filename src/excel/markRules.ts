/**
 * The conditional-format rules that are the add-in's marks. Each carries a tag in its formula
 * (`ISTEXT("FINSAM.markering.fel")`, always true), so the add-in finds its own rules again on any
 * sheet, after any rename, and never touches a rule of the user's. The rule also holds only while
 * the cell keeps the value the finding was about: when the user corrects the cell, its mark goes
 * by itself. Formulas are written in Excel's invariant (en-US) language, as `rule.formula` wants.
 */
import type { MarkLevel } from "../taskpane/paneActions";

export type { MarkLevel };

/** Excel's own "Dålig" and "Neutral" cell-style fills, so marks look like Excel's. */
export const MARK_FILL: Record<MarkLevel, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

const TAG = "FINSAM.markering";
const LEVEL_WORD: Record<MarkLevel, string> = { error: "fel", warning: "varning" };

/** Excel keeps 15 significant digits and string constants of at most 255 characters. */
const MAX_TEXT = 200;

function numberLiteral(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const s = String(n).toUpperCase();
  const digits = s.replace(/E.*$/, "").replace(/[-.]/g, "").replace(/^0+/, "");
  return digits.length > 15 ? null : s;
}

/** `C19=-1920460`, `A3="Summa"`, or null when the value cannot be compared safely. */
function sameValue(cell: string, value: unknown): string | null {
  if (typeof value === "number") {
    const n = numberLiteral(value);
    return n === null ? null : `${cell}=${n}`;
  }
  if (typeof value === "string" && value !== "" && value.length <= MAX_TEXT && !value.startsWith("#"))
    return `${cell}="${value.replace(/"/g, '""')}"`;
  return null;
}

/** The rule formula of a mark on `cell` (A1, relative) that now holds `value`. */
export function markFormula(level: MarkLevel, cell: string, value: unknown): string {
  const tag = `ISTEXT("${TAG}.${LEVEL_WORD[level]}")`;
  const condition = sameValue(cell, value);
  return condition ? `=AND(${tag},${condition})` : `=${tag}`;
}

/** Excel's own "Bra" cell-style fill: a tickmark on a total whose tie held. */
export const TICK_FILL = "#C6EFCE";

/**
 * The rule formula of a tickmark on `cell`: tagged like the marks (so unmarking takes it away the
 * same way) and, like them, holding only while the cell keeps the value that was checked.
 */
export function tickFormula(cell: string, value: unknown): string {
  const tag = `ISTEXT("${TAG}.bock")`;
  const condition = sameValue(cell, value);
  return condition ? `=AND(${tag},${condition})` : `=${tag}`;
}

/** True for the formula of a mark the add-in wrote, and for no formula a user would write. */
export function isMarkFormula(formula: string): boolean {
  return formula.includes(`ISTEXT("${TAG}.`);
}
