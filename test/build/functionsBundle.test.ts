/**
 * The built custom functions, as Excel meets them: dist/functions.json (metadata generated from the
 * JSDoc of src/functions/functions.ts) and dist/functions.js, which Excel loads on its own with a
 * global `CustomFunctions` present. The jest global set-up (test/setup/buildDist.js) builds dist/.
 */
import fs from "fs";
import path from "path";
import vm from "vm";

const dist = path.join(__dirname, "..", "..", "dist");

interface ParameterMetadata {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: ParameterMetadata[];
  result?: { type?: string; dimensionality?: string };
}

const metadata = JSON.parse(fs.readFileSync(path.join(dist, "functions.json"), "utf8")) as {
  functions: FunctionMetadata[];
};
const byId = new Map(metadata.functions.map((f) => [f.id, f]));

/** Parameter names compared without case, diacritics or separators: `årets_resultat` ~ `aretsResultat`. */
const plain = (name: string): string =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");

/** The signatures of issue 3, in order; a leading `?` marks an optional parameter. */
const SIGNATURES: Record<string, string[]> = {
  TRAPPAN: ["insatser", "?trappsteg"],
  "TRAPPAN.OVERSKOTT": ["insatser", "eget_kapital", "?trappsteg"],
  KOMMUNANDEL: ["belopp", "nycklar", "?position"],
  BALANSKRAV: [
    "årets_resultat",
    "?samtliga_realisationsvinster",
    "?realisationsvinster_undantag",
    "?realisationsförluster_undantag",
    "?orealiserade_vinster_förluster",
    "?återföring_orealiserade",
    "?reservering_rur",
    "?användning_rur",
  ],
  "BALANSKRAV.ATERSTALL": [
    "år",
    "balanskravsresultat",
    "?per_år",
    "?synnerliga_skäl",
    "?underskott_tidigare",
    "?underskott_tidigare_år",
  ],
  PARTSANDEL: ["total", "part"],
  BELOPP: ["text"],
  // issue 11: what the seed reports compute by hand
  MEDLEMSINSATSER: ["total", "nycklar"],
  SOLIDITET: ["eget_kapital", "summa_tillgångar"],
  AVVIKELSE: ["utfall", "budget", "?procent"],
  AVRUNDA: ["belopp", "?enhet"],
};

/** Evaluates functions.js in a fresh context holding only a stub of Excel's CustomFunctions. */
function loadBundle(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  class StubError extends Error {
    constructor(
      readonly code: string,
      message?: string,
    ) {
      super(message);
    }
  }
  const CustomFunctions = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: StubError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
  };
  const code = fs.readFileSync(path.join(dist, "functions.js"), "utf8");
  vm.runInNewContext(code, { CustomFunctions, console }, { filename: "functions.js" });
  return associated;
}

describe("dist/functions.json", () => {
  it("names exactly the FINSAM functions", () => {
    expect([...byId.keys()].sort()).toEqual(Object.keys(SIGNATURES).sort());
  });

  it.each(Object.entries(SIGNATURES))(
    "describes %s and its parameters in Swedish, in order",
    (id, signature) => {
      const fn = byId.get(id)!;
      expect(fn.description).toMatch(/\S{3,}/);
      expect(fn.parameters.map((p) => plain(p.name))).toEqual(
        signature.map((s) => plain(s.replace("?", ""))),
      );
      fn.parameters.forEach((p, i) => {
        expect({ param: p.name, described: Boolean(p.description && p.description.length > 5) }).toEqual({
          param: p.name,
          described: true,
        });
        expect({ param: p.name, optional: Boolean(p.optional) }).toEqual({
          param: p.name,
          optional: signature[i].startsWith("?"),
        });
      });
    },
  );

  it("uses only ids Excel accepts (ASCII letters, digits, dot, underscore)", () => {
    for (const id of byId.keys()) expect(id).toMatch(/^[A-Za-z0-9._]+$/);
  });
});

describe("dist/functions.js loaded on its own", () => {
  it("associates every id of functions.json with a function", () => {
    const associated = loadBundle();
    for (const id of byId.keys())
      expect({ id, type: typeof associated.get(id) }).toEqual({ id, type: "function" });
  });

  it("computes with the associated functions (the examples of issue 3)", async () => {
    const fns = loadBundle();
    // TRAPPAN takes a range since issue 11 (a row of years): Excel passes one cell as [[value]].
    expect(await fns.get("TRAPPAN")!([[8524000]], null)).toEqual([[1628600]]);
    expect(await fns.get("TRAPPAN")!([["16 270 000 kr"]], null)).toEqual([[2727000]]);
    expect(
      await fns.get("KOMMUNANDEL")!([[2131000]], [[60920], [11280], [6514], [4575], [5153]], null),
    ).toEqual([[1467861], [271790], [156954], [110234], [124161]]);
  });
});

describe("the pages of the shared runtime", () => {
  it("taskpane.html loads office.js before the functions bundle", () => {
    const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
    const office = html.search(/<script[^>]+office(-js\/office)?\.js/);
    const functions = html.search(/<script[^>]+functions\.js/);
    expect(office).toBeGreaterThanOrEqual(0);
    expect(functions).toBeGreaterThan(office);
  });

  it("ships the manifest and its icons", () => {
    expect(fs.existsSync(path.join(dist, "manifest.xml"))).toBe(true);
    for (const size of [16, 32, 64, 80])
      expect(fs.existsSync(path.join(dist, "assets", `icon-${size}.png`))).toBe(true);
  });
});
