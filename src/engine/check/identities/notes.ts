import { BASIS } from "../../../i18n/sv/check";
import { labelSimilarity } from "../labels/normaliseLabel";
import { conceptById } from "../labels/vocabulary";
import type { Amount, Identity, Line, Statement, Term } from "../model";
import type { Structure } from "../read/structure";
import { equality, noteTitleNorm, outcomeColumns, sameTimeColumn, type StatementIndex } from "./context";
import { signOf } from "./crossStatement";
import { minOf, pushAll } from "../../util/pushAll";

/**
 * A note's total equals the statement line that cites it (the "Not" column; `3,4` means notes 3
 * and 4 together; two lines citing one note are added first). Notes usually list costs as positive
 * amounts while the statement shows them negative: the convention is read from the note's own
 * items, never from its (possibly wrong) total. The note's total is the total that covers the whole
 * note, not a `Därav` sub-table or a leasing table printed after it. Where a workbook has no note
 * column, a note whose title names a statement line is paired with it.
 */

interface NoteValue {
  readonly terms: Term[];
  readonly itemsSign: number;
}

/** The line that totals the whole note: of the totals no other total covers, the one reaching highest. */
function mainTotal(note: Statement, structure: Structure | undefined): number | undefined {
  if (!structure) return undefined;
  let best: number | undefined;
  let bestFrom = Infinity;
  for (const [i, spans] of structure.spans) {
    if (structure.owner.has(i)) continue;
    const from = minOf(spans.map((s) => s.from));
    // Ties go to the later line ("Summa totalt" after the sections it adds up).
    if (from < bestFrom || (from === bestFrom && best !== undefined && i > best)) {
      best = i;
      bestFrom = from;
    }
  }
  return best;
}

/** The note's total in a column as terms: its main total, or its items when it has none. */
function noteValue(note: Statement, structure: Structure | undefined, ci: number): NoteValue | undefined {
  if (ci < 0) return undefined;
  const main = mainTotal(note, structure);
  // The items that make up the note: those above its main total (a sub-table below it is no part).
  const upTo = main ?? note.lines.length;
  const items = note.lines
    .slice(0, upTo)
    .filter((l) => l.role === "item")
    .map((l) => l.amounts.get(ci))
    .filter((a): a is Amount => !!a && !a.percent);
  const itemsSign = signOf(items);
  const total = main !== undefined ? note.lines[main].amounts.get(ci) : undefined;
  if (total && !total.percent) return { terms: [{ amount: total, weight: 1 }], itemsSign };
  if (main !== undefined || items.length === 0) return undefined;
  return { terms: items.map((a) => ({ amount: a, weight: 1 })), itemsSign };
}

/**
 * A kassaflödesanalys line is a flow; the notes it cites are often balances rolled forward
 * (ingående värde, årets investeringar, avskrivningar, bokfört värde). The flow ties to the note's
 * row of the same flow, never to its balance. Pairs: the words of the flow line, the words of
 * the note rows that hold it.
 */
const FLOWS: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/försäljning|avyttring/, /försäljning|avyttring|utrangering/],
  [/investering|inköp|förvärv|anskaffning/, /investering|inköp|förvärv|anskaffning|nyanskaffning|aktivering/],
  [/amortering/, /amortering/],
  [/nyupptagna|upptagna lån|nyupplåning|nya lån/, /nyupptagna|upptagna|nyupplåning|nya lån/],
  [/avskrivning/, /avskrivning/],
];

/** The note rows a flow line of the kassaflödesanalys ties to, or undefined when it names no flow. */
function flowRows(line: Line): RegExp | undefined {
  for (const [flow, rows] of FLOWS) if (flow.test(line.norm)) return rows;
  return undefined;
}

/** Which flow a kassaflödesanalys line names (its index in FLOWS), or -1. */
function flowIndex(line: Line): number {
  return FLOWS.findIndex(([flow]) => flow.test(line.norm));
}

