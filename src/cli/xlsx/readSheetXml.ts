/**
 * One worksheet's XML → its filled cells, as Office.js would report them: the value (a formula's
 * cached result; dates as serial numbers; errors as "#DIV/0!"), the displayed text, the formula
 * with "=", the number format. Cells hidden under a merged range's top-left cell are dropped.
 * A plain scan of the XML: several times faster than building ExcelJS's object model.
 */
import { parseA1 } from "../../engine/workbook/snapshot";
import type { CellValue } from "../../engine/workbook/snapshot";
import type { ReadCell } from "../denseSheet";
import { displayDate, displayNumber } from "../displayText";
import { shiftFormula } from "./formula";
import type { Styles } from "./styles";
import { attributes, decodeText, textRuns } from "./xml";

/** Raised for XML this reader does not handle; the caller then reads the file with ExcelJS. */
export class UnsupportedXlsx extends Error {}

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v>([\s\S]*?)<\/v>/;

export function readSheetXml(
  xml: string,
  sharedStrings: readonly string[],
  styles: Styles,
  date1904: boolean,
): ReadCell[] {
  const hidden = mergedNonMasters(xml);
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const cells: ReadCell[] = [];
  CELL.lastIndex = 0;
  for (let m = CELL.exec(xml); m; m = CELL.exec(xml)) {
    const a = attributes(m[1]);
    if (a.r === undefined) throw new UnsupportedXlsx("cell without address");
    const at = parseA1(a.r);
    if (!at) throw new UnsupportedXlsx(`bad address ${a.r}`);
    if (hidden.length > 0 && hidden.some((h) => h.covers(at.row, at.col))) continue;
    const body = m[2] ?? "";
    const style = a.s === undefined ? 0 : Number(a.s);
    const numFmt = styles.formatOf(style);
    const formula = formulaOf(body, at.row, at.col, shared);
    const shown = valueOf(a.t, body, sharedStrings, numFmt, styles.isDate(style), date1904);
    if (shown.value === null && formula === null) continue;
    cells.push({
      row: at.row,
      col: at.col,
      value: shown.value,
      text: shown.text,
      formula: formula ?? shown.value,
      numFmt,
    });
  }
  return cells;
}

function valueOf(
  type: string | undefined,
  body: string,
  sharedStrings: readonly string[],
  numFmt: string,
  isDate: boolean,
  date1904: boolean,
): { value: CellValue; text: string } {
  if (type === "inlineStr") {
    const s = textRuns(body);
    return { value: s, text: s };
  }
  const v = VALUE.exec(body);
  if (!v) return { value: null, text: "" };
  const raw = v[1];
  switch (type) {
    case "s": {
      const s = sharedStrings[Number(raw)] ?? "";
      return { value: s, text: s };
    }
    case "str":
    case "e": {
      const s = decodeText(raw);
      return { value: s, text: s };
    }
    case "b":
      return raw === "1" ? { value: true, text: "SANT" } : { value: false, text: "FALSKT" };
    case "d": {
      const d = new Date(decodeText(raw));
      if (Number.isNaN(d.getTime())) return { value: decodeText(raw), text: decodeText(raw) };
      return { value: d.getTime() / 86400000 + 25569, text: displayDate(d) };
    }
    default: {
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new UnsupportedXlsx(`bad number ${raw}`);
      if (isDate) {
        // Serial numbers count days from 1899-12-30 (or from 1904-01-01 in the 1904 date system).
        const days = n + (date1904 ? 1462 : 0) - 25569;
        return { value: n, text: displayDate(new Date(Math.round(days * 86400000))) };
      }
      return { value: n, text: displayNumber(n, numFmt) };
    }
  }
}

function formulaOf(
  body: string,
  row: number,
  col: number,
  shared: Map<string, { formula: string; row: number; col: number }>,
): string | null {
  if (!body.includes("<f")) return null;
  const f = FORMULA.exec(body);
  if (!f) return null;
  const a = attributes(f[1]);
  const text = f[2] !== undefined ? decodeText(f[2]) : "";
  if (a.t === "shared" && a.si !== undefined) {
    if (text) {
      shared.set(a.si, { formula: text, row, col });
      return `=${text}`;
    }
    const master = shared.get(a.si);
    return master ? `=${shiftFormula(master.formula, row - master.row, col - master.col)}` : null;
  }
  return text ? `=${text}` : null;
}

/** The merged ranges, each hiding every cell but its top-left one. */
function mergedNonMasters(xml: string): { covers(row: number, col: number): boolean }[] {
  if (!xml.includes("<mergeCell")) return [];
  const out: { covers(row: number, col: number): boolean }[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^>]*\bref="([A-Z]+\d+):([A-Z]+\d+)"/g)) {
    const from = parseA1(m[1]);
    const to = parseA1(m[2]);
    if (!from || !to) continue;
    out.push({
      covers: (r, c) =>
        r >= from.row && r <= to.row && c >= from.col && c <= to.col && (r !== from.row || c !== from.col),
    });
  }
  return out;
}
