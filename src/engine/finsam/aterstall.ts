import Decimal from "decimal.js";
import { fail, ok, Outcome } from "./problem";

/**
 * The restore ledger of kommunallagen 11:12 (as worded since 2019): a negative
 * balanskravsresultat "ska ... regleras under de närmast följande tre åren", so a deficit of year N
 * is due by the end of N + 3. Later positive results cover the oldest open deficit first. A
 * positive result never covers a deficit of a later year (surpluses are not banked), and
 * synnerliga skäl are not modelled: leave such a year out or enter the result after the decision.
 */
export const YEARS_TO_RESTORE = 3;

export interface LedgerRow {
  readonly year: number;
  readonly result: Decimal;
  /** The year's deficit as a positive amount (0 when the result is not negative). */
  readonly deficit: Decimal;
  /** How much of the deficit later results have covered, within the series. */
  readonly restored: Decimal;
  /** deficit − restored. */
  readonly remaining: Decimal;
  /** The last year by which the deficit must be restored; undefined when there is no deficit. */
  readonly dueYear: number | undefined;
  /**
   * The due year lies within the series and part of the deficit was still open at its end.
   * Stays true when a later year restores the rest: the restoration was late.
   */
  readonly overdue: boolean;
}

export interface YearResult {
  readonly year: number;
  readonly result: Decimal;
}

/** Checks that years are whole and strictly ascending (gaps allowed). */
export function validateYears(years: readonly number[]): Outcome<readonly number[]> {
  for (let i = 0; i < years.length; i++) {
    if (!Number.isInteger(years[i])) return fail({ code: "year-not-whole", position: i + 1 });
    if (i > 0 && years[i] <= years[i - 1]) return fail({ code: "years-order", position: i + 1 });
  }
  return ok(years);
}

/** The ledger over a series of years, one row per year in the input's order. */
export function restoreLedger(series: readonly YearResult[]): Outcome<LedgerRow[]> {
  const valid = validateYears(series.map((s) => s.year));
  if (!valid.ok) return valid;

  const zero = new Decimal(0);
  const deficits = series.map((s) => (s.result.lt(0) ? s.result.negated() : zero));
  const restored = series.map(() => zero);
  const restoredOnTime = series.map(() => zero);

  series.forEach((current) => {
    let surplus = current.result.gt(0) ? current.result : zero;
    // Open deficits of earlier years, oldest first.
    for (let d = 0; d < series.length && surplus.gt(0) && series[d].year < current.year; d++) {
      const open = deficits[d].minus(restored[d]);
      if (open.lte(0)) continue;
      const cover = Decimal.min(open, surplus);
      restored[d] = restored[d].plus(cover);
      if (current.year <= series[d].year + YEARS_TO_RESTORE)
        restoredOnTime[d] = restoredOnTime[d].plus(cover);
      surplus = surplus.minus(cover);
    }
  });

  const lastYear = series.length > 0 ? series[series.length - 1].year : 0;
  return ok(
    series.map((s, i) => {
      const hasDeficit = deficits[i].gt(0);
      const dueYear = hasDeficit ? s.year + YEARS_TO_RESTORE : undefined;
      const overdue = dueYear !== undefined && dueYear <= lastYear && restoredOnTime[i].lt(deficits[i]);
      return {
        year: s.year,
        result: s.result,
        deficit: deficits[i],
        restored: restored[i],
        remaining: deficits[i].minus(restored[i]),
        dueYear,
        overdue,
      };
    }),
  );
}

/**
 * The amount still to restore at the end of `year`: the ledger of the years up to and including
 * it. `year` must lie within the series (the years after the last one are not known yet).
 */
export function remainingAtEndOf(series: readonly YearResult[], year: number): Outcome<Decimal> {
  const ledger = restoreLedger(series);
  if (!ledger.ok) return ledger;
  if (
    series.length === 0 ||
    year < series[0].year ||
    year > series[series.length - 1].year ||
    !Number.isInteger(year)
  ) {
    const first = series.length > 0 ? series[0].year : 0;
    const last = series.length > 0 ? series[series.length - 1].year : 0;
    return fail({ code: "per-year-outside", year, first, last });
  }
  const upTo = restoreLedger(series.filter((s) => s.year <= year));
  if (!upTo.ok) return upTo;
  return ok(upTo.value.reduce((sum, row) => sum.plus(row.remaining), new Decimal(0)));
}
