/**
 * @jest-environment jsdom
 *
 * Every page in dist/ (built by the jest global set-up, production mode) carries the add-in's
 * Content-Security-Policy (scripts/csp.js) as the first thing in its <head>, before any script:
 * scripts and connections only from its own origin and Office's, no inline script unless hashed,
 * no eval. jsdom's DOMParser reads the HTML as a browser would.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const { contentSecurityPolicy } = require("../../scripts/csp") as {
  contentSecurityPolicy(options?: { devServer?: { host: string; port: number } }): string;
};

const DIST = join(__dirname, "..", "..", "dist");
const OFFICE_SCRIPTS = ["https://appsforoffice.microsoft.com", "https://ajax.aspnetcdn.com"];
const OFFICE_CONNECT = ["https://appsforoffice.microsoft.com", "https://browser.pipe.aria.microsoft.com"];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? e.name === "office-js" // Microsoft's files, copied as they are; they are no page we serve
        ? []
        : htmlFiles(join(dir, e.name))
      : e.name.endsWith(".html")
        ? [join(dir, e.name)]
        : [],
  );
}

/** "script-src 'self' https://x" → Map { "script-src" → ["'self'", "https://x"] } */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

const pages = htmlFiles(DIST).map((file) => [relative(DIST, file), file] as const);

describe("the Content-Security-Policy of the built pages", () => {
  it("covers the task pane and the workbench at least", () => {
    expect(pages.map(([name]) => name)).toEqual(expect.arrayContaining(["taskpane.html", "workbench.html"]));
  });

  it.each(pages)("%s carries it before any script, in the production form", (_name, file) => {
    const doc = new DOMParser().parseFromString(readFileSync(file, "utf8"), "text/html");
    const metas = [...doc.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')];
    expect(metas).toHaveLength(1);
    const meta = metas[0];
    expect(meta.parentElement).toBe(doc.head);
    for (const later of doc.querySelectorAll("script, link, style, base"))
      expect(meta.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    const policy = meta.getAttribute("content") ?? "";
    expect(policy).toBe(contentSecurityPolicy());
    const d = directives(policy);
    expect(d.get("default-src")).toEqual(["'self'"]);
    expect(d.get("object-src")).toEqual(["'none'"]);
    expect(d.get("script-src")).toEqual(["'self'", ...OFFICE_SCRIPTS]);
    expect(d.get("worker-src")).toEqual(["'self'"]);
    expect(d.get("frame-src")).toEqual(["'self'", "https://telemetryservice.firstpartyapps.oaspapps.com"]);
    expect(d.get("connect-src")).toEqual(["'self'", ...OFFICE_CONNECT]);

    // Inline scripts would need their hash in script-src; there are none, and none unhashed.
    const scriptSources = d.get("script-src") ?? [];
    for (const script of doc.querySelectorAll("script:not([src])")) {
      const hash = createHash("sha256")
        .update(script.textContent ?? "")
        .digest("base64");
      expect(scriptSources).toContain(`'sha256-${hash}'`);
    }
    // Every script it loads is its own or Office's.
    for (const script of doc.querySelectorAll("script[src]")) {
      const src = new URL(script.getAttribute("src") ?? "", "https://localhost:3000/");
      expect(["https://localhost:3000", ...OFFICE_SCRIPTS]).toContain(src.origin);
    }
  });
});

describe("the development policy (dev server and build:dev)", () => {
  it("adds only the dev server's own live-reload socket to connect-src", () => {
    const dev = directives(contentSecurityPolicy({ devServer: { host: "localhost", port: 3000 } }));
    const prod = directives(contentSecurityPolicy());
    expect(dev.get("connect-src")).toEqual([...(prod.get("connect-src") ?? []), "wss://localhost:3000"]);
    for (const [name, sources] of prod) if (name !== "connect-src") expect(dev.get(name)).toEqual(sources);
  });

  it("allows no eval and no inline script in any form", () => {
    for (const policy of [
      contentSecurityPolicy(),
      contentSecurityPolicy({ devServer: { host: "localhost", port: 3000 } }),
    ]) {
      expect(policy).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
      expect(directives(policy).get("script-src")).not.toContain("'unsafe-inline'");
      expect(policy).not.toMatch(/(^|\s)\*(\s|;|$)/);
    }
  });
});
