/**
 * What a check covered, for the pane and the working paper: the statements it recognised and every
 * tie that held, grouped like the findings (statement in report order, then the line), one entry
 * per line and comparison with its periods together ("Årets resultat: summan av raderna ✓ 2025,
 * 2024"). A working paper shows coverage, not only exceptions.
 */
import type { CheckResult, HeldTie, RecognisedStatement, StatementKind } from "../../engine/check/finding";
import { statementRank } from "./findingsView";

export interface CoveredStatement {
  readonly statement: StatementKind;
  readonly sheet: string;
  readonly range: string;
  readonly title: string;
  /** Distinct periods, as the columns name them. */
  readonly periods: readonly string[];
  /** Whom the columns report on ("kommun", "koncern"), where a header says so. */
  readonly entities: readonly string[];
}

export interface CoveredTie {
  /** The total's line, without the sign a statement writes before it ("= Balanskravsresultat"). */
  readonly label: string;
  /** What it was compared with, in Swedish (from the engine). */
  readonly basis: string;
  /** Periods it held for, latest first. */
  readonly periods: readonly string[];
  /** Held in some period only within rounding. */
  readonly rounded: boolean;
}

export interface CoverageGroup {
  readonly statement: StatementKind;
  readonly ties: readonly CoveredTie[];
}

export interface Coverage {
  readonly statements: readonly CoveredStatement[];
  readonly groups: readonly CoverageGroup[];
  /** Ties that held, counted per period. */
  readonly held: number;
}

const distinct = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
const latestFirst = (a: string, b: string): number => b.localeCompare(a, "sv", { numeric: true });
const cleanLabel = (label: string): string => label.replace(/^[=+\-\u2212\s]+/, "").trim() || label;

function coveredStatement(s: RecognisedStatement): CoveredStatement {
  return {
    statement: s.statement,
    sheet: s.sheet,
    range: s.range,
    title: s.title,
    periods: distinct(s.periods),
    entities: s.entities ?? [],
  };
}

function group(ties: readonly HeldTie[]): CoverageGroup[] {
  const byStatement = new Map<
    StatementKind,
    Map<string, { tie: HeldTie; periods: string[]; rounded: boolean }>
  >();
  for (const t of ties) {
    const lines = byStatement.get(t.statement) ?? new Map();
    byStatement.set(t.statement, lines);
    const key = `${cleanLabel(t.label)}\u0000${t.basis}`;
    const line = lines.get(key) ?? { tie: t, periods: [], rounded: false };
    if (t.period !== undefined) line.periods.push(t.period);
    line.rounded ||= t.rounded;
    lines.set(key, line);
  }
  return [...byStatement.entries()]
    .sort(([a], [b]) => statementRank(a) - statementRank(b))
    .map(([statement, lines]) => ({
      statement,
      ties: [...lines.values()].map(({ tie, periods, rounded }) => ({
        label: cleanLabel(tie.label),
        basis: tie.basis,
        periods: distinct(periods).sort(latestFirst),
        rounded,
      })),
    }));
}

export function coverageOf(result: CheckResult): Coverage {
  const held = result.held ?? [];
  return {
    statements: [...result.statements]
      .map(coveredStatement)
      .sort((a, b) => statementRank(a.statement) - statementRank(b.statement)),
    groups: group(held),
    held: held.length,
  };
}
