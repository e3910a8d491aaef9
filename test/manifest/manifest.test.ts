/**
 * Offline validation of manifest.xml. Microsoft's validator is an online service and no npm package
 * ships the manifest XSDs (TOOLCHAIN.md), so this test asserts the structure Excel relies on: every
 * resid resolves to a resource of the right kind, every URL is https, the custom functions live in
 * the FINSAM namespace inside a shared runtime, and the strings fit Office's length limits.
 */
import fs from "fs";
import path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";

const root = path.join(__dirname, "..", "..");
const xml = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

/** An element as fast-xml-parser gives it: attributes under "@_", children by tag name. */
type XmlNode = { [key: string]: unknown };

interface Element {
  tag: string;
  attrs: Record<string, string>;
  text: string;
  path: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseAttributeValue: false,
  parseTagValue: false,
  // Every child as an array: the walk below needs no special case for repeated elements.
  isArray: () => true,
});

/** Flattens the document into a list of elements with their attributes and path. */
function elements(doc: XmlNode): Element[] {
  const out: Element[] = [];
  const visit = (tag: string, node: unknown, parent: string): void => {
    const here = `${parent}/${tag}`;
    if (typeof node !== "object" || node === null) {
      out.push({ tag, attrs: {}, text: String(node), path: here });
      return;
    }
    const attrs: Record<string, string> = {};
    let text = "";
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key.startsWith("@_")) attrs[key.slice(2)] = String(value);
      else if (key === "#text") text = String(Array.isArray(value) ? value.join("") : value);
    }
    out.push({ tag, attrs, text, path: here });
    for (const [key, value] of Object.entries(node as XmlNode)) {
      if (key.startsWith("@_") || key === "#text" || key === "?xml") continue;
      for (const child of Array.isArray(value) ? value : [value]) visit(key, child, here);
    }
  };
  for (const [key, value] of Object.entries(doc)) {
    if (key === "?xml") continue;
    for (const child of Array.isArray(value) ? value : [value]) visit(key, child, "");
  }
  return out;
}

const all = elements(parser.parse(xml) as XmlNode);
const byTag = (tag: string): Element[] => all.filter((e) => e.tag === tag);
/** The one element of the add-in's base settings (a direct child of OfficeApp). */
const top = (tag: string): Element => {
  const found = all.filter((e) => e.path === `/OfficeApp/${tag}`);
  expect(found).toHaveLength(1);
  return found[0];
};
const one = (tag: string): Element => {
  const found = byTag(tag);
  expect(found).toHaveLength(1);
  return found[0];
};

/** Resources by id, with the kind of resource they are. */
const resources = new Map<string, { kind: "image" | "url" | "short" | "long"; value: string }>();
for (const e of all) {
  const kind = e.path.includes("/bt:Images/")
    ? "image"
    : e.path.includes("/bt:Urls/")
      ? "url"
      : e.path.includes("/bt:ShortStrings/")
        ? "short"
        : e.path.includes("/bt:LongStrings/")
          ? "long"
          : undefined;
  if (kind && e.attrs.id) resources.set(e.attrs.id, { kind, value: e.attrs.DefaultValue });
}

/** The resource an element's resid names (asserting it exists). */
function resolve(e: Element): string {
  const found = resources.get(e.attrs.resid);
  if (!found) throw new Error(`resid "${e.attrs.resid}" at ${e.path} names no resource`);
  return found.value;
}

