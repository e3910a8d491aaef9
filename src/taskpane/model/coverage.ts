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

/**
 * One figure carried into several statements and found the same in each ("Årets resultat: RR = BR =
 * KF = balanskrav ✓ 2025, 2024"): the ties whose rule compares a line with one cell of a source
 * statement (`BR.ARETS_RESULTAT.RR`), chained by that source and what they compare.
 */
export interface CoverageChain {
  readonly label: string;
  /** The source statement first, then each statement that carries the figure. */
  readonly statements: readonly StatementKind[];
  /** Periods every link held for, latest first. */
  readonly periods: readonly string[];
  /** Links that held for fewer periods than the others, with theirs. */
  readonly partial: ReadonlyArray<{ readonly statement: StatementKind; readonly periods: readonly string[] }>;
  readonly rounded: boolean;
}

export interface Coverage {
  readonly statements: readonly CoveredStatement[];
  /** Figures the same in several statements; their ties are not repeated in `groups`. */
  readonly chains: readonly CoverageChain[];
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

const KINDS: ReadonlySet<string> = new Set(["RR", "BR", "KF", "NOT", "FEMAR", "DRIFT", "BALANSKRAV"]);

/** The statement a cross-statement tie takes its figure from (`BR.ARETS_RESULTAT.RR` → RR). */
function sourceOf(t: HeldTie): StatementKind | undefined {
  const last = t.ruleId.split(".").pop() ?? "";
  return t.cells.length === 1 && KINDS.has(last) && last !== t.statement
    ? (last as StatementKind)
    : undefined;
}

function chain(ties: readonly HeldTie[]): { chains: CoverageChain[]; rest: HeldTie[] } {
  const links = new Map<string, { source: StatementKind; ties: HeldTie[] }>();
  const rest: HeldTie[] = [];
  for (const t of ties) {
    const source = sourceOf(t);
    if (!source) {
      rest.push(t);
      continue;
    }
    const key = `${source}\u0000${t.basis}`;
    const link = links.get(key) ?? { source, ties: [] };
    link.ties.push(t);
    links.set(key, link);
  }
  const chains: CoverageChain[] = [];
  for (const { source, ties: linked } of links.values()) {
    const byStatement = new Map<StatementKind, string[]>();
    for (const t of linked) {
      const periods = byStatement.get(t.statement) ?? [];
      if (t.period !== undefined) periods.push(t.period);
      byStatement.set(t.statement, periods);
    }
    const members = [...byStatement.keys()].sort((a, b) => statementRank(a) - statementRank(b));
    const sets = members.map((m) => distinct(byStatement.get(m) ?? []).sort(latestFirst));
    const common = sets.reduce((acc, s) => acc.filter((p) => s.includes(p)));
    const first = linked.find((t) => t.statement === members[0]) ?? linked[0];
    chains.push({
      label: cleanLabel(first.label),
      statements: [source, ...members],
      periods: common,
      partial: members
        .map((statement, i) => ({ statement, periods: sets[i] }))
        .filter((m) => m.periods.length !== common.length),
      rounded: linked.some((t) => t.rounded),
    });
  }
  chains.sort((a, b) => b.statements.length - a.statements.length);
  return { chains, rest };
}

export function coverageOf(result: CheckResult): Coverage {
  const held = result.held ?? [];
  const { chains, rest } = chain(held);
  return {
    statements: [...result.statements]
      .map(coveredStatement)
      .sort((a, b) => statementRank(a.statement) - statementRank(b.statement)),
    chains,
    groups: group(rest),
    held: held.length,
  };
}
