import Decimal from "decimal.js";
import { parseAmount } from "../../amount/parseAmount";
import { StatementIndex } from "../identities/context";
import { footStatement } from "../identities/footing";
import { overviewIdentities } from "../identities/overview";
import { amountKronor, type Amount, type Identity, type Statement } from "../model";
import { difference, tolerance } from "../solve/tolerance";
import { findStatements } from "./findStatements";
import { readGrid } from "./grid";
import type { SheetSnapshot } from "../../workbook/snapshot";
import { HOLE, type PastedLine, type PastedWorkbook } from "./pastedSheets";
import type { Reading } from "./pastedRows";

/**
 * Which cut of each pasted line of figures is right, decided by the statement's own arithmetic:
 * the reading under which the statement's totals come out (its footings, as the engine builds
 * them; in an overview, intäkter − kostnader = årets resultat each year) is taken when it makes them come out clearly better than every other reading. A line the
 * arithmetic cannot decide (it is in no total, or two readings fit alike) is not guessed: its
 * amounts that differ between the readings are left as holes, which no check judges, and the line
 * is reported as ambiguous.
 */

export interface Resolution {
  /** The reading laid out for each line of figures (holes where the readings differ). */
  readonly choice: ReadonlyMap<PastedLine, Reading>;
  /** Lines whose figures stayed ambiguous (or could not be cut at all), with the readings that fit alike. */
  readonly ambiguous: ReadonlyMap<PastedLine, readonly Reading[]>;
}

/**
 * How much better (in orders of magnitude of the totals' differences) a reading must make the
 * arithmetic to be taken. A wrong cut moves an amount by a factor of a thousand, so the right one
 * stands out by several orders; one order is the least that says anything.
 */
const MARGIN = 1;
const ZERO = new Decimal(0);
const PASSES = 4;

export function resolvePasted(pasted: PastedWorkbook): Resolution {
  const choice = new Map<PastedLine, Reading | "hole">();
  const open: PastedLine[] = [];
  for (const line of pasted.lines) {
    if (!line.readings) continue;
    if (line.readings.length === 0) choice.set(line, "hole");
    else {
      choice.set(line, line.readings[0]);
      if (line.readings.length > 1) open.push(line);
    }
  }
  const sheets = [...new Set(open.map((l) => l.sheet))];
  const lastCosts = new Map<PastedLine, number[]>();
  for (const sheet of sheets) {
    const lines = open.filter((l) => l.sheet === sheet);
    let footings = new SheetFootings(pasted, choice, sheet);
    /** Every reading's cost with the other lines as they stand; a reading citing an untitled note only where `all`. */
    const costsOf = (line: PastedLine, all: boolean): number[] =>
      (line.readings ?? []).map((r) => {
        if (!all && line.uncited?.has(r)) return Number.POSITIVE_INFINITY;
        const quick = footings.costOf(line, r);
        if (quick !== undefined) return quick;
        // The reading fills other cells than the one laid out (a blank column): lay it out and read again.
        const rows = footings.region(line);
        if (!rows) return 0;
        const trial = new Map(choice);
        trial.set(line, r);
        return arithmeticCost(pasted.laidOutRows(trial, sheet, rows));
      });
    const take = (line: PastedLine, r: Reading): void => {
      choice.set(line, r);
      // The lines after this one are weighed against it as now read, not as the pass began.
      if (!footings.take(line, r)) footings = new SheetFootings(pasted, choice, sheet);
    };
    // Each line in turn takes its best reading with the others as they stand, until none changes;
    // the costs of the round that changed nothing are every line measured against the settled others.
    for (let pass = 0; pass < PASSES; pass++) {
      let changed = false;
      footings = new SheetFootings(pasted, choice, sheet);
      for (const line of lines) {
        const costs = costsOf(line, false);
        lastCosts.set(line, costs);
        const best = costs.indexOf(Math.min(...costs));
        const current = (line.readings ?? []).indexOf(choice.get(line) as Reading);
        if (costs[best] < costs[current]) {
          take(line, (line.readings ?? [])[best]);
          changed = true;
        }
      }
      if (!changed) break;
    }
    // Then the readings citing a note the workbook does not title (a partial paste of the notes):
    // one change at a time, the one that mends the arithmetic most, from the settled readings.
    if (!lines.some((l) => l.uncited)) continue;
    for (let step = 0; step <= lines.length; step++) {
      footings = new SheetFootings(pasted, choice, sheet);
      let gain = 0;
      let change: { line: PastedLine; reading: Reading } | undefined;
      for (const line of lines) {
        const costs = costsOf(line, true);
        lastCosts.set(line, costs);
        const best = costs.indexOf(Math.min(...costs));
        const current = (line.readings ?? []).indexOf(choice.get(line) as Reading);
        if (costs[current] - costs[best] > gain) {
          gain = costs[current] - costs[best];
          change = { line, reading: (line.readings ?? [])[best] };
        }
      }
      if (!change) break;
      take(change.line, change.reading);
    }
  }

  const settled = new Map<PastedLine, Reading>();
  const ambiguous = new Map<PastedLine, readonly Reading[]>();
  for (const [line, c] of choice) {
    if (c === "hole") {
      settled.set(line, { amounts: line.periods.map(() => HOLE) });
      ambiguous.set(line, []);
      continue;
    }
    const costs = lastCosts.get(line);
    if (!costs) {
      settled.set(line, c);
      continue;
    }
    const best = Math.min(...costs);
    const near = (line.readings ?? []).filter((_, k) => costs[k] < best + MARGIN);
    // Where the arithmetic leaves several, a reading citing a note the workbook titles goes first.
    const cited = near.filter((r) => !line.uncited?.has(r));
    const alike = cited.length > 0 ? cited : near;
    if (alike.length === 1) settled.set(line, alike[0]);
    else {
      settled.set(line, common(alike));
      ambiguous.set(line, alike);
    }
  }
  return { choice: settled, ambiguous };
}

