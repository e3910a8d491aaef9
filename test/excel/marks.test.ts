/**
 * Marks are conditional formats the add-in owns. Against the strict host double: they move with
 * inserted and deleted rows and columns, survive a sheet rename, never touch a fill of the user's,
 * go by themselves when the cell is corrected, and take the legacy saved fills away safely.
 */
import { memoryDocumentSettings } from "../../src/excel/documentSettings";
import { LEGACY_MARKS_SETTING } from "../../src/excel/legacyMarks";
import { MARK_FILL, clearMarks, markCells } from "../../src/excel/marks";
import { shownFill } from "../../src/workbench/host/conditionalFill";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { cellKey, formatFingerprint, type WorkbookModel } from "../../src/workbench/host/model";
import { parseA1 } from "../../src/engine/workbook/snapshot";
import { loadFixtureModel } from "./loadModel";
import { workbookWithFormats } from "./formattedWorkbook";

/** The colour the cell shows in the double's grid (rules first, then the cell's own fill). */
function shows(model: WorkbookModel, sheet: string, cell: string): string | null {
  const s = model.sheets.find((x) => x.name === sheet)!;
  const at = parseA1(cell)!;
  return shownFill(s, at.row, at.col);
}

/** Every cell's own format, without the rules: what a mark must never change. */
function ownFormats(model: WorkbookModel): string {
  return formatFingerprint(model)
    .split("\n")
    .filter((l) => !l.includes("|regel|"))
    .join("\n");
}

