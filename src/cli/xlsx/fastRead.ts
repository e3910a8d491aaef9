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
import { attributes, textRuns } from "./xml";

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
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b([^<>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    if (a.Id && a.Target) targets.set(a.Id, a.Target.startsWith("/") ? a.Target.slice(1) : `xl/${a.Target}`);
  }
  const sharedStrings = readSharedStrings(text("xl/sharedStrings.xml"));
  const styles = readStyles(text("xl/styles.xml"));
  const sheets: RawSheet[] = [];
  for (const m of workbook.matchAll(/<sheet\b([^<>]*?)\/?>/g)) {
    const a = attributes(m[1]);
    const target = targets.get(a["r:id"] ?? "");
    if (!a.name || !target) throw new UnsupportedXlsx("sheet without target");
    if (!target.includes("worksheets/")) continue; // chart sheets and dialog sheets hold no cells
    const xml = text(target);
    if (xml === null) throw new UnsupportedXlsx(`missing ${target}`);
    sheets.push({ name: a.name, cells: readSheetXml(xml, sharedStrings, styles, date1904, a.name) });
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
