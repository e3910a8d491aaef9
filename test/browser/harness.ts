/**
 * What the browser tests share: a static http server over dist/ (and test/fixtures/ under
 * /fixtures/), and Debian's Chromium driven by playwright-core. No browser is ever downloaded.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type RequestListener, type Server } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { chromium, type Browser } from "playwright-core";
import selfsigned from "selfsigned";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const ROOT = join(__dirname, "..", "..");
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".png": "image/png",
  ".map": "application/json",
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves dist/ at / and test/fixtures/ at /fixtures/ on a free port of localhost; over https (a
 * fresh self-signed certificate: open pages with `ignoreHTTPSErrors`) when asked, as Office serves
 * add-ins, because office.js behaves differently there (it opens its telemetry frame).
 */
export async function serveDist(options: { https?: boolean } = {}): Promise<StaticServer> {
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "workbench.html"))) {
    throw new Error(
      "dist/workbench.html saknas: bygg först med `npm run build` (jest-projektet dist bygger själv).",
    );
  }
  const handler: RequestListener = (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const [base, rest] = path.startsWith("/fixtures/")
      ? [join(ROOT, "test", "fixtures"), path.slice(10)]
      : [dist, path.slice(1)];
    const file = normalize(join(base, rest || "index.html"));
    if (!file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
    res.end(readFileSync(file));
  };
  let server: Server;
  if (options.https) {
    const pems = await selfsigned.generate([{ name: "commonName", value: "127.0.0.1" }], {
      keySize: 2048,
      algorithm: "sha256",
    });
    server = createHttpsServer({ key: pems.private, cert: pems.cert }, handler);
  } else server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `${options.https ? "https" : "http"}://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Debian's Chromium, or a clear message saying what to install. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium saknas (${CHROMIUM}). Installera Debians paket: \`apt-get update && apt-get install -y chromium\` ` +
        "(projektets setup-skript gör det), eller peka CHROMIUM_PATH på en Chromium. Kör aldrig `playwright install`.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}
