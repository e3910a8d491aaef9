/**
 * Jest global set-up of the "dist" project: makes sure dist/ holds a production build of the current
 * sources before the build and browser tests look at it. It builds only when dist/ is missing or
 * stale, so a second test run costs nothing. Tests use office.js from node_modules (OFFICE_JS=local):
 * CI has no internet.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..", "..");
const dist = path.join(root, "dist");
const stampFile = path.join(dist, ".build-stamp.json");
const INPUTS = [
  "src",
  "assets",
  "samples",
  "manifest.xml",
  "webpack.config.js",
  "scripts/csp.js", // the Content-Security-Policy webpack.config.js writes into every page
  "package-lock.json",
  "tsconfig.json",
];

/** Newest modification time (ms) among the files under p. */
function newest(p) {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of fs.readdirSync(p)) max = Math.max(max, newest(path.join(p, entry)));
  return max;
}

function stamp() {
  try {
    return JSON.parse(fs.readFileSync(stampFile, "utf8"));
  } catch {
    return undefined; // no build yet, or a build by hand without a stamp: build again
  }
}

module.exports = async function buildDist() {
  const previous = stamp();
  const latestInput = Math.max(...INPUTS.map((p) => newest(path.join(root, p))));
  if (previous && previous.officeJs === "local" && previous.builtAt >= latestInput) return;

  const started = Date.now();
  process.stdout.write(
    "\nBygger dist/ (webpack, produktionsläge, lokal office.js) för bygg- och webbläsartesterna ...\n",
  );
  const result = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"],
    {
      cwd: root,
      env: { ...process.env, OFFICE_JS: "local" },
      stdio: ["ignore", "pipe", "pipe"],
      encoding: "utf8",
    },
  );
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("webpack-bygget misslyckades: se utskriften ovan");
  }
  fs.writeFileSync(stampFile, JSON.stringify({ officeJs: "local", builtAt: started }) + "\n");
  process.stdout.write(`dist/ byggd på ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
};
