#!/usr/bin/env node
/**
 * The manifest for a release: every https://localhost:3000 URL in manifest.xml replaced by the
 * address the add-in is published at – all of them, not only the first (a manifest that mixes hosts
 * loads half an add-in). Run after `npm run build`, then publish dist/ at that address:
 *   npm run manifest:release -- https://finsam.example.se/addin
 * Writes dist/manifest.xml (or the path given as a second argument) and refuses anything but https.
 * The functions' help links (`helpUrl` in dist/functions.json, from their @helpurl tags) point at
 * the same server, so dist/functions.json is rewritten to the same address when it exists.
 */
"use strict";
const fs = require("fs");
const path = require("path");

const DEV_BASE = "https://localhost:3000";

/** manifest.xml's text with the dev server's address replaced by `base` everywhere. */
function releaseManifest(xml, base) {
  const url = new URL(base);
  if (url.protocol !== "https:") throw new Error(`Adressen måste börja med https:// (fick ${base}).`);
  const target = base.replace(/\/+$/, "");
  // An AppDomain is an origin, never a path.
  const withDomain = xml
    .split(`<AppDomain>${DEV_BASE}</AppDomain>`)
    .join(`<AppDomain>${url.origin}</AppDomain>`);
  const out = withDomain.split(DEV_BASE).join(target);
  if (out.includes("localhost")) throw new Error("Manifestet nämner fortfarande localhost efter bytet.");
  return out;
}

/** functions.json's text with every help link moved from the dev server to `base`. */
function releaseFunctionsJson(json, base) {
  const target = new URL(base).href.replace(/\/+$/, "");
  const meta = JSON.parse(json);
  for (const fn of meta.functions ?? []) {
    if (typeof fn.helpUrl === "string" && fn.helpUrl.startsWith(DEV_BASE))
      fn.helpUrl = target + fn.helpUrl.slice(DEV_BASE.length);
  }
  const out = JSON.stringify(meta, null, 2);
  if (out.includes("localhost")) throw new Error("functions.json nämner fortfarande localhost efter bytet.");
  return out;
}

module.exports = { releaseManifest, releaseFunctionsJson, DEV_BASE };

if (require.main === module) {
  const [base, outArg] = process.argv.slice(2);
  if (!base) {
    console.error(
      "Ange adressen tillägget publiceras på, t.ex.: npm run manifest:release -- https://finsam.example.se",
    );
    process.exit(2);
  }
  const root = path.join(__dirname, "..");
  const out = path.resolve(root, outArg || "dist/manifest.xml");
  try {
    const xml = releaseManifest(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"), base);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    fs.writeFileSync(out, xml);
    console.log(`skrev ${path.relative(process.cwd(), out)} för ${base}`);
    const functionsJson = path.join(root, "dist", "functions.json");
    if (fs.existsSync(functionsJson)) {
      fs.writeFileSync(functionsJson, releaseFunctionsJson(fs.readFileSync(functionsJson, "utf8"), base));
      console.log(`skrev ${path.relative(process.cwd(), functionsJson)} (hjälplänkar) för ${base}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
}