/** A flow's value in a note: its rows of that flow (outside roll-forward totals), or undefined. */
function flowValue(note: Statement, rows: RegExp, ci: number): NoteValue | undefined {
  if (ci < 0) return undefined;
  const amounts = note.lines
    .filter((l) => l.role === "item" && rows.test(l.norm) && !/ingående|utgående|ackumulerad/.test(l.norm))
    .map((l) => l.amounts.get(ci))
    .filter((a): a is Amount => !!a && !a.percent);
  if (amounts.length === 0) return undefined;
  return { terms: amounts.map((a) => ({ amount: a, weight: 1 })), itemsSign: signOf(amounts) };
}

interface Citation {
  readonly st: Statement;
  readonly lines: Line[];
  readonly notes: readonly number[];
  /** Paired by title, not cited: see Identity.tentative. */
  readonly byTitle?: boolean;
}

function citations(ix: StatementIndex): Citation[] {
  const out: Citation[] = [];
  const cited = new Set<number>();
  for (const st of ix.statements) {
    if (st.kind === "NOT") continue;
    const byNotes = new Map<string, Citation>();
    for (const line of st.lines) {
      // A line citing a note the workbook does not hold cannot be tied out (3,4 without not 4).
      const notes = line.notes;
      if (notes.length === 0 || notes.some((n) => ix.noteFor(st, n, line) === undefined)) continue;
      if (line.amounts.size === 0 || line.role === "memo") continue;
      // Lines citing the same notes are added before they are compared ("Jämförelsestörande
      // intäkter" and "... kostnader" both citing not 4). Kassaflöde lines naming different flows
      // ("Nyupptagna lån" and "Amortering" both citing the loans' note) tie each to its own row.
      const flow = st.kind === "KF" ? flowIndex(line) : -1;
      const key = `${[...notes].sort((a, b) => a - b).join(",")}${flow >= 0 ? `|${flow}` : ""}`;
      const known = byNotes.get(key);
      if (known) known.lines.push(line);
      else {
        const c = { st, lines: [line], notes };
        byNotes.set(key, c);
        out.push(c);
      }
      notes.forEach((n) => cited.add(n));
    }
  }
  // Notes nobody cites: pair by title with a line of RR or BR.
  for (const [n, note] of ix.notes) {
    if ((ix.allNotes.get(n)?.length ?? 0) > 1) continue; // several reports: notes are paired by citation only
    if (cited.has(n)) continue;
    const title = noteTitleNorm(note);
    if (!title) continue;
    // Only an unmistakable pairing: "Jämförelsestörande poster" names the intäkter and the
    // kostnader line alike, and then it pairs with neither.
    const scored: Array<{ st: Statement; line: Line; s: number }> = [];
    for (const st of ix.statements) {
      if (st.kind !== "RR" && st.kind !== "BR") continue;
      for (const line of st.lines) {
        if (line.amounts.size === 0 || line.notes.length > 0) continue;
        const s = labelSimilarity(title, line.norm);
        if (s > 0.8) scored.push({ st, line, s });
      }
    }
    scored.sort((a, b) => b.s - a.s);
    const best = scored[0];
    if (best && best.s > 0.85 && (scored.length === 1 || best.s - scored[1].s >= 0.1))
      out.push({ st: best.st, lines: [best.line], notes: [n], byTitle: true });
  }
  return out;
}

