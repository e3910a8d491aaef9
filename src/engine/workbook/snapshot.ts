/**
 * A workbook as the engine sees it: per sheet, the used range as parallel 2-D arrays, exactly the
 * shape Office.js returns for `range.values`, `range.text`, `range.formulas` and
 * `range.numberFormat`. The Excel adapter fills it in one sync; the command line fills it from an
 * .xlsx. Nothing here knows about Office.js or ExcelJS.
 */

/** A cell's value: number, text, boolean, or null for an empty cell. Excel errors arrive as text ("#DIV/0!"). */
export type CellValue = string | number | boolean | null;

export interface SheetSnapshot {
  readonly name: string;
  /** 0-based row and column of the top-left cell of the arrays (a used range need not start at A1). */
  readonly origin: { readonly row: number; readonly col: number };
  /** Row-major values; rows may be ragged (missing cells are empty). */
  readonly values: readonly (readonly CellValue[])[];
  /** The displayed text of each cell, where known. */
  readonly text?: readonly (readonly string[])[];
  /** The formula of each cell ("=SUMMA(B2:B4)" or "=SUM(B2:B4)"), or its constant, where known. */
  readonly formulas?: readonly (readonly (string | number | boolean | null)[])[];
  /** The number format of each cell ("# ##0", "0 %", "General"), where known. */
  readonly numberFormat?: readonly (readonly string[])[];
}

export interface WorkbookSnapshot {
  /** File or workbook name, for messages. */
  readonly name?: string;
  readonly sheets: readonly SheetSnapshot[];
}

/** 0-based column index → letters (0 → "A", 26 → "AA"). */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based absolute row and column → "B12". */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** "B12" → 0-based { row, col }, or null if it is no A1 address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** Sheet-qualified address as Excel writes it: `Resultaträkning!C9`, quoting names with spaces. */
export function qualifiedAddress(sheet: string, cell: string): string {
  const needsQuotes = !/^[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*$/.test(sheet);
  return `${needsQuotes ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${cell}`;
}

/** A cell named by its sheet and A1 address. */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** `'Not 2'!C9` → { sheet: "Not 2", cell: "C9" }; null when no sheet is named. */
export function parseQualified(address: string): CellRef | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  return cell ? { sheet, cell } : null;
}

/**
 * Excel's error values. A cell holding one arrives in `values` as its en-US name ("#DIV/0!"): the
 * .xlsx file stores that name whatever the language, and Office.js's `values` give it too, while
 * `text` shows what the user sees (in Swedish Excel "#DIVISION/0!"). The Swedish names are those
 * of Microsoft's Swedish FEL.TYP page and HyperFormula's svSE pack; for the newer errors without a
 * documented Swedish name, Swedish Excel shows the English one (#SPILL! is the same in both).
 */
export const EXCEL_ERRORS: readonly { readonly en: string; readonly sv: string }[] = [
  { en: "#NULL!", sv: "#SKÄRNING!" },
  { en: "#DIV/0!", sv: "#DIVISION/0!" },
  { en: "#VALUE!", sv: "#VÄRDEFEL!" },
  { en: "#REF!", sv: "#REFERENS!" },
  { en: "#NAME?", sv: "#NAMN?" },
  { en: "#NUM!", sv: "#OGILTIGT!" },
  { en: "#N/A", sv: "#SAKNAS!" },
  { en: "#GETTING_DATA", sv: "#HÄMTAR_DATA" },
  { en: "#SPILL!", sv: "#SPILL!" },
  { en: "#CALC!", sv: "#CALC!" },
  { en: "#FIELD!", sv: "#FIELD!" },
  { en: "#BLOCKED!", sv: "#BLOCKED!" },
  { en: "#CONNECT!", sv: "#CONNECT!" },
  { en: "#BUSY!", sv: "#BUSY!" },
  { en: "#UNKNOWN!", sv: "#UNKNOWN!" },
  { en: "#PYTHON!", sv: "#PYTHON!" },
  { en: "#EXTERNAL!", sv: "#EXTERNAL!" },
];

const ERROR_BY_NAME = new Map<string, string>(
  EXCEL_ERRORS.flatMap((e) => [
    [e.en.toUpperCase(), e.en],
    [e.sv.toUpperCase(), e.en],
  ]),
);

/** The en-US name of the Excel error a cell holds ("#VÄRDEFEL!" → "#VALUE!"), or null for any other value. */
export function excelError(value: CellValue): string | null {
  if (typeof value !== "string" || !value.startsWith("#") || value.length > 16) return null;
  return ERROR_BY_NAME.get(value.trim().toUpperCase()) ?? null;
}
