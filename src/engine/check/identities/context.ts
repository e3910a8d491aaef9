import { labelSimilarity, normaliseLabel } from "../labels/normaliseLabel";
import type { StatementKind } from "../finding";
import type { Structure } from "../read/structure";
import type { Amount, ColumnKind, Identity, Line, PeriodColumn, PeriodRole, Statement, Term } from "../model";

/** Lookups over the recognised statements that the identity rules share. */
export class StatementIndex {
  readonly byKind = new Map<StatementKind, Statement[]>();
  readonly notes = new Map<number, Statement>();
  /** Every note by number, in workbook order (a workbook may hold more than one report). */
  readonly allNotes = new Map<number, Statement[]>();

  /** Which lines each total covers, per statement, as footing read it. */
  readonly structures = new Map<Statement, Structure>();

  constructor(readonly statements: readonly Statement[]) {
    for (const st of statements) {
      const list = this.byKind.get(st.kind) ?? [];
      list.push(st);
      this.byKind.set(st.kind, list);
      if (st.kind === "NOT" && st.note !== undefined) {
        if (!this.notes.has(st.note)) this.notes.set(st.note, st);
        const all = this.allNotes.get(st.note) ?? [];
        all.push(st);
        this.allNotes.set(st.note, all);
      }
    }
  }

  /**
   * Note `n` as `st` cites it: the note of that number nearest after the statement on its own
   * sheet, else on the same sheet, else the first in the workbook.
   */
  noteFor(st: Statement, n: number, line?: Line): Statement | undefined {
    const all = this.allNotes.get(n);
    if (!all || all.length === 1) return all?.[0];
    // Several notes of one number (a kassaflödesanalys's own "Not 1 Spec av ..." beside the report's
    // Not 1; many reports in one workbook): the nearest after the statement on its sheet, the
    // nearest before it, and the first that stands under no other statement are the contenders.
    const sameSheet = this.notesOnSheet(n, st.sheet);
    // The first note starting below the statement (sorted by first row: a binary search, so a
    // workbook of many reports costs no more per citation).
    let lo = 0;
    let hi = sameSheet.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sameSheet[mid].firstRow > st.lastRow) hi = mid;
      else lo = mid + 1;
    }
    const following = sameSheet.slice(lo, lo + NEAREST_NOTES);
    const after = following[0];
    const before: Statement | undefined = lo > 0 ? sameSheet[lo - 1] : undefined;
    const general = this.generalNote(n, all);
    const contenders = [...new Set([...following, before, general].filter((x): x is Statement => !!x))];
    // Among them, the one whose title names the citing line, where one clearly does.
    if (line && contenders.length > 1) {
      const scored = contenders
        .map((x) => ({ x, s: labelSimilarity(this.titleOf(x), line.norm) }))
        .sort((a, b) => b.s - a.s);
      if (scored[0].s >= 0.6 && scored[0].s - scored[1].s >= 0.15) return scored[0].x;
    }
    return after ?? sameSheet[0] ?? general ?? all[0];
  }

  private readonly bySheet = new Map<string, Statement[]>();
  /** Notes of a number on a sheet, by first row. */
  private notesOnSheet(n: number, sheet: string): Statement[] {
    const key = `${n}\u0000${sheet}`;
    let list = this.bySheet.get(key);
    if (!list) {
      list = (this.allNotes.get(n) ?? [])
        .filter((x) => x.sheet === sheet)
        .sort((a, b) => a.firstRow - b.firstRow);
      this.bySheet.set(key, list);
    }
    return list;
  }

  private readonly general = new Map<number, Statement | null>();
  /** The first note of a number that stands under no other statement (the report's notes section). */
  private generalNote(n: number, all: readonly Statement[]): Statement | undefined {
    let g = this.general.get(n);
    if (g === undefined) {
      g = all.find((x) => !this.underStatement(x)) ?? null;
      this.general.set(n, g);
    }
    return g ?? undefined;
  }

  private readonly titles = new Map<Statement, string>();
  private titleOf(note: Statement): string {
    let t = this.titles.get(note);
    if (t === undefined) {
      t = noteTitleNorm(note);
      this.titles.set(note, t);
    }
    return t;
  }

  private readonly under = new Map<Statement, boolean>();
  /** Whether a note sits on a sheet with a statement above it that is not a note (its own note). */
  private underStatement(note: Statement): boolean {
    let u = this.under.get(note);
    if (u === undefined) {
      u = this.statements.some(
        (o) => o.kind !== "NOT" && o.sheet === note.sheet && o.firstRow < note.firstRow,
      );
      this.under.set(note, u);
    }
    return u;
  }

  /** Statements of a kind, the body's own before those that report only on the koncern. */
  private ownFirst(kind: StatementKind): Statement[] {
    const all = this.byKind.get(kind) ?? [];
    const own = (st: Statement): boolean => st.columns.some((c) => bodyOf(c) === "egen");
    return [...all.filter(own), ...all.filter((st) => !own(st))];
  }

  /** The first line with `concept` in a statement of `kind`. */
  find(kind: StatementKind, concept: string): { st: Statement; line: Line } | undefined {
    let fallback: { st: Statement; line: Line } | undefined;
    let dated: { st: Statement; line: Line } | undefined;
    // The body's own statements first: a koncern's statement on its own sheet ties to the koncern.
    for (const st of this.ownFirst(kind)) {
      // A heading that happens to share the label ("Eget kapital" over the equity lines) is no line.
      const line = st.lines.find((l) => l.concept === concept && l.role !== "heading");
      if (line) {
        // Where a workbook also keeps an older report, the statement headed with the report year wins.
        if (namesReportYear(st)) return { st, line };
        dated ??= { st, line };
        continue;
      }
      fallback ??= ((l) => (l ? { st, line: l } : undefined))(st.lines.find((l) => l.concept === concept));
    }
    return dated ?? fallback;
  }

  /** All lines with one of `concepts` in the first statement of `kind` that has any. */
  findAll(kind: StatementKind, concepts: readonly string[]): { st: Statement; lines: Line[] } | undefined {
    for (const st of this.ownFirst(kind)) {
      const lines = st.lines.filter(
        (l) => l.concept !== undefined && concepts.includes(l.concept) && l.role !== "heading",
      );
      if (lines.length > 0) return { st, lines };
    }
    return undefined;
  }
}

