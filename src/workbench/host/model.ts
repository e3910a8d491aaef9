/**
 * The workbook behind the host double: cells with value, formula, number format and the formats
 * marks touch (fill, font, borders), sheets, tables, the selection. Plain data plus a change
 * signal; the double (excelDouble.ts) is the only writer besides the grid's edits.
 */
import { displayNumber } from "../../engine/workbook/displayText";
import { parseA1 } from "../../engine/workbook/snapshot";

export type ModelValue = string | number | boolean | null;

export interface FillModel {
  /** "None" (no fill), "Solid", or another Excel pattern name. */
  pattern: string;
  color: string | null;
  patternColor: string | null;
}

export interface FontModel {
  color: string | null;
  bold: boolean;
}

export interface BorderModel {
  style: string;
  color: string | null;
}

export interface CellModel {
  value: ModelValue;
  formula: string | null;
  numberFormat: string;
  fill: FillModel;
  font: FontModel;
  borders: Record<string, BorderModel>;
  hyperlink: { documentReference?: string; address?: string; textToDisplay?: string } | null;
  /** For a cell an array formula spills into: the anchor's key (`row,col`); its value goes with the formula. */
  spilledFrom: string | null;
}

export interface TableModel {
  readonly name: string;
  readonly address: string;
  readonly hasHeaders: boolean;
}

export interface CellBounds {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** A conditional format of type Custom: a formula rule and the fill it shows where it holds. */
export interface ConditionalFormatModel {
  readonly type: "Custom";
  /** The cells it applies to; moved and cut by row and column edits, as Excel's are. */
  range: CellBounds;
  /** The rule with references as offsets from the range's top-left cell (formulaRefs.ts). */
  relativeFormula: string;
  fill: string | null;
}

export interface SheetModel {
  /** Excel's worksheet id: stays when the sheet is renamed. */
  readonly id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** Key `row,col` (0-based). */
  cells: Map<string, CellModel>;
  tables: TableModel[];
  /** In priority order: the first rule that holds for a cell gives its fill. */
  conditionalFormats: ConditionalFormatModel[];
}

export interface WorkbookModel {
  name: string;
  sheets: SheetModel[];
  activeSheet: string;
  /** Selected cell (A1) of the active sheet. */
  selection: string;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

export function emptyCell(): CellModel {
  return {
    value: null,
    formula: null,
    numberFormat: "General",
    fill: { pattern: "None", color: null, patternColor: null },
    font: { color: null, bold: false },
    borders: {},
    hyperlink: null,
    spilledFrom: null,
  };
}

let sheetIds = 0;

export function newSheet(name: string): SheetModel {
  sheetIds++;
  return {
    id: `{00000000-0001-0000-${String(sheetIds).padStart(4, "0")}-000000000000}`,
    name,
    visibility: "Visible",
    cells: new Map(),
    tables: [],
    conditionalFormats: [],
  };
}

/** The cell, created empty when absent (for writes). */
export function cellForWrite(sheet: SheetModel, row: number, col: number): CellModel {
  const key = cellKey(row, col);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = emptyCell();
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Bounds of the cells holding a value (valuesOnly) or any content/format; null for an empty sheet. */
export function usedBounds(
  sheet: SheetModel,
  valuesOnly: boolean,
): { r0: number; c0: number; r1: number; c1: number } | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [key, cell] of sheet.cells) {
    const hasValue = cell.value !== null && cell.value !== "";
    const hasFormat =
      cell.fill.pattern !== "None" ||
      cell.font.bold ||
      cell.font.color !== null ||
      Object.keys(cell.borders).length > 0;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const [r, c] = key.split(",").map(Number);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
  }
  return r1 < 0 ? null : { r0, c0, r1, c1 };
}

/** The text Excel (sv-SE) would display for a value in a number format, near enough for checks. */
/**
 * A selection as Excel writes it: one area ("C20", "C11:C19") or several, comma-separated
 * ("C20,C11:C19"). The active cell is the first area's top-left cell.
 */
export function activeCell(selection: string): string {
  return selection.split(",")[0].split(":")[0].trim();
}

/** Every area of a selection as bounds (0-based, inclusive). */
export function selectionAreas(selection: string): { r0: number; c0: number; r1: number; c1: number }[] {
  return selection.split(",").flatMap((area) => {
    const [from, to] = area.trim().split(":");
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (!a || !b) return [];
    return [
      {
        r0: Math.min(a.row, b.row),
        c0: Math.min(a.col, b.col),
        r1: Math.max(a.row, b.row),
        c1: Math.max(a.col, b.col),
      },
    ];
  });
}

export function displayText(value: ModelValue, numberFormat: string): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "SANT" : "FALSKT";
  if (typeof value === "string") return value;
  // The same formatter the command line's readers use: one idea of what Swedish Excel shows.
  return displayNumber(value, numberFormat);
}

/** Deep copy of the formats of every cell and every conditional format, for comparing a workbook before and after. */
export function formatFingerprint(model: WorkbookModel): string {
  const out: string[] = [];
  for (const sheet of model.sheets) {
    const keys = [...sheet.cells.keys()].sort();
    for (const key of keys) {
      const c = sheet.cells.get(key)!;
      const isDefault =
        c.fill.pattern === "None" &&
        c.font.color === null &&
        !c.font.bold &&
        Object.keys(c.borders).length === 0 &&
        c.numberFormat === "General";
      if (isDefault) continue;
      out.push(`${sheet.name}!${key}|${JSON.stringify([c.fill, c.font, c.borders, c.numberFormat])}`);
    }
    for (const cf of sheet.conditionalFormats) out.push(`${sheet.name}|regel|${JSON.stringify(cf)}`);
  }
  return out.join("\n");
}