export function noteIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  for (const { st, lines, notes, byTitle } of citations(ix)) {
    // Per column: the cited figures and each note's value.
    const columns: Array<{ ci: number; cited: Amount[]; values: NoteValue[] }> = [];
    for (const ci of outcomeColumns(st, "egen")) {
      const cited = lines.map((l) => l.amounts.get(ci)).filter((a): a is Amount => !!a);
      if (cited.length !== lines.length) continue;
      const values: NoteValue[] = [];
      // A kassaflödesanalys line ties to the note's row of its flow; naming none, it is not tied.
      const flow = st.kind === "KF" ? flowRows(lines[0]) : undefined;
      // A change of working capital (ökning/minskning) cites the balance's note: the change itself
      // is tied to the balance sheet's two years (KF.FORDRINGAR.BR, KF.SKULDER.BR), not to a balance.
      if (st.kind === "KF" && !flow && /ökning|minskning|förändring/.test(lines[0].norm)) continue;
      if (st.kind === "KF" && !flow && notes.some((n) => isRollForward(ix.noteFor(st, n, lines[0]))))
        continue;
      for (const n of notes) {
        const note = ix.noteFor(st, n, lines[0]) as Statement;
        const nci = sameTimeColumn(st, ci, note);
        const v = flow ? flowValue(note, flow, nci) : noteValue(note, ix.structures.get(note), nci);
        if (!v) break;
        values.push(v);
      }
      if (values.length === notes.length) columns.push({ ci, cited, values });
    }
    // Whether the note signs its items against the statement (costs positive in the note, negative
    // in the resultaträkning), read from every column at once: one figure with a wrong sign must
    // not turn the convention round and so hide itself.
    const relation = notes.map((_n, k) => {
      let same = 0;
      let opposite = 0;
      for (const c of columns) {
        const r = signOf(c.cited) * c.values[k].itemsSign;
        if (r > 0) same++;
        else if (r < 0) opposite++;
      }
      if (same !== opposite) return same > opposite ? 1 : -1;
      // Undecided (two columns that disagree): the line's nature decides.
      const natural = naturalSign(st, lines[0]);
      const items = columns.reduce((acc, c) => acc + c.values[k].itemsSign, 0);
      return natural === 0 || items === 0 ? 0 : natural * Math.sign(items);
    });
    for (const { ci, cited, values } of columns) {
      const sign = signOf(cited);
      const terms: Term[] = [];
      values.forEach((v, k) => {
        const perColumn = sign !== 0 && v.itemsSign !== 0 && sign !== v.itemsSign ? -1 : 1;
        const w = relation[k] !== 0 ? relation[k] : perColumn;
        pushAll(
          terms,
          v.terms.map((t) => ({ amount: t.amount, weight: t.weight * w })),
        );
      });
      if (terms.length === 0) continue;
      // The first line is the total; the others join the note's side with a minus.
      const [first, ...others] = cited;
      const id = equality(
        `NOT.${st.kind}.HANVISNING`,
        st.kind,
        st.columns[ci].period,
        first,
        [...terms, ...others.map((a) => ({ amount: a, weight: -1 }))],
        lines[0].label,
        BASIS.citedNotes(notes),
      );
      out.push(byTitle ? { ...id, tentative: true } : id);
    }
  }
  return out;
}

/**
 * The sign a line normally carries: assets, liabilities and cash positive in the balance sheet;
 * income positive and costs as the resultaträkning's other cost lines show them. 0 where unknown.
 */
function naturalSign(st: Statement, line: Line): number {
  const nature = line.concept ? conceptById(line.concept)?.nature : undefined;
  if (st.kind === "BR" && (nature === "asset" || nature === "liability" || nature === "cash")) return 1;
  if (st.kind !== "RR") return 0;
  if (nature === "income") return 1;
  if (nature !== "cost") return 0;
  let balance = 0;
  for (const l of st.lines) {
    if (l.role !== "item" || !l.concept || conceptById(l.concept)?.nature !== "cost") continue;
    for (const a of l.amounts.values()) balance += a.value.isNegative() ? -1 : a.value.isZero() ? 0 : 1;
  }
  return Math.sign(balance);
}

/** A note that rolls a balance forward (ingående … utgående, bokfört värde). */
function isRollForward(note: Statement | undefined): boolean {
  return note?.lines.some((l) => /^(ingående|utgående)|bokfört värde|restvärde/.test(l.norm)) ?? false;
}
