/**
 * Marking blamed cells and taking the marks away. A mark changes a cell's fill only: before it
 * writes, it saves the fill it overwrites (pattern, colour, pattern colour) in the document
 * settings, and unmarking puts exactly that back (`fill.clear()` for a cell that had no fill).
 * Font colour is left alone on purpose: Office.js reports an automatic font colour as "#000000"
 * and cannot set "automatic" back, so it could not be restored exactly.
 */
import type { CellRef } from "./address";
import type { DocumentSettings } from "./documentSettings";
import type { ExcelRun } from "./excelRun";

export type MarkLevel = "error" | "warning";

export interface CellMark extends CellRef {
  readonly level: MarkLevel;
}

/** Excel's own "Dålig" and "Neutral" cell-style fills, so marks look like Excel's. */
export const MARK_FILL: Record<MarkLevel, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

export interface SavedFill {
  readonly pattern: string;
  readonly color: string | null;
  readonly patternColor: string | null;
}

interface SavedMark extends CellRef {
  readonly fill: SavedFill;
}

export const MARKS_SETTING = "finsam.marks";

function savedMarks(settings: DocumentSettings): SavedMark[] {
  const v = settings.get(MARKS_SETTING);
  return Array.isArray(v) ? (v as SavedMark[]) : [];
}

const keyOf = (c: CellRef): string => `${c.sheet}!${c.cell}`;

/** Marks the cells (two syncs: read the fills, then write). Returns how many cells carry a mark. */
export async function markCells(
  run: ExcelRun,
  settings: DocumentSettings,
  marks: readonly CellMark[],
): Promise<number> {
  const saved = savedMarks(settings);
  const already = new Set(saved.map(keyOf));
  const unique = new Map<string, CellMark>();
  for (const m of marks) {
    const prev = unique.get(keyOf(m));
    if (!prev || (prev.level === "warning" && m.level === "error")) unique.set(keyOf(m), m);
  }
  const fresh = [...unique.values()].filter((m) => !already.has(keyOf(m)));
  await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const fills = fresh.map((m) =>
      sheets.getItem(m.sheet).getRange(m.cell).format.fill.load("color,pattern,patternColor"),
    );
    await context.sync();
    fresh.forEach((m, i) => {
      saved.push({
        sheet: m.sheet,
        cell: m.cell,
        fill: { pattern: fills[i].pattern, color: fills[i].color, patternColor: fills[i].patternColor },
      });
    });
    for (const m of unique.values()) {
      const fill = sheets.getItem(m.sheet).getRange(m.cell).format.fill;
      fill.pattern = "Solid";
      fill.color = MARK_FILL[m.level];
    }
    await context.sync();
  });
  settings.set(MARKS_SETTING, saved);
  await settings.save();
  return saved.length;
}

/**
 * Puts back every saved fill and forgets the marks, in two syncs: the sheet names first, so that a
 * sheet deleted or renamed since the marking cannot make the whole restore fail.
 */
export async function clearMarks(run: ExcelRun, settings: DocumentSettings): Promise<void> {
  const saved = savedMarks(settings);
  if (saved.length === 0) return;
  await run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const present = new Set(sheets.items.map((s) => s.name));
    for (const m of saved.filter((x) => present.has(x.sheet))) {
      restoreFill(sheets.getItem(m.sheet).getRange(m.cell).format.fill, m.fill);
    }
    await context.sync();
  });
  settings.set(MARKS_SETTING, []);
  await settings.save();
}

function restoreFill(fill: Excel.RangeFill, saved: SavedFill): void {
  fill.clear();
  if (saved.pattern === "None") return;
  fill.pattern = saved.pattern as Excel.FillPattern;
  if (saved.color !== null) fill.color = saved.color;
  if (saved.patternColor !== null) fill.patternColor = saved.patternColor;
}
