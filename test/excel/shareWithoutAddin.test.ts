/**
 * "Dela utan tillägget" against the strict host double: FINSAM formulas in the chosen sheets become
 * their values, every other cell stays exactly as it was, and "Återställ formler" brings each
 * formula back as it was written.
 */
import { createExcelActions } from "../../src/excel/excelActions";
import { FORMULA_STORE_SHEET } from "../../src/excel/formulaStore";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { createHostDouble, type HostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { cellKey, type WorkbookModel } from "../../src/workbench/host/model";

const FORMULAS = {
  "Budget!B2": "=FINSAM.KOMMUNANDEL(8524000,C2:C5)",
  "Budget!D2": "=FINSAM.AVRUNDA(B2:B3,1000)",
  "Budget!B3": '=ROUND(FINSAM.BELOPP("1,3 mnkr"),0)',
  "Noter!B1": "=FINSAM.BALANSKRAV(B5,B6)",
  "Noter!B2": "=FINSAM.BELOPP(A9)",
};

function workbook(): WorkbookModel {
  const model = modelFromRows({
    Budget: [
      ["Kommun", "Andel", null, "tkr"],
      ["Växjö", FORMULAS["Budget!B2"], 0.45, FORMULAS["Budget!D2"]],
      ["Alvesta", FORMULAS["Budget!B3"], 0.55],
      ["Summa", "=SUM(B2:B3)", null, null, '=IF(A1="FINSAM.TRAPPAN(x)",1,0)'],
    ],
    Noter: [
      ["Balanskravsresultat", FORMULAS["Noter!B1"]],
      ["Inläst", FORMULAS["Noter!B2"]],
    ],
    "Ej vald": [["Trappan", "=FINSAM.TRAPPAN(1628600,B2:C6)"]],
  });
  const budget = model.sheets[0];
  budget.cells.get(cellKey(1, 1))!.numberFormat = "#,##0";
  budget.cells.get(cellKey(1, 1))!.fill = { pattern: "Solid", color: "#DDEBF7", patternColor: null };
  return model;
}

/** Excel has calculated the FINSAM cells; the array result spills from D2 to D3. */
function calculated(host: HostDouble): void {
  host.calculate("Budget", "B2", 3835800);
  host.calculate("Budget", "D2", [[3836], [1300]]);
  host.calculate("Budget", "B3", 1300000);
  host.calculate("Budget", "B4", 5135800);
  host.calculate("Budget", "E4", 0);
  host.calculate("Noter", "B1", "= Balanskravsresultat");
  host.calculate("Noter", "B2", "#VALUE!");
  host.calculate("Ej vald", "B1", 1628600);
}

/** Every cell of the user's sheets: value, formula and formats. */
function contents(model: WorkbookModel): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of model.sheets.filter((x) => x.name !== FORMULA_STORE_SHEET))
    for (const [key, c] of s.cells)
      out.set(
        `${s.name}!${key}`,
        JSON.stringify([c.value, c.formula, c.numberFormat, c.fill, c.font, c.borders]),
      );
  return out;
}

const formulaOf = (model: WorkbookModel, sheet: string, row: number, col: number) =>
  model.sheets.find((s) => s.name === sheet)!.cells.get(cellKey(row, col))?.formula ?? null;

function setUp() {
  const model = workbook();
  const host = createHostDouble(model);
  calculated(host);
  return { model, host, actions: createExcelActions(host.run, host.settings) };
}

