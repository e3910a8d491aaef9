#!/usr/bin/env node
/**
 * `npm test`: every check of the project, the README's test command and what CI runs (.ci/run).
 * 1. set-up (scripts/setup.js test): npm packages, Debian's chromium and xmllint if missing;
 * 2. lint, type check, manifest well-formedness, all jest projects (node, dom, dist incl. browser).
 * Steps 2 all run even when one fails, so that one CI run shows every problem; the exit code is
 * non-zero if any failed. Arguments go to jest alone: `npm test -- test/unit` runs only those tests.
 */
"use strict";
const { spawnSync } = require("child_process");
const path = require("path");

const root = path.join(__dirname, "..");
const jestArgs = process.argv.slice(2);
// Direct paths: some packages do not export their bin files, and .bin shims differ per platform.
const bin = (pkg, file) => path.join(root, "node_modules", pkg, file);

function step(name, args) {
  const started = Date.now();
  console.log(`\n=== ${name}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  return { name, ok: result.status === 0, seconds };
}

const setup = step("förberedelse", [path.join(__dirname, "setup.js"), "test"]);
if (!setup.ok) process.exit(1);

const results = [];
if (jestArgs.length === 0) {
  results.push(step("lint (eslint)", [bin("eslint", "bin/eslint.js"), "."]));
  results.push(step("typkontroll (tsc --noEmit)", [bin("typescript", "bin/tsc"), "--noEmit"]));
  results.push(step("manifest (xmllint)", [path.join(__dirname, "validate-manifest.js")]));
}
results.push(step("tester (jest)", [bin("jest", "bin/jest.js"), ...jestArgs]));

console.log("\n=== sammanfattning");
for (const r of results) console.log(`${r.ok ? "OK " : "FEL"}  ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok);
if (failed.length > 0) {
  console.log(`\n${failed.length} av ${results.length} steg misslyckades.`);
  process.exit(1);
}
console.log("\nAllt gick igenom.");