/** How many same-numbered notes after a statement contend to be the one it cites (one report's own and its notes section). */
const NEAREST_NOTES = 3;

/** A note's title without its number, normalised ("Not 1. Verksamhetens intäkter" → "verksamhetens intäkter"). */
export function noteTitleNorm(note: Statement): string {
  return normaliseLabel(note.title.replace(/^\s*not(?:\s*nr\.?)?\s*\d+\s*[.:]?/i, ""));
}

/** Whether the statement belongs to this year's report (not an older one kept beside it). */
function namesReportYear(st: Statement): boolean {
  return !st.older;
}

/**
 * Whom a column reports on, as far as ties between statements go: the group ("koncern") or the
 * reporting body itself ("egen": kommunen, regionen, förbundet, or a column that names no body).
 * Koncern ties to koncern, the body to itself; the notes are the body's own.
 */
export type Body = "egen" | "koncern";

export function bodyOf(c: PeriodColumn): Body {
  return c.entity === "koncern" ? "koncern" : "egen";
}

export function columnIndex(
  st: Statement,
  role: PeriodRole,
  kinds: readonly ColumnKind[] = ["utfall"],
  body: Body = "egen",
): number {
  return st.columns.findIndex((c) => c.role === role && kinds.includes(c.kind) && bodyOf(c) === body);
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
  return st.columns.find((c) => c.role === role && c.kind === "utfall" && bodyOf(c) === "egen")?.period;
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
  return {
    ruleId,
    statement,
    period,
    total,
    terms,
    totalLabel,
    description,
    totalWeight: extra.totalWeight ?? 1,
    derived: extra.derived,
  };
}

/**
 * The column of `st` covering the same time as column `ci` of `ref`: the same end date where both
 * headers name one (a delårsrapport's BR at 2024-12-31 pairs with the RR's "Bokslut 2024", not
 * with its interim 2024 column), else the same role.
 */
export function sameTimeColumn(ref: Statement, ci: number, st: Statement): number {
  const c = ref.columns[ci];
  // Columns of different years never pair (an older report kept beside this year's has its own).
  const candidates = st.columns
    .map((o, i) => ({ o, i }))
    .filter(({ o }) => o.kind === "utfall" || o.kind === "bokslut")
    .filter(({ o }) => bodyOf(o) === bodyOf(c))
    .filter(({ o }) => !o.period || !c.period || o.period === c.period);
  if (c.end) {
    const exact = candidates.find(({ o }) => o.end === c.end);
    if (exact) return exact.i;
    if (candidates.some(({ o }) => o.end !== undefined && o.role === c.role)) return -1;
  }
  const byRole = candidates.find(
    ({ o }) => o.role === c.role && o.kind === c.kind && (!o.end || !c.end || o.end === c.end),
  );
  return byRole ? byRole.i : -1;
}

/** Outcome and full-year columns of a statement: the periods other statements tie to. */
export function outcomeColumns(st: Statement, body?: Body): number[] {
  return st.columns
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        (c.kind === "utfall" || c.kind === "bokslut") &&
        (c.role === "current" || c.role === "prior") &&
        (body === undefined || bodyOf(c) === body),
    )
    .map(({ i }) => i);
}
