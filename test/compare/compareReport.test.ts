/**
 * The published report against its workbook (src/engine/compare): a report made from the workbook
 * says nothing; a report in tkr made from a workbook in kr says nothing; each slip typed into the
 * report is one finding at the report's cell, with the workbook's cell beside it and its cause.
 * The reports here are the fixture workbooks with cells changed in memory (editSnapshot.ts); the
 * published PDF and Word reports are compared from the command line (test/cli/compare.test.ts).
 */
import { join } from "node:path";
import { readXlsx } from "../../src/cli/readXlsx";
import type { Finding } from "../../src/engine/check/finding";
import { catalogueEntryFor } from "../../src/engine/check/rules/catalogue";
import { compareReport, compareReportSheets } from "../../src/engine/compare/compareReport";
import { type WorkbookSnapshot, a1 } from "../../src/engine/workbook/snapshot";
import { blankRows, editSnapshot } from "./editSnapshot";

const FIXTURES = join(__dirname, "..", "fixtures");
const SHEET = "Årsredovisning 2025";

let varend: WorkbookSnapshot;
beforeAll(async () => {
  varend = await readXlsx(join(FIXTURES, "varend-2025-one-sheet.xlsx"));
});

const brief = (f: Finding) => [f.ruleId, f.kind, f.cell, f.period ?? "", f.related.join(",")].join(" ");

describe("a report that states what the workbook states", () => {
  it.each([
    "varend-2025-one-sheet",
    "varend-2025-per-sheet",
    "varend-2025-text",
    "kalmar-2024-per-sheet",
    "kalmar-2024-tkr",
  ])("%s against itself: every figure compared, no difference", async (name) => {
    const wb = await readXlsx(join(FIXTURES, `${name}.xlsx`));
    const result = compareReport(wb, wb);
    expect(result.findings).toEqual([]);
    expect(result.compared).toBeGreaterThan(150);
  });

  it("the Värend statements laid out one per sheet against all on one sheet", async () => {
    const perSheet = await readXlsx(join(FIXTURES, "varend-2025-per-sheet.xlsx"));
    const result = compareReport(varend, perSheet);
    expect(result.findings).toEqual([]);
    expect(result.compared).toBeGreaterThan(150);
  });

  it("a report in tkr that says so nowhere over its tables is read in tkr when the workbook's figures say so", async () => {
    const kr = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet.xlsx"));
    const tkr = await readXlsx(join(FIXTURES, "kalmar-2024-tkr.xlsx"));
    // Every caption naming the unit ("TKR", "Belopp i tkr") taken away.
    const uncaptioned = editSnapshot(
      tkr,
      tkr.sheets.flatMap((sheet) =>
        sheet.values.flatMap((row, r) =>
          row.flatMap((v, c) =>
            typeof v === "string" && /tkr/i.test(v)
              ? [
                  [
                    sheet.name,
                    a1(r + sheet.origin.row, c + sheet.origin.col),
                    v.replace(/(belopp\s*(i\s*)?)?tkr/gi, "").trim() || null,
                  ] as const,
                ]
              : [],
          ),
        ),
      ),
    );
    const result = compareReport(kr, uncaptioned);
    expect(result.unrelated).toBe(false);
    expect(result.findings).toEqual([]);
    expect(result.compared).toBeGreaterThan(150);
  });

  it("the same figures under a caption that names another unit are compared as written, and a slip among them is found", async () => {
    const tkr = await readXlsx(join(FIXTURES, "kalmar-2024-tkr.xlsx"));
    const captions = tkr.sheets.flatMap((sheet) =>
      sheet.values.flatMap((row, r) =>
        row.flatMap((v, c) =>
          typeof v === "string" && /tkr/i.test(v)
            ? [
                [
                  sheet.name,
                  a1(r + sheet.origin.row, c + sheet.origin.col),
                  v.replace(/tkr/gi, "kr"),
                ] as const,
              ]
            : [],
        ),
      ),
    );
    expect(compareReport(tkr, editSnapshot(tkr, captions)).findings).toEqual([]);
    const slip = editSnapshot(tkr, [...captions, ["Resultaträkning", "C5", -16190]]);
    expect(compareReport(tkr, slip).findings.map((f) => [f.kind, f.cell])).toEqual([["sign", "C5"]]);
  });

  it.each([
    ["kalmar-2024-per-sheet", "kalmar-2024-tkr"],
    ["kalmar-2024-tkr", "kalmar-2024-per-sheet"],
  ])("kr against tkr (%s with %s) is no difference: 1 876 tkr is 1 876 309 kr", async (a, b) => {
    const wb = await readXlsx(join(FIXTURES, `${a}.xlsx`));
    const report = await readXlsx(join(FIXTURES, `${b}.xlsx`));
    const result = compareReport(wb, report);
    expect(result.findings).toEqual([]);
    expect(result.compared).toBeGreaterThan(150);
  });
});

