/**
 * The built pages in real headless Chromium under their own Content-Security-Policy (the <meta>
 * scripts/csp.js puts in every page): each loads and runs with no policy violation, and the
 * workbench refuses a `?workbook=` on another origin in Swedish, without fetching it.
 */
import { readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join, sep } from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium, serveDist, type StaticServer } from "./harness";

jest.setTimeout(120_000);

const DIST = join(__dirname, "..", "..", "dist");
/** Every page of dist/ (help pages included), not Microsoft's copied office.js files. */
const PAGES = (readdirSync(DIST, { recursive: true }) as string[])
  .map((f) => f.split(sep).join("/"))
  .filter((f) => f.endsWith(".html") && !f.startsWith("office-js/"));

let server: StaticServer;
let browser: Browser;
/** Another origin (another port) that counts what is asked of it. */
let foreign: { url: string; requests: string[]; server: Server };

interface Watched {
  page: Page;
  /** Every violation the page reported, and every console line about the policy. */
  violations: string[];
}

/** A fresh page that records policy violations from before its first script runs. */
async function watchedPage(): Promise<Watched> {
  const page = await browser.newPage();
  const violations: string[] = [];
  await page.exposeFunction("reportViolation", (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { reportViolation(t: string): void }).reportViolation;
      report(`${e.effectiveDirective} ${e.blockedURI}`);
    });
  });
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return { page, violations };
}

beforeAll(async () => {
  server = await serveDist();
  browser = await launchChromium();
  const requests: string[] = [];
  const s = createServer((req, res) => {
    requests.push(req.url ?? "");
    res.writeHead(200, { "Access-Control-Allow-Origin": "*" }).end("PK");
  });
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  foreign = { url: `http://127.0.0.1:${(s.address() as AddressInfo).port}`, requests, server: s };
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await new Promise((resolve) => foreign?.server.close(resolve));
});

describe("the built pages under their Content-Security-Policy", () => {
  it.each(PAGES)("%s loads and runs with no violation", async (name) => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.url}/${name}`, { waitUntil: "load" });
    if (name === "workbench.html") await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    // The pane renders after Office.onReady; give late scripts and workers a moment to run.
    await page.waitForFunction(
      () => {
        const root = document.getElementById("root");
        return root === null || root.childElementCount > 0; // help pages have no React root
      },
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    await page.close();
  });

  it("blocks a connection to another origin, even one a script would try", async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${server.url}/workbench.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    const outcome = await page.evaluate(
      (url) =>
        fetch(url).then(
          () => "hämtad",
          () => "stoppad",
        ),
      `${foreign.url}/smuggel.xlsx`,
    );
    expect(outcome).toBe("stoppad");
    // The violation event may arrive a moment after the fetch has failed.
    for (let i = 0; i < 40 && !violations.some((v) => v.startsWith("connect-src")); i++)
      await page.waitForTimeout(50);
    expect(violations.filter((v) => v.startsWith("connect-src"))).toEqual([
      `connect-src ${foreign.url}/smuggel.xlsx`,
    ]);
    expect(foreign.requests).toEqual([]);
    await page.close();
  });
});

describe("over https, as Office serves the add-in", () => {
  it("the task pane loads with no violation, office.js's telemetry frame included", async () => {
    const secure = await serveDist({ https: true });
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const frames: string[] = [];
    page.on("frameattached", (frame) => frames.push(frame.url()));
    page.on("request", (request) => {
      if (request.resourceType() === "document") frames.push(request.url());
    });
    try {
      await page.goto(`${secure.url}/taskpane.html`, { waitUntil: "load" });
      await page.waitForFunction(() => (document.getElementById("root")?.childElementCount ?? 0) > 0, null, {
        timeout: 30_000,
      });
      // The scenario this guards: office.js asks for its frame over https (a few seconds after
      // load), and the policy lets it.
      const telemetry = (url: string) =>
        url.startsWith("https://telemetryservice.firstpartyapps.oaspapps.com");
      for (let waited = 0; waited < 20_000 && !frames.some(telemetry); waited += 250)
        await page.waitForTimeout(250);
      expect(frames.filter(telemetry).length).toBeGreaterThan(0);
      await page.waitForTimeout(500);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
      await secure.close();
    }
  });
});

describe("the workbench's ?workbook=", () => {
  it("refuses a workbook on another origin in Swedish and never asks that server", async () => {
    const { page, violations } = await watchedPage();
    const address = `${foreign.url}/rapport.xlsx`;
    await page.goto(`${server.url}/workbench.html?workbook=${encodeURIComponent(address)}`);
    await page.waitForSelector("body[data-ready=error]", { timeout: 30_000 });
    // Said inside the page, which keeps its file picker (issue 10).
    await expect(page.getByRole("alert").textContent()).resolves.toBe(
      `Arbetsbänken öppnar bara arbetsböcker från sin egen server (${server.url}), inte ${address}. ` +
        "Ladda ned filen och öppna den med ”Öppna arbetsbok (.xlsx)”.",
    );
    await expect(page.locator("input[type=file]").count()).resolves.toBe(1);
    expect(foreign.requests).toEqual([]);
    expect(violations).toEqual([]); // refused before any fetch, not merely blocked by the policy
    await page.close();
  });

  it("says in Swedish that a workbook of its own server is missing", async () => {
    const { page } = await watchedPage();
    await page.goto(`${server.url}/workbench.html?workbook=fixtures/saknas.xlsx`);
    await page.waitForSelector("body[data-ready=error]", { timeout: 30_000 });
    await expect(page.getByRole("alert").textContent()).resolves.toBe(
      "Arbetsboken fixtures/saknas.xlsx finns inte på servern.",
    );
    await expect(page.locator("input[type=file]").count()).resolves.toBe(1);
    await page.close();
  });
});
