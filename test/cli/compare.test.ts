/**
 * `finsam-check ARBETSBOK --jamfor RAPPORT`, run as a user runs it (`node bin/finsam-check.js`, as in
 * test/report/publishedReport.test.ts: pdf.js is an ES module jest cannot load in-process). A report
 * made from the workbook, as PDF and Word, shows no difference; a report in tkr against the workbook
 * in kr shows none; the seed reports against the corrected workbooks show the seeds' errors as
 * differences, at the report's cell and page, with the workbook's cell; misuse gets a Swedish
 * sentence and exit code 2.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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

type Paged = Finding & { page?: number };
interface Output {
  files: { file: string; findings?: Paged[]; error?: string }[];
  comparison?: { workbook: string; report: string; compared: number; findings: Paged[] };
  comparisonError?: string;
}

function run(args: readonly string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function compareJson(workbook: string, report: string): { code: number | null; json: Output; err: string } {
  const r = run([join(FIXTURES, workbook), "--jamfor", report, "--json"]);
  return { code: r.code, json: JSON.parse(r.out) as Output, err: r.err };
}

describe("a report made from the workbook", () => {
  it.each([
    ["varend-2025-one-sheet.xlsx", "varend-2025-one-sheet.pdf"],
    ["varend-2025-one-sheet.xlsx", "varend-2025-one-sheet.docx"],
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-per-sheet.pdf"],
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-per-sheet.docx"],
  ])("%s against %s: every statement compared, no difference", (workbook, report) => {
    const { code, json, err } = compareJson(workbook, join(REPORTS, report));
    // stderr may only say that the command rebuilt itself (src changed since it was built).
    expect(err.replace(/^.*bygger om.*\n/m, "")).toBe("");
    expect(json.comparison?.findings).toEqual([]);
    expect(json.comparison?.compared).toBeGreaterThan(150);
    // Both files are checked as usual: the seeds' own errors are theirs, not differences.
    expect(json.files.map((f) => f.findings?.some((x) => x.severity === "error"))).toEqual([true, true]);
    expect(code).toBe(1);
  });

  it.each([
    // The published report in tkr against the workbook in kr (1 876 tkr is 1 876 309 kr), and back.
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-tkr.pdf"],
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-tkr.docx"],
    ["kalmar-2024-tkr.xlsx", "kalmar-2024-per-sheet.pdf"],
    // Two-column pages, notes in two columns, two-row headers, the workbook printed from Calc.
    ["varend-2025-one-sheet.xlsx", "varend-2025-one-sheet-spalter.pdf"],
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-per-sheet-spalter.pdf"],
    ["varend-2025-one-sheet.xlsx", "varend-2025-one-sheet-notspalter.pdf"],
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-per-sheet-notspalter.pdf"],
    ["varend-2025-one-sheet.xlsx", "varend-2025-one-sheet-tvaradsrubriker.pdf"],
    ["varend-2025-one-sheet.xlsx", "varend-2025-per-sheet-utskrift.pdf"],
    ["kalmar-2024-per-sheet.xlsx", "kalmar-2024-per-sheet-utskrift.pdf"],
  ])("%s against %s, laid out otherwise: no difference", (workbook, report) => {
    const { json } = compareJson(workbook, join(REPORTS, report));
    expect(json.comparison?.findings).toEqual([]);
    expect(json.comparison?.compared).toBeGreaterThan(150);
  });

  it("a report in tkr (an .xlsx) against the workbook in kr: no difference, exit 0 for the corrected pair", () => {
    const { code, json } = compareJson(
      "kalmar-2024-per-sheet-corrected.xlsx",
      join(FIXTURES, "kalmar-2024-tkr-corrected.xlsx"),
    );
    expect(json.comparison?.findings).toEqual([]);
    expect(json.comparison?.compared).toBeGreaterThan(150);
    expect(code).toBe(0);
  });
});

/**
 * The planted-difference reports (scripts/report-fixtures/planted.ts): the corrected workbook's report
 * with five amounts changed, each listed with the workbook's cell. The comparison lists exactly those,
 * at the report's page, with the cause where the figures tell it.
 */
interface Plant {
  sheet: string;
  cell: string;
  label: string;
  period: string;
  workbookValue: number;
  reportValue: number;
  kind: string;
  page?: number;
}

/** Whether two whole numbers differ by two neighbouring digits swapped. */
function transposed(a: number, b: number): boolean {
  const [x, y] = [String(Math.abs(a)), String(Math.abs(b))];
  if (x.length !== y.length || Math.sign(a) !== Math.sign(b)) return false;
  const at = [...x].flatMap((ch, i) => (ch === y[i] ? [] : [i]));
  return at.length === 2 && at[1] === at[0] + 1 && x[at[0]] === y[at[1]] && x[at[1]] === y[at[0]];
}

/** The cause the comparison must name: the planted kind where the figures show it. */
function cause(p: Plant): string {
  if (p.kind === "sign-flipped") return "sign";
  if (p.kind === "transposed-digits") return "transposition";
  if (p.kind === "wrong-period-column") return "period-swap";
  // Another amount typed, or last year's figure changed: no cause unless the digits happen to be swapped.
  return transposed(p.workbookValue, p.reportValue) ? "transposition" : "mismatch";
}

