/**
 * How much of a workbook the check takes on: one budget of cells and bytes per workbook (not per
 * sheet), the same for the command line, the task pane and the workbench. Every reader checks it
 * before the work that would cost the memory (before inflating, before building the dense arrays,
 * before asking Excel for the cells) and refuses with a Swedish message naming what was too large.
 *
 * Statements are a few hundred cells; a whole annual report a few tens of thousands. The limits
 * leave room for large working workbooks while keeping one check under ~20 s and ~700 MB.
 */
import { budget as words } from "../../i18n/sv/budget";

export interface BudgetLimits {
  /** Cells of all sheets' used ranges together (the snapshot's arrays are dense over them). */
  readonly maxCells: number;
  /** Unpacked bytes of the XML that holds cells (worksheets and shared strings). */
  readonly maxCellXmlBytes: number;
  /** The same where ExcelJS parses it (the workbench; the command line's fallback): its object model is heavier. */
  readonly maxExcelJsCellXmlBytes: number;
  /** Unpacked bytes of every part a reader inflates (styles, themes, drawings … included). */
  readonly maxUnpackedBytes: number;
  /** Bytes of the .xlsx file itself. */
  readonly maxFileBytes: number;
}

const MB = 1024 * 1024;

/**
 * Measured with the command line (one process, reading and checking): 850 000 tiny cells in 24 MB
 * of sheet XML peak at 450 MB; 630 000 cells of a 70 000-row statement in 24 MB at 575 MB and 8 s.
 * 20 MB of cell XML (about 450 000 filled cells, a hundred times a whole annual report) keeps one
 * check well inside ~20 s and 700 MB. 1 000 000 dense cells cost about 250 MB in the engine's
 * arrays at worst (a tall, narrow sheet). ExcelJS needs about 28 bytes of memory per byte of sheet
 * XML (18 MB: 500 MB and 11 s), so where it parses, the limit is 12 MB. The zip's own directory is
 * never trusted for these: inflation stops at the limit whatever it claims.
 */
export const WORKBOOK_BUDGET: BudgetLimits = {
  maxCells: 1_000_000,
  maxCellXmlBytes: 20 * MB,
  maxExcelJsCellXmlBytes: 12 * MB,
  maxUnpackedBytes: 64 * MB,
  maxFileBytes: 64 * MB,
};

export type BudgetPart = "cells" | "bytes" | "file";

/** A workbook beyond the budget. `message` is Swedish and says what to do. */
export class BudgetExceeded extends Error {
  constructor(
    readonly part: BudgetPart,
    message: string,
  ) {
    super(message);
    this.name = "BudgetExceeded";
  }
}

/** The limits where ExcelJS parses the cells. */
export function forExcelJs(limits: BudgetLimits): BudgetLimits {
  return { ...limits, maxCellXmlBytes: Math.min(limits.maxCellXmlBytes, limits.maxExcelJsCellXmlBytes) };
}

/** A sheet's used range by its size, for the cell budget. */
export interface UsedRangeSize {
  readonly sheet: string;
  readonly rows: number;
  readonly columns: number;
  /** The range as the user would find it, e.g. "A1:XFD1048576". */
  readonly range: string;
}

const count = (n: number): string => Math.round(n).toLocaleString("sv-SE");
const megabytes = (n: number): string => count(Math.ceil(n / MB));

/**
 * Refuses used ranges that together exceed the cell budget, naming the largest sheet. `chooseSheets`:
 * the user can leave sheets out of the check (the pane), which the message then suggests.
 */
export function checkCells(
  file: string,
  ranges: readonly UsedRangeSize[],
  limits = WORKBOOK_BUDGET,
  chooseSheets = false,
): void {
  let total = 0;
  let largest: UsedRangeSize | undefined;
  let largestCells = -1;
  for (const r of ranges) {
    const cells = Math.max(0, r.rows) * Math.max(0, r.columns);
    total += cells;
    if (cells > largestCells) {
      largest = r;
      largestCells = cells;
    }
  }
  if (total <= limits.maxCells || !largest) return;
  throw new BudgetExceeded(
    "cells",
    words.tooManyCells(
      file,
      count(total),
      count(limits.maxCells),
      largest.sheet,
      largest.range,
      chooseSheets,
    ),
  );
}

/** Refuses a file larger than the budget before it is read at all. */
export function checkFileSize(file: string, bytes: number, limits = WORKBOOK_BUDGET): void {
  if (bytes > limits.maxFileBytes)
    throw new BudgetExceeded(
      "file",
      words.tooLargeFile(file, megabytes(bytes), megabytes(limits.maxFileBytes)),
    );
}

/**
 * The unpacked bytes one reading of a workbook may still spend. A reader asks `room` before it
 * inflates a part (and inflates with that as a hard limit), then `spend`s what it got.
 */
export class ByteBudget {
  private cellXml = 0;
  private all = 0;

  constructor(
    readonly file: string,
    readonly limits: BudgetLimits = WORKBOOK_BUDGET,
  ) {}

  /** Most bytes the next part may unpack to. */
  room(holdsCells: boolean): number {
    const total = this.limits.maxUnpackedBytes - this.all;
    return Math.max(0, holdsCells ? Math.min(total, this.limits.maxCellXmlBytes - this.cellXml) : total);
  }

  /** Counts an unpacked part; refuses when it takes the workbook past the budget. */
  spend(bytes: number, holdsCells: boolean): void {
    this.all += bytes;
    if (holdsCells) this.cellXml += bytes;
    if (this.cellXml > this.limits.maxCellXmlBytes) throw this.exceeded(true);
    if (this.all > this.limits.maxUnpackedBytes) throw this.exceeded(false);
  }

  /**
   * Refuses, before any inflating, parts whose sizes in the zip directory already exceed the budget
   * (an honest but huge workbook is refused in milliseconds). A lying directory is caught by `room`.
   */
  checkDeclared(parts: readonly { readonly size: number; readonly holdsCells: boolean }[]): void {
    let all = 0;
    let cellXml = 0;
    for (const p of parts) {
      all += p.size;
      if (p.holdsCells) cellXml += p.size;
    }
    const over = (size: number, limit: number) =>
      new BudgetExceeded(
        "bytes",
        words.tooManyBytes(this.file, Number.isFinite(size) ? megabytes(size) : null, megabytes(limit)),
      );
    if (cellXml > this.limits.maxCellXmlBytes) throw over(cellXml, this.limits.maxCellXmlBytes);
    if (all > this.limits.maxUnpackedBytes) throw over(all, this.limits.maxUnpackedBytes);
  }

  /** The refusal when a part unpacks beyond the room it was given (whatever the zip directory said). */
  exceeded(holdsCells: boolean): BudgetExceeded {
    const limit = holdsCells ? this.limits.maxCellXmlBytes : this.limits.maxUnpackedBytes;
    return new BudgetExceeded("bytes", words.tooManyBytes(this.file, null, megabytes(limit)));
  }
}
