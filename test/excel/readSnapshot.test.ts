import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { loadFixtureModel } from "./loadModel";

describe("reading the workbook for a check", () => {
  it("reads values, text, formulas and number formats of every sheet in two syncs", async () => {
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

  it("needs two syncs on a large workbook too", async () => {
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
