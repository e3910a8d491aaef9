/**
 * How the pane orders, groups, filters and counts findings: pure functions, tested on their own.
 * One order of statements everywhere (summary, list, filter, export): the order of an annual
 * report, RR, BR, KF, noter, drift, översikt, balanskrav.
 */
import type { Finding, Severity, StatementKind } from "../../engine/check/finding";
import type { Acknowledgements } from "../paneActions";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
export const STATEMENT_ORDER: readonly StatementKind[] = [
  "RR",
  "BR",
  "KF",
  "NOT",
  "DRIFT",
  "FEMAR",
  "BALANSKRAV",
  "TEXT",
];

/** Whether the revisor has dealt with a finding: open, or kvitterad (accepted with a comment). */
export type Status = "open" | "acknowledged";

export interface Filter {
  readonly severity: Severity | "all";
  readonly statement: StatementKind | "all";
  /** "resolved": the errors and warnings of the last check that this check no longer finds. */
  readonly status: Status | "resolved" | "all";
}

export const NO_FILTER: Filter = { severity: "all", statement: "all", status: "all" };

export interface StatementGroup {
  readonly statement: StatementKind;
  /** Errors, then warnings. */
  readonly findings: readonly Finding[];
  /** Rounding notes (info), folded away by default. */
  readonly rounding: readonly Finding[];
}

export interface Counts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
}

/** Open findings by severity, and how many are kvitterade (of any severity). */
export interface StatusCounts {
  readonly open: Counts;
  readonly acknowledged: number;
}

const rank = (s: Severity): number => SEVERITY_ORDER.indexOf(s);
export const statementRank = (s: StatementKind): number => {
  const i = STATEMENT_ORDER.indexOf(s);
  return i < 0 ? STATEMENT_ORDER.length : i;
};

export const statusOf = (f: Finding, acks: Acknowledgements): Status =>
  acks[f.key] ? "acknowledged" : "open";

/** The statements present, in report order (for the filter). */
export function statementsOf(findings: readonly Finding[]): StatementKind[] {
  return [...new Set(findings.map((f) => f.statement))].sort((a, b) => statementRank(a) - statementRank(b));
}

export function applyFilter(
  findings: readonly Finding[],
  filter: Filter,
  acks: Acknowledgements = {},
): Finding[] {
  return findings.filter(
    (f) =>
      (filter.severity === "all" || f.severity === filter.severity) &&
      (filter.statement === "all" || f.statement === filter.statement) &&
      (filter.status === "all" || filter.status === "resolved" || statusOf(f, acks) === filter.status),
  );
}

/** Groups by statement in report order, errors first inside each group, rounding notes apart. */
export function groupByStatement(findings: readonly Finding[]): StatementGroup[] {
  return statementsOf(findings).map((statement) => {
    const sorted = findings
      .filter((f) => f.statement === statement)
      .sort((x, y) => rank(x.severity) - rank(y.severity));
    return {
      statement,
      findings: sorted.filter((f) => f.severity !== "info"),
      rounding: sorted.filter((f) => f.severity === "info"),
    };
  });
}

/** The findings as the list shows them, top to bottom (for next/previous and arrow keys). */
export function listOrder(groups: readonly StatementGroup[], roundingShown: boolean): Finding[] {
  return groups.flatMap((g) => (roundingShown ? [...g.findings, ...g.rounding] : [...g.findings]));
}

export function countBySeverity(findings: readonly Finding[]): Counts {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
}

export function countByStatus(findings: readonly Finding[], acks: Acknowledgements): StatusCounts {
  const open = findings.filter((f) => statusOf(f, acks) === "open");
  return { open: countBySeverity(open), acknowledged: findings.length - open.length };
}

/** Counts per statement in report order, open and kvitterade apart, for the summary table. */
export function summarise(
  findings: readonly Finding[],
  acks: Acknowledgements = {},
): { statement: StatementKind; counts: StatusCounts }[] {
  return statementsOf(findings).map((statement) => ({
    statement,
    counts: countByStatus(
      findings.filter((f) => f.statement === statement),
      acks,
    ),
  }));
}

/**
 * Errors and warnings the last check of this workbook found that this check does not (åtgärdade):
 * matched by key, which carries the cell (useReview), so a finding that moved cells counts as gone.
 */
export function resolvedSince(before: readonly Finding[], now: readonly Finding[]): Finding[] {
  const still = new Set(now.map((f) => f.key));
  return before.filter((f) => f.severity !== "info" && !still.has(f.key));
}

/** The next (step 1) or previous (step −1) open error or warning from `from`; null when none. */
export function nextOpen(
  order: readonly Finding[],
  from: number,
  step: 1 | -1,
  acks: Acknowledgements,
): number | null {
  for (let i = from + step; i >= 0 && i < order.length; i += step) {
    const f = order[i];
    if (f.severity !== "info" && statusOf(f, acks) === "open") return i;
  }
  return null;
}
