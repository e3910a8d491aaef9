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

  it("refuses years out of order and per_år outside the series", () => {
    expect(
      restoreLedger(
        series([
          [2021, 1],
          [2021, 2],
        ]),
      ),
    ).toEqual({ ok: false, problem: { code: "years-order", position: 2 } });
    expect(remaining(KALMAR, 2025)).toBe("per-year-outside");
    expect(remaining(KALMAR, 2019)).toBe("per-year-outside");
  });
});
