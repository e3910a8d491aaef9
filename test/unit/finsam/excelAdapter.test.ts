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
    expect(fns.get("TRAPPAN")!("8 524 000 kr", null)).toBe(1_628_600);
    expect(fns.get("KOMMUNANDEL")!(2_131_000, [[60_920, 11_280, 6_514, 4_575, 5_153]], null)).toEqual([
      [1_467_861, 271_790, 156_954, 110_234, 124_161],
    ]);
    // With a position the array is 1 × 1, which Excel shows as a plain value.
    expect(fns.get("KOMMUNANDEL")!(2_131_000, [[60_920], [11_280], [6_514], [4_575], [5_153]], 2)).toEqual([
      [271_790],
    ]);
  });

  it("returns CustomFunctions.Error values with the Swedish message (none for #NUM!, which Excel cannot show)", () => {
    const fns = loadWithRuntime();
    expect(fns.get("BELOPP")!("abc")).toEqual(new StubError("#VALUE!", 'text: "abc" är inget belopp.'));
    expect(fns.get("KOMMUNANDEL")!(100, [[1], [2]], 3)).toEqual([
      [new StubError("#N/A", "Position 3 finns inte: det finns 2 nycklar.")],
    ]);
    expect(fns.get("TRAPPAN")!(-1)).toEqual(new StubError("#NUM!"));
  });

  it("declares in its JSDoc the same parameters, in the same order, as the registry checks", async () => {
    const source = path.join(__dirname, "..", "..", "..", "src", "functions", "functions.ts");
    const generated = await generateCustomFunctionsMetadata(source);
    expect(generated.errors).toEqual([]);
    const metadata = JSON.parse(generated.metadataJson) as {
      functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
    };
    const declared = metadata.functions.map((f) => [
      f.id,
      f.parameters.map((p) => `${p.optional ? "?" : ""}${p.name}`),
    ]);
    const registered = FINSAM_FUNCTIONS.map((f) => [
      f.id,
      f.params.map((p) => `${p.optional ? "?" : ""}${p.name}`),
    ]);
    expect(declared).toEqual(registered);
  });
});
