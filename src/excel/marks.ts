/**
 * Marking blamed cells and taking the marks away, with conditional formats the add-in owns
 * (ExcelApi 1.6; the manifest asks for 1.9). A mark never writes the cell's own format, so:
 * - a row or column inserted or deleted moves the mark with its cell, or takes it with the cell;
 * - a renamed sheet keeps its marks, and unmarking still finds them (by their tag, markRules.ts);
 * - a fill the user gives a marked cell is theirs and stays when the mark goes;
 * - a mark holds only while the cell keeps the value the finding was about.
 * Marking replaces all earlier marks: the workbook shows what the current result says, never
 * what an earlier check said about cells that have changed since.
 */
import type { CellRef } from "../engine/workbook/snapshot";
import type { DocumentSettings } from "./documentSettings";
import type { ExcelRun } from "./excelRun";
import { forgetLegacyMarks, legacyMarks, prepareLegacyRestore } from "./legacyMarks";
import { MARK_FILL, TICK_FILL, isMarkFormula, markFormula, tickFormula, type MarkLevel } from "./markRules";
import type { CellMark } from "../taskpane/paneActions";

export { MARK_FILL, TICK_FILL, type MarkLevel };

/** An error outranks a warning, a warning a tickmark, on the same cell. */
const RANK: Record<CellMark["level"], number> = { error: 0, warning: 1, held: 2 };

const keyOf = (c: CellRef): string => `${c.sheet.toLowerCase()}!${c.cell.toUpperCase()}`;

/** One mark per cell; an error outranks a warning on the same cell. */
function onePerCell(marks: readonly CellMark[]): CellMark[] {
  const unique = new Map<string, CellMark>();
  for (const m of marks) {
    const prev = unique.get(keyOf(m));
    if (!prev || RANK[m.level] < RANK[prev.level]) unique.set(keyOf(m), m);
  }
  return [...unique.values()];
}

/** How many cells carry a mark after the replacement, and how many carried one before it. */
interface Replaced {
  readonly written: number;
  readonly removed: number;
}

/**
 * Removes the add-in's rules from every sheet, puts back legacy fills, and adds a rule per mark.
 * Four syncs: sheet names; rules, marked cells' values, legacy fills; rule formulas; the writes.
 */
async function replaceMarks(
  run: ExcelRun,
  settings: DocumentSettings,
  marks: readonly CellMark[],
): Promise<Replaced> {
  const legacy = legacyMarks(settings);
  const written = await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
    const rules = sheets.items.map((s) => s.getRange().conditionalFormats.load("items/type"));
    const targets = marks.filter((m) => present.has(m.sheet.toLowerCase()));
    const cells = targets.map((m) => sheets.getItem(m.sheet).getRange(m.cell).load("values"));
    const legacyRestore = prepareLegacyRestore(sheets, present, legacy);
    await context.sync();

    const custom = rules.flatMap((c) => c.items.filter((item) => item.type === "Custom"));
    const formulas = custom.map((item) => item.custom.rule.load("formula"));
    if (custom.length > 0) await context.sync();

    let removed = legacy.length;
    custom.forEach((item, i) => {
      if (!isMarkFormula(formulas[i].formula)) return;
      item.delete();
      removed++;
    });
    legacyRestore.restore();
    targets.forEach((m, i) => {
      const rule = sheets.getItem(m.sheet).getRange(m.cell).conditionalFormats.add("Custom");
      const value = cells[i].values[0]?.[0];
      rule.custom.rule.formula =
        m.level === "held" ? tickFormula(m.cell, value) : markFormula(m.level, m.cell, value);
      rule.custom.format.fill.color = m.level === "held" ? TICK_FILL : MARK_FILL[m.level];
    });
    await context.sync();
    return { written: targets.length, removed };
  });
  if (legacy.length > 0) await forgetLegacyMarks(settings);
  return written;
}

/** Marks the cells, replacing every earlier mark. Returns how many cells carry a mark. */
export function markCells(
  run: ExcelRun,
  settings: DocumentSettings,
  marks: readonly CellMark[],
): Promise<number> {
  return replaceMarks(run, settings, onePerCell(marks)).then((r) => r.written);
}

/**
 * Takes every mark away, on every sheet, whatever happened to the sheets since. Resolves to how
 * many marks there were (0 tells the user nothing was marked).
 */
export async function clearMarks(run: ExcelRun, settings: DocumentSettings): Promise<number> {
  return (await replaceMarks(run, settings, [])).removed;
}
