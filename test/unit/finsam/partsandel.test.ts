import Decimal from "decimal.js";
import { parsePart, partsandel, partsfordelning } from "../../../src/engine/finsam";

const d = (v: Decimal.Value) => new Decimal(v);

function parts(total: Decimal.Value): Record<string, string> {
  const r = partsfordelning(d(total));
  return {
    FK: r.FK.toString(),
    AF: r.AF.toString(),
    REGION: r.REGION.toString(),
    KOMMUNER: r.KOMMUNER.toString(),
  };
}

describe("PARTSANDEL: the statutory quarters", () => {
  it("splits Värend 2025's 8 524 000 into four times 2 131 000", () => {
    expect(parts(8_524_000)).toEqual({
      FK: "2131000",
      AF: "2131000",
      REGION: "2131000",
      KOMMUNER: "2131000",
    });
  });

  it("gives Region Kalmar län the 4 005 000 it booked in 2024 (state 8 010 000 of 16 020 000)", () => {
    const r = parts(16_020_000);
    expect(r.REGION).toBe("4005000");
    expect(d(r.FK).plus(r.AF).toString()).toBe("8010000");
  });

  it("keeps the total exact for odd totals: quarters by largest remainder, the odd krona to the earlier part", () => {
    expect(parts(10)).toEqual({ FK: "3", AF: "3", REGION: "2", KOMMUNER: "2" });
    expect(parts(9)).toEqual({ FK: "3", AF: "2", REGION: "2", KOMMUNER: "2" });
    expect(parts(11)).toEqual({ FK: "3", AF: "3", REGION: "3", KOMMUNER: "2" });
    expect(parts(1)).toEqual({ FK: "1", AF: "0", REGION: "0", KOMMUNER: "0" });
    for (const total of [8_524_001, 8_524_002, 8_524_003, 16_270_001]) {
      const r = parts(total);
      expect(
        Object.values(r)
          .reduce((a, v) => a.plus(v), d(0))
          .toNumber(),
      ).toBe(total);
    }
  });

  it("gives the state's half as one line, as Kalmar län books it (Driftbidrag från staten 8 010 000)", () => {
    expect(partsandel(d(16_020_000), "STATEN").toString()).toBe("8010000");
    expect(partsandel(d(10), "STATEN").toString()).toBe("6");
    expect(parsePart("Staten")).toEqual({ ok: true, value: "STATEN" });
  });

  it("reads the part's name as people write it", () => {
    expect(parsePart(" fk ")).toEqual({ ok: true, value: "FK" });
    expect(parsePart("Kommunerna")).toEqual({ ok: true, value: "KOMMUNER" });
    expect(parsePart("Försäkringskassan")).toEqual({ ok: true, value: "FK" });
    expect(parsePart("Landstinget")).toEqual({
      ok: false,
      problem: { code: "unknown-part", part: "Landstinget" },
    });
  });
});
