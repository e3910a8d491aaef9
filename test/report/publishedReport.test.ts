/**
 * `finsam-check rapport.pdf` / `rapport.docx`: the published report, as Word and LibreOffice make
 * it (test/fixtures/reports, made by scripts/report-fixtures/make.ts from the fixture workbooks of
 * seeds 000 and 004), finds the same errors as the workbook, at the same lines, each with its page
 * where the report tells it; the corrected reports give no false error.
 *
 * The command runs as a user runs it (`node bin/finsam-check.js … --json`): pdf.js is an ES module
 * the command loads for a PDF, which jest's module system cannot load in-process.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { readXlsx } from "../../src/cli/readXlsx";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { Finding } from "../../src/engine/check/finding";
import { trappan } from "../../src/engine/finsam/trappan";
import Decimal from "decimal.js";
import { existsSync, readFileSync } from "node:fs";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "finsam-check.js");
const FIXTURES = join(ROOT, "test", "fixtures");
const REPORTS = join(FIXTURES, "reports");

jest.setTimeout(120_000);

beforeAll(() => {
  const { cliState, buildCli } = require("../../bin/build-cli.js") as {
    cliState(): string;
    buildCli(): { ok: boolean; output: string };
  };
  if (cliState() !== "fresh") expect(buildCli()).toMatchObject({ ok: true });
});

type ReportFinding = Finding & { page?: number };

function check(file: string): { code: number | null; findings: ReportFinding[]; err: string } {
  const r = spawnSync(process.execPath, [BIN, join(REPORTS, file), "--json"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  return {
    code: r.status,
    findings: (JSON.parse(r.stdout) as { findings: ReportFinding[] }).findings,
    err: r.stderr,
  };
}

/** What a finding says, wherever it sits: its rule, cause, severity, year and line. */
const what = (f: Finding): string =>
  [f.ruleId, f.kind, f.severity, f.period ?? "", f.label ?? ""].join(" | ");

async function workbookFindings(workbook: string): Promise<string[]> {
  const result = checkWorkbook(await readXlsx(join(FIXTURES, `${workbook}.xlsx`)));
  return result.findings.map(what).sort();
}

