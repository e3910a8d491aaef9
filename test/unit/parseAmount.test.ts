import Decimal from "decimal.js";
import { parseAmount } from "../../src/engine/amount/parseAmount";
import { formatAmount } from "../../src/engine/amount/formatAmount";

function valueOf(input: unknown): string | null {
  const r = parseAmount(input);
  return r.ok ? r.value.toString() : null;
}

describe("parseAmount reads amounts as they arrive from PDF reports", () => {
  it.each([
    ["1 920 460", "1920460"],
    ["1\u00A0920\u00A0460", "1920460"],
    ["1\u202F920\u202F460", "1920460"],
    ["\u22121 920 460", "-1920460"],
    ["\u2013 797", "-797"],
    ["- 797", "-797"],
    ["-249", "-249"],
    ["(1 920 460)", "-1920460"],
    ["10 911,25", "10911.25"],
    ["4 363kr", "4363"],
    ["8 524 000 kr", "8524000"],
    ["2 tkr", "2000"],
    ["1,3 mkr", "1300000"],
    // scale words of the seed reports, after or before the number (Kalmar 2024: "1,3 mnkr", "kr 13 624 000")
    ["1,3 mnkr", "1300000"],
    ["1,3 Mnkr", "1300000"],
    ["kr 13 624 000", "13624000"],
    ["tkr 4", "4000"],
    ["kr \u2212 1 000", "-1000"],
    ["54 %", "0.54"],
    ["2,875", "2.875"],
    ["1.920.460", "1920460"],
    ["1 920 460,50", "1920460.5"],
    ["797-", "-797"],
    ["+1 400", "1400"],
    ["  46 771  ", "46771"],
    ["0", "0"],
  ])("%j → %s", (text, expected) => {
    expect(valueOf(text)).toBe(expected);
  });

  it.each(["-", "\u2013", "\u2014", "\u2212"])("a lone dash %j is zero, marked as a dash", (text) => {
    const r = parseAmount(text);
    expect(r.ok && r.value.isZero() && r.dash).toBe(true);
  });

  it.each(["kr", "Belopp i kr", "tkr 2025 kr", "mnkr"])(
    "%j, a scale word alone or twice, is not an amount",
    (text) => {
      expect(parseAmount(text).ok).toBe(false);
    },
  );

  it.each(["Inga", "Ej budgeterat", "12 34", "1 2345", "abc 12", "1,2,34", "--5x", "Not 3"])(
    "%j is not an amount",
    (text) => {
      expect(parseAmount(text)).toEqual({ ok: false, reason: "not-an-amount" });
    },
  );

  it("treats an empty cell as empty, not as zero", () => {
    expect(parseAmount("   ")).toEqual({ ok: false, reason: "empty" });
    expect(parseAmount(null)).toEqual({ ok: false, reason: "empty" });
  });

  it("keeps numbers exact", () => {
    expect(valueOf(0.1)).toBe("0.1");
    expect(valueOf(Number.NaN)).toBeNull();
    expect(valueOf(new Decimal("123.45"))).toBe("123.45");
  });
});

describe("formatAmount writes amounts the Swedish way", () => {
  it.each([
    [1920460, "1\u00A0920\u00A0460"],
    [-1920460, "\u22121\u00A0920\u00A0460"],
    ["10911.25", "10\u00A0911,25"],
    [0, "0"],
    [999, "999"],
  ])("%s → %j", (value, expected) => {
    expect(formatAmount(value)).toBe(expected);
  });
});
