/**
 * "Dela utan tillägget": a member municipality without the add-in opens the ekonom's workbook
 * and sees `#NAME?` wherever a FINSAM function is called. Sharing replaces those formulas in the
 * chosen sheets with the values Excel last calculated, and keeps each formula in the add-in's very
 * hidden sheet (formulaStore.ts) so that "Återställ formler" puts it back exactly. Nothing else
 * changes: no format, no other formula, no other cell — except that a value an array formula
 * spilled is written back as a value, since it would otherwise vanish with its formula.
 */
import { a1 } from "../engine/workbook/snapshot";
import { EXPORT_SHEET_PATTERN, type ExcelRun } from "./excelRun";
import { callsFinsam } from "./finsamFormulas";
import { FORMULA_STORE_SHEET, STORE_HEADERS, fromRows, toRow, type StoredCell } from "./formulaStore";
import { writeKeepingText } from "./textCells";
import type { FormulaCount, RestoreResult } from "../taskpane/paneActions";

type Grid = unknown[][];

interface SheetRead {
  readonly name: string;
  readonly id: string;
  readonly used: Excel.Range;
}

/**
 * A formula, not text that looks like one: `Range.formulas` gives a text cell's content without
 * its apostrophe (office-js #6687), so `'=FINSAM.TRAPPAN(…)` typed as text reads like a formula.
 * A formula's text is never its own value.
 */
const isFormula = (formula: unknown, value: unknown): boolean =>
  typeof formula === "string" && formula.startsWith("=") && formula !== value;

const isStore = (name: string): boolean => name.toLowerCase() === FORMULA_STORE_SHEET.toLowerCase();

/**
 * A value written so that Excel keeps it as it is: a string that Excel would read as a formula or
 * a number gets the apostrophe a user would type (it is not part of the value), so no cell's
 * format has to change.
 */