const CASES: readonly (readonly [report: string, workbook: string, exitCode: number])[] = [
  ["varend-2025-one-sheet.pdf", "varend-2025-one-sheet", 1],
  ["varend-2025-one-sheet.docx", "varend-2025-one-sheet", 1],
  ["kalmar-2024-per-sheet.pdf", "kalmar-2024-per-sheet", 1],
  ["kalmar-2024-per-sheet.docx", "kalmar-2024-per-sheet", 1],
  // The workbook printed from LibreOffice Calc: header text left-aligned, numbers right-aligned.
  ["kalmar-2024-per-sheet-utskrift.pdf", "kalmar-2024-per-sheet", 1],
  ["varend-2025-one-sheet-corrected.pdf", "varend-2025-one-sheet-corrected", 0],
  ["varend-2025-one-sheet-corrected.docx", "varend-2025-one-sheet-corrected", 0],
  ["kalmar-2024-per-sheet-corrected.pdf", "kalmar-2024-per-sheet-corrected", 0],
  ["kalmar-2024-per-sheet-corrected.docx", "kalmar-2024-per-sheet-corrected", 0],
  // Printed from Calc as the ekonom prints the statements, one sheet each (Värend).
  ["varend-2025-per-sheet-utskrift.pdf", "varend-2025-per-sheet", 1],
  // A report in tkr.
  ["kalmar-2024-tkr.pdf", "kalmar-2024-tkr", 1],
  ["kalmar-2024-tkr.docx", "kalmar-2024-tkr", 1],
  // Column headers broken onto two and three lines in their cells ("Utfall" over "jan-dec 2025").
  ["varend-2025-one-sheet-tvaradsrubriker.pdf", "varend-2025-one-sheet", 1],
  ["varend-2025-one-sheet-tvaradsrubriker.docx", "varend-2025-one-sheet", 1],
  // The year alone on a header's second line ("Utfall jan-dec" over "2025"); the corrected Värend
  // report shows no false error.
  ["varend-2025-one-sheet-corrected-arsrad.pdf", "varend-2025-one-sheet-corrected", 0],
  ["varend-2025-one-sheet-corrected-arsrad.docx", "varend-2025-one-sheet-corrected", 0],
  ["kalmar-2024-per-sheet-arsrad.pdf", "kalmar-2024-per-sheet", 1],
  ["kalmar-2024-per-sheet-arsrad.docx", "kalmar-2024-per-sheet", 1],
  // The notes in two newspaper columns, a note running on from one column into the next, labels
  // wrapped in the narrow columns.
  ["kalmar-2024-per-sheet-notspalter.pdf", "kalmar-2024-per-sheet", 1],
  ["kalmar-2024-per-sheet-notspalter.docx", "kalmar-2024-per-sheet", 1],
  ["varend-2025-one-sheet-notspalter.pdf", "varend-2025-one-sheet", 1],
  ["varend-2025-one-sheet-notspalter.docx", "varend-2025-one-sheet", 1],
  // Pages in two columns: the förvaltningsberättelse in newspaper columns, notes side by side
  // (Word's w:cols with a column break), the statements over the full width.
  ["varend-2025-one-sheet-spalter.pdf", "varend-2025-one-sheet", 1],
  ["varend-2025-one-sheet-spalter.docx", "varend-2025-one-sheet", 1],
  ["kalmar-2024-per-sheet-spalter.pdf", "kalmar-2024-per-sheet", 1],
  ["kalmar-2024-per-sheet-spalter.docx", "kalmar-2024-per-sheet", 1],
  // The same layouts from the corrected workbooks: nothing false found.
  ...[
    "varend-2025-one-sheet-corrected-spalter",
    "varend-2025-one-sheet-corrected-notspalter",
    "kalmar-2024-per-sheet-corrected-spalter",
    "kalmar-2024-per-sheet-corrected-notspalter",
  ].flatMap((name) =>
    ["pdf", "docx"].map((ext) => [`${name}.${ext}`, name.replace(/-(not)?spalter$/, ""), 0] as const),
  ),
  ["kalmar-2024-per-sheet-corrected-utskrift.pdf", "kalmar-2024-per-sheet-corrected", 0],
  ["varend-2025-per-sheet-corrected-utskrift.pdf", "varend-2025-per-sheet-corrected", 0],
  // The one-sheet workbook printed from Calc fitted to the page's width, landscape and portrait:
  // the balansräkning and the notes run over page breaks, the pages after a break begin with a
  // note's rows and have fewer columns than the page before, which numbered them.
  ...["varend-2025-one-sheet", "varend-2025-one-sheet-corrected"].flatMap((workbook) =>
    ["liggande", "staende"].map(
      (way) => [`${workbook}-utskrift-${way}.pdf`, workbook, workbook.endsWith("corrected") ? 0 : 1] as const,
    ),
  ),
];

it.each(CASES)("%s finds what %s.xlsx finds, line by line", async (report, workbook, exitCode) => {
  const expected = await workbookFindings(workbook);
  const r = check(report);
  expect(r.err).toBe("");
  expect(r.code).toBe(exitCode);
  expect(r.findings.map(what).sort()).toEqual(expected);
  if (exitCode === 0) expect(r.findings.filter((f) => f.severity === "error")).toEqual([]);
  else expect(r.findings.filter((f) => f.severity === "error").length).toBeGreaterThan(0);
});

