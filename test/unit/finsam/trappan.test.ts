import Decimal from "decimal.js";
import { DEFAULT_TIERS, Tier, trappan, trappanOverskott } from "../../../src/engine/finsam";

const d = (v: Decimal.Value) => new Decimal(v);

function ceiling(contributions: Decimal.Value, tiers?: readonly Tier[]): string {
  const r = trappan(d(contributions), tiers);
  if (!r.ok) throw new Error(r.problem.code);
  return r.value.toString();
}

describe("TRAPPAN: Nationella rådet's staircase, marginal like tax brackets", () => {
  it("gives Värend 2025 its quoted ceiling: 8 524 000 → 1 400 000 + 228 600 = 1 628 600", () => {
    expect(ceiling(8_524_000)).toBe("1628600");
  });

  it("gives Kalmar 2024's 2 727 000 (the report rounds it to 2 730 000)", () => {
    expect(ceiling(16_270_000)).toBe("2727000");
  });

  it.each([
    [0, "0"],
    [6_999_999, "1399999.8"],
    [7_000_000, "1400000"],
    [7_000_001, "1400000.15"],
    [15_000_000, "2600000"],
    [15_000_001, "2600000.1"],
    ["8524000.50", "1628600.075"],
    // 10^15 kr: exact, no binary tail
    ["1000000000000000", "100000001100000"],
  ])("at %s kr of contributions the ceiling is %s kr", (contributions, expected) => {
    expect(ceiling(contributions)).toBe(expected);
  });

  it("refuses negative contributions rather than give a number", () => {
    expect(trappan(d(-1))).toEqual({ ok: false, problem: { code: "negative-contributions" } });
  });

  it("uses the tiers it is given instead of the default", () => {
    const flat = [{ from: d(0), rate: d("0.1") }];
    expect(ceiling(8_524_000, flat)).toBe("852400");
    const nothingBelowOneMillion = [
      { from: d(0), rate: d(0) },
      { from: d(1_000_000), rate: d("0.2") },
      { from: d(2_000_000), rate: d("0.1") },
    ];
    // nothing kept below 1 000 000, 200 000 from the second tier, 100 000 of the next
    expect(ceiling(3_000_000, nothingBelowOneMillion)).toBe("300000");
  });

  it("refuses a table of upper limits (7 000 000 | 20 %, …), which would silently give 304 800", () => {
    const upperLimits = [
      { from: d(7_000_000), rate: d("0.2") },
      { from: d(15_000_000), rate: d("0.15") },
    ];
    expect(trappan(d(8_524_000), upperLimits)).toEqual({
      ok: false,
      problem: { code: "tier-first-not-zero" },
    });
  });

  it("rejects tiers out of order or with rates above 100 %", () => {
    const unordered = [DEFAULT_TIERS[0], DEFAULT_TIERS[2], DEFAULT_TIERS[1]];
    expect(trappan(d(1), unordered)).toEqual({ ok: false, problem: { code: "tier-limit", row: 3 } });
    expect(trappan(d(1), [{ from: d(0), rate: d(20) }])).toEqual({
      ok: false,
      problem: { code: "tier-rate", row: 1 },
    });
    expect(trappan(d(1), [])).toEqual({ ok: false, problem: { code: "tiers-empty" } });
  });
});

describe("TRAPPAN.OVERSKOTT: equity above the ceiling", () => {
  it("shows Värend 2025 above the guideline: 2 652 129 − 1 628 600 = 1 023 529", () => {
    const r = trappanOverskott(d(8_524_000), d(2_652_129));
    expect(r.ok && r.value.toString()).toBe("1023529");
  });

  it("is negative below the guideline (Kalmar 2024 kept 20 779 of 2 727 000)", () => {
    const r = trappanOverskott(d(16_270_000), d(20_779));
    expect(r.ok && r.value.toString()).toBe("-2706221");
  });
});