function asTyped(value: unknown): unknown {
  if (typeof value !== "string") return value;
  return /^[=+\-@']/.test(value) || /^\s*[+-]?\d/.test(value) ? `'${value}` : value;
}

/** Sheet names first, then the used range (formulas and values) of each chosen sheet. */
async function readChosen(
  context: Excel.RequestContext,
  chosen: readonly string[],
): Promise<{ reads: SheetRead[]; sheets: Excel.WorksheetCollection; hasStore: boolean }> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  const hasStore = sheets.items.some((s) => isStore(s.name));
  const wanted = new Set(chosen.map((s) => s.toLowerCase()));
  const reads = sheets.items
    .filter((s) => wanted.has(s.name.toLowerCase()) && !isStore(s.name) && !EXPORT_SHEET_PATTERN.test(s.name))
    .map((s) => ({
      name: s.name,
      id: s.id,
      used: s.getUsedRangeOrNullObject().load("formulas,values,rowIndex,columnIndex"),
    }));
  await context.sync();
  return { reads: reads.filter((r) => !r.used.isNullObject), sheets, hasStore };
}

function finsamCells(read: SheetRead): { row: number; col: number; formula: string; value: unknown }[] {
  const formulas = read.used.formulas as Grid;
  const values = read.used.values as Grid;
  const out: { row: number; col: number; formula: string; value: unknown }[] = [];
  formulas.forEach((line, i) =>
    line.forEach((f, j) => {
      if (callsFinsam(f) && isFormula(f, values[i][j]))
        out.push({
          row: read.used.rowIndex + i,
          col: read.used.columnIndex + j,
          formula: f,
          value: values[i][j],
        });
    }),
  );
  return out;
}

/** How many cells sharing would change, for the confirmation. Two syncs. */
export async function countFinsamFormulas(run: ExcelRun, chosen: readonly string[]): Promise<FormulaCount> {
  return run(async (context) => {
    const { reads } = await readChosen(context, chosen);
    const counts = reads.map((r) => finsamCells(r).length);
    return { cells: counts.reduce((a, b) => a + b, 0), sheets: counts.filter((n) => n > 0).length };
  });
}

const isEmpty = (v: unknown): boolean => v === "" || v === null || v === undefined;

/** Replaces the FINSAM formulas of the chosen sheets with their values. Four syncs. */
export async function shareWithoutAddin(run: ExcelRun, chosen: readonly string[]): Promise<number> {
  return run(async (context) => {
    const { reads, sheets, hasStore } = await readChosen(context, chosen);
    const stored: StoredCell[] = [];
    const after = reads.map((read) => {
      const sheet = sheets.getItem(read.name);
      for (const c of finsamCells(read)) {
        const cell = a1(c.row, c.col);
        sheet.getRange(cell).values = [[asTyped(c.value)]];
        stored.push({
          sheetId: read.id,
          sheet: read.name,
          cell,
          formula: c.formula,
          written: JSON.stringify(c.value),
        });
      }
      const grid = read.used.formulas as Grid;
      return sheet
        .getRangeByIndexes(read.used.rowIndex, read.used.columnIndex, grid.length, grid[0]?.length ?? 0)
        .load("values");
    });
    const storeUsed = hasStore
      ? sheets.getItem(FORMULA_STORE_SHEET).getUsedRangeOrNullObject(true).load("values")
      : null;
    await context.sync();
    if (stored.length === 0) return 0;

    // What an array formula spilled went with it: write those values back, and remember them.
    reads.forEach((read, k) => {
      const before = read.used.values as Grid;
      const now = after[k].values as Grid;
      const formulas = read.used.formulas as Grid;
      before.forEach((line, i) =>
        line.forEach((v, j) => {
          if (isFormula(formulas[i][j], v) || isEmpty(v) || !isEmpty(now[i][j])) return;
          const cell = a1(read.used.rowIndex + i, read.used.columnIndex + j);
          sheets.getItem(read.name).getRange(cell).values = [[asTyped(v)]];
          stored.push({ sheetId: read.id, sheet: read.name, cell, formula: "", written: JSON.stringify(v) });
        }),
      );
    });

    const earlier = storeUsed === null || storeUsed.isNullObject ? [] : fromRows(storeUsed.values);
    const target = hasStore ? sheets.getItem(FORMULA_STORE_SHEET) : sheets.add(FORMULA_STORE_SHEET);
    writeStore(target, [...earlier, ...stored], earlier.length + 1);
    if (!hasStore) target.visibility = "VeryHidden";
    await context.sync();
    return stored.filter((c) => c.formula !== "").length;
  });
}

/** Queues the store's rows (headers first), clearing any rows beyond them. */
function writeStore(sheet: Excel.Worksheet, cells: readonly StoredCell[], previousRows: number): void {
  const rows = [[...STORE_HEADERS], ...cells.map(toRow)];
  const width = STORE_HEADERS.length;
  if (previousRows > rows.length)
    sheet.getRange(`A${rows.length + 1}:${a1(previousRows - 1, width - 1)}`).clear();
  writeKeepingText(sheet.getRange(`A1:${a1(rows.length - 1, width - 1)}`), rows);
}

/** The store's rows, or null when the workbook has no store. Two syncs. */
async function readStore(
  context: Excel.RequestContext,
): Promise<{ sheets: Excel.WorksheetCollection; kept: StoredCell[]; rows: number } | null> {
  const sheets = context.workbook.worksheets.load("items/name,items/id");
  await context.sync();
  if (!sheets.items.some((s) => isStore(s.name))) return null;
  const used = sheets.getItem(FORMULA_STORE_SHEET).getUsedRangeOrNullObject(true).load("values,rowCount");
  await context.sync();
  return used.isNullObject ? null : { sheets, kept: fromRows(used.values), rows: used.rowCount };
}

/** How many formulas the store keeps (0: nothing to restore). Two syncs. */
export async function keptFormulas(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const read = await readStore(context);
    return read ? read.kept.filter((c) => c.formula !== "").length : 0;
  });
}

/**
 * Puts every kept formula back where its cell still holds the value sharing wrote (a cell the
 * user has changed since is left alone, and stays kept). Spilled values are cleared first, so the
 * formula can spill again. The store goes when nothing is left in it. Four syncs.
 */
export async function restoreFormulas(run: ExcelRun): Promise<RestoreResult> {
  return run(async (context) => {
    const read = await readStore(context);
    if (!read) return { restored: 0, skipped: 0 };
    const { sheets, kept } = read;
    const store = sheets.getItem(FORMULA_STORE_SHEET);
    const byId = new Map(sheets.items.map((s) => [s.id, s.name]));
    const located = kept.map((c) => {
      const name = byId.get(c.sheetId);
      return name
        ? { c, range: sheets.getItem(name).getRange(c.cell).load("values,formulas") }
        : { c, range: null };
    });
    await context.sync();

    const unchanged = ({ c, range }: (typeof located)[number]): boolean =>
      range !== null &&
      !isFormula(range.formulas[0][0], range.values[0][0]) &&
      JSON.stringify(range.values[0][0]) === c.written;
    const ready = located.filter(unchanged);
    const left = located.filter((x) => !unchanged(x)).map((x) => x.c);
    for (const { c, range } of ready) if (c.formula === "") range!.values = [[""]];
    for (const { c, range } of ready) if (c.formula !== "") range!.formulas = [[c.formula]];
    if (left.length === 0) {
      store.visibility = "Visible"; // Excel deletes a sheet the user could see; it is gone in the same sync
      store.delete();
    } else writeStore(store, left, read.rows);
    await context.sync();
    return {
      restored: ready.filter((x) => x.c.formula !== "").length,
      skipped: left.filter((c) => c.formula !== "").length,
    };
  });
}