describe("pages", () => {
  it("names the page of every finding in a PDF (one statement per page)", () => {
    const { findings } = check("varend-2025-one-sheet.pdf");
    expect(findings.every((f) => typeof f.page === "number")).toBe(true);
    const page = (ruleId: string, period: string) =>
      findings.find((f) => f.ruleId === ruleId && f.period === period)?.page;
    // Förvaltningsberättelse 1, översikt 2, balanskrav 3, driftredovisning 4, resultaträkning 5,
    // balansräkning 6, kassaflöde 7, noter 8–9.
    expect(page("DRIFT.RUBRIK.AR", "2025")).toBe(4);
    expect(page("RR.ARETS_RESULTAT.SUM", "2025")).toBe(5);
    expect(page("KF.LOPANDE.SUM", "2025")).toBe(7);
    expect(page("NOT.SUMMA.SUM", "2025")).toBe(8);
  });

  it("names pages in a report with pages in two columns (the notes side by side on page 7)", () => {
    const { findings } = check("varend-2025-one-sheet-spalter.pdf");
    const page = (ruleId: string, period: string) =>
      findings.find((f) => f.ruleId === ruleId && f.period === period)?.page;
    // Förvaltningsberättelse in two columns with the overview below it 1, balanskrav 2,
    // driftredovisning 3, resultaträkning 4, balansräkning 5, kassaflöde 6, noter 7.
    expect(page("DRIFT.RUBRIK.AR", "2025")).toBe(3);
    expect(page("RR.ARETS_RESULTAT.SUM", "2025")).toBe(4);
    expect(page("NOT.SUMMA.SUM", "2025")).toBe(7);
    expect(findings.filter((f) => f.ruleId === "NOT.BR.HANVISNING").map((f) => [f.label, f.kind])).toEqual([
      ["Korta fordringar", "rounding"],
      ["Kortfristiga skulder", "rounding"],
    ]);
  });

  it("names pages when several statements share one (Kalmar)", () => {
    const { findings } = check("kalmar-2024-per-sheet.pdf");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => typeof f.page === "number" && f.page >= 2 && f.page <= 9)).toBe(true);
  });

  it("says the page in the readable report", () => {
    const r = spawnSync(process.execPath, [BIN, join(REPORTS, "varend-2025-one-sheet.pdf")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout).toMatch(
      /FEL\s+C\d+\s+teckenfel, år 2025 \(sida 5\): Årets resultat 2025 är −1\s920\s460 kr/,
    );
  });

  it("names no page for a Word document that holds no laid-out pages (LibreOffice saves none)", () => {
    const { findings } = check("varend-2025-one-sheet.docx");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.page !== undefined)).toBe(false);
  });
});

/**
 * quoted-amounts.json, the truth a text rule is tested against: each amount the förvaltningsberättelse
 * quotes, with what the report's own statements say. Held here against the workbooks the reports
 * were made from, so that a changed fixture cannot leave the truth behind.
 */
describe("the förvaltningsberättelse's quoted amounts", () => {
  interface Quote {
    report: string;
    page: number | null;
    sentence: string;
    quoted: string;
    concept: string;
    amount: number;
    unit: number;
    period: string;
    statementValue: number | null;
    source: {
      workbook: string;
      label: string;
      column: number;
      trappa?: boolean;
      statementUnit: number;
    } | null;
    expected: "agrees" | "rounding" | "differs" | "not-checked";
  }
  const truth = JSON.parse(readFileSync(join(REPORTS, "quoted-amounts.json"), "utf8")) as Quote[];

  it("lists the quotes of every report, .pdf with its page and .docx without", () => {
    const reports = new Set(truth.map((q) => q.report));
    for (const [report] of CASES.filter(([r]) => !r.includes("utskrift"))) expect(reports).toContain(report);
    for (const q of truth) {
      expect(existsSync(join(REPORTS, q.report))).toBe(true);
      expect(q.sentence).toContain(q.quoted);
      if (q.report.endsWith(".pdf")) expect(q.page).toBeGreaterThanOrEqual(1);
      else expect(q.page).toBeNull();
    }
  });

  it("names the concepts the text rule checks", () => {
    const concepts = new Set(truth.map((q) => q.concept));
    for (const c of ["eget-kapital", "medlemsinsatser", "trappan-tak", "balanskravsresultat"])
      expect(concepts).toContain(c);
    // Budgets and other years are there too, for the rule to leave alone.
    expect(truth.some((q) => q.expected === "not-checked" && q.period.startsWith("budget"))).toBe(true);
  });

  it.each(truth.filter((q) => q.source).map((q) => [q.report, q.quoted, q] as const))(
    "%s: %s is what the workbook's statements say, by the rounding rule",
    async (_report, _quoted, q) => {
      const source = q.source!;
      const book = await readXlsx(join(FIXTURES, source.workbook));
      const values = book.sheets
        .flatMap((s) => s.values)
        .filter((row) => typeof row[0] === "string" && row[0].trim() === source.label)
        .map((row) => row[source.column]);
      expect(values).toHaveLength(1);
      // In kronor: a workbook in tkr says thousands.
      const read = (values[0] as number) * source.statementUnit;
      const out = trappan(new Decimal(read));
      const statement = source.trappa && out.ok ? out.value.toNumber() : read;
      expect(q.statementValue).toBe(statement);
      const d = Math.abs(q.amount - statement);
      const tolerance = (q.unit + source.statementUnit) / 2;
      expect(q.expected).toBe(d === 0 ? "agrees" : d <= tolerance ? "rounding" : "differs");
    },
  );
});

