/**
 * "Läs in rapport (PDF/Word)" in the real pane, in the workbench, in headless Chromium: the
 * published report is chosen through the file picker, read in the report worker (pdf.js loaded
 * only then), the user is asked, the new sheet is written and the workbook checked; the pane then
 * lists the findings the command line finds for the same file, each naming its page. Bad files get
 * their Swedish message and nothing is written. axe finds no serious or critical violation.
 */
import AxeBuilder from "@axe-core/playwright";
import ExcelJS from "exceljs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Finding } from "../../src/engine/check/finding";
import { qualifiedAddress } from "../../src/engine/workbook/snapshot";
import { pane } from "../../src/i18n/sv/pane";
import { report as words } from "../../src/i18n/sv/report";
import { launchChromium, serveDist, type StaticServer } from "./harness";

jest.setTimeout(180_000);

const ROOT = join(__dirname, "..", "..");
const REPORTS = join(ROOT, "test", "fixtures", "reports");

let server: StaticServer;
let browser: Browser;
let page: Page;
/** Every script the page or its workers fetched, every worker started, every policy complaint. */
const requests: string[] = [];
const workers: string[] = [];
const policy: string[] = [];
/** Worker scripts served with the policy as a header (see beforeAll). */
const routed: string[] = [];

/** The findings `finsam-check rapport.pdf --json` gives: what the pane must show for the same file. */
function cliFindings(file: string): (Finding & { page?: number })[] {
  const { buildCli, cliState } = require("../../bin/build-cli.js") as {
    cliState(): string;
    buildCli(): { ok: boolean };
  };
  if (cliState() !== "fresh") expect(buildCli()).toMatchObject({ ok: true });
  const r = spawnSync(
    process.execPath,
    [join(ROOT, "bin", "finsam-check.js"), join(REPORTS, file), "--json"],
    {
      cwd: ROOT,
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  return (JSON.parse(r.stdout) as { findings: (Finding & { page?: number })[] }).findings;
}

/** The differences `finsam-check ARBETSBOK --jamfor RAPPORT --json` lists. */
function cliDifferences(workbook: string, report: string): (Finding & { page?: number })[] {
  cliFindings(report); // builds the command line when the sources changed
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "bin", "finsam-check.js"),
      join(ROOT, "test", "fixtures", workbook),
      "--jamfor",
      join(REPORTS, report),
      "--json",
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 60_000 },
  );
  return (JSON.parse(r.stdout) as { comparison: { findings: (Finding & { page?: number })[] } }).comparison
    .findings;
}

/** How the pane names a finding's line (FindingItem's aria-label), with the page it adds. */
const paneName = (f: Finding & { page?: number }): string =>
  `${f.label ?? f.ruleId}${f.page !== undefined ? ` (sida ${f.page})` : ""}, ${qualifiedAddress(f.sheet, f.cell)}`;

/** A workbook with no statements (one note), as an .xlsx made here, opened through the workbench's picker. */
async function openEmptyWorkbook(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Anteckningar").getCell("A1").value = "Granskning av årsredovisningen";
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  await page.evaluate(() => (document.body.dataset.ready = "false"));
  await page.getByLabel("Öppna arbetsbok (.xlsx)").setInputFiles({
    name: "tom.xlsx",
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer,
  });
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
}

const sheetNames = () => page.evaluate(() => window.finsamWorkbench?.sheetNames() ?? []);
const formats = () => page.evaluate(() => window.finsamWorkbench?.formats() ?? "");

/** Chooses a file with "Läs in rapport (PDF/Word)", as a user does, through the file picker. */
async function chooseReport(
  file: string | { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: pane.reportButton }).click();
  await (await chooser).setFiles(typeof file === "string" ? join(REPORTS, file) : file);
}

