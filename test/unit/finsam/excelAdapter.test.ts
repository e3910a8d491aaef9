import fs from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { FINSAM_FUNCTIONS } from "../../../src/functions/registry";

/** A stand-in for Excel's CustomFunctions global, recording what the functions module registers. */
class StubError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

function loadWithRuntime(): Map<string, (...args: unknown[]) => unknown> {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const runtime = {
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
    Error: StubError,
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
  };
  // Stays in place until afterEach, as Excel's global stays for the functions' lifetime.
  (globalThis as { CustomFunctions?: unknown }).CustomFunctions = runtime;
  jest.isolateModules(() => {
    require("../../../src/functions/functions");
  });
  return associated;
}

describe("the Excel adapter (src/functions/functions.ts)", () => {
  afterEach(() => {
    delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
  });

  it("can be imported in Node without Excel's runtime, registering nothing", () => {
    expect(() => jest.isolateModules(() => require("../../../src/functions/functions"))).not.toThrow();
  });

  it("registers every function of the registry under its id", () => {
    const associated = loadWithRuntime();
    expect([...associated.keys()].sort()).toEqual(FINSAM_FUNCTIONS.map((f) => f.id).sort());
  });

  it("passes Excel's arguments through and returns plain numbers and arrays", () => {
    const fns = loadWithRuntime();
    // TRAPPAN may spill (a row of years): one value comes back as a 1 × 1 array, which Excel shows as a value
    expect(fns.get("TRAPPAN")!([["8 524 000 kr"]], null)).toEqual([[1_628_600]]);
    expect(fns.get("KOMMUNANDEL")!(2_131_000, [[60_920, 11_280, 6_514, 4_575, 5_153]], null)).toEqual([
      [1_467_861, 271_790, 156_954, 110_234, 124_161],
    ]);
    // With a position the array is 1 × 1, which Excel shows as a plain value.
    expect(fns.get("KOMMUNANDEL")!(2_131_000, [[60_920], [11_280], [6_514], [4_575], [5_153]], 2)).toEqual([
      [271_790],
    ]);
  });

  it("returns only #VALUE! and #N/A, the errors Excel shows a message for, each with its Swedish message", () => {
    const fns = loadWithRuntime();
    expect(fns.get("BELOPP")!("abc")).toEqual(new StubError("#VALUE!", 'text: "abc" är inget belopp.'));
    expect(fns.get("KOMMUNANDEL")!([[100]], [[1], [2]], 3)).toEqual([
      [new StubError("#N/A", "Position 3 finns inte: det finns 2 nycklar.")],
    ]);
    expect(fns.get("TRAPPAN")!([[-1]])).toEqual([
      [new StubError("#VALUE!", "Insatserna kan inte vara negativa.")],
    ]);
    expect(fns.get("KOMMUNANDEL")!([[100]], [[0], [0]], null)).toEqual([
      [new StubError("#VALUE!", "Alla nycklar är noll: beloppet kan inte fördelas.")],
    ]);
    // an error in one year of a row stays in that year's cell
    expect(fns.get("SOLIDITET")!([[2_652_130, 5]], [[4_912_378, 0]])).toEqual([
      [
        2_652_130 / 4_912_378,
        new StubError("#VALUE!", "Summa tillgångar är 0: soliditeten kan inte beräknas."),
      ],
    ]);
  });

  it("reads a formatted number by its value and refuses any other data type with a message, never '[object Object]'", () => {
    const fns = loadWithRuntime();
    const formatted = { type: "FormattedNumber", basicValue: 8_524_000, numberFormat: "# ##0 kr" };
    expect(fns.get("TRAPPAN")!([[formatted]], null)).toEqual([[1_628_600]]);
    expect(fns.get("BELOPP")!({ type: "Double", basicValue: 12.5 })).toBe(12.5);
    expect(
      fns.get("BALANSKRAV")!({ type: "String", basicValue: "1 920 460" }, { type: "Empty", basicValue: "" }),
    ).toBe(1_920_460);
    const entity = {
      type: "Entity",
      text: "Växjö",
      properties: { Folkmängd: { type: "Double", basicValue: 60_920 } },
    };
    const refused = fns.get("TRAPPAN")!([[entity]], null) as unknown[][];
    expect(refused).toEqual([
      [
        new StubError(
          "#VALUE!",
          "insatser: cellen innehåller en datatyp (t.ex. länkad data), inget belopp. Hänvisa till ett fält i den eller skriv beloppet.",
        ),
      ],
    ]);
    expect(JSON.stringify(refused)).not.toContain("object Object");
    expect(fns.get("BELOPP")!({ type: "WebImage", address: "https://example.invalid/a.png" })).toEqual(
      new StubError("#VALUE!", expect.stringContaining("datatyp")),
    );
  });

  it("never returns ±Infinity or NaN: an amount beyond what Excel holds is #VALUE! with a message", () => {
    const fns = loadWithRuntime();
    const huge = "9".repeat(400);
    expect(fns.get("BELOPP")!(huge)).toEqual(new StubError("#VALUE!", "Resultatet är för stort för Excel."));
    expect(fns.get("TRAPPAN")!([[huge]], null)).toEqual([
      [new StubError("#VALUE!", "Resultatet är för stort för Excel.")],
    ]);
    for (const odd of [Infinity, -Infinity, NaN]) {
      const value = fns.get("BELOPP")!(odd) as { message: string };
      expect(value).toEqual(new StubError("#VALUE!", "text: värdet är inget tal."));
    }
    expect(fns.get("SOLIDITET")!([[1]], [["0," + "0".repeat(400) + "1"]])).toEqual([
      [new StubError("#VALUE!", "Resultatet är för stort för Excel.")],
    ]);
  });

  it("declares in its JSDoc the same parameters, in the same order, as the registry checks", async () => {
    const source = path.join(__dirname, "..", "..", "..", "src", "functions", "functions.ts");
    const generated = await generateCustomFunctionsMetadata(source);
    expect(generated.errors).toEqual([]);
    const metadata = JSON.parse(generated.metadataJson) as {
      functions: {
        id: string;
        name: string;
        helpUrl?: string;
        parameters: { name: string; optional?: boolean }[];
      }[];
    };
    const declared = metadata.functions.map((f) => [
      f.id,
      f.name,
      f.parameters.map((p) => `${p.optional ? "?" : ""}${p.name}`),
    ]);
    const registered = FINSAM_FUNCTIONS.map((f) => [
      f.id,
      f.name,
      f.params.map((p) => `${p.optional ? "?" : ""}${p.name}`),
    ]);
    // The names (with Å and Ö) are what Excel calls and what the formula tests register.
    const byId = (a: unknown[], b: unknown[]) => String(a[0]).localeCompare(String(b[0]));
    expect(declared.sort(byId)).toEqual(registered.sort(byId));
    // Each help link lands on its own section of the help page the add-in serves from assets/.
    const page = fs.readFileSync(
      path.join(__dirname, "..", "..", "..", "assets", "help", "funktioner.html"),
      "utf8",
    );
    for (const f of metadata.functions) {
      const anchor = (f.helpUrl ?? "").split("#")[1] ?? "";
      expect({
        id: f.id,
        section: new RegExp(`<h2 id="${anchor}">\\s*FINSAM\\.${f.name.replace(/\./g, "\\.")}\\(`).test(page),
      }).toEqual({
        id: f.id,
        section: true,
      });
    }
    for (const f of metadata.functions)
      expect({ id: f.id, helpUrl: f.helpUrl }).toEqual({
        id: f.id,
        helpUrl: expect.stringMatching(/^https:\/\/localhost:3000\/assets\/help\/funktioner\.html#[a-z-]+$/),
      });
  });
});