describe("Dela utan tillägget", () => {
  it("counts the cells that call a FINSAM function in the chosen sheets, for the confirmation", async () => {
    const { actions, host } = setUp();
    expect(await actions.countFinsamFormulas(["Budget", "Noter"])).toEqual({ cells: 5, sheets: 2 });
    expect(await actions.countFinsamFormulas(["Ej vald"])).toEqual({ cells: 1, sheets: 1 });
    expect(host.syncCount).toBe(4);
  });

  it("replaces exactly those formulas with their values and changes nothing else", async () => {
    const { model, host, actions } = setUp();
    const before = contents(model);
    const syncs = host.syncCount;
    expect(await actions.shareWithoutAddin(["Budget", "Noter"])).toBe(5);
    expect(host.syncCount - syncs).toBe(4);

    const after = contents(model);
    const changed = [...before.keys()].filter((k) => before.get(k) !== after.get(k));
    expect(changed.sort()).toEqual(
      ["Budget!1,1", "Budget!1,3", "Budget!2,1", "Noter!0,1", "Noter!1,1"].sort(),
    );
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    const budget = model.sheets[0].cells;
    expect(budget.get(cellKey(1, 1))).toMatchObject({ value: 3835800, formula: null, numberFormat: "#,##0" });
    expect(budget.get(cellKey(1, 1))!.fill.color).toBe("#DDEBF7");
    expect(budget.get(cellKey(1, 3))).toMatchObject({ value: 3836, formula: null });
    expect(budget.get(cellKey(2, 3))).toMatchObject({ value: 1300, formula: null, spilledFrom: null });
    expect(budget.get(cellKey(3, 1))!.formula).toBe("=SUM(B2:B3)");
    expect(budget.get(cellKey(3, 4))!.formula).toBe('=IF(A1="FINSAM.TRAPPAN(x)",1,0)');
    const noter = model.sheets[1].cells;
    expect(noter.get(cellKey(0, 1))).toMatchObject({ value: "= Balanskravsresultat", formula: null });
    expect(formulaOf(model, "Ej vald", 0, 1)).toBe("=FINSAM.TRAPPAN(1628600,B2:C6)");
  });

  it("keeps the formulas as text in a very hidden sheet that no check, list or formula ever sees", async () => {
    const { model, host, actions } = setUp();
    await actions.shareWithoutAddin(["Budget", "Noter"]);
    const store = model.sheets.find((s) => s.name === FORMULA_STORE_SHEET)!;
    expect(store.visibility).toBe("VeryHidden");
    expect([...store.cells.values()].filter((c) => c.formula !== null)).toEqual([]);
    const kept = [...store.cells.values()].map((c) => c.value);
    for (const f of Object.values(FORMULAS)) expect(kept).toContain(f);
    expect(await actions.listSheets()).toEqual(["Budget", "Noter", "Ej vald"]);
    const snapshot = await readWorkbookSnapshot(host.run);
    expect(snapshot.sheets.map((s) => s.name)).not.toContain(FORMULA_STORE_SHEET);
    expect(await actions.keptFormulas()).toBe(5);
  });

  it("brings every formula back exactly, clears what they spilled so they can spill again, and removes the store", async () => {
    const { model, actions } = setUp();
    const before = contents(model);
    await actions.shareWithoutAddin(["Budget", "Noter"]);
    expect(await actions.restoreFormulas()).toEqual({ restored: 5, skipped: 0 });
    for (const [where, formula] of Object.entries(FORMULAS)) {
      const [sheet, cell] = where.split("!");
      const col = cell.charCodeAt(0) - 65;
      const row = Number(cell.slice(1)) - 1;
      expect(formulaOf(model, sheet, row, col)).toBe(formula);
    }
    expect(model.sheets[0].cells.get(cellKey(2, 3))!.value).toBeNull();
    expect(model.sheets.map((s) => s.name)).toEqual(["Budget", "Noter", "Ej vald"]);
    const after = contents(model);
    // Only the values Excel recalculates differ (the double calculates nothing).
    const differ = [...before.keys()].filter((k) => {
      const [bv, ...bRest] = JSON.parse(before.get(k)!) as unknown[];
      const [av, ...aRest] = JSON.parse(after.get(k)!) as unknown[];
      return JSON.stringify(bRest) !== JSON.stringify(aRest) || (bv !== av && av !== null);
    });
    expect(differ).toEqual([]);
    expect(await actions.keptFormulas()).toBe(0);
  });

  it("leaves a cell the user changed after sharing, and keeps its formula for later", async () => {
    const { model, host, actions } = setUp();
    await actions.shareWithoutAddin(["Budget"]);
    host.editCell("Budget", "B2", 4000000);
    expect(await actions.restoreFormulas()).toEqual({ restored: 2, skipped: 1 });
    expect(model.sheets[0].cells.get(cellKey(1, 1))).toMatchObject({ value: 4000000, formula: null });
    expect(formulaOf(model, "Budget", 2, 1)).toBe(FORMULAS["Budget!B3"]);
    expect(await actions.keptFormulas()).toBe(1);
    host.editCell("Budget", "B2", 3835800);
    expect(await actions.restoreFormulas()).toEqual({ restored: 1, skipped: 0 });
    expect(formulaOf(model, "Budget", 1, 1)).toBe(FORMULAS["Budget!B2"]);
    expect(model.sheets.some((s) => s.name === FORMULA_STORE_SHEET)).toBe(false);
  });

  it("finds a renamed sheet by its id when restoring", async () => {
    const { model, host, actions } = setUp();
    await actions.shareWithoutAddin(["Noter"]);
    host.renameSheet("Noter", "Noter 2025");
    expect(await actions.restoreFormulas()).toEqual({ restored: 2, skipped: 0 });
    expect(formulaOf(model, "Noter 2025", 0, 1)).toBe(FORMULAS["Noter!B1"]);
  });

  it("keeps the formulas of a second share beside those of the first", async () => {
    const { model, actions } = setUp();
    await actions.shareWithoutAddin(["Noter"]);
    await actions.shareWithoutAddin(["Budget"]);
    expect(await actions.keptFormulas()).toBe(5);
    expect(await actions.restoreFormulas()).toEqual({ restored: 5, skipped: 0 });
    expect(formulaOf(model, "Noter", 0, 1)).toBe(FORMULAS["Noter!B1"]);
    expect(formulaOf(model, "Budget", 1, 3)).toBe(FORMULAS["Budget!D2"]);
  });

  it("changes nothing when the chosen sheets call no FINSAM function (text that looks like one included)", async () => {
    const model = modelFromRows({ RR: [["Summa", "=SUM(B2:B3)"]] });
    const host = createHostDouble(model);
    host.editCell("RR", "A2", "'=FINSAM.TRAPPAN(1628600,B2:C6)");
    expect(model.sheets[0].cells.get(cellKey(1, 0))).toMatchObject({ formula: null });
    const actions = createExcelActions(host.run, host.settings);
    const before = contents(model);
    expect(await actions.shareWithoutAddin(["RR"])).toBe(0);
    expect(contents(model)).toEqual(before);
    expect(model.sheets).toHaveLength(1);
    expect(await actions.restoreFormulas()).toEqual({ restored: 0, skipped: 0 });
  });
});
