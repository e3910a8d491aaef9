import Decimal from "decimal.js";
import { remainingAtEndOf, restoreLedger, YearResult } from "../../../src/engine/finsam";

const series = (pairs: [number, number][]): YearResult[] =>
  pairs.map(([year, r]) => ({ year, result: new Decimal(r) }));

function ledger(pairs: [number, number][]) {
  const r = restoreLedger(series(pairs));
  if (!r.ok) throw new Error(r.problem.code);
  return r.value.map((row) => ({
    year: row.year,
    deficit: row.deficit.toNumber(),
    restored: row.restored.toNumber(),
    remaining: row.remaining.toNumber(),
    due: row.dueYear,
    overdue: row.overdue,
  }));
}

function remaining(pairs: [number, number][], year: number): number | string {
  const r = remainingAtEndOf(series(pairs), year);
  return r.ok ? r.value.toNumber() : r.problem.code;
}

// Kalmar län, five-year overview of the 2024 report: årets resultat 2020–2024 (no adjustments in the utredning)
const KALMAR: [number, number][] = [
  [2020, 404_416],
  [2021, 1_245_879],
  [2022, -204_794],
  [2023, -2_514_752],
  [2024, -1_318_124],
];

describe("BALANSKRAV.ATERSTALL: the KL 11:12 restore ledger", () => {
  it("shows Kalmar's three open deficits, due 2025, 2026 and 2027, none overdue yet", () => {
    const rows = ledger(KALMAR);
    expect(rows.slice(2)).toEqual([
      { year: 2022, deficit: 204_794, restored: 0, remaining: 204_794, due: 2025, overdue: false },
      { year: 2023, deficit: 2_514_752, restored: 0, remaining: 2_514_752, due: 2026, overdue: false },
      { year: 2024, deficit: 1_318_124, restored: 0, remaining: 1_318_124, due: 2027, overdue: false },
    ]);
    expect(rows[0]).toEqual({
      year: 2020,
      deficit: 0,
      restored: 0,
      remaining: 0,
      due: undefined,
      overdue: false,
    });
    expect(remaining(KALMAR, 2024)).toBe(4_037_670);
    expect(remaining(KALMAR, 2022)).toBe(204_794);
  });

  it("covers the oldest open deficit first, and never with a surplus from before the deficit", () => {
    const rows = ledger([
      [2019, 500],
      [2020, -100],
      [2021, -200],
      [2022, 150],
      [2023, 100],
    ]);
    expect(rows.map((r) => [r.year, r.restored, r.remaining])).toEqual([
      [2019, 0, 0],
      [2020, 100, 0],
      [2021, 150, 50],
      [2022, 0, 0],
      [2023, 0, 0],
    ]);
    expect(
      remaining(
        [
          [2020, -100],
          [2021, -200],
          [2022, 150],
          [2023, 100],
        ],
        2022,
      ),
    ).toBe(150);
  });

  it("flags a deficit not restored by the end of its third following year, even if restored later", () => {
    const rows = ledger([
      [2020, -100],
      [2021, 0],
      [2022, 0],
      [2023, 40],
      [2024, 60],
    ]);
    expect(rows[0]).toEqual({
      year: 2020,
      deficit: 100,
      restored: 100,
      remaining: 0,
      due: 2023,
      overdue: true,
    });
  });

  it("does not flag a deficit restored in its due year", () => {
    const rows = ledger([
      [2020, -100],
      [2023, 100],
    ]);
    expect(rows[0].overdue).toBe(false);
    expect(rows[0].remaining).toBe(0);
  });

  it("flags an open deficit whose due year is the last year of the series", () => {
    expect(
      ledger([
        [2021, -1],
        [2024, 0],
      ])[0].overdue,
    ).toBe(true);
    expect(
      ledger([
        [2021, -1],
        [2023, 0],
      ])[0].overdue,
    ).toBe(false);
  });

  it("reads years newest first, as a five-year overview prints them, and keeps their order", () => {
    const newestFirst = [...KALMAR].reverse();
    expect(ledger(newestFirst)).toEqual([...ledger(KALMAR)].reverse());
    expect(remaining(newestFirst, 2024)).toBe(4_037_670);
  });

  it("refuses a year given twice and per_år outside the series", () => {
    expect(
      restoreLedger(
        series([
          [2021, 1],
          [2021, 2],
        ]),
      ),
    ).toEqual({ ok: false, problem: { code: "year-duplicate", year: 2021 } });
    expect(remaining(KALMAR, 2025)).toBe("per-year-outside");
    expect(remaining(KALMAR, 2019)).toBe("per-year-outside");
  });
});

describe("BALANSKRAV.ATERSTALL: the rows some reports add", () => {
  it("takes synnerliga skäl off the deficit to restore", () => {
    const r = restoreLedger([
      { year: 2023, result: new Decimal(-2_514_752), excused: new Decimal(1_000_000) },
      { year: 2024, result: new Decimal(-1_318_124) },
    ]);
    expect(
      r.ok && r.value.map((row) => [row.year, row.deficit.toNumber(), row.remaining.toNumber()]),
    ).toEqual([
      [2023, 1_514_752, 1_514_752],
      [2024, 1_318_124, 1_318_124],
    ]);
    // synnerliga skäl beyond the deficit leave nothing to restore, never a negative deficit
    const all = restoreLedger([{ year: 2024, result: new Decimal(-100), excused: new Decimal(500) }]);
    expect(all.ok && all.value[0].deficit.toNumber()).toBe(0);
  });

  it("covers a deficit brought in from before the series first, and dates it when its year is known", () => {
    const r = restoreLedger(series(KALMAR), { amount: new Decimal(-500_000), year: 2019 });
    if (!r.ok) throw new Error(r.problem.code);
    expect(
      r.value.map((row) => [
        row.year,
        row.deficit.toNumber(),
        row.restored.toNumber(),
        row.dueYear,
        row.overdue,
      ]),
    ).toEqual([
      [2019, 500_000, 500_000, 2022, false],
      [2020, 0, 0, undefined, false],
      [2021, 0, 0, undefined, false],
      [2022, 204_794, 0, 2025, false],
      [2023, 2_514_752, 0, 2026, false],
      [2024, 1_318_124, 0, 2027, false],
    ]);
    const unknownYear = restoreLedger(
      series([
        [2024, -100],
        [2025, 150],
      ]),
      { amount: new Decimal(80) },
    );
    if (!unknownYear.ok) throw new Error(unknownYear.problem.code);
    expect(
      unknownYear.value.map((row) => [row.year, row.restored.toNumber(), row.remaining.toNumber()]),
    ).toEqual([
      [undefined, 80, 0],
      [2024, 70, 30],
      [2025, 0, 0],
    ]);
    expect(remainingAtEndOf(series([[2024, -100]]), 2024, { amount: new Decimal(80) })).toEqual({
      ok: true,
      value: new Decimal(180),
    });
  });
});
