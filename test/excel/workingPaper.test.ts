/**
 * The export as a working paper, through the strict host double: a header a revisor can file
 * (workbook, time, granskare, statements, counts), the table below it with links to the cells, the
 * related cells and who kvitterade, the ties that held below the table; years shown as years; every
 * text written as text, so nothing becomes a formula.
 */
import { memoryDocumentSettings } from "../../src/excel/documentSettings";
import { createExcelActions } from "../../src/excel/excelActions";
import type { ExportRow, WorkingPaper } from "../../src/taskpane/paneActions";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { cellKey, type SheetModel } from "../../src/workbench/host/model";
import { exportRow } from "./exportRow";

const row: ExportRow = exportRow({
  status: "Kvitterad",
  comment: "Rättas",
  related: "BR!B1 · Eget kapital · 2 652 130",
  acknowledgedBy: "AB",
  acknowledgedAt: "2026-11-25",
});

const yearRow: ExportRow = {
  ...row,
  status: "Öppen",
  target: { sheet: "RR", cell: "B1" },
  address: "RR!B1",
  expected: 2025,
  actual: 2024,
  difference: -1,
  cause: "Fel år",
  years: true,
  comment: "",
  acknowledgedBy: "",
  acknowledgedAt: "",
};

const paper: WorkingPaper = {
  title: "Granskning av årsredovisningen",
  facts: [
    ["Arbetsbok", "Värend 2025.xlsx"],
    ["Granskad", "2026-11-25 13:05:00"],
    ["Granskare", "AB"],
    ["Iakttagelser", "1 öppna fel och varningar, 1 kvitterade, 0 avrundningsdifferenser"],
  ],
  statementsLabel: "Granskade rapporter",
  statements: ["Resultaträkning: RR!A1:B2 (2025)", "Balansräkning: BR!A1:B1 (2025)"],
  heldHeading: "Avstämningar som stämmer (1)",
  // Begins with "=": typed into Excel it would be a formula; written by the export it stays words.
  held: ["= Balanskravsresultat: summan av raderna \u2713 2025"],
};

async function exported() {
  const model = modelFromRows({
    RR: [
      ["Rubrik", 2025],
      ["Årets resultat", -1920460],
    ],
    BR: [["Eget kapital", 2652130]],
  });
  const host = createHostDouble(model);
  const actions = createExcelActions(host.run, memoryDocumentSettings());
  const name = await actions.exportFindings([row, yearRow], paper);
  const sheet: SheetModel = model.sheets.find((s) => s.name === name)!;
  const at = (r: number, c: number) => sheet.cells.get(cellKey(r, c));
  return { host, sheet, at };
}

describe("the export as a working paper", () => {
  it("heads the sheet with the workbook, the time, the granskare, the counts and the statements checked", async () => {
    const { at } = await exported();
    expect(at(0, 0)?.value).toBe("Granskning av årsredovisningen");
    expect([at(1, 0)?.value, at(1, 1)?.value]).toEqual(["Arbetsbok", "Värend 2025.xlsx"]);
    expect([at(3, 0)?.value, at(3, 1)?.value]).toEqual(["Granskare", "AB"]);
    expect([at(5, 0)?.value, at(5, 1)?.value]).toEqual([
      "Granskade rapporter",
      "Resultaträkning: RR!A1:B2 (2025)",
    ]);
    expect(at(6, 1)?.value).toBe("Balansräkning: BR!A1:B1 (2025)");
  });

  it("puts the table below the header, linked, with related cells and who kvitterade when, in two syncs", async () => {
    const { host, sheet, at } = await exported();
    expect(host.syncCount).toBe(2);
    // Header rows 1–7, a blank row 8, the table's header on row 9.
    expect(sheet.tables).toEqual([expect.objectContaining({ address: "A9:N11", hasHeaders: true })]);
    expect(at(8, 0)?.value).toBe("Status");
    expect(at(8, 11)?.value).toBe("Berörda celler");
    expect(at(9, 3)?.hyperlink).toEqual({ documentReference: "'RR'!B2", textToDisplay: "RR!B2" });
    expect(at(9, 11)?.value).toBe("BR!B1 · Eget kapital · 2 652 130");
    expect([at(9, 12)?.value, at(9, 13)?.value]).toEqual(["AB", "2026-11-25"]);
  });

  it("shows years as years and amounts as amounts", async () => {
    const { at } = await exported();
    expect(at(9, 5)).toMatchObject({ value: 1920460, numberFormat: "#,##0" });
    expect(at(10, 5)).toMatchObject({ value: 2025, numberFormat: "0" });
    expect(at(10, 6)).toMatchObject({ value: 2024, numberFormat: "0" });
  });

  it("lists the ties that held below the table, as text even where a label begins with =", async () => {
    const { sheet, at } = await exported();
    expect(at(12, 0)?.value).toBe("Avstämningar som stämmer (1)");
    expect(at(13, 0)).toMatchObject({ value: paper.held[0], numberFormat: "@" });
    expect([...sheet.cells.values()].filter((c) => c.formula !== null)).toEqual([]);
  });
});
