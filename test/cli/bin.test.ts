/**
 * The installed command end to end: `node bin/finsam-check.js` as a user runs it, on the JavaScript
 * compiled into lib/ (built here first when src/ is newer, as `npm ci` and scripts/setup.js do).
 * The first block needs no engine; the second depends on the real engine's findings; the third is
 * about the process: no transpiler at run time, a closed pipe, a full disk.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "finsam-check.js");
const FIXTURES = join(ROOT, "test", "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "finsam-bin-"));

function run(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A stack trace line ("    at fn (file:1:2)") must never reach the user. */
const STACK = /^\s+at .+:\d+/m;

jest.setTimeout(120_000);

beforeAll(() => {
  const { cliState, buildCli } = require("../../bin/build-cli.js") as {
    cliState(): string;
    buildCli(): { ok: boolean; output: string };
  };
  if (cliState() !== "fresh") expect(buildCli()).toMatchObject({ ok: true });
});

describe("bin/finsam-check.js: input the command refuses", () => {
  it("prints Swedish help with exit 0", () => {
    const r = run("--hjälp");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Användning:/);
    expect(r.out).toMatch(/--json/);
  });

  it("names a missing file on stderr, exit 2, no stack trace", () => {
    const r = run(join(tmp, "saknas.xlsx"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/finns inte/);
    expect(r.err).not.toMatch(STACK);
    expect(r.out).toBe("");
  });

  it("tells an encrypted workbook, exit 2", () => {
    const path = join(tmp, "krypterad.xlsx");
    writeFileSync(path, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
    const r = run(path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/krypterad eller i gammalt \.xls-format/);
    expect(r.err).not.toMatch(STACK);
  });

  it("refuses a file that is no .xlsx, exit 2", () => {
    const r = run(join(ROOT, "package.json"));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/ingen Excel-arbetsbok/);
  });
});

describe("bin/finsam-check.js with the real engine", () => {
  it("finds the published errors of the embedded sample: exit 1", () => {
    const r = run();
    expect(r.err).not.toMatch(STACK);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Blad ”Resultaträkning”/);
    expect(r.out).toMatch(/teckenfel/);
  });

  it("prints {findings} with every contract field under --json", () => {
    const r = run(join(FIXTURES, "kalmar-2024-per-sheet.xlsx"), "--json");
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { findings: Record<string, unknown>[] };
    expect(parsed.findings.length).toBeGreaterThan(0);
    for (const f of parsed.findings) {
      expect(f).toMatchObject({
        ruleId: expect.any(String),
        severity: expect.stringMatching(/^(error|warning|info)$/),
        kind: expect.any(String),
        sheet: expect.any(String),
        cell: expect.stringMatching(/^[A-Z]+\d+$/),
        related: expect.any(Array),
        message: expect.any(String),
      });
    }
  });

  it("passes a corrected workbook: exit 0", () => {
    const r = run(join(FIXTURES, "kalmar-2024-tkr-corrected.xlsx"));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
  });

  it("checks the fixtures folder and ends with a summary of every file: exit 1", () => {
    const r = run(FIXTURES);
    expect(r.code).toBe(1);
    const summary = r.out.slice(r.out.indexOf("Sammanställning"));
    for (const name of [
      "varend-2025-per-sheet.xlsx",
      "kalmar-2024-tkr-corrected.xlsx",
      "varend-2025-text.xlsx",
    ])
      expect(summary).toContain(name);
  });

  it("refuses a workbook without statements: exit 2", () => {
    const path = join(tmp, "inkop.xlsx");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Inköp").addRow(["Mjölk", 2]);
    return wb.xlsx.writeFile(path).then(() => {
      const r = run(path);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Ingen finansiell rapport/);
      expect(r.err).not.toMatch(STACK);
    });
  });
});

describe("bin/finsam-check.js as a process", () => {
  it("runs the compiled JavaScript in lib/: no TypeScript source, tsx, TypeScript or esbuild is loaded", () => {
    const list = join(tmp, "loaded.txt");
    const preload = join(tmp, "record-modules.js");
    // Every module required and every file read (the bundle is read and compiled by bin/load-cli.js).
    writeFileSync(
      preload,
      `const fs = require("fs"); const read = []; const original = fs.readFileSync;
       fs.readFileSync = function (file, ...rest) { read.push(String(file)); return original.call(this, file, ...rest); };
       process.on("exit", () => fs.writeFileSync(${JSON.stringify(list)},
         [...Object.keys(require.cache), ...read].join("\\n")));`,
    );
    const r = spawnSync(
      process.execPath,
      ["--require", preload, BIN, join(FIXTURES, "kalmar-2024-tkr-corrected.xlsx")],
      { cwd: ROOT, encoding: "utf8" },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const loaded = readFileSync(list, "utf8").split("\n");
    expect(
      loaded.filter((m) => m.startsWith(join(ROOT, "lib", "cli")) && m.endsWith(".js")).length,
    ).toBeGreaterThan(0);
    expect(loaded.filter((m) => /node_modules[\\/](tsx|typescript|esbuild|ts-node)[\\/]/.test(m))).toEqual(
      [],
    );
    expect(loaded.filter((m) => /\.tsx?$/.test(m))).toEqual([]);
  });

  it("starts from one bundle whose V8 code cache this Node accepts (the fast start)", () => {
    const probe = `const { script } = require(${JSON.stringify(join(ROOT, "bin", "load-cli.js"))}).loadCli();
      process.stdout.write(JSON.stringify({ bundle: script !== null, rejected: script && script.cachedDataRejected }));`;
    const r = spawnSync(process.execPath, ["-e", probe], { cwd: ROOT, encoding: "utf8" });
    expect(JSON.parse(r.stdout)).toEqual({ bundle: true, rejected: false });
  });

  it("ends quietly when the reader of its output goes away (finsam-check MAPP | head -1)", async () => {
    const child = spawn(process.execPath, [BIN, FIXTURES], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.destroy(); // the pipe is closed before the command writes a byte
    let err = "";
    child.stderr.setEncoding("utf8").on("data", (t: string) => (err += t));
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(err).toBe("");
    expect(code).toBe(1); // the fixtures hold errors: the exit code still says so
  });

  it("says in Swedish that the report could not be written to a full disk: exit 2", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, join(FIXTURES, "kalmar-2024-tkr-corrected.xlsx")], {
        cwd: ROOT,
        encoding: "utf8",
        stdio: ["ignore", full, "pipe"],
      });
      expect(r.stderr).toBe("Rapporten kunde inte skrivas ut (disken är full).\n");
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});