/**
 * The comparison's fixtures: <workbook>-jamfor.docx/.pdf are the workbook's report with the changes
 * listed in <workbook>-jamfor.planted.json; the unchanged report of the same workbook has none.
 */
describe("planted differences", () => {
  interface PlantedFile {
    workbook: string;
    reports: string[];
    planted: {
      sheet: string;
      cell: string;
      label: string;
      period: string;
      workbookValue: number;
      reportValue: number;
      kind: string;
      page: number;
    }[];
  }
  const files = ["varend-2025-one-sheet-corrected-jamfor", "kalmar-2024-per-sheet-corrected-jamfor"].map(
    (name) => JSON.parse(readFileSync(join(REPORTS, `${name}.planted.json`), "utf8")) as PlantedFile,
  );

  async function docxRows(file: string) {
    const { readDocx } = await import("../../src/report/readDocx");
    const { inflateNode } = await import("../../src/report/inflateNode");
    const reading = await readDocx(new Uint8Array(readFileSync(join(REPORTS, file))), file, inflateNode);
    return reading.snapshot.sheets[0].values;
  }
  const column = (cell: string) => cell.charCodeAt(0) - 65;

  it.each(files.map((f) => [f.workbook, f] as const))(
    "%s: the report says the planted amounts, the unchanged report the workbook's",
    async (workbook, f) => {
      expect(f.planted.length).toBeGreaterThanOrEqual(4);
      expect(new Set(f.planted.map((p) => p.kind)).size).toBe(5);
      const changed = await docxRows(f.reports[1]);
      const unchanged = await docxRows(workbook.replace(/\.xlsx$/, ".docx"));
      const book = await readXlsx(join(FIXTURES, workbook));
      for (const p of f.planted) {
        const line = (rows: readonly (readonly unknown[])[]) => rows.filter((r) => r[0] === p.label);
        expect(line(changed)).toHaveLength(1);
        expect(line(changed)[0][column(p.cell)]).toBe(p.reportValue);
        expect(line(unchanged)[0][column(p.cell)]).toBe(p.workbookValue);
        const sheet = book.sheets.find((s) => s.name === p.sheet)!;
        const row = Number(p.cell.slice(1)) - 1 - sheet.origin.row;
        expect(sheet.values[row][column(p.cell) - sheet.origin.col]).toBe(p.workbookValue);
        expect(sheet.values[row][0]).toBe(p.label);
      }
    },
  );

  it("reads the flipped sign from the PDF on its page (Värend: verksamhetens resultat, page 5)", () => {
    const flipped = files[0].planted.find((p) => p.kind === "sign-flipped")!;
    const found = check(files[0].reports[0]).findings.filter(
      (f) => f.ruleId === "RR.VERKSAMHETENS_RESULTAT.SUM",
    );
    expect(found.map((f) => [f.kind, f.period, f.page])).toEqual([["sign", flipped.period, flipped.page]]);
    expect(
      check("varend-2025-one-sheet-corrected.pdf").findings.some(
        (f) => f.ruleId === "RR.VERKSAMHETENS_RESULTAT.SUM",
      ),
    ).toBe(false);
  });
});
