import Decimal from "decimal.js";
import { fail, ok, Outcome } from "./problem";

/**
 * The restore ledger of kommunallagen 11:12 (as worded since 2019): a negative
 * balanskravsresultat "ska ... regleras under de närmast följande tre åren", so a deficit of year N
 * is due by the end of N + 3. Later positive results cover the oldest open deficit first; a
 * positive result never covers a deficit of a later year (surpluses are not banked).
 *
 * Two rows some reports add are modelled: "synnerliga skäl" (part of a year's deficit the
 * fullmäktige decided need not be restored) and a deficit brought in from before the series
 * ("Balanskravsunderskott från tidigare år"), which is the oldest and so covered first.
 *
 * Time: one pass over the years in order, with a pointer to the oldest open deficit (deficits close
 * oldest first, so the pointer only moves forward): linear in the number of years after the sort.
 */
export const YEARS_TO_RESTORE = 3;

export interface LedgerRow {
  /** Undefined only for a deficit brought in whose year is not known. */
  readonly year: number | undefined;
  readonly result: Decimal;
  /** The deficit to restore as a positive amount: the negative result less synnerliga skäl (0 when none). */
  readonly deficit: Decimal;
  /** How much of the deficit later results have covered, within the series. */
  readonly restored: Decimal;
  /** deficit − restored. */
  readonly remaining: Decimal;
  /** The last year by which the deficit must be restored; undefined when there is none or it is not known. */
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
  /** Synnerliga skäl: the part of this year's deficit that need not be restored. */
  readonly excused?: Decimal;
}

/** A deficit from before the series: its amount, and its year when the report says it. */
export interface BroughtIn {
  readonly amount: Decimal;
  readonly year?: number;
}

/** Checks that no year appears twice; the order is free (overviews print the newest year first). */
export function validateYears(years: readonly number[]): Outcome<readonly number[]> {
  const seen = new Set<number>();
  for (const year of years) {
    if (seen.has(year)) return fail({ code: "year-duplicate", year });
    seen.add(year);
  }
  return ok(years);
}

interface Account {
  deficit: Decimal;
  restored: Decimal;
  onTime: Decimal;
  readonly due: number | undefined;
}

const ZERO = new Decimal(0);

function deficitOf(entry: YearResult): Decimal {
  if (!entry.result.lt(0)) return ZERO;
  const net = entry.result.negated().minus(entry.excused?.abs() ?? ZERO);
  return net.gt(0) ? net : ZERO;
}

/**
 * Runs the ledger over `order` (indices into `series`, ascending by year), optionally stopping
 * after `untilYear`. Returns one account per series index (undefined where not reached) and the
 * brought-in account.
 */
function run(
  series: readonly YearResult[],
  order: readonly number[],
  broughtIn: BroughtIn | undefined,
  untilYear = Infinity,
): { accounts: (Account | undefined)[]; before: Account | undefined } {
  const accounts: (Account | undefined)[] = series.map(() => undefined);
  const queue: Account[] = [];
  let before: Account | undefined;
  if (broughtIn) {
    const due = broughtIn.year === undefined ? undefined : broughtIn.year + YEARS_TO_RESTORE;
    before = { deficit: broughtIn.amount.abs(), restored: ZERO, onTime: ZERO, due };
    queue.push(before);
  }
  let oldest = 0;
  for (const i of order) {
    const current = series[i];
    if (current.year > untilYear) break;
    let surplus = current.result.gt(0) ? current.result : ZERO;
    while (surplus.gt(0) && oldest < queue.length) {
      const account = queue[oldest];
      const open = account.deficit.minus(account.restored);
      if (open.lte(0)) {
        oldest++;
        continue;
      }
      const cover = Decimal.min(open, surplus);
      account.restored = account.restored.plus(cover);
      if (account.due === undefined || current.year <= account.due)
        account.onTime = account.onTime.plus(cover);
      surplus = surplus.minus(cover);
    }
    const deficit = deficitOf(current);
    const account: Account = {
      deficit,
      restored: ZERO,
      onTime: ZERO,
      due: deficit.gt(0) ? current.year + YEARS_TO_RESTORE : undefined,
    };
    accounts[i] = account;
    if (deficit.gt(0)) queue.push(account);
  }
  return { accounts, before };
}

function ascending(series: readonly YearResult[]): number[] {
  return series.map((_, i) => i).sort((a, b) => series[a].year - series[b].year);
}

function rowOf(year: number | undefined, result: Decimal, account: Account, lastYear: number): LedgerRow {
  const overdue = account.due !== undefined && account.due <= lastYear && account.onTime.lt(account.deficit);
  return {
    year,
    result,
    deficit: account.deficit,
    restored: account.restored,
    remaining: account.deficit.minus(account.restored),
    dueYear: account.deficit.gt(0) ? account.due : undefined,
    overdue,
  };
}

/**
 * The ledger over a series of years, one row per year in the input's order (newest first stays
 * newest first), preceded by a row for the deficit brought in when one is given.
 */
export function restoreLedger(series: readonly YearResult[], broughtIn?: BroughtIn): Outcome<LedgerRow[]> {
  const valid = validateYears(series.map((s) => s.year));
  if (!valid.ok) return valid;
  const order = ascending(series);
  const { accounts, before } = run(series, order, broughtIn);
  const lastYear = order.length > 0 ? series[order[order.length - 1]].year : -Infinity;
  const rows = series.map((s, i) => rowOf(s.year, s.result, accounts[i]!, lastYear));
  if (before) rows.unshift(rowOf(broughtIn?.year, before.deficit.negated(), before, lastYear));
  return ok(rows);
}

/**
 * The amount still to restore at the end of `year`: the ledger of the years up to and including
 * it. `year` must lie within the series (the years after the last one are not known yet).
 */
export function remainingAtEndOf(
  series: readonly YearResult[],
  year: number,
  broughtIn?: BroughtIn,
): Outcome<Decimal> {
  const valid = validateYears(series.map((s) => s.year));
  if (!valid.ok) return valid;
  const order = ascending(series);
  const first = order.length > 0 ? series[order[0]].year : 0;
  const last = order.length > 0 ? series[order[order.length - 1]].year : 0;
  if (order.length === 0 || year < first || year > last) {
    return fail({ code: "per-year-outside", year, first, last });
  }
  const { accounts, before } = run(series, order, broughtIn, year);
  let open = before ? before.deficit.minus(before.restored) : ZERO;
  for (const account of accounts) if (account) open = open.plus(account.deficit.minus(account.restored));
  return ok(open);
}