describe("marks are conditional formats the add-in owns", () => {
  it("marks the blamed cells without touching their own formats, and unmarking leaves exactly what was there", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const original = formatFingerprint(model);
    const host = createHostDouble(model);
    const n = await markCells(host.run, host.settings, [
      { sheet: "RR", cell: "B1", level: "warning" },
      { sheet: "RR", cell: "B2", level: "error" },
      { sheet: "BR", cell: "B1", level: "error" },
      { sheet: "RR", cell: "B2", level: "warning" },
    ]);
    expect(n).toBe(3);
    // Names; rules and values; the rules' formulas are skipped when no sheet has a custom rule; writes.
    expect(host.syncCount).toBe(3);
    expect(shows(model, "RR", "B2")).toBe(MARK_FILL.error);
    expect(shows(model, "RR", "B1")).toBe(MARK_FILL.warning);
    expect(shows(model, "BR", "B1")).toBe(MARK_FILL.error);
    expect(shows(model, "RR", "A2")).toBeNull();
    expect(ownFormats(model)).toBe(original);
    expect(formatFingerprint(model)).not.toBe(original);

    await clearMarks(host.run, host.settings);
    expect(host.syncCount).toBe(3 + 4);
    expect(formatFingerprint(model)).toBe(original);
    expect(shows(model, "RR", "B1")).toBe("#DDEBF7");
  });

  it("moves a mark with its cell when the user inserts rows above it, and marks no other cell", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [{ sheet: "RR", cell: "B2", level: "error" }]);
    host.insertRows("RR", 1, 2);
    expect(shows(model, "RR", "B4")).toBe(MARK_FILL.error);
    expect(shows(model, "RR", "B2")).toBeNull();
    expect(model.sheets[0].cells.get(cellKey(3, 1))!.value).toBe(-1920460);
    await clearMarks(host.run, host.settings);
    expect(shows(model, "RR", "B4")).toBe("#FFFF00");
    expect(model.sheets[0].conditionalFormats).toEqual([]);
  });

  it("moves a mark with its cell when a column is inserted before it", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [{ sheet: "BR", cell: "B1", level: "warning" }]);
    host.insertColumns("BR", "A");
    expect(shows(model, "BR", "C1")).toBe(MARK_FILL.warning);
    expect(shows(model, "BR", "B1")).toBeNull();
  });

  it("takes the mark away with a deleted row and moves the others up", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [
      { sheet: "RR", cell: "B2", level: "error" },
      { sheet: "RR", cell: "B3", level: "warning" },
    ]);
    host.deleteRows("RR", 2);
    expect(model.sheets[0].conditionalFormats).toHaveLength(1);
    expect(shows(model, "RR", "B2")).toBe(MARK_FILL.warning);
    expect(shows(model, "RR", "B3")).toBeNull();
    await clearMarks(host.run, host.settings);
    expect(model.sheets[0].conditionalFormats).toEqual([]);
  });

  it("keeps the marks of a renamed sheet, and unmarking still finds them", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const original = formatFingerprint(model);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [{ sheet: "RR", cell: "B2", level: "error" }]);
    host.renameSheet("RR", "Resultaträkning");
    expect(shows(model, "Resultaträkning", "B2")).toBe(MARK_FILL.error);
    await clearMarks(host.run, host.settings);
    expect(formatFingerprint(model)).toBe(original.replace(/^RR!/gm, "Resultaträkning!"));
  });

  it("keeps the fill the user gives a marked cell when the mark goes", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [{ sheet: "BR", cell: "B1", level: "error" }]);
    host.recolour("BR", "B1", "#C6EFCE");
    expect(shows(model, "BR", "B1")).toBe(MARK_FILL.error);
    await clearMarks(host.run, host.settings);
    expect(shows(model, "BR", "B1")).toBe("#C6EFCE");
  });

  it("shows a mark only while the cell keeps the value the finding was about", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [
      { sheet: "RR", cell: "B2", level: "error" },
      { sheet: "RR", cell: "A3", level: "warning" },
    ]);
    host.editCell("RR", "B2", 1920460);
    expect(shows(model, "RR", "B2")).toBe("#FFFF00");
    host.editCell("RR", "B2", -1920460);
    expect(shows(model, "RR", "B2")).toBe(MARK_FILL.error);
    host.editCell("RR", "A3", "Noter");
    expect(shows(model, "RR", "A3")).toBeNull();
  });

  it("replaces every earlier mark: the workbook shows what the latest result says", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const original = formatFingerprint(model);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [{ sheet: "RR", cell: "B1", level: "warning" }]);
    await markCells(host.run, host.settings, [{ sheet: "RR", cell: "B2", level: "error" }]);
    expect(shows(model, "RR", "B1")).toBe("#DDEBF7");
    expect(shows(model, "RR", "B2")).toBe(MARK_FILL.error);
    expect(model.sheets[0].conditionalFormats).toHaveLength(1);
    await clearMarks(host.run, host.settings);
    expect(formatFingerprint(model)).toBe(original);
  });

  it("leaves the user's own conditional formats alone", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await host.run(async (context) => {
      const rule = context.workbook.worksheets
        .getItem("RR")
        .getRange("B1:B3")
        .conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=B1=-1876309";
      rule.custom.format.fill.color = "#FF0000";
      await context.sync();
    });
    await markCells(host.run, host.settings, [{ sheet: "RR", cell: "B2", level: "error" }]);
    await clearMarks(host.run, host.settings);
    expect(model.sheets[0].conditionalFormats).toHaveLength(1);
    expect(shows(model, "RR", "B1")).toBe("#FF0000");
  });

  it("still clears the other sheets' marks when a marked sheet was deleted in between", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const host = createHostDouble(model);
    await markCells(host.run, host.settings, [
      { sheet: "RR", cell: "B2", level: "error" },
      { sheet: "BR", cell: "B1", level: "error" },
    ]);
    model.sheets = model.sheets.filter((s) => s.name !== "BR");
    const withoutBr = formatFingerprint(workbookWithFormats([["Not", 7]]))
      .split("\n")
      .filter((l) => !l.startsWith("BR"))
      .join("\n");
    await clearMarks(host.run, host.settings);
    expect(formatFingerprint(model)).toBe(withoutBr);
  });

  it("marks and unmarks many cells of the seed 000 fixture, leaving its formats exactly as they were", async () => {
    const model = await loadFixtureModel("varend-2025-per-sheet.xlsx");
    const original = formatFingerprint(model);
    const host = createHostDouble(model);
    const marks = model.sheets.flatMap((s) =>
      [...s.cells.keys()].slice(0, 15).map((k) => {
        const [r, c] = k.split(",").map(Number);
        return { sheet: s.name, cell: `${String.fromCharCode(65 + c)}${r + 1}`, level: "error" as const };
      }),
    );
    expect(await markCells(host.run, host.settings, marks)).toBe(marks.length);
    expect(ownFormats(model)).toBe(original);
    await clearMarks(host.run, host.settings);
    expect(formatFingerprint(model)).toBe(original);
  });
});

