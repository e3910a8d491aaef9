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
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const STAMP = path.join(root, "lib", ".built");
/** What the build reads: any change here may change lib/. */
const INPUTS = ["src", "tsconfig.json", "tsconfig.cli.json", "package-lock.json"];

function newest(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs; // a deleted file changes its folder's time
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

/** True in a checkout (src/ beside bin/), where sources can be newer than what lib/ holds. */
function isCheckout() {
  return fs.existsSync(path.join(root, "src", "cli")) && fs.existsSync(path.join(root, "tsconfig.cli.json"));
}

/** "missing" (no lib/), "stale" (sources newer than the last build) or "fresh". */
function cliState() {
  let built;
  try {
    built = fs.statSync(STAMP).mtimeMs;
  } catch {
    return "missing";
  }
  if (!isCheckout()) return "fresh";
  return Math.max(...INPUTS.map((p) => newest(path.join(root, p)))) > built ? "stale" : "fresh";
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
  const result = spawnSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.cli.json")], {
    cwd: root,
    encoding: "utf8",
  });
  // tsc exits 2 when it wrote every file but found type errors: the command line still runs, and
  // type errors are `npm run typecheck`'s to report (a colleague's half-saved file must not stop it).
  const ok = result.status === 0 || result.status === 2;
  // The stamp holds the time the build started: a source saved during the build stays "newer".
  if (ok) {
    fs.writeFileSync(STAMP, "");
    const at = new Date(started);
    fs.utimesSync(STAMP, at, at);
  }
  return { ok, missingCompiler: false, output: `${result.stdout || ""}${result.stderr || ""}` };
}

module.exports = { cliState, buildCli };

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
