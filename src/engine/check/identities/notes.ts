import { labelSimilarity, normaliseLabel } from "../labels/normaliseLabel";
import type { Amount, Identity, Line, Statement, Term } from "../model";
import { equality, outcomeColumns, sameTimeColumn, type StatementIndex } from "./context";
import { signOf } from "./crossStatement";

/**
 * A note's total equals the statement line that cites it (the "Not" column; `3,4` means notes 3
 * and 4 together). Notes usually list costs as positive amounts while the statement shows them
 * negative: the convention is read from the note's own items, never from its (possibly wrong) total.
 * Where a workbook has no note column, a note whose title names a statement line is paired with it.
 */

interface NoteValue {
  readonly terms: Term[];
  readonly itemsSign: number;
}

/** The note's total in a column as terms: its last total line, or its items when it has none. */
function noteValue(note: Statement, ci: number): NoteValue | undefined {
  if (ci < 0) return undefined;
  const items = note.lines
    .filter((l) => l.role === "item")
    .map((l) => l.amounts.get(ci))
    .filter((a): a is Amount => !!a && !a.percent);
  const itemsSign = signOf(items);
  const totals = note.lines.filter((l) => l.role === "total" && l.amounts.has(ci));
  const last = totals[totals.length - 1];
  if (last) return { terms: [{ amount: last.amounts.get(ci) as Amount, weight: 1 }], itemsSign };
  if (items.length === 0) return undefined;
  return { terms: items.map((a) => ({ amount: a, weight: 1 })), itemsSign };
}

function citations(ix: StatementIndex): Array<{ st: Statement; line: Line; notes: number[] }> {
  const out: Array<{ st: Statement; line: Line; notes: number[] }> = [];
  const cited = new Set<number>();
  for (const st of ix.statements) {
    if (st.kind === "NOT") continue;
    for (const line of st.lines) {
      const notes = line.notes.filter((n) => ix.noteFor(st, n) !== undefined);
      if (notes.length > 0 && line.amounts.size > 0) {
        out.push({ st, line, notes });
        notes.forEach((n) => cited.add(n));
      }
    }
  }
  // Notes nobody cites: pair by title with a line of RR or BR.
  for (const [n, note] of ix.notes) {
    if ((ix.allNotes.get(n)?.length ?? 0) > 1) continue; // several reports: notes are paired by citation only
    if (cited.has(n)) continue;
    const title = normaliseLabel(note.title.replace(/^\s*not\s*\d+\s*[.:]?/i, ""));
    if (!title) continue;
    let best: { st: Statement; line: Line } | undefined;
    let bestS = 0.85;
    for (const st of ix.statements) {
      if (st.kind !== "RR" && st.kind !== "BR") continue;
      for (const line of st.lines) {
        if (line.amounts.size === 0 || line.notes.length > 0) continue;
        const s = labelSimilarity(title, line.norm);
        if (s > bestS) [best, bestS] = [{ st, line }, s];
      }
    }
    if (best) out.push({ ...best, notes: [n] });
  }
  return out;
}

export function noteIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  for (const { st, line, notes } of citations(ix)) {
    for (const ci of outcomeColumns(st)) {
      const a = line.amounts.get(ci);
      if (!a) continue;
      const lineSign = a.value.isZero() ? 0 : a.value.isNegative() ? -1 : 1;
      const terms: Term[] = [];
      let complete = true;
      for (const n of notes) {
        const note = ix.noteFor(st, n) as Statement;
        const v = noteValue(note, sameTimeColumn(st, ci, note));
        if (!v) {
          complete = false;
          break;
        }
        const w = lineSign !== 0 && v.itemsSign !== 0 && lineSign !== v.itemsSign ? -1 : 1;
        terms.push(...v.terms.map((t) => ({ amount: t.amount, weight: t.weight * w })));
      }
      if (!complete || terms.length === 0) continue;
      out.push(
        equality(
          `NOT.${st.kind}.HANVISNING`,
          st.kind,
          st.columns[ci].period,
          a,
          terms,
          line.label,
          `Not ${notes.join(" och ")}`,
        ),
      );
    }
  }
  return out;
}
