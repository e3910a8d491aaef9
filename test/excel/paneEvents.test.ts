/**
 * What the pane hears from the workbook, through the strict host double: the user's edits (which
 * sheet, which cells, whether rows moved) and the user's selection, each by sheet name although
 * Excel's events name sheets by id; and how many marks "Ta bort markeringar" took away.
 */
import { memoryDocumentSettings } from "../../src/excel/documentSettings";
import { MARK_FILL, TICK_FILL, clearMarks, markCells } from "../../src/excel/marks";
import { parseA1 } from "../../src/engine/workbook/snapshot";
import { shownFill } from "../../src/workbench/host/conditionalFill";
import { formatFingerprint, type WorkbookModel } from "../../src/workbench/host/model";
import { watchSelection } from "../../src/excel/selection";
import { watchChanges } from "../../src/excel/watchChanges";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";

const workbook = () =>
  modelFromRows({
    RR: [
      ["Verksamhetens resultat", -1876309],
      ["Årets resultat", -1920460],
    ],
    BR: [["Eget kapital", 2652130]],
  });

/** The double's event handlers run their own batches: let them finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("edits the pane hears about", () => {
  it("tells each edit since the last call by sheet name, address and whether rows moved", async () => {
    jest.useFakeTimers();
    try {
      const host = createHostDouble(workbook());
      const onChange = jest.fn();
      const stop = await watchChanges(host.run, onChange, 100);
      host.editCell("RR", "B2", 1920460);
      host.insertRows("BR", 1);
      jest.advanceTimersByTime(150);
      expect(onChange).toHaveBeenCalledTimes(1);
      // Each edit says when the host told it, so the pane can tell an edit its last check has read.
      const at = expect.any(Number) as number;
      expect(onChange).toHaveBeenCalledWith([
        { sheet: "RR", address: "B2", structural: false, at },
        { sheet: "BR", address: "1:1", structural: true, at },
      ]);
      host.editCell("RR", "B1", 0);
      jest.advanceTimersByTime(150);
      expect(onChange).toHaveBeenLastCalledWith([{ sheet: "RR", address: "B1", structural: false, at }]);
      await stop();
    } finally {
      jest.useRealTimers();
    }
  });

  it("registers in one sync, names and handler together", async () => {
    const host = createHostDouble(workbook());
    const stop = await watchChanges(host.run, () => undefined, 100);
    expect(host.syncCount).toBe(1);
    await stop();
  });
});

describe("the selection the pane hears about", () => {
  it("tells the top-left cell the user selects, with its sheet's name, until stopped", async () => {
    const host = createHostDouble(workbook());
    const onSelect = jest.fn();
    const stop = await watchSelection(host.run, onSelect);
    host.selectCell("BR", "B1");
    await settle();
    host.selectCell("RR", "$B$2:$B$3");
    await settle();
    expect(onSelect.mock.calls).toEqual([[{ sheet: "BR", cell: "B1" }], [{ sheet: "RR", cell: "B2" }]]);
    await stop();
    host.selectCell("BR", "A1");
    await settle();
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it("tells only the last of a quick run of selections (arrow keys held down)", async () => {
    const host = createHostDouble(workbook());
    const onSelect = jest.fn();
    await watchSelection(host.run, onSelect);
    host.selectCell("RR", "B1");
    host.selectCell("RR", "B2");
    await settle();
    expect(onSelect.mock.calls).toEqual([[{ sheet: "RR", cell: "B2" }]]);
  });

  it("finds the name of a sheet renamed since it started listening", async () => {
    const host = createHostDouble(workbook());
    const onSelect = jest.fn();
    await watchSelection(host.run, onSelect);
    host.renameSheet("BR", "Balansräkning");
    host.selectCell("Balansräkning", "B1");
    await settle();
    expect(onSelect).toHaveBeenCalledWith({ sheet: "Balansräkning", cell: "B1" });
  });

  it("is modelled strictly: a handler added is not called before the context syncs", async () => {
    const host = createHostDouble(workbook());
    const onSelect = jest.fn();
    await host.run(async (context) => {
      context.workbook.worksheets.onSelectionChanged.add(async () => onSelect());
      host.selectCell("RR", "B1");
      expect(onSelect).not.toHaveBeenCalled();
      await context.sync();
    });
    host.selectCell("RR", "B2");
    await settle();
    expect(onSelect).toHaveBeenCalledTimes(1);
  });
});

describe("taking marks away", () => {
  it("says how many marks there were, and 0 when there were none", async () => {
    const host = createHostDouble(workbook());
    const settings = memoryDocumentSettings();
    await markCells(host.run, settings, [
      { sheet: "RR", cell: "B2", level: "error" },
      { sheet: "BR", cell: "B1", level: "warning" },
    ]);
    await expect(clearMarks(host.run, settings)).resolves.toBe(2);
    await expect(clearMarks(host.run, settings)).resolves.toBe(0);
  });
});

describe("tickmarks", () => {
  const shows = (model: WorkbookModel, sheet: string, cell: string) => {
    const at = parseA1(cell)!;
    return shownFill(
      model.sheets.find((s) => s.name === sheet)!,
      at.row,
      at.col,
    );
  };

  it("ticks a total green, lets an error on the same cell win, and goes exactly like the marks", async () => {
    const model = workbook();
    const host = createHostDouble(model);
    const settings = memoryDocumentSettings();
    const before = formatFingerprint(model);
    await markCells(host.run, settings, [
      { sheet: "RR", cell: "B1", level: "held" },
      { sheet: "RR", cell: "B2", level: "held" },
      { sheet: "RR", cell: "B2", level: "error" },
    ]);
    expect(shows(model, "RR", "B1")).toBe(TICK_FILL.toUpperCase());
    expect(shows(model, "RR", "B2")).toBe(MARK_FILL.error.toUpperCase());
    await expect(clearMarks(host.run, settings)).resolves.toBe(2);
    expect(shows(model, "RR", "B1")).toBeNull();
    expect(formatFingerprint(model)).toBe(before);
  });

  it("takes a tick away by itself when the ticked total is changed", async () => {
    const model = workbook();
    const host = createHostDouble(model);
    await markCells(host.run, memoryDocumentSettings(), [{ sheet: "RR", cell: "B1", level: "held" }]);
    host.editCell("RR", "B1", 0);
    expect(shows(model, "RR", "B1")).toBeNull();
  });
});