describe("slips typed into the report", () => {
  it("a sign, transposed digits, the other year's figure and a blank cell: one finding each, with its cause", () => {
    const report = editSnapshot(varend, [
      [SHEET, "C38", 1876309], // Verksamhetens resultat 2025: −1 876 309 in the workbook
      [SHEET, "C52", 3847805], // Kassa och bank 2025: 3 848 705
      [SHEET, "B123", 1919816], // Not 5 Bankkonton 2025: the 2024 figure
      [SHEET, "D39", null], // Finansiella intäkter 2024 left blank
    ]);
    const { findings } = compareReport(varend, report);
    expect(findings.map(brief).sort()).toEqual(
      [
        `JAMFOR.RR.BELOPP sign C38 2025 '${SHEET}'!C38`,
        `JAMFOR.BR.BELOPP transposition C52 2025 '${SHEET}'!C52`,
        `JAMFOR.NOT.BELOPP period-swap B123 2025 '${SHEET}'!B123`,
        `JAMFOR.RR.BELOPP missing D39 2024 '${SHEET}'!D39`,
      ].sort(),
    );
    const sign = findings.find((f) => f.cell === "C38");
    expect(sign).toMatchObject({ severity: "error", statement: "RR", actual: 1876309, expected: -1876309 });
    expect(sign?.message).toMatch(
      /^Rapporten anger 1\u00A0876\u00A0309 kr för "Verksamhetens resultat" 2025 i resultaträkningen, arbetsboken \u22121\u00A0876\u00A0309 kr\. Teckenfel/,
    );
    expect(findings.find((f) => f.cell === "D39")?.message).toContain("Rapporten anger inget belopp");
    for (const f of findings) expect(catalogueEntryFor(f.ruleId)).toBeDefined();
  });

  it("a figure a thousand times too small (tkr typed into a report in kr) is a unit slip", () => {
    const report = editSnapshot(varend, [[SHEET, "C36", 8525]]);
    const { findings } = compareReport(varend, report);
    expect(findings.map(brief)).toEqual([`JAMFOR.RR.BELOPP unit C36 2025 '${SHEET}'!C36`]);
  });

  it("a difference within the rounding of a report in tkr is none; one beyond it is", async () => {
    const kr = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet.xlsx"));
    const tkr = await readXlsx(join(FIXTURES, "kalmar-2024-tkr.xlsx"));
    const intakter = tkr.sheets
      .find((s) => s.name === "Resultaträkning")
      ?.values.findIndex((row) => row[0] === "Verksamhetens intäkter");
    expect(intakter).toBeGreaterThan(0);
    const row = (intakter as number) + 1; // amounts in column C (B is the note column)
    // 16 189 674 kr is 16 190 tkr; 16 189 or 16 191 is a nudged rounding, 16 198 a slip.
    const nudged = editSnapshot(tkr, [["Resultaträkning", `C${row}`, 16191]]);
    expect(compareReport(kr, nudged).findings).toEqual([]);
    const slip = editSnapshot(tkr, [["Resultaträkning", `C${row}`, 16109]]);
    const found = compareReport(kr, slip).findings;
    expect(found.map((f) => [f.kind, f.cell])).toEqual([["transposition", `C${row}`]]);
    expect(found[0].message).toContain("16\u00A0109 tkr");
    expect(found[0].message).toContain("16\u00A0189\u00A0674 kr");
  });

  it("lines deleted from a statement are named once, not one finding each; a note left out says nothing", () => {
    const report = editSnapshot(varend, [
      ...blankRows(varend, SHEET, 95, 96), // Not 2: Administration, Samverkansutbildning
      ...blankRows(varend, SHEET, 126, 131), // Not 6 left out of the report
    ]);
    const { findings, statements } = compareReport(varend, report);
    expect(findings.map((f) => [f.ruleId, f.severity])).toEqual([["JAMFOR.NOT.RADER", "warning"]]);
    expect(findings[0].message).toContain('"Administration", "Samverkansutbildning"');
    expect(findings[0].related).toEqual([`'${SHEET}'!A95`, `'${SHEET}'!A96`]);
    expect(statements).toContainEqual({ statement: "NOT", note: 6, inReport: false, inWorkbook: true });
  });
});

