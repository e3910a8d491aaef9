/**
 * Loads the compiled command line for bin/finsam-check.js, as fast as Node 20 allows.
 *
 * bin/build-cli.js bundles lib/ into one file (lib/cli/finsam-check.bundle.js: one file to find and
 * compile instead of some seventy) and, after checking the embedded sample once, saves V8's code
 * cache of it (finsam-check.bundle.cache): the bytecode of every function that check compiled.
 * Loaded with that cache, a start skips parsing and compiling the engine. V8 refuses a cache made by
 * another Node version or for other source text, and then simply compiles as usual: the cache can
 * make a start slower never, wrong never. Nothing is written here: a check writes no file.
 *
 * Without the bundle (esbuild missing) it requires lib/cli/finsam-check.js as plain CommonJS.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const LIB_CLI = path.join(__dirname, "..", "lib", "cli");
const BUNDLE = path.join(LIB_CLI, "finsam-check.bundle.js");
const CACHE = path.join(LIB_CLI, "finsam-check.bundle.cache");

/**
 * The command line's exports ({ run, main, … }). `keep` returns the compiled script too, for
 * build-cli.js to take the code cache from after a run.
 */
function loadCli({ keep = false } = {}) {
  let source;
  try {
    source = fs.readFileSync(BUNDLE, "utf8");
  } catch {
    return { exports: require(path.join(LIB_CLI, "finsam-check.js")), script: null };
  }
  const vm = require("vm");
  const Module = require("module");
  let cachedData;
  if (!keep) {
    try {
      cachedData = fs.readFileSync(CACHE);
    } catch {
      cachedData = undefined; // no cache yet: compile as usual
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: BUNDLE, cachedData });
  const mod = new Module(BUNDLE, module);
  mod.filename = BUNDLE;
  mod.paths = Module._nodeModulePaths(LIB_CLI);
  const localRequire = (id) => mod.require(id);
  script.runInThisContext()(mod.exports, localRequire, mod, BUNDLE, LIB_CLI);
  mod.loaded = true;
  return { exports: mod.exports, script };
}

module.exports = { loadCli, BUNDLE, CACHE };
