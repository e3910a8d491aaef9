/**
 * The compiled command line: `tsc -p tsconfig.cli.json` turns src/cli (and the engine and Swedish
 * tables it imports) into CommonJS in lib/, which bin/finsam-check.js loads with no transpiler.
 *
 * Run by npm's `prepare` (so `npm ci` on a fresh clone builds it), by scripts/setup.js, and by
 * bin/finsam-check.js itself in a source checkout whose src/ is newer than lib/: a developer who
 * edits the engine never runs yesterday's command line. Plain Node, no dependencies but TypeScript.
 *
 *   node bin/build-cli.js          build when stale (or missing)
 *   node bin/build-cli.js --force  build always
 */
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const LIB = path.join(root, "lib");
const STAMP = path.join(LIB, ".built");
/** The sources the last build compiled (written after it): what cliState compares with the stamp. */
const SOURCES = path.join(LIB, ".sources.json");
/** Besides the sources, what the build reads. */
const CONFIG = ["tsconfig.json", "tsconfig.cli.json", "package-lock.json"];

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return Infinity; // gone: whatever imported it has changed, build again
  }
}

/** True in a checkout (src/ beside bin/), where sources can be newer than what lib/ holds. */
function isCheckout() {
  return fs.existsSync(path.join(root, "tsconfig.cli.json"));
}

/**
 * "missing" (no lib/), "stale" (a source newer than the last build) or "fresh". It looks only at
 * the files the last build compiled (a new import shows as a change of the importing file): a
 * few dozen stats, cheap enough for every start of the command.
 */
function cliState() {
  let built;
  let sources;
  try {
    built = fs.statSync(STAMP).mtimeMs;
    sources = JSON.parse(fs.readFileSync(SOURCES, "utf8"));
  } catch {
    return "missing";
  }
  if (!isCheckout()) return "fresh";
  const inputs = [...CONFIG, ...sources].map((f) => path.join(root, f));
  return inputs.some((f) => mtime(f) > built) ? "stale" : "fresh";
}

/** The source of every JavaScript file in lib/ (lib/cli/x.js ← src/cli/x.ts), relative to the root. */
function compiledSources(dir = LIB, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) compiledSources(file, out);
    else if (entry.name.endsWith(".js")) {
      const base = path.join("src", path.relative(LIB, file)).slice(0, -3);
      const source = [".ts", ".tsx"].map((ext) => base + ext).find((f) => fs.existsSync(path.join(root, f)));
      if (source) out.push(source.split(path.sep).join("/"));
    }
  }
  return out;
}

/**
 * Compiles lib/. Returns { ok, output }: output is tsc's own report, for a developer (tsc's
 * messages are about our TypeScript, not about a user's workbook).
 */
function buildCli() {
  let tsc;
  try {
    tsc = require.resolve("typescript/bin/tsc", { paths: [root] });
  } catch {
    return { ok: false, missingCompiler: true, output: "" };
  }
  const started = Date.now();
  const { spawnSync } = require("child_process"); // only when building: a start needs none of it
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], {
    cwd: root,
    encoding: "utf8",
  });
  // tsc exits 2 when it wrote every file but found type errors: the command line still runs, and
  // type errors are `npm run typecheck`'s to report (a colleague's half-saved file must not stop it).
  const ok = (result.status === 0 || result.status === 2) && bundle();
  // The stamp holds the time the build started: a source saved during the build stays "newer".
  if (ok) {
    fs.writeFileSync(SOURCES, JSON.stringify(compiledSources()) + "\n");
    fs.writeFileSync(STAMP, "");
    const at = new Date(started);
    fs.utimesSync(STAMP, at, at);
  }
  return { ok, missingCompiler: false, output: `${result.stdout || ""}${result.stderr || ""}` };
}

/**
 * lib/cli/finsam-check.js and all it imports in one file, then V8's code cache of it after one check
 * of the embedded sample (bin/load-cli.js says why). ExcelJS stays outside: only the fallback reader
 * loads it. Without esbuild (a production-only install) the plain lib/ files are used, slower only.
 */
function bundle() {
  // The old bundle and cache stay until the new ones replace them: a start meanwhile uses them.
  const { BUNDLE, CACHE } = require("./load-cli");
  let esbuild;
  try {
    esbuild = require(require.resolve("esbuild", { paths: [root] }));
  } catch {
    for (const f of [BUNDLE, CACHE]) fs.rmSync(f, { force: true }); // would be older than lib/
    return true;
  }
  const result = esbuild.buildSync({
    entryPoints: [path.join(LIB, "cli", "finsam-check.js")],
    outfile: BUNDLE,
    write: false,
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    // pdf.js stays a module of its own (ES module, with its worker beside it), loaded only for a PDF.
    external: ["exceljs", "pdfjs-dist"],
    logLevel: "warning",
  });
  writeAtomically(BUNDLE, result.outputFiles[0].contents);
  // A separate process: the cache must hold what a fresh start compiles, under no other flags.
  const { spawnSync } = require("child_process");
  const warm = spawnSync(process.execPath, [path.join(__dirname, "warm-cli.js")], {
    cwd: root,
    encoding: "utf8",
  });
  if (warm.status !== 0) process.stderr.write(warm.stdout + warm.stderr);
  return true; // without a cache the command still works, only its start is slower
}

/**
 * Writes through a temporary file and a rename: a finsam-check started meanwhile (another terminal,
 * a test) reads the old file or the new one, never half of one.
 */
function writeAtomically(file, data) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, data);
  fs.renameSync(temporary, file);
}

module.exports = { cliState, buildCli, writeAtomically };

if (require.main === module) {
  const force = process.argv.includes("--force");
  const state = cliState();
  if (!force && state === "fresh") process.exit(0);
  const result = buildCli();
  if (result.missingCompiler) {
    // `npm ci --omit=dev` has no TypeScript: say what is missing, but do not fail the install.
    console.warn("finsam-check byggs inte: TypeScript saknas (installera utvecklingsberoendena med npm ci).");
    process.exit(0);
  }
  if (!result.ok) {
    process.stderr.write(result.output);
    console.error("finsam-check kunde inte byggas (tsc -p tsconfig.cli.json): se felen ovan.");
    process.exit(1);
  }
}
