import type { PeriodColumn, Statement } from "../model";

/**
 * Decides the report year and gives every column a role (current, prior, older) and a period
 * label. Roles follow position, not the year a header names: a header with a wrong year is then
 * one finding about that header, not a cascade of mismatches between statements.
 */

const CORE = new Set(["RR", "BR", "KF", "NOT"]);

export function decideReportYear(statements: readonly Statement[]): number | undefined {
  const votes = new Map<number, number>();
  const vote = (year: number | undefined, weight: number): void => {
    if (year !== undefined) votes.set(year, (votes.get(year) ?? 0) + weight);
  };
  for (const st of statements) {
    const years = st.columns
      .filter((c) => c.kind === "utfall" && c.year !== undefined)
      .map((c) => c.year as number);
    if (years.length === 0) continue;
    vote(Math.max(...years), CORE.has(st.kind) ? 2 : 1);
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

/** Orders the outcome columns current-first, by the direction most headers agree on. */
function outcomeOrder(cols: PeriodColumn[], reportYear: number | undefined): PeriodColumn[] {
  const years = cols.map((c) => c.year);
  if (cols.length === 2) {
    const [a, b] = years;
    // Left is current unless the header clearly runs prior → current.
    if (a !== undefined && b !== undefined && b === a + 1 && (reportYear === undefined || b === reportYear))
      return [cols[1], cols[0]];
    return cols;
  }
  let up = 0;
  let down = 0;
  for (let i = 1; i < years.length; i++) {
    const a = years[i - 1];
    const b = years[i];
    if (a === undefined || b === undefined) continue;
    if (b > a) up++;
    else if (b < a) down++;
  }
  return up > down ? [...cols].reverse() : cols;
}

export function assignPeriods(st: Statement, reportYear: number | undefined): void {
  const outcome = st.columns.filter((c) => c.kind === "utfall");
  const ordered = outcomeOrder(outcome, reportYear);
  ordered.forEach((col, i) => {
    col.role = i === 0 ? "current" : i === 1 ? "prior" : "older";
    const base = reportYear ?? col.year;
    col.period =
      base !== undefined ? String(base - i) : col.year !== undefined ? String(col.year) : undefined;
  });
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
