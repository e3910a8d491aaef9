/**
 * Reads the workbook into a `WorkbookSnapshot`, in two `context.sync` calls for any workbook a
 * report fills: the sheet names; then, together, the size of every sheet's used range and its
 * cells (values, text, formulas and number formats) — but only the cells inside a window anchored
 * at A1, whose cells over all sheets are capped (WINDOW_CELLS). The cap is what keeps the budget
 * (src/engine/workbook/budget.ts) ahead of the memory: a used range of A1:XFD1048576 costs at most
 * the window's cells before the sizes, read in the same answer, refuse it with a Swedish message.
 * A sheet whose used range reaches past its window, within the budget, is read whole in one more
 * sync. Only when Excel refuses an answer as too large (its ~5 MB payload limit) does the reader
 * fall back to reading row blocks, with progress.
 */
import { WORKBOOK_BUDGET, checkCells } from "../engine/workbook/budget";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../engine/workbook/snapshot";
import { pane } from "../i18n/sv/pane";
import { EXPORT_SHEET_PATTERN, type ExcelRun } from "./excelRun";
import type { ReadOptions } from "../taskpane/paneActions";

const SIZE_PROPERTIES = "address,rowIndex,columnIndex,rowCount,columnCount";
const CELL_PROPERTIES = "values,text,formulas,numberFormat";
const RANGE_PROPERTIES = `${SIZE_PROPERTIES},${CELL_PROPERTIES}`;
const PAYLOAD_ERRORS = new Set(["ResponsePayloadSizeLimitExceeded", "RequestPayloadSizeLimitExceeded"]);

/**
 * Cells read before the sizes are known, over all sheets: under a third of the budget, and far
 * more than a published report's workbook holds (the seed reports fill 2 000–9 000 cells); ten
 * sheets of 1 000 rows still fit their windows.
 */
export const WINDOW_CELLS = 320_000;
/** The window's width, A:Z: a report's tables are narrower; a wider sheet costs one more sync. */
const WINDOW_COLUMNS = 26;
const GRID_ROWS = 1_048_576;

type Grid = unknown[][];

interface RangeData {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly values: Grid;
  readonly text: string[][];
  readonly formulas: Grid;
  readonly numberFormat: string[][];
}

export async function readWorkbookSnapshot(
  run: ExcelRun,
  options: ReadOptions = {},
): Promise<WorkbookSnapshot> {
  return run(async (context) => {
    const workbook = context.workbook;
    workbook.load("name");
    const worksheets = workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    throwIfAborted(options.signal);
    options.onProgress?.(0.1);

    const wanted = new Set(options.sheets ?? []);
    const sheets = worksheets.items.filter(
      (ws) => !EXPORT_SHEET_PATTERN.test(ws.name) && (wanted.size === 0 || wanted.has(ws.name)),
    );
    const windowRows = Math.min(
      GRID_ROWS,
      Math.max(1, Math.floor(WINDOW_CELLS / Math.max(1, sheets.length) / WINDOW_COLUMNS)),
    );
    const ranges = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES));
    // The window's cells that are used: getUsedRange (not …OrNullObject) is A1 on a blank sheet,
    // so no method is ever called on a null object; the intersection is null only where nothing is.
    const windows = sheets.map((ws) =>
      ws
        .getRangeByIndexes(0, 0, windowRows, WINDOW_COLUMNS)
        .getIntersectionOrNullObject(ws.getUsedRange(true))
        .load(RANGE_PROPERTIES),
    );
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      return readInBlocks(run, workbook.name, sheets, options);
    }
    throwIfAborted(options.signal);
    checkSizes(workbook.name, sheets, ranges, options);
    options.onProgress?.(0.5);

    // Sheets whose used range reaches past the window: read whole, in one more sync.
    const outside = sheets.flatMap((ws, i) => {
      const r = ranges[i];
      const inWindow =
        r.isNullObject ||
        (r.rowIndex + r.rowCount <= windowRows && r.columnIndex + r.columnCount <= WINDOW_COLUMNS);
      return inWindow ? [] : [i];
    });
    const whole = new Map(outside.map((i) => [i, ranges[i].load(CELL_PROPERTIES)]));
    if (whole.size > 0) {
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error)) throw error;
        return readInBlocks(run, workbook.name, sheets, options);
      }
      throwIfAborted(options.signal);
    }
    options.onProgress?.(1);
    const snapshots = sheets.map((ws, i) => {
      if (ranges[i].isNullObject) return toSheet(ws.name, null);
      return toSheet(ws.name, whole.get(i) ?? (windows[i].isNullObject ? null : windows[i]));
    });
    return { name: workbook.name, sheets: snapshots };
  });
}

