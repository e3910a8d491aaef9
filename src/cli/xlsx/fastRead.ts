/**
 * Reads an .xlsx's worksheets straight from its XML (see readSheetXml): the workbook's sheet list
 * and 1904 flag, the shared strings, the number formats, then each worksheet in order. Every part
 * is unpacked within the workbook's byte budget.
 */
import { ByteBudget } from "../../engine/workbook/budget";
import type { ReadCell } from "../denseSheet";
import { type ZipEntry, unpack } from "../zipProbe";
import { UnsupportedXlsx } from "./errors";
import { readSheetXml } from "./readSheetXml";
import { readStyles } from "./styles";
import { sheetList } from "./sheetList";
import { textRuns } from "./xml";

export interface RawSheet {
  readonly name: string;
  readonly cells: readonly ReadCell[];
}

const utf8 = new TextDecoder("utf-8");

export function fastRead(
  buf: Uint8Array,
  entries: readonly ZipEntry[],
  budget: ByteBudget = new ByteBudget(""),
): RawSheet[] {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const text = (name: string): string | null => {
    const entry = byName.get(name);
    return entry ? utf8.decode(unpack(buf, entry, budget)) : null;
  };
  const workbook = text("xl/workbook.xml");
  const rels = text("xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new UnsupportedXlsx("workbook parts");
  // Strict OOXML uses other namespaces and relationship types: leave it to ExcelJS.
  if (workbook.includes("purl.oclc.org/ooxml")) throw new UnsupportedXlsx("strict OOXML");
  const date1904 = /<workbookPr\b[^<>]*\bdate1904="(1|true)"/.test(workbook);
  const list = sheetList(workbook, rels);
  if (!list) throw new UnsupportedXlsx("sheet without target");
  const sharedStrings = readSharedStrings(text("xl/sharedStrings.xml"));
  const styles = readStyles(text("xl/styles.xml"));
  const sheets: RawSheet[] = [];
  for (const { name, part } of list) {
    const xml = text(part);
    if (xml === null) throw new UnsupportedXlsx(`missing ${part}`);
    sheets.push({ name, cells: readSheetXml(xml, sharedStrings, styles, date1904, name) });
  }
  return sheets;
}

function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>((?:[^<]|<(?!\/?si\b))*?)<\/si>|<si\/>/g))
    out.push(m[1] === undefined ? "" : textRuns(m[1]));
  return out;
}
