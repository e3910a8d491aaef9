/**
 * A published report written into the workbook through the strict host double, as the pane does
 * after "Läs in rapport": new sheets only, amounts as numbers, labels as text, the page beside each
 * row as "sida N"; the check of the workbook read back finds exactly what the report alone gives,
 * and each finding names its page again from the sheet.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { memoryDocumentSettings } from "../../src/excel/documentSettings";
import { createExcelActions } from "../../src/excel/excelActions";
import { excelNumberFormat, reportRows } from "../../src/excel/writeReportSheets";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { Finding } from "../../src/engine/check/finding";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { inflateNode } from "../../src/report/inflateNode";
import { readDocx } from "../../src/report/readDocx";
import { namePages, pageOfCell } from "../../src/taskpane/model/reportPages";
import type { ReportSheet } from "../../src/taskpane/paneActions";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { cellKey, formatFingerprint, type WorkbookModel } from "../../src/workbench/host/model";

const REPORTS = join(__dirname, "..", "fixtures", "reports");

/** Where the finding is and what it says: the line, rule, period and message. */
const what = (f: Finding): string =>
  [f.cell, f.ruleId, f.kind, f.period ?? "", f.label ?? "", f.message].join(" | ");

async function varend(): Promise<ReportSheet & { snapshot: WorkbookSnapshot }> {
  const reading = await readDocx(
    new Uint8Array(readFileSync(join(REPORTS, "varend-2025-one-sheet.docx"))),
    "varend.docx",
    inflateNode,
  );
  const sheet = reading.snapshot.sheets[0];
  // LibreOffice saves no laid-out pages in the .docx: give each row a page as a PDF would, 30 rows a page.
  return {
    name: sheet.name,
    values: sheet.values,
    numberFormat: sheet.numberFormat,
    pages: sheet.values.map((_, i) => 1 + Math.floor(i / 30)),
    snapshot: reading.snapshot,
  };
}

function workbook(model: WorkbookModel) {
  const host = createHostDouble(model);
  return { host, actions: createExcelActions(host.run, memoryDocumentSettings()) };
}

describe("writing a report's tables as new sheets", () => {
  it("checks to exactly the findings of the report alone, and names each finding's page", async () => {
    const report = await varend();
    const alone = checkWorkbook(report.snapshot);
    expect(alone.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(5);

    const { actions } = workbook(modelFromRows({ Blad1: [["Anteckningar"]] }));
    await expect(actions.writeReportSheets!([report])).resolves.toEqual(["Rapport"]);
    const snapshot = await actions.readWorkbook({});
    const result = checkWorkbook(snapshot);
    // The page column ("sida 4" after an empty column) is read as nothing: no finding more or less.
    expect(result.findings.map(what).sort()).toEqual(alone.findings.map(what).sort());

    const named = namePages(result, snapshot);
    for (const f of named.findings) {
      const row = Number(/\d+$/.exec(f.cell)![0]) - 1;
      const page = report.pages[row];
      expect(pageOfCell(snapshot, f.sheet, f.cell)).toBe(page);
      expect(f.label).toMatch(new RegExp(`\\(sida ${page}\\)$`));
      expect(f.message).toMatch(new RegExp(`\\(sida ${page}\\)$`));
    }
  });

  it("writes amounts as numbers, labels and note references as text, the page to the right", async () => {
    const report = await varend();
    const model = modelFromRows({ Blad1: [["x"]] });
    const { actions } = workbook(model);
    await actions.writeReportSheets!([report]);
    const sheet = model.sheets.find((s) => s.name === "Rapport")!;
    const r = report.values.findIndex((row) => row[0] === "Korta fordringar");
    const cell = (c: number) => sheet.cells.get(cellKey(r, c));
    expect(cell(0)).toMatchObject({ value: "Korta fordringar", formula: null, numberFormat: "@" });
    expect(cell(1)).toMatchObject({ value: "3,4", numberFormat: "@" });
    expect(cell(2)).toMatchObject({ value: 1063673, numberFormat: "#,##0" });
    const width = Math.max(...report.values.map((v) => v.length));
    expect(cell(width)?.value ?? null).toBeNull();
    expect(cell(width + 1)).toMatchObject({ value: `sida ${report.pages[r]}`, numberFormat: "@" });
  });

  it("never overwrites a sheet: a taken name gets (2), (3) …, and the workbook's own sheets stay as they were", async () => {
    const report = await varend();
    const model = modelFromRows({ Rapport: [["Mitt eget blad", 5]], "rapport (2)": [["Annat"]] });
    const before = formatFingerprint(model);
    const own = [...model.sheets[0].cells.entries()].map(([k, c]) => [k, c.value]);
    const { actions } = workbook(model);
    await expect(actions.writeReportSheets!([report])).resolves.toEqual(["Rapport (3)"]);
    expect(model.sheets.map((s) => s.name)).toEqual(["Rapport", "rapport (2)", "Rapport (3)"]);
    expect([...model.sheets[0].cells.entries()].map(([k, c]) => [k, c.value])).toEqual(own);
    expect(formatFingerprint(model).startsWith(before)).toBe(true);
    expect(model.activeSheet).toBe("Rapport (3)");
  });

  it("keeps a label that Excel would take for a formula as the text it is", async () => {
    const model = modelFromRows({ Blad1: [["x"]] });
    const { actions } = workbook(model);
    const hostile = ["= Summa", "-Avskrivningar", "+46 70 123 45 67", "@Not 3"];
    await actions.writeReportSheets!([
      { name: "Rapport", values: hostile.map((h) => [h, 100]), pages: hostile.map(() => 2) },
    ]);
    const sheet = model.sheets.find((s) => s.name === "Rapport")!;
    hostile.forEach((h, r) =>
      expect(sheet.cells.get(cellKey(r, 0))).toMatchObject({ value: h, formula: null }),
    );
  });

  it("writes a long report in several requests, every row in place", async () => {
    const rows = Array.from({ length: 6000 }, (_, i) => [`Rad ${i}`, i, -i, i * 2]);
    const model = modelFromRows({ Blad1: [["x"]] });
    const { host, actions } = workbook(model);
    const before = host.syncCount;
    await actions.writeReportSheets!([
      { name: "Rapport", values: rows, pages: rows.map((_, i) => 1 + Math.floor(i / 40)) },
    ]);
    expect(host.syncCount - before).toBeGreaterThan(2);
    const sheet = model.sheets.find((s) => s.name === "Rapport")!;
    expect(sheet.cells.get(cellKey(5999, 2))?.value).toBe(-5999);
    expect(sheet.cells.get(cellKey(5999, 5))?.value).toBe("sida 150");
  });
});

describe("the sheet's cells", () => {
  it.each([
    ["# ##0", "#,##0"],
    ["# ##0,00", "#,##0.00"],
    ["0%", "0%"],
    ["0,0%", "0.0%"],
    ["General", "General"],
    [undefined, "General"],
  ])("the reader's format %s is Excel's %s", (from, to) => expect(excelNumberFormat(from)).toBe(to));

  it("adds no page column when the report names no pages (a Word file saved by LibreOffice)", () => {
    const { rows } = reportRows({ name: "Rapport", values: [["Årets resultat", 5]], pages: [undefined] });
    expect(rows).toEqual([["Årets resultat", 5]]);
  });
});