/** The workbook's cell budget, from the used ranges' sizes: refused in Swedish before more is read. */
function checkSizes(
  name: string,
  sheets: readonly { readonly name: string }[],
  ranges: readonly Excel.Range[],
  options: ReadOptions,
): void {
  checkCells(
    name,
    sheets.flatMap((ws, i) => {
      const r = ranges[i];
      if (r.isNullObject) return [];
      const range = r.address.includes("!") ? r.address.slice(r.address.lastIndexOf("!") + 1) : r.address;
      return [{ sheet: ws.name, rows: r.rowCount, columns: r.columnCount, range }];
    }),
    options.limits ?? WORKBOOK_BUDGET,
    true, // the pane lets the user leave sheets out
  );
}

/** The fallback for workbooks too large for one answer: dimensions first, then row blocks. */
async function readInBlocks(
  run: ExcelRun,
  name: string,
  sheets: readonly { readonly name: string }[],
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  const cellsPerBlock = options.cellsPerBlock ?? 60000;
  const sheetNames = sheets.map((s) => s.name);
  return run(async (context) => {
    const used = sheetNames.map((n) =>
      context.workbook.worksheets.getItem(n).getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES),
    );
    await context.sync();
    throwIfAborted(options.signal);
    // The first answer may have failed before its sizes were seen: the budget is checked here too.
    checkSizes(name, sheets, used, options);
    const blocks: Block[] = [];
    sheetNames.forEach((sheetName, s) => {
      const r = used[s];
      if (r.isNullObject) return;
      const rowsPerBlock = Math.max(1, Math.floor(cellsPerBlock / Math.max(1, r.columnCount)));
      const ws = context.workbook.worksheets.getItem(sheetName);
      for (let top = 0; top < r.rowCount; top += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, r.rowCount - top);
        const at = { row: r.rowIndex + top, col: r.columnIndex, rows, cols: r.columnCount };
        blocks.push({
          sheet: s,
          name: sheetName,
          ...at,
          range: ws.getRangeByIndexes(at.row, at.col, at.rows, at.cols),
        });
      }
    });
    const parts: RangeData[][] = sheetNames.map(() => []);
    /** One block per sync; a block Excel still finds too large is halved and read again. */
    const readFrom = async (start: number): Promise<void> => {
      if (start >= blocks.length) return;
      const block = blocks[start];
      block.range.load(RANGE_PROPERTIES);
      try {
        await context.sync();
      } catch (error) {
        if (!isPayloadError(error) || block.rows < 2) throw error;
        blocks.splice(start, 1, ...halve(context, block));
        await readFrom(start);
        return;
      }
      throwIfAborted(options.signal);
      parts[block.sheet].push(block.range);
      options.onProgress?.(0.1 + (0.9 * (start + 1)) / blocks.length);
      await readFrom(start + 1);
    };
    await readFrom(0);
    return { name, sheets: sheetNames.map((sheetName, s) => toSheet(sheetName, joinBlocks(parts[s]))) };
  });
}

interface Block {
  readonly sheet: number;
  readonly name: string;
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
  readonly range: Excel.Range;
}

function halve(context: Excel.RequestContext, b: Block): Block[] {
  const ws = context.workbook.worksheets.getItem(b.name);
  const top = Math.ceil(b.rows / 2);
  const part = (row: number, rows: number): Block => ({
    ...b,
    row,
    rows,
    range: ws.getRangeByIndexes(row, b.col, rows, b.cols),
  });
  return [part(b.row, top), part(b.row + top, b.rows - top)];
}

function joinBlocks(blocks: readonly RangeData[]): RangeData | null {
  if (blocks.length === 0) return null;
  return {
    rowIndex: blocks[0].rowIndex,
    columnIndex: blocks[0].columnIndex,
    values: blocks.flatMap((b) => b.values),
    text: blocks.flatMap((b) => b.text),
    formulas: blocks.flatMap((b) => b.formulas),
    numberFormat: blocks.flatMap((b) => b.numberFormat),
  };
}

function toSheet(name: string, range: RangeData | null): SheetSnapshot {
  if (!range)
    return { name, origin: { row: 0, col: 0 }, values: [], text: [], formulas: [], numberFormat: [] };
  return {
    name,
    origin: { row: range.rowIndex, col: range.columnIndex },
    values: range.values.map((row) => row.map(toCellValue)),
    text: range.text,
    formulas: range.formulas.map((row) => row.map(toCellValue)),
    numberFormat: range.numberFormat,
  };
}

/** Excel reports an empty cell as ""; the snapshot says null. */
function toCellValue(v: unknown): CellValue {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

function isPayloadError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERRORS.has(code);
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException(pane.cancelled, "AbortError");
}
