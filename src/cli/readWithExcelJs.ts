/**
 * The fallback reader: ExcelJS's full object model, for the .xlsx files the fast XML scan does not
 * handle (strict OOXML, unusual compression). Slower, and as faithful. It is given a zip rebuilt from
 * parts already unpacked within the workbook's budget (readXlsx), so it never inflates on its own.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../engine/workbook/snapshot";
import { cli } from "../i18n/sv/cli";
import type { ReadCell } from "./denseSheet";
import { displayDate, displayNumber, excelSerial } from "../engine/workbook/displayText";
import { ReadError } from "./readError";
import type { RawSheet } from "./xlsx/fastRead";

export async function readWithExcelJs(buf: Buffer, name: string): Promise<RawSheet[]> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS declares its own `Buffer` type, which Node 20's generic Buffer does not satisfy; it is the same object.
    await wb.xlsx.load(buf as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } catch {
    // ExcelJS's own words (English, about its internals) mean nothing to a user: say it in ours.
    throw new ReadError("corrupt", cli.corrupt(name, cli.damagedWorkbook));
  }
  return wb.worksheets.map((ws) => {
    const cells: ReadCell[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        const read = readCell(cell, rowNumber - 1, colNumber - 1);
        if (read) cells.push(read);
      });
    });
    return { name: ws.name, cells };
  });
}

/** One cell as Office.js would report it, or null for an empty cell or a merged range's non-master cell. */
function readCell(cell: ExcelJS.Cell, row: number, col: number): ReadCell | null {
  if (cell.type === ExcelJS.ValueType.Merge) return null;
  const numFmt = cell.numFmt || "General";
  if (cell.type === ExcelJS.ValueType.Formula) {
    const shown = plainValue(cell.result as unknown, numFmt);
    const formula = cell.formula ? `=${cell.formula}` : null;
    return { row, col, value: shown.value, text: shown.text, formula, numFmt };
  }
  const shown = plainValue(cell.value as unknown, numFmt);
  if (shown.value === null) return null;
  return { row, col, value: shown.value, text: shown.text, formula: shown.value, numFmt };
}

/** A constant or a formula's cached result → value and displayed text. */
function plainValue(v: unknown, numFmt: string): { value: CellValue; text: string } {
  if (v === null || v === undefined) return { value: null, text: "" };
  if (typeof v === "number") return { value: v, text: displayNumber(v, numFmt) };
  if (typeof v === "string") return { value: v, text: v };
  if (typeof v === "boolean") return { value: v, text: v ? "SANT" : "FALSKT" };
  if (v instanceof Date) return { value: excelSerial(v), text: displayDate(v) };
  if (typeof v === "object") {
    const o = v as { error?: unknown; richText?: { text: string }[]; text?: unknown };
    if (typeof o.error === "string") return { value: o.error, text: o.error };
    if (Array.isArray(o.richText)) {
      const s = o.richText.map((t) => t.text).join("");
      return { value: s, text: s };
    }
    if (typeof o.text === "string") return { value: o.text, text: o.text };
    if (o.text && typeof o.text === "object") return plainValue(o.text, numFmt);
  }
  return { value: null, text: "" };
}
