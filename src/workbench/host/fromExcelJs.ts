/**
 * Builds the host double's workbook model from an ExcelJS workbook: values (formula results where
 * the file carries them), formulas, number formats, fills, fonts and borders. Works with ExcelJS's
 * Node build (tests) and its browser build (the workbench).
 */
import type ExcelJS from "exceljs";
import {
  WORKBOOK_BUDGET,
  checkCells,
  type BudgetLimits,
  type UsedRangeSize,
} from "../../engine/workbook/budget";
import { a1 } from "../../engine/workbook/snapshot";
import { cellForWrite, newSheet, type BorderModel, type ModelValue, type WorkbookModel } from "./model";

export function modelFromExcelJs(
  workbook: ExcelJS.Workbook,
  name: string,
  limits: BudgetLimits = WORKBOOK_BUDGET,
): WorkbookModel {
  // The same cell budget as the command line and the pane, before any cell is copied.
  checkCells(
    name,
    workbook.worksheets.map(usedRangeSize).filter((r) => r !== null),
    limits,
  );
  const sheets = workbook.worksheets.map((ws) => {
    const sheet = newSheet(ws.name);
    sheet.visibility =
      ws.state === "hidden" ? "Hidden" : ws.state === "veryHidden" ? "VeryHidden" : "Visible";
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const model = cellForWrite(sheet, rowNumber - 1, colNumber - 1);
        const { value, formula } = valueOf(cell.value);
        model.value = value;
        model.formula = formula;
        model.numberFormat = cell.numFmt || "General";
        const fill = cell.fill;
        if (fill && fill.type === "pattern" && fill.pattern && fill.pattern !== "none") {
          model.fill = {
            pattern: fill.pattern === "solid" ? "Solid" : fill.pattern,
            color: colour(fill.fgColor) ?? "#FFFFFF",
            patternColor: fill.pattern === "solid" ? null : colour(fill.bgColor),
          };
        }
        model.font = { color: colour(cell.font?.color), bold: cell.font?.bold === true };
        for (const edge of ["top", "bottom", "left", "right"] as const) {
          const b = cell.border?.[edge];
          if (b?.style)
            model.borders[edge] = { style: b.style, color: colour(b.color) } satisfies BorderModel;
        }
      });
    });
    return sheet;
  });
  const first = sheets.find((s) => s.visibility === "Visible") ?? sheets[0];
  return { name, sheets, activeSheet: first?.name ?? "", selection: "A1" };
}

/** A sheet's used range (its filled cells' bounds), or null for an empty sheet. */
function usedRangeSize(ws: ExcelJS.Worksheet): UsedRangeSize | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (_cell, c) => {
      top = Math.min(top, r - 1);
      bottom = Math.max(bottom, r - 1);
      left = Math.min(left, c - 1);
      right = Math.max(right, c - 1);
    });
  });
  if (bottom < 0) return null;
  return {
    sheet: ws.name,
    rows: bottom - top + 1,
    columns: right - left + 1,
    range: `${a1(top, left)}:${a1(bottom, right)}`,
  };
}

function valueOf(v: ExcelJS.CellValue): { value: ModelValue; formula: string | null } {
  if (v === null || v === undefined) return { value: null, formula: null };
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean")
    return { value: v, formula: null };
  if (v instanceof Date) return { value: v.toISOString().slice(0, 10), formula: null };
  if (typeof v === "object") {
    if ("formula" in v || "sharedFormula" in v) {
      const f = v as { formula?: string; sharedFormula?: string; result?: unknown };
      const result = f.result;
      const value: ModelValue =
        typeof result === "number" || typeof result === "string" || typeof result === "boolean"
          ? result
          : result && typeof result === "object" && "error" in result
            ? String((result as { error: unknown }).error)
            : null;
      return { value, formula: f.formula ? `=${f.formula}` : null };
    }
    if ("richText" in v) return { value: v.richText.map((t) => t.text).join(""), formula: null };
    if ("text" in v && "hyperlink" in v) return { value: String(v.text), formula: null };
    if ("error" in v) return { value: String(v.error), formula: null };
  }
  return { value: String(v), formula: null };
}

function colour(c: Partial<ExcelJS.Color> | undefined): string | null {
  const argb = c?.argb;
  if (typeof argb === "string" && /^[0-9A-Fa-f]{8}$/.test(argb)) return `#${argb.slice(2).toUpperCase()}`;
  if (typeof argb === "string" && /^[0-9A-Fa-f]{6}$/.test(argb)) return `#${argb.toUpperCase()}`;
  return null;
}
