/**
 * What the add-in ships (dist/, built by the jest global set-up) must hold only what may be shipped:
 * HyperFormula is GPL-3.0 and serves the tests alone (issue 3), and no test code belongs in a bundle.
 * The source maps name every module that went into each bundle, so they are the inventory.
 */
import fs from "fs";
import path from "path";

const dist = path.join(__dirname, "..", "..", "dist");
const maps = fs.readdirSync(dist).filter((f) => f.endsWith(".js.map"));

function sourcesOf(mapFile: string): string[] {
  const map = JSON.parse(fs.readFileSync(path.join(dist, mapFile), "utf8")) as { sources: string[] };
  return map.sources;
}

describe("the shipped bundles", () => {
  it("have source maps to take inventory from", () => {
    expect(maps).toEqual(expect.arrayContaining(["functions.js.map"]));
  });

  it.each(maps)("%s contains no HyperFormula (GPL-3.0) and no test code", (mapFile) => {
    const sources = sourcesOf(mapFile);
    expect(sources.filter((s) => /node_modules\/hyperformula\//i.test(s))).toEqual([]);
    expect(sources.filter((s) => /(^|\/)test\//.test(s) && !s.includes("node_modules"))).toEqual([]);
  });
});
