import { readFileSync } from "node:fs";
import { join } from "node:path";
import { WINDOW_CELLS, readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { BudgetExceeded, WORKBOOK_BUDGET } from "../../src/engine/workbook/budget";
import { parseA1 } from "../../src/engine/workbook/snapshot";
import { loadXlsxModel } from "../../src/workbench/host/loadXlsx";
import { cellForWrite, newSheet } from "../../src/workbench/host/model";
import { ERROR_CELLS } from "../fixtures/hostile/makeErrorCells";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { loadFixtureModel } from "./loadModel";

describe("reading the workbook for a check", () => {
  it("reads values, text, formulas and number formats of every sheet in two syncs: names, then sizes and cells together", async () => {
    const host = createHostDouble(
      modelFromRows({
        RR: [
          [null, null],
          [null, "Årets resultat", -1920460],
          [null, "Summa", "=SUM(C2:C2)"],
        ],
        Tom: [],
      }),
    );
    const snapshot = await readWorkbookSnapshot(host.run);
    expect(host.syncCount).toBe(2);
    expect(snapshot.name).toBe("Test.xlsx");
    const rr = snapshot.sheets[0];
    expect(rr.name).toBe("RR");
    expect(rr.origin).toEqual({ row: 1, col: 1 });
    expect(rr.values).toEqual([
      ["Årets resultat", -1920460],
      ["Summa", null],
    ]);
    expect(rr.formulas?.[1][1]).toBe("=SUM(C2:C2)");
    expect(rr.numberFormat?.[0][1]).toBe("General");
    expect(snapshot.sheets[1]).toMatchObject({ name: "Tom", values: [] });
  });

  it("needs two syncs on a large workbook too (three sheets of 40 000 cells)", async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 100 + c));
    const host = createHostDouble(modelFromRows({ A: rows, B: rows, C: rows }));
    const snapshot = await readWorkbookSnapshot(host.run);
    expect(host.syncCount).toBe(2);
    expect(snapshot.sheets.map((s) => s.values.length)).toEqual([2000, 2000, 2000]);
  });

  it("reads in blocks, with progress, only when Excel's payload limit forces it", async () => {
    const rows = Array.from({ length: 300 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const host = createHostDouble(modelFromRows({ A: rows, B: rows }));
    host.payloadLimit = 20000;
    const progress: number[] = [];
    const snapshot = await readWorkbookSnapshot(host.run, {
      cellsPerBlock: 200,
      onProgress: (f) => progress.push(f),
    });
    expect(snapshot.sheets[0].values).toEqual(rows);
    expect(snapshot.sheets[1].values[299][9]).toBe(2999);
    expect(progress[progress.length - 1]).toBe(1);
    expect(host.syncCount).toBeGreaterThan(2);
  });

  it("halves a block that is still too large for one answer", async () => {
    const rows = Array.from({ length: 200 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const host = createHostDouble(modelFromRows({ A: rows }));
    host.payloadLimit = 20000;
    const snapshot = await readWorkbookSnapshot(host.run, { cellsPerBlock: 2000 });
    expect(snapshot.sheets[0].values).toEqual(rows);
  });

  it("reads only the sheets asked for and never the add-in's export sheets", async () => {
    const host = createHostDouble(modelFromRows({ RR: [[1]], BR: [[2]], "Granskning 2026-01-02": [["x"]] }));
    expect((await readWorkbookSnapshot(host.run)).sheets.map((s) => s.name)).toEqual(["RR", "BR"]);
    expect((await readWorkbookSnapshot(host.run, { sheets: ["BR"] })).sheets.map((s) => s.name)).toEqual([
      "BR",
    ]);
  });

  it("reads the seed 000 fixture workbook in two syncs", async () => {
    const host = createHostDouble(await loadFixtureModel("varend-2025-per-sheet.xlsx"));
    const snapshot = await readWorkbookSnapshot(host.run);
    expect(host.syncCount).toBe(2);
    expect(snapshot.sheets.length).toBeGreaterThan(3);
    const all = snapshot.sheets.flatMap((s) => s.values.flat());
    expect(all).toContain(-1920460);
  });
});

describe("the workbook budget in the pane", () => {
  it("refuses a used range of A1:XFD1048576 from its size, having read no more than the window's cells", async () => {
    const sheet = newSheet("Data");
    cellForWrite(sheet, 0, 0).value = 1;
    cellForWrite(sheet, 1_048_575, 16_383).value = 2;
    const host = createHostDouble({
      name: "Stor.xlsx",
      sheets: [sheet],
      activeSheet: "Data",
      selection: "A1",
    });
    const error = await readWorkbookSnapshot(host.run).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BudgetExceeded);
    expect((error as Error).message).toMatch(
      /^Arbetsboken Stor\.xlsx är för stor för granskning: .* Störst är bladet ”Data” \(A1:XFD1048576\)\. .*, välj under ”Blad att granska” bara bladen med rapporterna, eller kopiera/,
    );
    // Names, then the sizes with the window's cells; where Excel's answer limit refuses that answer,
    // the block reader reads the sizes again and refuses from them before any block.
    expect(host.syncCount).toBeLessThanOrEqual(3);
    // Four properties (values, text, formulas, formats) of at most the window's cells: under a
    // third of the budget, never the 17 billion cells of the used range.
    expect(host.cellsLoaded).toBeLessThanOrEqual(4 * WINDOW_CELLS);
  });

  const grid = (rows: number, cols: number, seed = 0): number[][] =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => seed + r * cols + c));

  it("reads 100 000 cells in two syncs, on one sheet or on ten", async () => {
    const narrow = createHostDouble(
      modelFromRows(
        Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Smal${i + 1}`, grid(1000, 10, i)])),
      ),
    );
    await readWorkbookSnapshot(narrow.run);
    expect(narrow.syncCount).toBe(2);

    const one = createHostDouble(modelFromRows({ Stor: grid(5000, 20) }));
    const a = await readWorkbookSnapshot(one.run);
    expect(one.syncCount).toBe(2);
    expect(a.sheets[0].values.length).toBe(5000);
    expect(a.sheets[0].values[4999][19]).toBe(99_999);

    const ten = createHostDouble(
      modelFromRows(
        Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`Blad${i + 1}`, grid(500, 20, i)])),
      ),
    );
    const b = await readWorkbookSnapshot(ten.run);
    expect(ten.syncCount).toBe(2);
    expect(b.sheets.map((s) => s.values.length)).toEqual(Array(10).fill(500));
    expect(b.sheets[9].values[499][19]).toBe(9 + 9_999);
  });

  it("reads a sheet reaching past the window whole, in one more sync", async () => {
    // 40 columns: wider than the window (A:Z), so that sheet is read again whole, and nothing is lost.
    const host = createHostDouble(modelFromRows({ Bred: grid(30, 40), Smal: grid(5, 3) }));
    const snapshot = await readWorkbookSnapshot(host.run);
    expect(host.syncCount).toBe(3);
    const wide = snapshot.sheets[0];
    expect(wide.values.length).toBe(30);
    expect(wide.values[0].length).toBe(40);
    expect(wide.values[29][39]).toBe(30 * 40 - 1);
    expect(snapshot.sheets[1].values).toEqual(grid(5, 3));
  });

  it("counts the cells of all sheets together, and only of the sheets asked for", async () => {
    const square = Array.from({ length: 20 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c));
    const host = createHostDouble(modelFromRows({ A: square, B: square, C: square }));
    const limits = { ...WORKBOOK_BUDGET, maxCells: 1000 }; // 3 × 400 cells are too many, 2 × 400 are not
    await expect(readWorkbookSnapshot(host.run, { limits })).rejects.toThrow(
      /sammanlagt 1\s200 celler \(högst 1\s000\)/,
    );
    const two = await readWorkbookSnapshot(host.run, { limits, sheets: ["A", "C"] });
    expect(two.sheets.map((s) => s.values.length)).toEqual([20, 20]);
  });
});

describe("Excel's error values", () => {
  it("reach the snapshot as their text, read from a real .xlsx through the workbench and the pane's reader", async () => {
    const bytes = readFileSync(join(__dirname, "..", "fixtures", "hostile", "error-cells.xlsx"));
    const model = await loadXlsxModel(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length),
      "error-cells.xlsx",
    );
    const snapshot = await readWorkbookSnapshot(createHostDouble(model).run);
    const at = (sheet: string, cell: string) => {
      const s = snapshot.sheets.find((x) => x.name === sheet)!;
      const { row, col } = parseA1(cell)!;
      return {
        value: s.values[row - s.origin.row][col - s.origin.col],
        formula: s.formulas?.[row - s.origin.row][col - s.origin.col],
      };
    };
    for (const e of ERROR_CELLS)
      expect({ at: `${e.sheet}!${e.cell}`, ...at(e.sheet, e.cell) }).toEqual({
        at: `${e.sheet}!${e.cell}`,
        value: e.value,
        formula: e.formula ?? e.value,
      });
  });
});
