#!/usr/bin/env node
/**
 * Entry of `finsam-check` (package.json "bin"). Loads the command line compiled to plain JavaScript
 * in lib/ (bin/build-cli.js; npm's `prepare` builds it on `npm ci`): no transpiler at run time.
 * In a source checkout whose src/ has changed since that build, it builds again first, so a
 * developer never runs a stale command line.
 *
 * The few sentences below are the only words not taken from src/i18n/sv/cli.ts: they are said when
 * lib/ (which holds that table) is missing or cannot be built.
 */
"use strict";
const { cliState, buildCli } = require("./build-cli");

const state = cliState();
if (state !== "fresh") {
  process.stderr.write(
    state === "missing"
      ? "finsam-check är inte byggt ännu: bygger (npm run build:cli) …\n"
      : "Källkoden har ändrats sedan finsam-check byggdes: bygger om (npm run build:cli) …\n",
  );
  const result = buildCli();
  if (!result.ok) {
    if (result.output) process.stderr.write(result.output);
    process.stderr.write(
      result.missingCompiler
        ? "finsam-check kan inte byggas: TypeScript saknas. Kör npm ci i projektets mapp.\n"
        : "finsam-check kunde inte byggas: se felen ovan (tsc -p tsconfig.cli.json).\n",
    );
    process.exit(2);
  }
}

require("./load-cli").loadCli().exports.run(process.argv.slice(2));
