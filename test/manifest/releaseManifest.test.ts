/** The release manifest: every dev URL moved to the published address, https only. */
import fs from "fs";
import path from "path";

// Plain Node script (scripts/ is not TypeScript): required, with its shape stated here.
const { releaseManifest, releaseFunctionsJson, DEV_BASE } = require("../../scripts/release-manifest.js") as {
  releaseManifest: (xml: string, base: string) => string;
  releaseFunctionsJson: (json: string, base: string) => string;
  DEV_BASE: string;
};

const xml = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("releaseManifest", () => {
  it("moves every URL of the dev server to the published address, not only the first", () => {
    const devUrls = xml.split(DEV_BASE).length - 1;
    expect(devUrls).toBeGreaterThan(5);
    const out = releaseManifest(xml, "https://finsam.example.se/addin/");
    expect(out).not.toContain("localhost");
    expect(out.split("https://finsam.example.se/addin").length - 1).toBe(devUrls - 1);
    expect(out).toContain("<AppDomain>https://finsam.example.se</AppDomain>");
    expect(out).toContain('DefaultValue="https://finsam.example.se/addin/functions.json"');
  });

  it("refuses an address that is not https", () => {
    expect(() => releaseManifest(xml, "http://finsam.example.se")).toThrow(/https/);
  });
});

describe("releaseFunctionsJson", () => {
  it("moves every function's help link to the published address, anchors kept", () => {
    // The help links functions.json gets from the @helpurl tags of the functions' source.
    const source = fs.readFileSync(
      path.join(__dirname, "..", "..", "src", "functions", "functions.ts"),
      "utf8",
    );
    const links = [...source.matchAll(/@helpurl\s+(\S+)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThanOrEqual(7);
    expect(links.every((l) => l.startsWith(DEV_BASE))).toBe(true);
    const json = JSON.stringify({ functions: links.map((helpUrl, i) => ({ id: `F${i}`, helpUrl })) });
    const out = JSON.parse(releaseFunctionsJson(json, "https://finsam.example.se/addin/")) as {
      functions: { helpUrl: string }[];
    };
    expect(out.functions.map((f) => f.helpUrl)).toEqual(
      links.map((l) => l.replace(DEV_BASE, "https://finsam.example.se/addin")),
    );
  });
});
