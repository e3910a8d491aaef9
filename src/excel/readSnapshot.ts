/**
 * Reads the workbook into a `WorkbookSnapshot` in three `context.sync` calls whatever its size:
 * the sheet names, then the size of every sheet's used range, then their cells (values, text,
 * formulas and number formats loaded together). The sizes come first so that the workbook's cell
 * budget (src/engine/workbook/budget.ts) is checked before Excel is asked for a single cell: a used
 * range of A1:XFD1048576 is refused with a Swedish message instead of running the pane out of
 * memory. Only when Excel refuses the answer as too large (its ~5 MB payload limit) does it fall
 * back to reading row blocks, with progress.
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
    const ranges = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load(SIZE_PROPERTIES));
    await context.sync();
    throwIfAborted(options.signal);
    checkCells(
      workbook.name,
      sheets.flatMap((ws, i) => {
        const r = ranges[i];
        if (r.isNullObject) return [];
        const range = r.address.includes("!") ? r.address.slice(r.address.lastIndexOf("!") + 1) : r.address;
        return [{ sheet: ws.name, rows: r.rowCount, columns: r.columnCount, range }];
      }),
      options.limits ?? WORKBOOK_BUDGET,
      true, // the pane lets the user leave sheets out
    );
    options.onProgress?.(0.2);
    for (const r of ranges) if (!r.isNullObject) r.load(CELL_PROPERTIES);
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadError(error)) throw error;
      return readInBlocks(
        run,
        workbook.name,
        sheets.map((ws) => ws.name),
        options,
      );
    }
    throwIfAborted(options.signal);
    options.onProgress?.(1);
    const snapshots = sheets.map((ws, i) => toSheet(ws.name, ranges[i].isNullObject ? null : ranges[i]));
    return { name: workbook.name, sheets: snapshots };
  });
}

/** The fallback for workbooks too large for one answer: dimensions first, then row blocks. */
async function readInBlocks(
  run: ExcelRun,
  name: string,
  sheetNames: readonly string[],
  options: ReadOptions,
): Promise<WorkbookSnapshot> {
  const cellsPerBlock = options.cellsPerBlock ?? 60000;
  return run(async (context) => {
    const used = sheetNames.map((n) =>
      context.workbook.worksheets
        .getItem(n)
        .getUsedRangeOrNullObject(true)
        .load("rowIndex,columnIndex,rowCount,columnCount"),
    );
    await context.sync();
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
    const sheets = sheetNames.map((sheetName, s) => toSheet(sheetName, joinBlocks(parts[s])));
    return { name, sheets };
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
