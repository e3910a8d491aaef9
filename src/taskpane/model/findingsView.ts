/** How the pane orders, groups, filters and counts findings: pure functions, tested on their own. */
import type { Finding, Severity, StatementKind } from "../../engine/check/finding";

export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];
export const STATEMENT_ORDER: readonly StatementKind[] = [
  "RR",
  "BR",
  "KF",
  "NOT",
  "FEMAR",
  "DRIFT",
  "BALANSKRAV",
];

export interface Filter {
  readonly severity: Severity | "all";
  readonly statement: StatementKind | "all";
}

export const NO_FILTER: Filter = { severity: "all", statement: "all" };

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

const rank = (s: Severity): number => SEVERITY_ORDER.indexOf(s);
const statementRank = (s: StatementKind): number => {
  const i = STATEMENT_ORDER.indexOf(s);
  return i < 0 ? STATEMENT_ORDER.length : i;
};

export function applyFilter(findings: readonly Finding[], filter: Filter): Finding[] {
  return findings.filter(
    (f) =>
      (filter.severity === "all" || f.severity === filter.severity) &&
      (filter.statement === "all" || f.statement === filter.statement),
  );
}

/** Groups by statement (the usual report order), errors first inside each group. */
export function groupByStatement(findings: readonly Finding[]): StatementGroup[] {
  const byStatement = new Map<StatementKind, Finding[]>();
  for (const f of findings) {
    const list = byStatement.get(f.statement) ?? [];
    list.push(f);
    byStatement.set(f.statement, list);
  }
  return [...byStatement.entries()]
    .sort(([a, fa], [b, fb]) => worst(fa) - worst(fb) || statementRank(a) - statementRank(b))
    .map(([statement, list]) => {
      const sorted = [...list].sort((x, y) => rank(x.severity) - rank(y.severity));
      return {
        statement,
        findings: sorted.filter((f) => f.severity !== "info"),
        rounding: sorted.filter((f) => f.severity === "info"),
      };
    });
}

function worst(findings: readonly Finding[]): number {
  return Math.min(...findings.map((f) => rank(f.severity)));
}

export function countBySeverity(findings: readonly Finding[]): Counts {
  return {
    error: findings.filter((f) => f.severity === "error").length,
    warning: findings.filter((f) => f.severity === "warning").length,
    info: findings.filter((f) => f.severity === "info").length,
  };
}

/** Counts per statement in report order, for the summary table. */
export function summarise(findings: readonly Finding[]): { statement: StatementKind; counts: Counts }[] {
  const statements = [...new Set(findings.map((f) => f.statement))].sort(
    (a, b) => statementRank(a) - statementRank(b),
  );
  return statements.map((statement) => ({
    statement,
    counts: countBySeverity(findings.filter((f) => f.statement === statement)),
  }));
}
