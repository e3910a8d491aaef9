/**
 * Gives every row and cell of a worksheet's XML its `r=` address, for ExcelJS, which needs them
 * (without, it fails on a valid file: "Invalid row number in model"). The file format makes them
 * optional: a row without `r=` follows the previous row, a cell without it the previous cell of its
 * row. Addresses outside Excel's grid make the file damaged (as in the fast reader). Plain text in,
 * plain text out, so the workbench can use it in the browser too.
 */
import { a1, parseA1 } from "../../engine/workbook/snapshot";
import { cli } from "../../i18n/sv/cli";
import { DamagedXlsx } from "./errors";
import { MAX_COLUMNS, MAX_ROWS } from "./grid";

// Start tags of rows and cells only (bodies are left as they are).
const ROW_OR_CELL_TAG = /<row\b([^<>]*?)(\/?)>|<c\b([^<>]*?)(\/?)>/g;
const R_ATTR = /(?<![\w:])r\s*=\s*"([^"]*)"/;

export function withAddresses(xml: string, sheetName: string): string {
  let row = -1;
  let col = -1;
  let changed = false;
  const out = xml.replace(
    ROW_OR_CELL_TAG,
    (tag, rowAttrs: string | undefined, rowEnd: string, cellAttrs: string | undefined, cellEnd: string) => {
      if (rowAttrs !== undefined) {
        const r = R_ATTR.exec(rowAttrs)?.[1];
        row = r === undefined ? row + 1 : Number(r) - 1;
        if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS)
          throw new DamagedXlsx(cli.damagedRow(sheetName, r ?? String(row + 1)));
        col = -1;
        if (r !== undefined) return tag;
        changed = true;
        return `<row r="${row + 1}"${rowAttrs}${rowEnd}>`;
      }
      const attrs = cellAttrs ?? "";
      const r = R_ATTR.exec(attrs)?.[1];
      const at = r === undefined ? { row: Math.max(row, 0), col: col + 1 } : parseA1(r);
      if (!at || at.row < 0 || at.row >= MAX_ROWS || at.col < 0 || at.col >= MAX_COLUMNS)
        throw new DamagedXlsx(cli.damagedAddress(sheetName, r ?? a1(Math.max(row, 0), col + 1)));
      row = at.row;
      col = at.col;
      if (r !== undefined) return tag;
      changed = true;
      return `<c r="${a1(at.row, at.col)}"${attrs}${cellEnd}>`;
    },
  );
  return changed ? out : xml;
}
