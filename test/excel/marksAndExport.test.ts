import { memoryDocumentSettings } from "../../src/excel/documentSettings";
import { createExcelActions } from "../../src/excel/excelActions";
import { exportSheetName } from "../../src/excel/exportFindings";
import type { ExportRow } from "../../src/taskpane/paneActions";
import { selectCell } from "../../src/excel/navigate";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { cellKey } from "../../src/workbench/host/model";
import { workbookWithFormats } from "./formattedWorkbook";
import { exportRow } from "./exportRow";

describe("navigation", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const model = workbookWithFormats();
    const host = createHostDouble(model);
    await selectCell(host.run, { sheet: "BR", cell: "B1" });
    expect(model.activeSheet).toBe("BR");
    expect(model.selection).toBe("B1");
    expect(host.syncCount).toBe(1);
  });
});

describe("export", () => {
  const row: ExportRow = exportRow();

  it("names the sheet after the date and avoids taken names", () => {
    const d = new Date(2026, 10, 25);
    expect(exportSheetName(d, [])).toBe("Granskning 2026-11-25");
    expect(exportSheetName(d, ["granskning 2026-11-25"])).toBe("Granskning 2026-11-25 (2)");
  });

  it("creates the Granskning sheet as a table with a hyperlink to each cell, in two syncs", async () => {
    const model = workbookWithFormats();
    const host = createHostDouble(model);
    const actions = createExcelActions(host.run, memoryDocumentSettings());
    const name = await actions.exportFindings([
      row,
      { ...row, target: { sheet: "BR", cell: "B1" }, address: "BR!B1" },
    ]);
    expect(host.syncCount).toBe(2);
    expect(name).toMatch(/^Granskning \d{4}-\d{2}-\d{2}$/);
    const sheet = model.sheets.find((s) => s.name === name)!;
    expect(sheet.tables).toHaveLength(1);
    expect(sheet.tables[0]).toMatchObject({ address: "A1:K3", hasHeaders: true });
    expect(sheet.cells.get(cellKey(0, 0))!.value).toBe("Status");
    expect(sheet.cells.get(cellKey(1, 3))!.hyperlink).toEqual({
      documentReference: "'RR'!B2",
      textToDisplay: "RR!B2",
    });
    expect(sheet.cells.get(cellKey(1, 5))!.value).toBe(1920460);
    expect(model.activeSheet).toBe(name);
    const again = await actions.exportFindings([row]);
    expect(again).toBe(`${name} (2)`);
  });
});

describe("settings and kvitteringar kept with the workbook", () => {
  it("round-trips settings and acknowledgements through the document settings", async () => {
    const settings = memoryDocumentSettings();
    const host = createHostDouble(workbookWithFormats());
    const a = createExcelActions(host.run, settings);
    await a.changeSettings({ sheets: ["RR"], unit: "tkr", autoCheck: true });
    await a.setAcknowledgement("k1", { comment: "Avrundning accepterad", at: "2026-11-25" });
    const b = createExcelActions(host.run, settings);
    expect(await b.loadSettings()).toEqual({ sheets: ["RR"], unit: "tkr", autoCheck: true });
    expect(await b.loadAcknowledgements()).toEqual({
      k1: { comment: "Avrundning accepterad", at: "2026-11-25" },
    });
  });
});

describe("automatic check on change", () => {
  it("calls back once after a burst of edits, and stops when asked", async () => {
    jest.useFakeTimers();
    try {
      const host = createHostDouble(workbookWithFormats());
      const actions = createExcelActions(host.run, memoryDocumentSettings(), 500);
      const onChange = jest.fn();
      const stop = await actions.watchChanges(onChange);
      host.editCell("RR", "B2", 1920460);
      host.editCell("RR", "B1", 1876309);
      jest.advanceTimersByTime(400);
      expect(onChange).not.toHaveBeenCalled();
      jest.advanceTimersByTime(200);
      expect(onChange).toHaveBeenCalledTimes(1);
      await stop();
      host.editCell("RR", "B2", 0);
      jest.advanceTimersByTime(1000);
      expect(onChange).toHaveBeenCalledTimes(1);
    } finally {
      jest.useRealTimers();
    }
  });
});