describe("the planted-difference reports", () => {
  it.each([
    ["varend-2025-one-sheet-corrected", "pdf"],
    ["varend-2025-one-sheet-corrected", "docx"],
    ["kalmar-2024-per-sheet-corrected", "pdf"],
    ["kalmar-2024-per-sheet-corrected", "docx"],
  ])("%s-jamfor.%s lists exactly the planted differences", (name, ext) => {
    const { planted } = JSON.parse(readFileSync(join(REPORTS, `${name}-jamfor.planted.json`), "utf8")) as {
      planted: Plant[];
    };
    expect(planted.length).toBeGreaterThanOrEqual(5);
    const { code, json, err } = compareJson(`${name}.xlsx`, join(REPORTS, `${name}-jamfor.${ext}`));
    // stderr may only say that the command rebuilt itself (src changed since it was built).
    expect(err.replace(/^.*bygger om.*\n/m, "")).toBe("");
    expect(code).toBe(1);
    const found = json.comparison?.findings ?? [];
    const seen = found.map((f) => ({
      workbookCell: f.related[0],
      period: f.period,
      actual: f.actual,
      expected: f.expected,
      kind: f.kind,
      severity: f.severity,
    }));
    const wanted = planted.map((p) => ({
      workbookCell: `${/^[A-Za-z_][\w.]*$/.test(p.sheet) ? p.sheet : `'${p.sheet}'`}!${p.cell}`,
      period: p.period,
      actual: p.reportValue,
      expected: p.workbookValue,
      kind: cause(p),
      severity: "error",
    }));
    const order = (x: { workbookCell: string }, y: { workbookCell: string }) =>
      x.workbookCell.localeCompare(y.workbookCell);
    expect(seen.sort(order)).toEqual(wanted.sort(order));
    // The PDF names the page each planted amount was printed on.
    if (ext === "pdf")
      for (const p of planted) {
        const f = found.find((x) => x.related[0].endsWith(`!${p.cell}`) && x.period === p.period);
        expect(f?.page).toBe(p.page);
      }
  });
});

describe("the seed report against the corrected workbook", () => {
  it("names the seeds' errors as differences, with both cells, the page and the cause", () => {
    const { code, json } = compareJson(
      "varend-2025-one-sheet-corrected.xlsx",
      join(REPORTS, "varend-2025-one-sheet.pdf"),
    );
    expect(code).toBe(1);
    const found = json.comparison?.findings ?? [];
    const result = found.find((f) => f.ruleId === "JAMFOR.RR.BELOPP" && f.label === "Verksamhetens resultat");
    expect(result).toMatchObject({
      kind: "sign",
      severity: "error",
      sheet: "Rapport",
      period: "2025",
      actual: -1876309,
      expected: 1876309,
      related: ["'Årsredovisning 2025'!C39"],
    });
    expect(result?.page).toBeGreaterThan(0);
    expect(result?.message).toContain("Rapporten anger \u22121\u00A0876\u00A0309 kr");
    expect(result?.message).toContain("arbetsboken 1\u00A0876\u00A0309 kr");
    // The kassaflöde that leaves out the year's result, both years.
    expect(
      found
        .filter((f) => f.label === "Kassaflöde för den löpande verksamheten")
        .map((f) => [f.period, f.kind]),
    ).toEqual([
      ["2025", "omission"],
      ["2024", "omission"],
    ]);
    for (const f of found) expect(f.page).toBeGreaterThan(0);
  });

  it("prints the differences with their page and the workbook's cell", () => {
    const r = run([
      join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx"),
      "--jamfor",
      join(REPORTS, "varend-2025-one-sheet.docx"),
    ]);
    expect(r.code).toBe(1);
    const section = r.out.slice(r.out.indexOf("Jämförelse av"));
    expect(section).toMatch(
      /teckenfel, år 2025: Rapporten anger −1\s876\s309 kr för "Verksamhetens resultat"/,
    );
    expect(section).toContain("Arbetsboken: 'Årsredovisning 2025'!C39");
  });
});

describe("misuse", () => {
  const workbook = join(FIXTURES, "varend-2025-one-sheet.xlsx");
  const pdf = join(REPORTS, "varend-2025-one-sheet.pdf");
  it.each([
    ["no report after --jamfor", [workbook, "--jamfor"], /--jamfor saknar rapport/],
    ["a flag where the report belongs", [workbook, "--jamfor", "--json"], /--jamfor saknar rapport/],
    ["two reports", [workbook, "--jamfor", pdf, "--jamfor", pdf], /bara en rapport/],
    ["no workbook", ["--jamfor", pdf], /Ange arbetsboken/],
    ["two workbooks", [workbook, workbook, "--jamfor", pdf], /en arbetsbok och en rapport/],
    ["a folder as the report", [workbook, "--jamfor", REPORTS], /är en mapp/],
    ["a folder as the workbook", [FIXTURES, "--jamfor", pdf], /är en mapp/],
    ["a report that does not exist", [workbook, "--jamfor", join(REPORTS, "finns-inte.pdf")], /finns inte/],
  ])("%s: a Swedish sentence, exit 2", (_what, args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/Error|at .*\.js/);
  });

  it("a report of another förbund and year pairs nothing: said, exit 2", () => {
    const r = run([workbook, "--jamfor", join(REPORTS, "kalmar-2024-per-sheet.pdf")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/inte samma rapport/);
  });
});