describe("a report laid out otherwise than the workbook", () => {
  it("a note numbered otherwise is the workbook's note of the same title", () => {
    const report = editSnapshot(varend, [
      [SHEET, "A107", "Not 8 Kortfristiga fordringar"], // the workbook's Not 3
      [SHEET, "B108", 1035963], // Momsfordran 2025: 1 035 936
    ]);
    const { findings, statements } = compareReport(varend, report);
    expect(findings.map(brief)).toEqual([`JAMFOR.NOT.BELOPP transposition B108 2025 '${SHEET}'!B108`]);
    expect(findings[0].message).toContain("i not 8");
    expect(statements.filter((s) => s.note === 8)).toEqual([]);
  });

  it("costs printed as positive amounts, every year, are a sign convention, not a slip", () => {
    const costs = editSnapshot(varend, [
      [SHEET, "C37", 6649090],
      [SHEET, "D37", 5968280],
      [SHEET, "C40", 2620],
      [SHEET, "D40", 2110],
    ]);
    expect(compareReport(varend, costs).findings).toEqual([]);
    // One year's cost flipped is a slip.
    const slip = editSnapshot(varend, [[SHEET, "C37", 6649090]]);
    expect(compareReport(varend, slip).findings.map(brief)).toEqual([
      `JAMFOR.RR.BELOPP sign C37 2025 '${SHEET}'!C37`,
    ]);
  });
});

describe("a statement or a report that is not the workbook's", () => {
  it("a note whose columns are swapped is said once, not figure by figure", () => {
    // Not 4 (rows 114–119): each line's 2025 and 2024 figures in each other's column.
    const sheet = varend.sheets.find((s) => s.name === SHEET);
    const at = (row: number, col: number) => sheet?.values[row - 1 - (sheet?.origin.row ?? 0)][col] ?? null;
    const swapped = [114, 115, 116, 117, 118, 119].flatMap((row) => [
      [SHEET, `B${row}`, at(row, 2)] as const,
      [SHEET, `C${row}`, at(row, 1)] as const,
    ]);
    const { findings } = compareReport(varend, editSnapshot(varend, swapped));
    expect(findings.map((f) => [f.ruleId, f.severity, f.cell])).toEqual([
      ["JAMFOR.NOT.UPPSTALLNING", "warning", "B114"],
    ]);
    expect(findings[0].message).toMatch(/^Not 4 i rapporten stämmer inte med arbetsboken: 12 av 12 belopp/);
  });

  it("another förbund's report: unrelated, no differences listed", async () => {
    const kalmar = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet.xlsx"));
    const result = compareReport(varend, kalmar);
    expect(result.unrelated).toBe(true);
    expect(result.findings).toEqual([]);
    expect(result.agreeing * 2).toBeLessThan(result.compared);
  });
});

describe("the report read into new sheets of the open workbook", () => {
  it("finds what the report as a workbook of its own finds, at the report's sheet", () => {
    const report = editSnapshot(varend, [[SHEET, "C38", 1876309]]);
    const pasted = report.sheets.map((s) => ({ ...s, name: "Rapport" }));
    const together: WorkbookSnapshot = { sheets: [...varend.sheets, ...pasted] };
    const result = compareReportSheets(together, ["Rapport"]);
    expect(result.findings.map(brief)).toEqual([`JAMFOR.RR.BELOPP sign C38 2025 '${SHEET}'!C38`]);
    expect(result.findings[0].sheet).toBe("Rapport");
  });

  it("compares with the workbook's own sheets only, where the pane names them", () => {
    const report = editSnapshot(varend, [[SHEET, "C38", 1876309]]);
    const rename = (name: string) => report.sheets.map((s) => ({ ...s, name }));
    // An earlier report read in ("Rapport 1") is neither the workbook nor this report.
    const together: WorkbookSnapshot = {
      sheets: [...varend.sheets, ...rename("Rapport 1"), ...rename("Rapport 2")],
    };
    const result = compareReportSheets(together, ["Rapport 2"], { workbookSheets: [SHEET] });
    expect(result.findings.map(brief)).toEqual([`JAMFOR.RR.BELOPP sign C38 2025 '${SHEET}'!C38`]);
  });
});
