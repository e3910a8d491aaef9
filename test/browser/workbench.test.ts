/**
 * The real pane in real headless Chromium, on the workbench's host double backed by seed 000's
 * fixture workbook: check, find the sign error, go to its cell, mark and unmark, export, axe.
 */
import AxeBuilder from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveDist, type StaticServer } from "./harness";

const SHOTS = join(__dirname, "..", "..", "test-results");
const FIXTURE = "fixtures/varend-2025-per-sheet.xlsx";

jest.setTimeout(120_000);

let server: StaticServer;
let browser: Browser;
let page: Page;
const workers: string[] = [];

const syncs = () => page.evaluate(() => window.finsamWorkbench?.host.syncCount ?? -1);
/** Waits until the name box shows the address (the selection arrives with the double's next sync). */
async function nameBoxShows(address: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Namnruta" });
  const deadline = Date.now() + 10_000;
  let value = await box.inputValue();
  while (value !== address && Date.now() < deadline) {
    await page.waitForTimeout(50);
    value = await box.inputValue();
  }
  expect(value).toBe(address);
}

const formats = () => page.evaluate(() => window.finsamWorkbench?.formats() ?? "");

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDist();
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  page = await context.newPage();
  page.on("worker", (worker) => workers.push(worker.url()));
  await page.goto(`${server.url}/workbench.html?workbook=${FIXTURE}`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe("the workbench in Chromium", () => {
  it("shows the workbook with a name box, sheet tabs and a sync counter", async () => {
    await expect(page.getByRole("textbox", { name: "Namnruta" }).inputValue()).resolves.toMatch(/!A1$/);
    await expect(page.getByRole("tab", { name: "Resultaträkning" }).count()).resolves.toBe(1);
    await expect(page.getByText(/^Synkroniseringar: \d+$/).count()).resolves.toBe(1);
  });

  // Three syncs to read: names, the used ranges' sizes (checked against the workbook budget, issue 9), the cells.
  it("finds the sign error on the resultaträkning's Årets resultat in at most three syncs, and goes to its cell", async () => {
    const before = await syncs();
    await page.getByRole("button", { name: "Granska arbetsboken" }).click();
    const item = page.getByRole("listitem", { name: /^Årets resultat, Resultaträkning!C\d+$/ });
    await item.waitFor({ timeout: 30_000 });
    expect((await syncs()) - before).toBeLessThanOrEqual(3);
    expect(workers.some((url) => url.endsWith("/engine-worker.js"))).toBe(true);
    await expect(item.getByText("Teckenfel: beloppet har fel tecken.").count()).resolves.toBe(1);
    await expect(item.getByText("Fel", { exact: true }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SHOTS, "workbench-granskning.png") });

    const go = item.getByRole("button", { name: /^Gå till Resultaträkning!C\d+$/ });
    const address = ((await go.textContent()) ?? "").replace("Gå till ", "");
    await go.click();
    await nameBoxShows(address);
    await page.screenshot({ path: join(SHOTS, "workbench-cell.png") });
  });

  it("visits a related cell on another sheet", async () => {
    const item = page.getByRole("listitem", { name: /^Årets resultat, Resultaträkning!C\d+$/ });
    const related = item.getByRole("button", { name: /^Gå till berörd cell Balansräkning!/ }).first();
    const address = ((await related.textContent()) ?? "").trim();
    await related.click();
    await nameBoxShows(address);
  });

  it("reaches a finding's cell from the keyboard alone", async () => {
    await page.getByRole("button", { name: "Granska arbetsboken" }).focus();
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Iakttagelser" }).waitFor();
    await page.getByRole("button", { name: "Granska arbetsboken" }).focus();
    let focused = "";
    for (let i = 0; i < 60 && !focused.startsWith("Gå till Resultaträkning!"); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.activeElement?.textContent ?? "");
    }
    expect(focused).toMatch(/^Gå till Resultaträkning!C\d+$/);
    await page.keyboard.press("Enter");
    await nameBoxShows(focused.replace("Gå till ", ""));
  });

  it("marks the blamed cells and puts back exactly the formats that were there", async () => {
    const original = await formats();
    await page.getByRole("button", { name: "Markera i arbetsboken" }).click();
    await page.getByText(/celler markerade\.$/).waitFor();
    expect(await formats()).not.toBe(original);
    await page
      .getByRole("listitem", { name: /^Årets resultat, Resultaträkning!C\d+$/ })
      .getByRole("button", { name: /^Gå till Resultaträkning!/ })
      .click();
    await page.screenshot({ path: join(SHOTS, "workbench-markerad.png") });
    await page.getByRole("button", { name: "Ta bort markeringar" }).click();
    await page.getByText(/format återställda/).waitFor();
    expect(await formats()).toBe(original);
  });

  it("exports the review to a Granskning sheet", async () => {
    await page.getByRole("button", { name: "Exportera granskning" }).click();
    await page.getByText(/^Granskningen exporterades till bladet Granskning \d{4}-\d{2}-\d{2}\.$/).waitFor();
    const names = await page.evaluate(() => window.finsamWorkbench?.sheetNames() ?? []);
    expect(names.some((n) => /^Granskning \d{4}-\d{2}-\d{2}$/.test(n))).toBe(true);
    await expect(page.getByRole("tab", { name: /^Granskning / }).count()).resolves.toBe(1);
    await page.screenshot({ path: join(SHOTS, "workbench-export.png") });
  });

  it("has no serious or critical accessibility violation (axe-core)", async () => {
    // Tabster (Fluent's focus manager) puts aria-hidden <i tabindex=0> sentinels around focus
    // groups; they hand focus on at once and are a known axe false positive, so they are left out.
    const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
    const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });

  it("keeps a kvittering with the workbook across a reload", async () => {
    const item = page.getByRole("listitem", { name: /^Årets resultat, Resultaträkning!C\d+$/ });
    await item.getByRole("button", { name: "Kvittera" }).click();
    await item.getByRole("textbox", { name: "Kommentar till kvitteringen" }).fill("Rättas i nästa utkast");
    await item.getByRole("button", { name: "Spara kvittering" }).click();
    await page.reload();
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await page.getByRole("button", { name: "Granska arbetsboken" }).click();
    const again = page.getByRole("listitem", { name: /^Årets resultat, Resultaträkning!C\d+$/ });
    await again
      .getByText(/^Kvitterad \d{4}-\d{2}-\d{2}: Rättas i nästa utkast$/)
      .waitFor({ timeout: 30_000 });
  });

  it("checks again by itself after an edit when automatic check is on", async () => {
    await page.getByRole("button", { name: "Inställningar" }).click();
    await page.getByRole("checkbox", { name: "Granska automatiskt vid ändring" }).check();
    await page.waitForTimeout(200);
    const before = await syncs();
    await page.getByRole("tab", { name: "Resultaträkning" }).click();
    await page.locator('td[data-cell="C11"]').click();
    const bar = page.getByRole("textbox", { name: "Cellens innehåll" });
    await bar.fill("1920460");
    await bar.press("Enter");
    const deadline = Date.now() + 15_000;
    while ((await syncs()) < before + 3 && Date.now() < deadline) await page.waitForTimeout(100);
    expect((await syncs()) - before).toBe(3);
    await page.screenshot({ path: join(SHOTS, "workbench-autogranskning.png") });
  });

  it("opens another workbook from the file picker", async () => {
    await page.setInputFiles(
      "input[type=file]",
      join(__dirname, "..", "fixtures", "kalmar-2024-per-sheet.xlsx"),
    );
    await page.getByText("kalmar-2024-per-sheet.xlsx", { exact: true }).waitFor({ timeout: 30_000 });
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await page.getByRole("button", { name: "Granska arbetsboken" }).click();
    await page.getByRole("heading", { name: "Iakttagelser" }).waitFor({ timeout: 30_000 });
  });

  it("opens the embedded sample when no workbook is named", async () => {
    await page.goto(`${server.url}/workbench.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    await page.getByText("varend-2025.xlsx", { exact: true }).waitFor();
  });
});
