#!/usr/bin/env node
/**
 * Offline check of manifest.xml's well-formedness: xmllint where it exists (Debian libxml2-utils),
 * otherwise fast-xml-parser's validator, so that `npm run validate` never depends on the network.
 * The structural checks (resids, https, FINSAM, shared runtime) are test/manifest/manifest.test.ts,
 * which `npm run validate` runs next. Microsoft's online validator is `npm run validate:online`.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const file = path.join(__dirname, "..", process.argv[2] || "manifest.xml");

const xmllint = spawnSync("xmllint", ["--noout", file], { stdio: "inherit" });
if (xmllint.error && xmllint.error.code === "ENOENT") {
  const { XMLValidator } = require("fast-xml-parser");
  const result = XMLValidator.validate(fs.readFileSync(file, "utf8"));
  if (result !== true) {
    const { msg, line, col } = result.err;
    console.error(`${path.basename(file)}:${line}:${col}: ogiltig XML: ${msg}`);
    process.exit(1);
  }
  console.log(`${path.basename(file)}: välformad XML (xmllint saknas, kontrollerad med fast-xml-parser)`);
} else if (xmllint.status !== 0) {
  console.error(`${path.basename(file)}: ogiltig XML enligt xmllint`);
  process.exit(1);
} else {
  console.log(`${path.basename(file)}: välformad XML (xmllint)`);
}
