/**
 * The blame's tie-breaks, each on its own: between corrections that mend as many identities, the
 * more recognisable cause wins; between copies of the other year, the one with more digits; between
 * two causes that both fit, the one that brings its line closer to the other year.
 */
import Decimal from "decimal.js";
import type { Amount } from "../../src/engine/check/model";
import type { Diagnosis } from "../../src/engine/check/solve/diagnose";
import {
  mostDigitsInCommon,
  mostRecognisable,
  mostStable,
  type Contender,
} from "../../src/engine/check/solve/tieBreak";

const cell = (value: number, col = 1): Amount => ({
  sheet: "Noter",
  row: 1,
  col,
  value: new Decimal(value),
  unitFactor: 1,
  precision: new Decimal(1),
  dash: false,
  percent: false,
});
const contender = (value: number, corrected: number, diagnosis: Diagnosis): Contender => ({
  cell: cell(value),
  value: new Decimal(corrected),
  diagnosis,
});

describe("tie-breaks of the blame", () => {
  it("keeps the most recognisable causes: a teckenfel before a bare difference", () => {
    const sign = contender(-500, 500, { kind: "sign" });
    const bare = contender(120, 620, { kind: "mismatch" });
    expect(mostRecognisable([bare, sign])).toEqual([sign]);
  });

  it("counts a copy of the other year weakly: below any named cause, above none", () => {
    const copy = contender(1_919_816, 3_848_665, { kind: "period-swap", weak: true });
    const bare = contender(120, 1_929_000, { kind: "mismatch" });
    const omission = contender(300, 1_929_000, { kind: "omission" });
    expect(mostRecognisable([bare, copy])).toEqual([copy]);
    expect(mostRecognisable([copy, omission])).toEqual([omission]);
  });

  it("prefers the copy with more digits in common: 1 919 816 in both years, not 40", () => {
    const big = contender(1_919_816, 3_848_665, { kind: "period-swap", weak: true });
    const small = contender(40, 1_928_889, { kind: "period-swap", weak: true });
    expect(mostDigitsInCommon([small, big])).toEqual([big]);
  });

  it("between two transpositions, blames the one its other year confirms", () => {
    // Nybro 2023 typed 324 756 for 327 456 (2024: 328 326); Mönsterås 213 655 could be 216 355.
    const nybro = contender(324_756, 327_456, { kind: "transposition" });
    const monsteras = contender(213_655, 216_355, { kind: "transposition" });
    const other = new Map<Amount, Amount>([
      [nybro.cell, cell(328_326, 2)],
      [monsteras.cell, cell(214_657, 2)],
    ]);
    expect(mostStable([monsteras, nybro], (a) => other.get(a))).toEqual([nybro]);
  });

  it("stays undecided when both corrections get closer to the other year by about as much", () => {
    // Both lines rose 10 % on the year; each correction takes back under 1 % of it.
    const a = contender(110_000, 109_100, { kind: "transposition" });
    const b = contender(220_000, 218_200, { kind: "transposition" });
    const other = new Map<Amount, Amount>([
      [a.cell, cell(100_000, 2)],
      [b.cell, cell(200_000, 2)],
    ]);
    expect(mostStable([a, b], (x) => other.get(x))).toHaveLength(2);
  });
});