describe("marks saved as fills by earlier versions", () => {
  it("puts back a legacy fill where the cell still shows the mark, and nowhere else", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const rr = model.sheets[0];
    // B1 and B2 were marked by an earlier version; since then the user recoloured B2 green.
    rr.cells.get(cellKey(0, 1))!.fill = { pattern: "Solid", color: MARK_FILL.error, patternColor: null };
    rr.cells.get(cellKey(1, 1))!.fill = { pattern: "Solid", color: "#C6EFCE", patternColor: null };
    const settings = memoryDocumentSettings({
      [LEGACY_MARKS_SETTING]: [
        { sheet: "RR", cell: "B1", fill: { pattern: "Solid", color: "#DDEBF7", patternColor: null } },
        { sheet: "RR", cell: "B2", fill: { pattern: "None", color: null, patternColor: null } },
        { sheet: "Borttaget", cell: "A1", fill: { pattern: "None", color: null, patternColor: null } },
      ],
    });
    const host = createHostDouble(model, settings);
    await clearMarks(host.run, settings);
    expect(rr.cells.get(cellKey(0, 1))!.fill).toEqual({
      pattern: "Solid",
      color: "#DDEBF7",
      patternColor: null,
    });
    expect(rr.cells.get(cellKey(1, 1))!.fill.color).toBe("#C6EFCE");
    expect(settings.get(LEGACY_MARKS_SETTING)).toEqual([]);
  });
});

describe("marks under co-authoring", () => {
  it("lets either author take away the marks the other set, and saves nothing another author could overwrite", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    const original = formatFingerprint(model);
    const host = createHostDouble(model);
    await markCells(host.run, host.coauthor!, [{ sheet: "RR", cell: "B2", level: "error" }]);
    expect(host.settings.get(LEGACY_MARKS_SETTING)).toBeUndefined();
    await clearMarks(host.run, host.settings);
    expect(formatFingerprint(model)).toBe(original);
  });

  it("keeps a co-author's kvittering saved while the legacy marks are forgotten", async () => {
    const model = workbookWithFormats([["Not", 7]]);
    model.sheets[0].cells.get(cellKey(0, 1))!.fill = {
      pattern: "Solid",
      color: MARK_FILL.error,
      patternColor: null,
    };
    const host = createHostDouble(model);
    host.settings.set(LEGACY_MARKS_SETTING, [
      { sheet: "RR", cell: "B1", fill: { pattern: "None", color: null, patternColor: null } },
    ]);
    await host.settings.save();
    await host.coauthor!.refresh();
    host.coauthor!.set("finsam.kvitteringar", { "k|cell=RR!B2": { comment: "Godtas", at: "2026-11-25" } });
    await host.coauthor!.save();
    await clearMarks(host.run, host.settings);
    await host.coauthor!.refresh();
    expect(host.coauthor!.get(LEGACY_MARKS_SETTING)).toEqual([]);
    expect(host.coauthor!.get("finsam.kvitteringar")).toEqual({
      "k|cell=RR!B2": { comment: "Godtas", at: "2026-11-25" },
    });
    expect(model.sheets[0].cells.get(cellKey(0, 1))!.fill.pattern).toBe("None");
  });
});