function residOf(tagPath: RegExp): Element {
  const found = all.filter((e) => tagPath.test(e.path) && e.attrs.resid);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
  });

  it("is an Excel task pane add-in with a GUID id and a four-part version", () => {
    const app = one("OfficeApp");
    expect(app.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(top("Id").text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(top("Version").text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(byTag("Host").map((h) => h.attrs.Name ?? h.attrs["xsi:type"])).toEqual(["Workbook", "Workbook"]);
  });

  it("is Swedish: default locale sv-SE, Swedish name and description", () => {
    expect(top("DefaultLocale").text).toBe("sv-SE");
    expect(top("DisplayName").attrs.DefaultValue).toMatch(/samordningsförbund/);
    expect(top("Description").attrs.DefaultValue).toMatch(/årsredovisning/);
  });

  it("resolves every resid to a resource of the kind its element needs", () => {
    const withResid = all.filter((e) => e.attrs.resid !== undefined);
    expect(withResid.length).toBeGreaterThan(10);
    for (const e of withResid) {
      const found = resources.get(e.attrs.resid);
      expect({ resid: e.attrs.resid, at: e.path, found: Boolean(found) }).toEqual({
        resid: e.attrs.resid,
        at: e.path,
        found: true,
      });
      const expectedKind =
        e.tag === "bt:Image"
          ? "image"
          : ["SourceLocation", "Runtime", "FunctionFile", "LearnMoreUrl"].includes(e.tag)
            ? "url"
            : ["Label", "Title", "Namespace"].includes(e.tag)
              ? "short"
              : e.tag === "Description"
                ? "long"
                : undefined;
      expect({ resid: e.attrs.resid, kind: found?.kind }).toEqual({
        resid: e.attrs.resid,
        kind: expectedKind,
      });
    }
  });

  it("defines no resource twice and none that nothing uses", () => {
    const ids = all.filter((e) => e.path.includes("/Resources/") && e.attrs.id).map((e) => e.attrs.id);
    expect(new Set(ids).size).toBe(ids.length);
    const used = new Set(all.filter((e) => e.attrs.resid).map((e) => e.attrs.resid));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls = [
      // xmlns values are namespace names, never fetched: they stay http as the schemas define them.
      ...all
        .flatMap((e) => Object.entries(e.attrs))
        .filter(([name, value]) => !name.startsWith("xmlns") && /^[a-z]+:\/\//i.test(value))
        .map(([, value]) => value),
      ...all.map((e) => e.text.trim()).filter((t) => /^[a-z]+:\/\//i.test(t)),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("declares a shared runtime on the task pane page", () => {
    const sets = byTag("Set").map((s) => `${s.attrs.Name} ${s.attrs.MinVersion}`);
    expect(sets).toContain("SharedRuntime 1.1");
    const runtime = one("Runtime");
    expect(runtime.attrs.lifetime).toBe("long");
    expect(runtime.attrs.resid).toBe("Taskpane.Url");
    const pane = resolve(runtime);
    expect(pane).toMatch(/\/taskpane\.html$/);
    // Functions, commands and pane must all live on that one page, or Excel starts a second runtime.
    expect(resolve(residOf(/\/Page\/SourceLocation$/))).toBe(pane);
    expect(resolve(one("FunctionFile"))).toBe(pane);
    expect(resolve(residOf(/\/Action\/SourceLocation$/))).toBe(pane);
  });

  it("declares the custom functions under the FINSAM namespace with functions.js and functions.json", () => {
    expect(resolve(one("Namespace"))).toBe("FINSAM");
    expect(resolve(residOf(/\/Script\/SourceLocation$/))).toMatch(/^https:\/\/.+\/functions\.js$/);
    expect(resolve(residOf(/\/Metadata\/SourceLocation$/))).toMatch(/^https:\/\/.+\/functions\.json$/);
    expect(resolve(residOf(/\/Page\/SourceLocation$/))).toMatch(/^https:\/\/.+\.html$/);
  });

  it("has a ribbon button that opens the task pane", () => {
    const action = all.find((e) => e.tag === "Action");
    expect(action?.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(byTag("Control")[0].attrs["xsi:type"]).toBe("Button");
  });

  it("keeps strings within Office's limits (short 125, long 250 characters)", () => {
    for (const [id, r] of resources) {
      if (r.kind === "short") expect({ id, length: r.value.length <= 125 }).toEqual({ id, length: true });
      if (r.kind === "long") expect({ id, length: r.value.length <= 250 }).toEqual({ id, length: true });
    }
    expect(top("DisplayName").attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    expect(top("Description").attrs.DefaultValue.length).toBeLessThanOrEqual(250);
  });

  it("points its icons at PNGs of the right size that exist in assets/", () => {
    const icons = [
      ...[...resources.values()].filter((r) => r.kind === "image").map((r) => r.value),
      top("IconUrl").attrs.DefaultValue,
      top("HighResolutionIconUrl").attrs.DefaultValue,
    ];
    for (const url of icons) {
      const match = /\/assets\/icon-(\d+)\.png$/.exec(url);
      expect(match).not.toBeNull();
      const png = fs.readFileSync(path.join(root, "assets", `icon-${match![1]}.png`));
      expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(Number(match![1])); // IHDR width
      expect(png.readUInt32BE(20)).toBe(Number(match![1])); // IHDR height
    }
  });
});
