import Decimal from "decimal.js";
import { splitByKeys } from "../../../src/engine/finsam";

// Enough digits to add amounts beyond Decimal's default 20 without rounding the check itself.
const Wide = Decimal.clone({ precision: 60 });
const d = (v: Decimal.Value) => new Wide(v);

function split(amount: Decimal.Value, keys: Decimal.Value[]): string[] {
  const r = splitByKeys(
    new Decimal(amount),
    keys.map((k) => new Decimal(k)),
  );
  if (!r.ok) throw new Error(r.problem.code);
  return r.value.map((v) => v.toString());
}

const sum = (values: string[]) => values.reduce((a, v) => a.plus(v), d(0)).toString();

describe("KOMMUNANDEL: proportional split in whole kronor that keeps the total", () => {
  it("reproduces Värend 2025's booked contributions from the population 16–64", () => {
    // Växjö, Alvesta, Tingsryd, Lessebo, Uppvidinge (SCB, population aged 16–64)
    const shares = split(2_131_000, [60_920, 11_280, 6_514, 4_575, 5_153]);
    expect(shares).toEqual(["1467861", "271790", "156954", "110234", "124161"]);
    expect(sum(shares)).toBe("2131000");
  });

  it("gives Kalmar's twelve municipalities back their booked 2024 amounts when those are the keys, summing to 4 005 000", () => {
    // Seed 004, Not 1 (the report gives no population key, so the booked amounts are the only key at hand)
    const booked = [
      174_436, 148_128, 225_788, 88_870, 1_171_661, 213_655, 261_022, 327_456, 436_382, 113_980, 251_594,
      592_028,
    ];
    const shares = split(4_005_000, booked);
    expect(shares).toEqual(booked.map(String));
    expect(sum(shares)).toBe("4005000");
  });

  it("splits Kalmar's 2024 amount by the 2023 amounts and still adds up to 4 005 000", () => {
    const booked2023 = [
      175_657, 151_134, 227_775, 90_502, 1_162_331, 214_657, 257_598, 328_326, 437_730, 113_976, 251_959,
      593_355,
    ];
    expect(sum(split(4_005_000, booked2023))).toBe("4005000");
  });

  it("hands out the kronor plain rounding would lose (100 over three equal keys: 34, 33, 33)", () => {
    expect(split(100, [1, 1, 1])).toEqual(["34", "33", "33"]);
  });

  it("takes back the kronor plain rounding would add (2 over three equal keys: 1, 1, 0)", () => {
    expect(split(2, [1, 1, 1])).toEqual(["1", "1", "0"]);
  });

  it("breaks a tie in favour of the larger key, then the earlier position", () => {
    // quotas 0.5 and 1.5: equal fractions, the larger key gets the krona
    expect(split(2, [1, 3])).toEqual(["0", "2"]);
    expect(split(2, [3, 1])).toEqual(["2", "0"]);
    expect(split(10, [1, 1, 1, 1])).toEqual(["3", "3", "2", "2"]);
  });

  it("gives everything to a single key, and nothing to a key of 0", () => {
    expect(split(2_131_000, [5])).toEqual(["2131000"]);
    expect(split(3, [0, 1, 1])).toEqual(["0", "2", "1"]);
  });

  it("splits 0 kr into zeros", () => {
    expect(split(0, [60_920, 11_280, 6_514])).toEqual(["0", "0", "0"]);
  });

  it("splits in whole kronor: an amount with öre or a binary tail is first rounded to kronor", () => {
    expect(split("1000.5", [1, 1])).toEqual(["501", "500"]);
    expect(split("100.01", [1, 1, 1])).toEqual(["34", "33", "33"]);
    expect(split(1.1 * 3 * 1_000_000, [1, 1, 1])).toEqual(["1100000", "1100000", "1100000"]);
    expect(split("-1000.5", [1, 1])).toEqual(["-501", "-500"]);
    expect(split(1000, ["33.3", "66.7"])).toEqual(["333", "667"]);
  });

  it("splits a negative amount as the mirror of the positive one", () => {
    expect(split(-2_131_000, [60_920, 11_280, 6_514, 4_575, 5_153])).toEqual([
      "-1467861",
      "-271790",
      "-156954",
      "-110234",
      "-124161",
    ]);
  });

  it("stays exact for amounts far beyond a double's 15 digits", () => {
    const shares = split("123456789012345678901", [60_920, 11_280, 6_514, 4_575, 5_153]);
    expect(sum(shares)).toBe("123456789012345678901");
    const quota = d("123456789012345678901").times(60_920).dividedBy(88_442);
    expect(d(shares[0]).minus(quota).abs().lt(1)).toBe(true);
  });

  it("refuses keys it cannot split by", () => {
    expect(splitByKeys(new Decimal(100), [])).toEqual({ ok: false, problem: { code: "no-keys" } });
    expect(splitByKeys(new Decimal(100), [new Decimal(0), new Decimal(0)])).toEqual({
      ok: false,
      problem: { code: "zero-keys" },
    });
    expect(splitByKeys(new Decimal(100), [new Decimal(5), new Decimal(-1)])).toEqual({
      ok: false,
      problem: { code: "negative-key", position: 2 },
    });
  });
});
