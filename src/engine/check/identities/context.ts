import type { StatementKind } from "../finding";
import type { Amount, ColumnKind, Identity, Line, PeriodRole, Statement, Term } from "../model";

/** Lookups over the recognised statements that the identity rules share. */
export class StatementIndex {
  readonly byKind = new Map<StatementKind, Statement[]>();
  readonly notes = new Map<number, Statement>();

  constructor(readonly statements: readonly Statement[]) {
    for (const st of statements) {
      const list = this.byKind.get(st.kind) ?? [];
      list.push(st);
      this.byKind.set(st.kind, list);
      if (st.kind === "NOT" && st.note !== undefined && !this.notes.has(st.note)) this.notes.set(st.note, st);
    }
  }

  /** The first line with `concept` in a statement of `kind`. */
  find(kind: StatementKind, concept: string): { st: Statement; line: Line } | undefined {
    for (const st of this.byKind.get(kind) ?? []) {
      const line = st.lines.find((l) => l.concept === concept);
      if (line) return { st, line };
    }
    return undefined;
  }

  /** All lines with one of `concepts` in the first statement of `kind` that has any. */
  findAll(kind: StatementKind, concepts: readonly string[]): { st: Statement; lines: Line[] } | undefined {
    for (const st of this.byKind.get(kind) ?? []) {
      const lines = st.lines.filter((l) => l.concept !== undefined && concepts.includes(l.concept) && l.role !== "heading");
      if (lines.length > 0) return { st, lines };
    }
    return undefined;
  }
}

export function columnIndex(st: Statement, role: PeriodRole, kinds: readonly ColumnKind[] = ["utfall"]): number {
  return st.columns.findIndex((c) => c.role === role && kinds.includes(c.kind));
}

export function amountAt(
  st: Statement,
  line: Line,
  role: PeriodRole,
  kinds: readonly ColumnKind[] = ["utfall"],
): Amount | undefined {
  const ci = columnIndex(st, role, kinds);
  return ci < 0 ? undefined : line.amounts.get(ci);
}

export function periodOf(st: Statement, role: PeriodRole): string | undefined {
  return st.columns.find((c) => c.role === role && c.kind === "utfall")?.period;
}

export function equality(
  ruleId: string,
  statement: StatementKind,
  period: string | undefined,
  total: Amount,
  terms: readonly Term[],
  totalLabel: string,
  description: string,
  extra: Partial<Pick<Identity, "totalWeight" | "derived">> = {},
): Identity {
  return { ruleId, statement, period, total, terms, totalLabel, description, totalWeight: extra.totalWeight ?? 1, derived: extra.derived };
}