/** What several readings agree on; a hole where they differ. */
function common(readings: readonly Reading[]): Reading {
  const first = readings[0];
  const same = <T>(f: (r: Reading) => T): boolean => readings.every((r) => f(r) === f(first));
  return {
    note: same((r) => r.note) ? first.note : undefined,
    amounts: first.amounts.map((a, i) => (same((r) => r.amounts[i]) ? a : HOLE)),
  };
}

/**
 * The footings of one sheet's statements as the lines stand laid out. A reading of a line that puts
 * its amounts in the same cells is judged by putting its figures in place of theirs in the footings
 * those cells take part in, with the structure as read (which lines a total covers); nothing is read
 * again, so every reading of every line costs a few sums.
 */
class SheetFootings {
  private readonly statements: Statement[];
  private readonly amountAt = new Map<string, Amount>();
  private readonly identitiesOf = new Map<Amount, Identity[]>();
  private readonly headers: number[];

  constructor(pasted: PastedWorkbook, choice: ReadonlyMap<PastedLine, Reading | "hole">, sheet: string) {
    const laid = pasted.laidOut(choice, sheet).sheets[0];
    this.statements = findStatements(sheet, readGrid(laid));
    for (const st of this.statements) {
      for (const line of st.lines)
        for (const a of line.amounts.values()) this.amountAt.set(`${a.row}|${a.col}`, a);
      for (const id of footStatement(st).identities) this.remember(id);
    }
    // An overview has no footings; its own arithmetic is intäkter − kostnader = årets resultat.
    const overviews = this.statements.filter((st) => st.kind === "FEMAR");
    if (overviews.length > 0)
      for (const id of overviewIdentities(new StatementIndex(overviews))) this.remember(id);
    this.headers = pasted.lines.filter((l) => l.sheet === sheet && l.header).map((l) => l.at);
  }

  private remember(id: Identity): void {
    for (const a of [id.total, ...id.terms.map((t) => t.amount)]) {
      const list = this.identitiesOf.get(a);
      if (list) list.push(id);
      else this.identitiesOf.set(a, [id]);
    }
  }

  /** The figures of lines read otherwise since these footings were built. */
  private readonly taken = new Map<Amount, Decimal>();

  /** Takes the line as read `r` for the costs that follow; false where `r` fills other cells than laid out. */
  take(line: PastedLine, r: Reading): boolean {
    const values = this.valuesOf(line, r);
    if (!values) return false;
    for (const [a, v] of values) this.taken.set(a, v);
    return true;
  }

  /** The footing cost with the line read as `r`; undefined where `r` fills other cells than laid out. */
  costOf(line: PastedLine, r: Reading): number | undefined {
    const values = this.valuesOf(line, r);
    if (!values) return undefined;
    const ids = new Set<Identity>();
    for (const a of values.keys()) for (const id of this.identitiesOf.get(a) ?? []) ids.add(id);
    let cost = 0;
    for (const id of ids) cost += footingCost(id, (a) => values.get(a) ?? this.taken.get(a) ?? amountKronor(a));
    return cost;
  }

  /** The line's laid-out amounts with the figures of reading `r`; undefined where `r` fills other cells. */
  private valuesOf(line: PastedLine, r: Reading): Map<Amount, Decimal> | undefined {
    const values = new Map<Amount, Decimal>();
    for (let i = 0; i < line.periods.length; i++) {
      const a = this.amountAt.get(`${line.at}|${line.base + 1 + i}`);
      const text = r.amounts[i];
      // A figure where nothing is laid out needs the line read again; a blank where a figure is
      // laid out adds nothing to the sums it was in.
      if (a === undefined) {
        if (text === undefined) continue;
        return undefined;
      }
      if (text === undefined) {
        values.set(a, ZERO);
        continue;
      }
      const p = parseAmount(text);
      if (!p.ok) return undefined;
      values.set(a, a.unitFactor === 1 ? p.value : p.value.times(a.unitFactor));
    }
    return values;
  }

  /**
   * The rows of the statement a line was read into (its title, header and lines, and the header
   * lines above it that it may inherit, as notes under "NOTER 2025 2024" do); undefined for a line
   * in no statement.
   */
  region(line: PastedLine): Set<number> | undefined {
    const st = this.statements.find((s) => line.at >= s.firstRow && line.at <= s.lastRow);
    if (!st) return undefined;
    const rows = new Set<number>(this.headers.filter((r) => r < st.firstRow));
    for (let r = st.firstRow; r <= st.lastRow; r++) rows.add(r);
    return rows;
  }
}

/** How far a statement is from adding up: the sum of its footings' costs. */
function arithmeticCost(sheet: SheetSnapshot): number {
  let cost = 0;
  for (const st of findStatements(sheet.name, readGrid(sheet)))
    for (const id of footStatement(st).identities) cost += footingCost(id, amountKronor);
  return cost;
}

/**
 * One footing's cost: 0 when it holds within rounding, ½ when only the total's sign is off (a sign
 * error is a finding, not a misreading), else one plus the order of magnitude of the difference.
 */
function footingCost(id: Identity, value: (a: Amount) => Decimal): number {
  const signed = difference(id.total, id.totalWeight, id.terms, value);
  const d = signed.abs().toNumber();
  const tol = tolerance(id.total, id.totalWeight, id.terms);
  if (d <= tol) return 0;
  // The same footing with the total's sign turned.
  const other = signed
    .minus(value(id.total).times(2 * id.totalWeight))
    .abs()
    .toNumber();
  if (other <= tol) return 0.5;
  return 1 + Math.log10(1 + Math.min(d, other));
}
