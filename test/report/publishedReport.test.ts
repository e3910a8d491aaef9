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
    // Översikt 1, balanskrav 2, driftredovisning 3, resultaträkning 4, balansräkning 5, kassaflöde 6, noter 7–8.
    expect(page("DRIFT.RUBRIK.AR", "2025")).toBe(3);
    expect(page("RR.ARETS_RESULTAT.SUM", "2025")).toBe(4);
    expect(page("KF.LOPANDE.SUM", "2025")).toBe(6);
    expect(page("NOT.SUMMA.SUM", "2025")).toBe(7);
  });

  it("names pages when several statements share one (Kalmar)", () => {
    const { findings } = check("kalmar-2024-per-sheet.pdf");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => typeof f.page === "number" && f.page >= 1 && f.page <= 8)).toBe(true);
  });

  it("says the page in the readable report", () => {
    const r = spawnSync(process.execPath, [BIN, join(REPORTS, "varend-2025-one-sheet.pdf")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(r.stdout).toMatch(
      /FEL\s+C36\s+teckenfel, år 2025 \(sida 4\): Årets resultat 2025 är −1\s920\s460 kr/,
    );
  });

  it("names no page for a Word document that holds no laid-out pages (LibreOffice saves none)", () => {
    const { findings } = check("varend-2025-one-sheet.docx");
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.page !== undefined)).toBe(false);
  });
});
