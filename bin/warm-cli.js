/**
 * Run by bin/build-cli.js after bundling: checks the embedded sample once, silently, then saves
 * V8's code cache of the bundle (every function that check compiled) beside it. See load-cli.js.
 */
"use strict";
const { loadCli, CACHE } = require("./load-cli");
const { writeAtomically } = require("./build-cli");

const { exports: cli, script } = loadCli({ keep: true });
const quiet = { out: () => {}, err: () => {} };
cli
  .main([], quiet)
  .then(() => cli.main(["--help"], quiet))
  .then(() => {
    if (script) writeAtomically(CACHE, script.createCachedData());
  })
  .catch((error) => {
    process.stderr.write(`finsam-check: kodcachen kunde inte skapas (${error && error.message}).\n`);
    process.exitCode = 1;
  });
