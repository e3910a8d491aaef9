/**
 * What fill a cell shows: the first conditional format whose rule holds there, else the cell's own
 * fill, as Excel paints it. The double evaluates only the small formula language such rules use
 * (`TRUE`, `ISTEXT("…")`, `AND(…)`, `A1=number`, `A1="text"`); a rule it cannot read shows nothing,
 * never a made-up colour.
 */
import { parseA1 } from "../../engine/workbook/snapshot";
import { splitArguments, toA1 } from "./formulaRefs";
import { cellKey, type ConditionalFormatModel, type SheetModel } from "./model";

export function conditionHolds(
  sheet: SheetModel,
  rule: ConditionalFormatModel,
  row: number,
  col: number,
): boolean {
  const { r0, c0, r1, c1 } = rule.range;
  if (row < r0 || row > r1 || col < c0 || col > c1) return false;
  const formula = toA1(rule.relativeFormula, row, col).trim();
  return evaluate(sheet, formula.startsWith("=") ? formula.slice(1) : formula);
}

function evaluate(sheet: SheetModel, expr: string): boolean {
  const e = expr.trim();
  if (/^TRUE$/i.test(e)) return true;
  if (/^ISTEXT\("(?:[^"]|"")*"\)$/i.test(e)) return true;
  const and = /^AND\((.*)\)$/i.exec(e);
  if (and) return splitArguments(and[1]).every((part) => evaluate(sheet, part));
  const eq = /^(\$?[A-Z]{1,3}\$?\d+)=(.+)$/i.exec(e);
  if (eq) {
    const at = parseA1(eq[1]);
    if (!at) return false;
    const value = sheet.cells.get(cellKey(at.row, at.col))?.value ?? null;
    const rhs = eq[2].trim();
    const text = /^"((?:[^"]|"")*)"$/.exec(rhs);
    if (text) return typeof value === "string" && value === text[1].replace(/""/g, '"');
    const n = Number(rhs);
    return rhs !== "" && Number.isFinite(n) && typeof value === "number" && value === n;
  }
  return false;
}

/** The colour a cell shows, or null when it shows no fill. */
export function shownFill(sheet: SheetModel, row: number, col: number): string | null {
  for (const rule of sheet.conditionalFormats)
    if (rule.fill !== null && conditionHolds(sheet, rule, row, col)) return rule.fill;
  const cell = sheet.cells.get(cellKey(row, col));
  return cell && cell.fill.pattern !== "None" ? (cell.fill.color ?? null) : null;
}
