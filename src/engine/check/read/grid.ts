import Decimal from "decimal.js";
import { parseAmount } from "../../amount/parseAmount";
import type { CellValue, SheetSnapshot } from "../../workbook/snapshot";

/**
 * A sheet's cells read once: each non-empty cell as text or as an amount. Recognition and checks
 * then never parse a cell twice (speed on 100 000-cell workbooks).
 */

export interface GridCell {
  /** 0-based absolute row and column. */
  readonly row: number;
  readonly col: number;
  readonly raw: CellValue;
  /** The cell as a trimmed string (displayed text where known). */
  readonly str: string;
  /** Parsed amount, when the cell holds one. */
  readonly amount?: Decimal;
  readonly dash: boolean;
  readonly percent: boolean;
  /** Decimals written or displayed (rounding unit of the figure). */
  readonly decimals: number;
  /** The cell is a formula that evaluated to an error (#DIV/0!, #REF!...). */
  readonly error: boolean;
}

export interface GridRow {
  readonly row: number;
  readonly cells: readonly GridCell[];
}

const ERROR_RE =
  /^#(DIV\/0!|REF!|VALUE!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|BUSY!|GETTING_DATA|FIELD!|CONNECT!|BLOCKED!|UNKNOWN!|EXTERNAL!|VÄRDEFEL!|REFERENS!|DIVISION\/0!|NAMN\?|SAKNAS!|OGILTIGT!|SKÄRNING!|BERÄKNA!)/i;

/** Reads the non-empty cells of a sheet row by row. */
export function readGrid(sheet: SheetSnapshot): GridRow[] {
  const rows: GridRow[] = [];
  const { values, text, numberFormat } = sheet;
  for (let r = 0; r < values.length; r++) {
    const vr = values[r];
    if (!vr || vr.length === 0) continue;
    const cells: GridCell[] = [];
    for (let c = 0; c < vr.length; c++) {
      const raw = vr[c];
      if (raw === null || raw === undefined || raw === "") continue;
      const shown = text?.[r]?.[c];
      const fmt = numberFormat?.[r]?.[c];
      const cell = readCell(sheet.origin.row + r, sheet.origin.col + c, raw, shown, fmt);
      if (cell) cells.push(cell);
    }
    if (cells.length > 0) rows.push({ row: sheet.origin.row + r, cells });
  }
  return rows;
}

function readCell(
  row: number,
  col: number,
  raw: CellValue,
  shown: string | undefined,
  fmt: string | undefined,
): GridCell | null {
  if (typeof raw === "boolean") {
    return {
      row,
      col,
      raw,
      str: raw ? "SANT" : "FALSKT",
      dash: false,
      percent: false,
      decimals: 0,
      error: false,
    };
  }
  if (typeof raw === "number" && !plausibleFigure(raw)) {
    // NaN, ±Infinity or beyond any report (a damaged file, 1E+308): no figure, as Excel's #NUM!
    // says of a number it cannot hold, so no message or sum ever carries it.
    return { row, col, raw: "#NUM!", str: "#NUM!", dash: false, percent: false, decimals: 0, error: true };
  }
  if (typeof raw === "number") {
    // Dates are numbers to Excel (45657 is 2024-12-31); to a reader they are header text.
    if (isDate(shown, fmt)) {
      // The serial is the truth (a displayed text can be stale); write it as ISO.
      const iso = raw > 0 && raw < 2958466 ? serialToIso(raw) : (shown ?? String(raw));
      return { row, col, raw: iso, str: iso, dash: false, percent: false, decimals: 0, error: false };
    }
    const percent = fmt !== undefined && fmt.includes("%");
    const decimals = displayedDecimals(raw, shown, fmt);
    return {
      row,
      col,
      raw,
      str: shown?.trim() || String(raw),
      amount: new Decimal(raw),
      dash: false,
      percent,
      decimals,
      error: false,
    };
  }
  const str = String(raw).trim();
  if (str === "") return null;
  if (ERROR_RE.test(str))
    return { row, col, raw, str, dash: false, percent: false, decimals: 0, error: true };
  const parsed = parseAmount(str);
  // A figure beyond any report ("999…9" of forty digits) is a damaged cell: no figure, no sum.
  if (parsed.ok && !plausibleFigure(parsed.value.toNumber()))
    return { row, col, raw, str, dash: false, percent: false, decimals: 0, error: true };
  if (parsed.ok) {
    return {
      row,
      col,
      raw,
      str,
      amount: parsed.value,
      dash: parsed.dash,
      percent: parsed.percent,
      decimals: parsed.decimals,
      error: false,
    };
  }
  return { row, col, raw, str, dash: false, percent: false, decimals: 0, error: false };
}

/**
 * The largest figure read as an amount: a thousand times the Swedish state's balance sheet, in
 * kronor. Anything larger is a damaged cell, not a figure (and would lose its öre as a float).
 */
const MAX_FIGURE = 1e15;

function plausibleFigure(x: number): boolean {
  return Number.isFinite(x) && Math.abs(x) <= MAX_FIGURE;
}

/** Excel's 1900 date system: serial 1 is 1900-01-01, with the phantom 1900-02-29 at 60. */
function serialToIso(serial: number): string {
  const days = Math.floor(serial) - (serial > 60 ? 1 : 0);
  const d = new Date(Date.UTC(1899, 11, 31) + days * 86400000);
  return d.toISOString().slice(0, 10);
}

const DATE_TEXT_RE = /^\d{4}-\d{2}-\d{2}|^\d{1,2}[./]\d{1,2}[./]\d{2,4}$/;

function isDate(shown: string | undefined, fmt: string | undefined): boolean {
  if (shown && DATE_TEXT_RE.test(shown.trim())) return true;
  if (!fmt) return false;
  // Date formats name y, m, d (outside quoted text and [colour] sections).
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]/g, "");
  return /(^|[^a-z])(yy|dd|d|mm|m|åå)([^a-z]|$)/i.test(bare) && /y|d|å/i.test(bare);
}

/** The decimals a reader sees: from the displayed text, else the number format, else the value (max 2). */
function displayedDecimals(value: number, shown: string | undefined, fmt: string | undefined): number {
  if (shown) {
    // Only the decimals matter here: "1 234,50" → 2, "54 %" → 2 (a whole per cent), "1 920 460" → 0.
    // A negative shown in parentheses by its format ("(0,1)", "(1 234,5)") has the same decimals.
    const bare = shown.replace(/\)\s*$/, "");
    const m = /[.,](\d+)\s*(%)?\s*(kr)?\s*$/i.exec(bare);
    const percent = /%\s*$/.test(bare);
    const written = m && !/[.,]\d{3}[.,\s]/.test(bare) ? m[1].length : 0;
    if (/\d/.test(shown)) return written + (percent ? 2 : 0);
  }
  if (fmt && fmt !== "General" && fmt !== "@") {
    // Format codes always write "." for the decimal point and "," for thousands ("#,##0.0").
    const section = fmt.split(";")[0].replace(/"[^"]*"|\[[^\]]*\]/g, "");
    if (/[0#]/.test(section)) {
      const m = /\.([0#]+)/.exec(section);
      return (m ? m[1].length : 0) + (section.includes("%") ? 2 : 0);
    }
  }
  const s = String(value);
  const dot = s.indexOf(".");
  return dot < 0 ? 0 : Math.min(2, s.length - dot - 1);
}
