/**
 * The workbook's worksheets in order, by name and part (xl/workbook.xml and its relationships),
 * or null when the list cannot be made (missing parts, a sheet without a target): the readers then
 * leave the file to ExcelJS or call it damaged.
 */
import { attributes } from "./xml";

export interface SheetEntry {
  readonly name: string;
  /** The part holding it, e.g. "xl/worksheets/sheet1.xml"; chart sheets are left out. */
  readonly part: string;
}

export function sheetList(workbookXml: string, relsXml: string): SheetEntry[] | null {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b([^<>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sheets: SheetEntry[] = [];
  for (const m of workbookXml.matchAll(/<sheet\b([^<>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    const part = targets.get(a["r:id"] ?? "");
    if (!a.name || !part) return null;
    if (part.includes("worksheets/")) sheets.push({ name: a.name, part }); // chart and dialog sheets hold no cells
  }
  return sheets;
}
