#!/usr/bin/env node
/**
 * Set-up that the README's two commands run first, so that a fresh clone needs nothing else:
 *   node scripts/setup.js start   – npm packages and the compiled command line (lib/, rebuilt when
 *                                   src/ is newer); the main job needs no browser;
 *   node scripts/setup.js test    – npm packages, plus Debian's chromium (browser tests) and
 *                                   libxml2-utils (xmllint, manifest check) when they are missing.
 * Plain Node without dependencies: it runs before node_modules exists.
 * It never downloads browser binaries from elsewhere (no `playwright install`): Chromium comes from
 * the Debian registry, the rest from the npm registry, the only two sources CI can reach.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const purpose = process.argv[2] === "test" ? "test" : "start";

function run(command, args, options = {}) {
  console.log(`> ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(
      `Förberedelsen misslyckades: "${command} ${args.join(" ")}" avslutades med kod ${result.status}.`,
    );
    process.exit(result.status || 1);
  }
}

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0; // missing: older than anything
  }
}

/** npm ci when node_modules is missing or older than package-lock.json (npm writes .package-lock.json on install). */
function npmPackages() {
  const installed = mtime(path.join(root, "node_modules", ".package-lock.json"));
  const wanted = mtime(path.join(root, "package-lock.json"));
  if (installed && installed >= wanted) return;
  console.log(
    installed ? "package-lock.json är nyare än node_modules: installerar om." : "Installerar npm-paketen.",
  );
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  run(npm, ["ci", "--no-audit", "--no-fund"], { shell: process.platform === "win32" });
}

function onPath(command) {
  const dirs = (process.env.PATH || "").split(path.delimiter);
  return dirs.some((dir) => fs.existsSync(path.join(dir, command)));
}

/** Debian packages the tests need: chromium for the browser tests, xmllint for the manifest. */
function debianPackages() {
  if (process.platform !== "linux") return;
  const missing = [];
  if (!fs.existsSync("/usr/bin/chromium")) missing.push("chromium");
  if (!onPath("xmllint")) missing.push("libxml2-utils");
  if (missing.length === 0) return;

  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  // Not root: sudo without a password prompt (-n) where it is set up, never an interactive prompt (CI has no stdin).
  // sudo drops the environment, so DEBIAN_FRONTEND goes through env.
  const prefix = isRoot
    ? []
    : onPath("sudo")
      ? ["sudo", "-n", "env", "DEBIAN_FRONTEND=noninteractive"]
      : undefined;
  if (!prefix || !onPath("apt-get")) {
    console.warn(
      `Saknas: ${missing.join(", ")}. Installera med "sudo apt-get install -y ${missing.join(" ")}" ` +
        "(Debian/Ubuntu) och kör kommandot igen. Webbläsartesterna behöver /usr/bin/chromium.",
    );
    return;
  }
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const [command, ...args] = [...prefix, "apt-get"];
  run(command, [...args, "update"], { env });
  run(command, [...args, "install", "-y", ...missing], { env });
}

/** The compiled command line (lib/), rebuilt when src/ is newer: `npm run check` never runs a stale one. */
function commandLine() {
  const { cliState, buildCli } = require("../bin/build-cli");
  const state = cliState();
  if (state === "fresh") return;
  console.log(
    state === "missing"
      ? "Bygger kommandoraden finsam-check (lib/)."
      : "Källkoden är nyare än lib/: bygger om finsam-check.",
  );
  const result = buildCli();
  if (!result.ok) {
    process.stderr.write(result.output);
    console.error("Förberedelsen misslyckades: finsam-check kunde inte byggas (tsc -p tsconfig.cli.json).");
    process.exit(1);
  }
}

npmPackages();
commandLine();
if (purpose === "test") debianPackages();
