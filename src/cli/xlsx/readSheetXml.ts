/**
 * One worksheet's XML → its filled cells, as Office.js would report them: the value (a formula's
 * cached result; dates as serial numbers; errors as "#DIV/0!"), the displayed text, the formula
 * with "=", the number format. Cells hidden under a merged range's top-left cell are dropped.
 * A plain scan of the XML: several times faster than building ExcelJS's object model.
 *
 * `r=` on rows and cells is optional in the file format: a row without it follows the previous
 * row, a cell without it follows the previous cell of its row. An address outside Excel's grid
 * (A0, XFE1, A1048577) or a number that is no finite number makes the file damaged, as in Excel.
 */
import { a1, parseA1 } from "../../engine/workbook/snapshot";
import type { CellValue } from "../../engine/workbook/snapshot";
import { cli } from "../../i18n/sv/cli";
import type { ReadCell } from "../denseSheet";
import { displayDate, displayNumber } from "../../engine/workbook/displayText";
import { DamagedXlsx } from "./errors";
import { shiftFormula } from "./formula";
import { MAX_COLUMNS, MAX_ROWS } from "./grid";
import { withoutMergedNonMasters } from "./merges";
import type { Styles } from "./styles";
import { attributes, decodeText, textRuns } from "./xml";

export { UnsupportedXlsx } from "./errors";

export { MAX_COLUMNS, MAX_ROWS } from "./grid";

// A row's start tag (group 1: attributes), or a cell (group 2: attributes, group 3: body). A body
// never runs past the next <c or </c, and attributes never past a "<": an unclosed tag then costs
// one short failed match instead of a scan to the end of the sheet for every cell after it.
const ROW_OR_CELL = /<row\b([^<>]*?)\/?>|<c\b([^<>]*?)(?:\/>|>((?:[^<]|<(?!\/?c\b))*?)<\/c>)/g;
const FORMULA = /<f\b([^<>]*?)(?:\/>|>([\s\S]*?)<\/f>)/;
const VALUE = /<v>([\s\S]*?)<\/v>/;

export function readSheetXml(
  xml: string,
  sharedStrings: readonly string[],
  styles: Styles,
  date1904: boolean,
  sheetName = "",
): ReadCell[] {
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  const cells: ReadCell[] = [];
  let row = -1;
  let col = -1;
  ROW_OR_CELL.lastIndex = 0;
  for (let m = ROW_OR_CELL.exec(xml); m; m = ROW_OR_CELL.exec(xml)) {
    if (m[1] !== undefined) {
      const r = attributes(m[1]).r;
      row = r === undefined ? row + 1 : Number(r) - 1;
      if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
        throw new DamagedXlsx(cli.damagedRow(sheetName, r ?? String(row + 1)));
      col = -1;
      continue;
    }
    const a = attributes(m[2]);
    const at = a.r === undefined ? { row: Math.max(row, 0), col: col + 1 } : parseA1(a.r);
    if (!at || at.row < 0 || at.row >= MAX_ROWS || at.col < 0 || at.col >= MAX_COLUMNS)
      throw new DamagedXlsx(cli.damagedAddress(sheetName, a.r ?? a1(Math.max(row, 0), col + 1)));
    row = at.row;
    col = at.col;
    const body = m[3] ?? "";
    const style = a.s === undefined ? 0 : Number(a.s);
    const numFmt = styles.formatOf(style);
    const formula = formulaOf(body, at.row, at.col, shared);
    const shown = valueOf(a.t, body, sharedStrings, numFmt, styles.isDate(style), date1904);
    if (shown === null) throw new DamagedXlsx(cli.damagedNumber(sheetName, a1(at.row, at.col)));
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
  return withoutMergedNonMasters(xml, cells);
}

/** The cell's value and text, or null for a number that is no finite number. */
function valueOf(
  type: string | undefined,
  body: string,
  sharedStrings: readonly string[],
  numFmt: string,
  isDate: boolean,
  date1904: boolean,
): { value: CellValue; text: string } | null {
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
      // An error cell (#DIV/0!, #REF! …) keeps its error text, as Office.js's values give it.
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
      const n = raw.trim() === "" ? NaN : Number(raw);
      if (!Number.isFinite(n)) return null;
      if (isDate) {
        // Serial numbers count days from 1899-12-30 (or from 1904-01-01 in the 1904 date system).
        const days = n + (date1904 ? 1462 : 0) - 25569;
        const date = new Date(Math.round(days * 86400000));
        return {
          value: n,
          text: Number.isNaN(date.getTime()) ? displayNumber(n, numFmt) : displayDate(date),
        };
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
