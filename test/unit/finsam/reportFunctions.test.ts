/**
 * The sums the seed reports compute by hand, from their own figures: Värend 2025's Not 1 and Not 2,
 * Kalmar län 2024's Not 1, driftredovisning and balance sheet.
 */
import Decimal from "decimal.js";
import {
  avvikelse,
  avvikelseAndel,
  medlemsinsatser,
  roundToUnit,
  soliditet,
} from "../../../src/engine/finsam";
import { yearOf } from "../../../src/functions/years";

const d = (v: Decimal.Value) => new Decimal(v);
const numbers = (values: readonly Decimal[]) => values.map((v) => v.toNumber());

function value<T>(outcome: { ok: true; value: T } | { ok: false; problem: { code: string } }): T | string {
  return outcome.ok ? outcome.value : outcome.problem.code;
}

describe("MEDLEMSINSATSER: the whole contributions note", () => {
  it("gives Värend 2025's Not 1 line for line from 8 524 000 and the population 16–64", () => {
    // Växjö, Alvesta, Tingsryd, Lessebo, Uppvidinge
    const keys = [60_920, 11_280, 6_514, 4_575, 5_153].map(d);
    const lines = medlemsinsatser(d(8_524_000), keys);
    expect(lines.ok && numbers(lines.value)).toEqual([
      2_131_000, 2_131_000, 2_131_000, 1_467_861, 271_790, 156_954, 110_234, 124_161,
    ]);
  });

  it("gives Kalmar län 2024's Not 1: the state's 8 010 000 in two quarters, the region and twelve municipalities", () => {
    // Borgholm … Västervik as booked: keyed by their own amounts, the split must give them back exactly
    const booked = [
      174_436, 148_128, 225_788, 88_870, 1_171_661, 213_655, 261_022, 327_456, 436_382, 113_980, 251_594,
      592_028,
    ];
    const lines = medlemsinsatser(d(16_020_000), booked.map(d));
    if (!lines.ok) throw new Error(lines.problem.code);
    expect(numbers(lines.value)).toEqual([4_005_000, 4_005_000, 4_005_000, ...booked]);
  });

  it("sums exactly to an odd total: quarters by largest remainder, the earlier part first", () => {
    const lines = medlemsinsatser(d(10), [d(1), d(1)]);
    expect(lines.ok && numbers(lines.value)).toEqual([3, 3, 2, 1, 1]);
    expect(value(medlemsinsatser(d(100), [d(0)]))).toBe("zero-keys");
  });
});

describe("AVRUNDA: a table in tkr that still foots", () => {
  // Värend 2024, Not 2 Verksamhetens kostnader: the items sum to 5 968 280 kr
  const NOT_2_2024 = [1_415_107, 334_445, 146_101, 45_485, 3_591_450, 0, 0, 0, 214_268, 77_738, 143_686];

  it("rounds Värend's Not 2 2024 to tkr summing to 5 968, where rounding each line gives 5 967", () => {
    const plain = NOT_2_2024.reduce((sum, v) => sum + Math.round(v / 1000), 0);
    expect(plain).toBe(5_967);
    const rounded = roundToUnit(NOT_2_2024.map(d), d(1000));
    if (!rounded.ok) throw new Error(rounded.problem.code);
    expect(numbers(rounded.value)).toEqual([1_415, 334, 146, 46, 3_591, 0, 0, 0, 214, 78, 144]);
    expect(numbers(rounded.value).reduce((a, b) => a + b, 0)).toBe(5_968);
  });

  it("rounds the total half away from zero and gives equal remainders to the earlier amount", () => {
    const r = roundToUnit([d(500), d(500), d(500)], d(1000));
    expect(r.ok && numbers(r.value)).toEqual([1, 1, 0]); // 1,5 tkr → 2
    const n = roundToUnit([d(-500), d(-500), d(-500)], d(1000));
    expect(n.ok && numbers(n.value)).toEqual([0, -1, -1]); // −1,5 tkr → −2, the mirror image
    const kalmar = roundToUnit([d(-17_607_130), d(16_189_674), d(99_332)], d(1000));
    expect(kalmar.ok && numbers(kalmar.value)).toEqual([-17_607, 16_190, 99]); // Resultat −1 318 tkr
  });

  it("refuses a unit of 0 or below", () => {
    expect(value(roundToUnit([d(1)], d(0)))).toBe("bad-unit");
  });
});

describe("SOLIDITET and AVVIKELSE", () => {
  it("gives Värend's soliditet 54 % (2025) and 30 % (2024) from its balance sheet", () => {
    expect(value(soliditet(d(2_652_130), d(4_912_378)))?.toString()).toMatch(/^0\.539887/);
    expect(value(soliditet(d(731_670), d(2_457_375)))?.toString()).toMatch(/^0\.297744/);
  });

  it("gives Kalmar 2024 a soliditet of 0,46 %, where its overview prints the equity 20 779", () => {
    expect(value(soliditet(d(20_779), d(4_509_797)))?.toString()).toMatch(/^0\.0046075/);
  });

  it("leaves an empty year empty and refuses assets of 0 against equity", () => {
    expect(value(soliditet(d(0), d(0)))).toBeUndefined();
    expect(value(soliditet(d(5), d(0)))).toBe("zero-assets");
  });

  it("gives Kalmar's nettokostnad deviation −100 130 (the report prints +100 130), medlemsavgift −80 326", () => {
    expect(avvikelse(d(-17_607_130), d(-17_507_000)).toString()).toBe("-100130");
    expect(avvikelse(d(16_189_674), d(16_270_000)).toString()).toBe("-80326");
    expect(avvikelse(d(-1_318_124), d(-1_237_000)).toString()).toBe("-81124");
  });

  it("as a share of |budget|: worse than budget is negative for costs and income alike", () => {
    expect(value(avvikelseAndel(d(-17_607_130), d(-17_507_000)))?.toString()).toMatch(/^-0\.0057194/);
    expect(value(avvikelseAndel(d(16_189_674), d(16_270_000)))?.toString()).toMatch(/^-0\.0049370/);
    expect(value(avvikelseAndel(d(0), d(0)))).toBeUndefined();
    expect(value(avvikelseAndel(d(1_400), d(0)))).toBe("zero-budget");
  });
});

describe("years as overviews and headings write them", () => {
  it.each([
    [2025, 2025],
    [45657, 2024], // 2024-12-31 as an Excel date
    [45658, 2025], // 2025-01-01
    [45657.75, 2024], // a date with a time of day
    ["2025", 2025],
    ["Utfall 2025", 2025],
    ["2025-12-31", 2025],
    ["2025-01-01 -2025-12-31", 2025],
    ["12/31/2025", 2025],
    ["Aktuell budget jan-dec 2024", 2024],
  ])("%j is the year %p", (cell, year) => {
    expect(yearOf(cell)).toBe(year);
  });

  it.each([null, 0, "", "  "])("%j is an empty cell (web null, desktop 0)", (cell) => {
    expect(yearOf(cell)).toBeUndefined();
  });

  it.each(["2024/2025", "Utfall", 25, 2025.5, true, -2025])("%j is no single year", (cell) => {
    expect(yearOf(cell)).toBeNull();
  });
});
