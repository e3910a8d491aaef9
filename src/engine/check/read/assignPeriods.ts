import type { PeriodColumn, Statement } from "../model";
import { maxOf } from "../../util/pushAll";

/**
 * Decides the report year and gives every column a role (current, prior, older) and a period
 * label. Each body's columns (kommunen, koncernen) are ordered on their own: the repeated years of
 * a koncern beside a kommun are the same years, not older ones. Within a body, a header naming the
 * report year or the year before takes that role; the remaining columns take the remaining roles in
 * the direction the workbook's headers run, so one wrong year is one finding about its header, not a
 * cascade of mismatches between statements.
 */

const CORE = new Set(["RR", "BR", "KF", "NOT"]);

export function decideReportYear(statements: readonly Statement[]): number | undefined {
  const votes = new Map<number, number>();
  const vote = (year: number | undefined, weight: number): void => {
    if (year !== undefined) votes.set(year, (votes.get(year) ?? 0) + weight);
  };
  // One vote per header, not per statement: twenty notes under one "NOTER 2025 2024" row are one
  // header, and one wrong year there must not outvote the statements.
  const counted = new Set<string>();
  for (const st of statements) {
    const cols = st.columns.filter((c) => c.kind === "utfall" && c.year !== undefined);
    if (cols.length === 0) continue;
    const key = `${st.sheet}|${cols.map((c) => `${c.headerRow}:${c.col}`).join(",")}`;
    if (counted.has(key)) continue;
    counted.add(key);
    const years = cols.map((c) => c.year as number);
    const max = maxOf(years);
    // A header whose years run without a gap (2021 2020, 2025 2024 2023) is the surer witness: one
    // mistyped year leaves a gap or a repeat ("2022 2020").
    const distinct = [...new Set(years)].sort((a, b) => b - a);
    const gapless =
      distinct.length === years.length && distinct.every((y, i) => i === 0 || distinct[i - 1] - y === 1);
    const weight = (CORE.has(st.kind) ? 2 : 1) * (gapless ? 1.5 : 1);
    vote(max, weight);
    // A column naming an earlier year supports the year after it a little (the prior-year column).
    for (const y of years) if (y !== max) vote(y + 1, 0.25);
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [year, n] of votes) {
    if (n > bestVotes || (n === bestVotes && best !== undefined && year > best)) {
      best = year;
      bestVotes = n;
    }
  }
  return best;
}

/** +1 when the workbook's year headers mostly run oldest first, −1 newest first (the Swedish norm). */
export function yearDirection(statements: readonly Statement[]): 1 | -1 {
  let up = 0;
  let down = 0;
  for (const st of statements) {
    for (const group of bodyGroups(st.columns.filter((c) => c.kind === "utfall"))) {
      for (let i = 1; i < group.length; i++) {
        const a = group[i - 1].year;
        const b = group[i].year;
        if (a === undefined || b === undefined) continue;
        if (b > a) up++;
        else if (b < a) down++;
      }
    }
  }
  return up > down ? 1 : -1;
}

/** Columns grouped by the body they report on, in sheet order. */
function bodyGroups(cols: readonly PeriodColumn[]): PeriodColumn[][] {
  const groups = new Map<string, PeriodColumn[]>();
  for (const c of cols) {
    const k = c.entity ?? "";
    const g = groups.get(k) ?? [];
    g.push(c);
    groups.set(k, g);
  }
  return [...groups.values()];
}

/** Orders one body's outcome columns current-first: by the years headers name, else by position. */
function outcomeOrder(
  cols: readonly PeriodColumn[],
  reportYear: number | undefined,
  direction: 1 | -1,
): PeriodColumn[] {
  const byPosition = direction === 1 ? [...cols].reverse() : [...cols];
  if (reportYear === undefined || cols.length < 2) return byPosition;
  // Years a header names that fit a slot (0 = the report year, 1 = the year before...), each once.
  const slots: (PeriodColumn | undefined)[] = new Array(cols.length).fill(undefined);
  const placed = new Set<PeriodColumn>();
  const named = new Map<number, number>();
  for (const c of cols) if (c.year !== undefined) named.set(c.year, (named.get(c.year) ?? 0) + 1);
  for (const c of byPosition) {
    // A year named twice in one body is wrong in one of them: which one, position tells.
    if (c.year === undefined || (named.get(c.year) ?? 0) > 1) continue;
    const slot = reportYear - c.year;
    if (slot >= 0 && slot < cols.length && !slots[slot]) {
      slots[slot] = c;
      placed.add(c);
    }
  }
  // Too few headers agree with the report year to trust them (or none names it: last year's
  // statement kept beside this year's): position decides.
  if (!slots[0] || placed.size < Math.max(1, cols.length - 1)) return byPosition;
  const rest = byPosition.filter((c) => !placed.has(c));
  return slots.map((c) => c ?? (rest.shift() as PeriodColumn));
}

export function assignPeriods(st: Statement, reportYear: number | undefined, direction: 1 | -1 = -1): void {
  for (const group of bodyGroups(st.columns.filter((c) => c.kind === "utfall"))) {
    const ordered = outcomeOrder(group, reportYear, direction);
    ordered.forEach((col, i) => {
      col.role = i === 0 ? "current" : i === 1 ? "prior" : "older";
      const base = reportYear ?? col.year;
      col.period =
        base !== undefined ? String(base - i) : col.year !== undefined ? String(col.year) : undefined;
    });
  }
  for (const col of st.columns) {
    if (col.kind === "utfall") continue;
    if (
      col.kind === "bokslut" &&
      col.year !== undefined &&
      reportYear !== undefined &&
      col.year === reportYear - 1
    ) {
      col.role = "prior";
      col.period = String(reportYear - 1);
    } else {
      col.role = "current";
      col.period =
        reportYear !== undefined ? String(reportYear) : col.year !== undefined ? String(col.year) : undefined;
    }
  }
}
