#!/usr/bin/env node
/**
 * Entry of `finsam-check` (package.json "bin"). Runs the TypeScript sources directly through tsx's
 * CommonJS loader, so the command works right after `npm ci` on a fresh clone, with no build step.
 */
"use strict";
const { register } = require("tsx/cjs/api");
register();
const { main } = require("../src/cli/finsam-check.ts");
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`finsam-check: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
