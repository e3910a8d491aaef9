/**
 * Marks of earlier versions: a fill written over the cell, its old fill saved in the document
 * settings under `finsam.marks`. They are taken away once, the first time marks are set or
 * cleared, and only where the cell still shows the mark's colour: a cell the user has recoloured,
 * or one a row insert has moved elsewhere, is left as it is rather than given someone else's fill.
 */
import type { CellRef } from "../engine/workbook/snapshot";
import { updateSetting, type DocumentSettings } from "./documentSettings";
import { MARK_FILL } from "./markRules";

export const LEGACY_MARKS_SETTING = "finsam.marks";

export interface SavedFill {
  readonly pattern: string;
  readonly color: string | null;
  readonly patternColor: string | null;
}

interface SavedMark extends CellRef {
  readonly fill: SavedFill;
}

function isSavedMark(v: unknown): v is SavedMark {
  if (!v || typeof v !== "object") return false;
  const m = v as Partial<SavedMark>;
  return (
    typeof m.sheet === "string" &&
    typeof m.cell === "string" &&
    !!m.fill &&
    typeof m.fill.pattern === "string"
  );
}

export function legacyMarks(settings: DocumentSettings): SavedMark[] {
  const v = settings.get(LEGACY_MARKS_SETTING);
  return Array.isArray(v) ? v.filter(isSavedMark) : [];
}

const MARK_COLOURS = new Set(Object.values(MARK_FILL).map((c) => c.toUpperCase()));

/**
 * Queues the loads of the legacy cells' fills (on sheets that exist); `restore` then queues the
 * restores where a cell still shows a mark colour. Call `restore` after a sync.
 */
export function prepareLegacyRestore(
  sheets: Excel.WorksheetCollection,
  present: ReadonlySet<string>,
  saved: readonly SavedMark[],
): { restore(): number } {
  const here = saved.filter((m) => present.has(m.sheet.toLowerCase()));
  const fills = here.map((m) => sheets.getItem(m.sheet).getRange(m.cell).format.fill.load("color,pattern"));
  return {
    restore: () => {
      let n = 0;
      here.forEach((m, i) => {
        if (fills[i].pattern !== "Solid" || !MARK_COLOURS.has(fills[i].color.toUpperCase())) return;
        restoreFill(sheets.getItem(m.sheet).getRange(m.cell).format.fill, m.fill);
        n++;
      });
      return n;
    },
  };
}

function restoreFill(fill: Excel.RangeFill, saved: SavedFill): void {
  fill.clear();
  if (saved.pattern === "None") return;
  fill.pattern = saved.pattern as Excel.FillPattern;
  if (saved.color !== null) fill.color = saved.color;
  if (saved.patternColor !== null) fill.patternColor = saved.patternColor;
}

/** Forgets the legacy marks in the document (re-read first, so a co-author's keys stay). */
export async function forgetLegacyMarks(settings: DocumentSettings): Promise<void> {
  await updateSetting(settings, LEGACY_MARKS_SETTING, () => []);
}