/** The names of the finding lines the pane lists. */
const listed = () =>
  page.evaluate(() =>
    [...document.querySelectorAll("aside li[aria-label]")].map((li) => li.getAttribute("aria-label") ?? ""),
  );

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  context.on("request", (r) => requests.push(r.url()));
  // The workers' scripts get the add-in's policy as a header, as the dev server sends it (the
  // test server sends none): pdf.js in the report worker must run with no eval and nothing foreign.
  const { contentSecurityPolicy } = require("../../scripts/csp") as { contentSecurityPolicy(): string };
  await context.route(/\/(report-worker|pdfjs-worker|report-pdf|report-docx|\d+)\.js$/, async (route) => {
    routed.push(route.request().url());
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), "content-security-policy": contentSecurityPolicy() },
    });
  });
  page.on("worker", (w) => {
    workers.push(w.url());
    w.on("console", (m) => /Content Security Policy|eval/i.test(m.text()) && policy.push(m.text()));
  });
  page.on("console", (m) => /Content Security Policy/i.test(m.text()) && policy.push(m.text()));
  await page.goto(`${server.url}/workbench.html`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
  await openEmptyWorkbook();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("Läs in rapport (PDF/Word) in the workbench", () => {
  it("loads no report reader and no pdf.js before a report is chosen", async () => {
    await page.getByRole("button", { name: pane.reportButton }).waitFor();
    expect(workers.filter((w) => w.endsWith("/report-worker.js"))).toEqual([]);
    expect(requests.filter((u) => /pdfjs|report-/.test(u))).toEqual([]);
  });

  it("reads the PDF in a worker, asks before writing, adds the sheet and lists the command line's findings with their pages", async () => {
    const before = await sheetNames();
    const fingerprint = await formats();
    // Record every "Sida n av m läst" the pane shows while reading.
    await page.evaluate(() => {
      const seen = new Set<string>();
      (window as unknown as { progressSeen: Set<string> }).progressSeen = seen;
      new MutationObserver(() => {
        for (const el of document.querySelectorAll("aside [role=status], aside *"))
          if (el.childElementCount === 0 && /^Sida \d+ av \d+ läst$/.test(el.textContent ?? ""))
            seen.add(el.textContent ?? "");
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await chooseReport("varend-2025-one-sheet.pdf");
    const question = page.getByRole("group", { name: pane.reportConfirmHeading });
    await question.waitFor({ timeout: 60_000 });
    // The question says what will be added; nothing is written before the answer.
    await expect(question.textContent()).resolves.toMatch(
      /Bladet ”Rapport” läggs till med \d+ rader från \d+ sidor/,
    );
    await expect(question.textContent()).resolves.toMatch(/resultaträkning/);
    expect(await sheetNames()).toEqual(before);
    expect(await formats()).toBe(fingerprint);
    const progress = await page.evaluate(() => [
      ...(window as unknown as { progressSeen: Set<string> }).progressSeen,
    ]);
    expect(progress.length).toBeGreaterThan(0);
    expect(workers.some((w) => w.endsWith("/report-worker.js"))).toBe(true);
    expect(requests.some((u) => /\/pdfjs-worker\.js$/.test(u))).toBe(true);
    // pdf.js ran under the policy (no eval): the worker's scripts carried it.
    expect(routed.filter((u) => /\/(report-worker|pdfjs-worker)\.js$/.test(u)).length).toBe(2);
    // The pane's own page never loads pdf.js: the worker does.
    const pageScripts = await page.evaluate(() =>
      performance.getEntriesByType("resource").map((e) => e.name),
    );
    expect(pageScripts.filter((u) => /pdfjs/.test(u))).toEqual([]);

    await page.getByRole("button", { name: pane.reportConfirm }).click();
    await page.getByRole("heading", { name: "Iakttagelser" }).waitFor({ timeout: 60_000 });
    expect(await sheetNames()).toEqual([...before, "Rapport"]);
    await expect(page.getByRole("tab", { name: "Rapport" }).count()).resolves.toBe(1);

    const expected = cliFindings("varend-2025-one-sheet.pdf");
    expect(expected.every((f) => typeof f.page === "number")).toBe(true);
    const shown = await listed();
    const problems = expected.filter((f) => f.severity !== "info").map(paneName);
    expect(problems.length).toBeGreaterThan(5);
    // Every error and warning of the command line, at the same cell and page; nothing it does not find.
    expect(shown.filter((n) => problems.includes(n)).sort()).toEqual([...problems].sort());
    expect(shown.filter((n) => !expected.map(paneName).includes(n))).toEqual([]);
    // One by its words: Årets resultat's sign error names its page.
    const sign = expected.find((f) => f.ruleId === "RR.ARETS_RESULTAT.SUM")!;
    expect(shown).toContain(`Årets resultat (sida ${sign.page}), Rapport!${sign.cell}`);
    // The page column holds "sida N" text beside the rows, never a number the check could add up.
    const pages = await page.evaluate(() => {
      const sheet = window.finsamWorkbench?.host.model.sheets.find((s) => s.name === "Rapport");
      return [...(sheet?.cells.values() ?? [])]
        .map((c) => c.value)
        .filter((v) => typeof v === "string" && /^sida \d+$/.test(v));
    });
    expect(pages.length).toBeGreaterThan(50);
    expect(policy).toEqual([]);
  });

  it("has no serious or critical accessibility violation in the pane with the import control", async () => {
    const results = await new AxeBuilder({ page }).include("aside").exclude("[data-tabster-dummy]").analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it("reads the Word report into another workbook and lists the same findings (Word saved no pages)", async () => {
    await openEmptyWorkbook();
    await chooseReport("varend-2025-one-sheet.docx");
    const question = page.getByRole("group", { name: pane.reportConfirmHeading });
    await question.waitFor({ timeout: 60_000 });
    // The question has focus, so a keyboard user answers it at once; axe finds nothing serious in it.
    await expect(page.evaluate(() => document.activeElement?.getAttribute("role"))).resolves.toBe("group");
    const results = await new AxeBuilder({ page }).include("aside").exclude("[data-tabster-dummy]").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Iakttagelser" }).waitFor({ timeout: 60_000 });
    expect(await sheetNames()).toEqual(["Anteckningar", "Rapport"]);
    const expected = cliFindings("varend-2025-one-sheet.docx");
    const problems = expected.filter((f) => f.severity !== "info").map(paneName);
    const shown = await listed();
    expect(shown.filter((n) => problems.includes(n)).sort()).toEqual([...problems].sort());
    expect(shown.filter((n) => !expected.map(paneName).includes(n))).toEqual([]);
  });

  it("adds a second reading as Rapport (2), only when asked; Avbryt writes nothing", async () => {
    await chooseReport("varend-2025-one-sheet.docx");
    await page.getByRole("group", { name: pane.reportConfirmHeading }).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/Bladet ”Rapport \(2\)” läggs till/).count()).resolves.toBe(1);
    const fingerprint = await formats();
    await page.getByRole("button", { name: pane.reportDecline }).click();
    await page.getByText(pane.reportDeclined).waitFor();
    expect(await sheetNames()).toEqual(["Anteckningar", "Rapport"]);
    expect(await formats()).toBe(fingerprint);
  });

  it.each([
    ["skannad.pdf", words.scannedPdf("skannad.pdf")],
    ["krypterad.pdf", words.encryptedPdf("krypterad.pdf")],
    ["utan-rakenskaper.pdf", words.noStatementInReport("utan-rakenskaper.pdf")],
  ])("%s: its Swedish message in the pane, nothing written", async (file, message) => {
    const before = await sheetNames();
    const fingerprint = await formats();
    await chooseReport(file);
    await page.getByText(`${message} ${pane.reportNothingWritten}`).waitFor({ timeout: 60_000 });
    expect(await sheetNames()).toEqual(before);
    expect(await formats()).toBe(fingerprint);
    await expect(page.getByRole("group", { name: pane.reportConfirmHeading }).count()).resolves.toBe(0);
  });

  it("compares a report read into its own workbook and lists exactly the planted differences, with pages", async () => {
    const workbook = "varend-2025-one-sheet-corrected.xlsx";
    const report = "varend-2025-one-sheet-corrected-jamfor.pdf";
    await page.goto(`${server.url}/workbench.html?workbook=fixtures/${workbook}`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    // Before a report is added there is nothing to compare.
    await expect(page.getByRole("button", { name: pane.compareButton }).count()).resolves.toBe(0);
    await chooseReport(report);
    await page.getByRole("group", { name: pane.reportConfirmHeading }).waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: pane.reportConfirm }).click();
    await page.getByRole("button", { name: pane.compareButton }).click({ timeout: 60_000 });
    const list = page.getByRole("list", { name: pane.compareHeading });
    await list.waitFor({ timeout: 60_000 });
    const expected = cliDifferences(workbook, report);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const shown = await list.evaluate((ul) =>
      [...ul.querySelectorAll(":scope > li")].map((li) => li.getAttribute("aria-label")),
    );
    expect(shown.sort()).toEqual(expected.map((f) => `${f.label ?? f.ruleId}, Rapport!${f.cell}`).sort());
    // The sign flip planted in the resultaträkning, with its page and the workbook's cell.
    const sign = expected.find((f) => f.kind === "sign")!;
    const item = list.getByRole("listitem", { name: `${sign.label}, Rapport!${sign.cell}` });
    await expect(item.textContent()).resolves.toContain(`${sign.message} (sida ${sign.page})`);
    await expect(item.getByRole("button", { name: /^Arbetsboken: / }).count()).resolves.toBe(1);
    const results = await new AxeBuilder({ page }).include("aside").exclude("[data-tabster-dummy]").analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("reads a 40-page report in the worker, pages counted, within seconds (figure printed)", async () => {
    await openEmptyWorkbook();
    const started = Date.now();
    await chooseReport("rapport-40-sidor.pdf");
    const question = page.getByRole("group", { name: pane.reportConfirmHeading });
    await question.waitFor({ timeout: 60_000 });
    const seconds = (Date.now() - started) / 1000;
    // Every page with a table or text is counted (the file has 40 or more, a title page among them).
    const pages = Number(/från (\d+) sidor/.exec((await question.textContent()) ?? "")?.[1]);
    expect(pages).toBeGreaterThanOrEqual(40);
    console.log(`rapport-40-sidor.pdf: läst och igenkänd i panelens arbetare på ${seconds.toFixed(2)} s`);
    expect(seconds).toBeLessThan(15);
    await page.getByRole("button", { name: pane.reportDecline }).click();
  });

  it("a file of the wrong kind (text named .docx, a damaged PDF) is refused in Swedish, nothing written", async () => {
    const before = await sheetNames();
    await chooseReport({
      name: "rapport.docx",
      mimeType: "text/plain",
      buffer: Buffer.from("Årsredovisning 2025"),
    });
    await page
      .getByText(`${words.notReport("rapport.docx")} ${pane.reportNothingWritten}`)
      .waitFor({ timeout: 30_000 });
    await chooseReport({
      name: "trasig.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.7\n1 0 obj\n<<"),
    });
    await page
      .getByText(`${words.damagedPdf("trasig.pdf")} ${pane.reportNothingWritten}`)
      .waitFor({ timeout: 30_000 });
    expect(await sheetNames()).toEqual(before);
    expect(policy).toEqual([]);
  });
});
