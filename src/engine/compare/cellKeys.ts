import type { StatementKind } from "../check/finding";
import { bodyOf } from "../check/identities/context";
import { CONCEPTS, type Nature } from "../check/labels/vocabulary";
import type { Amount, Line, PeriodColumn, Statement } from "../check/model";

/**
 * Every figure of one side (the workbook, or the published report) under a key that names it the
 * same way on both sides: statement kind (and note number), line, column kind, period and body
 * (the förbund itself or the koncern). A line is named by its concept where the vocabulary knows
 * it, else by its normalised label; rows are never compared by position, which differs between a
 * workbook and a Word document.
 */

/** One figure's place: the amount where the cell holds one, undefined where it is blank. */
export interface KeyedCell {
  readonly st: Statement;
  readonly line: Line;
  /** Column index into `st.columns`. */
  readonly ci: number;
  readonly amount?: Amount;
  /** The cell holds text or an Excel error value instead of a figure: nothing to compare. */
  readonly unreadable: boolean;
  /** What the line's concept counts, where the vocabulary knows the line. */
  readonly nature?: Nature;
  /** Compared as written: the two sides' units differ only by their captions (writtenAlike.ts). */
  readonly asWritten?: boolean;
}

/**
 * Whether a pair of figures are percentages or counts rather than money: compared as written, never
 * scaled by the statement's unit (2,9 anställda in a report in tkr are not 2 900 kr). A row for
 * soliditet that holds amounts (Kalmar 2024) is money like any other.
 */
export function isPlain(a: KeyedCell, b: KeyedCell): boolean {
  if (a.asWritten || b.asWritten) return true;
  if (a.amount?.percent || b.amount?.percent) return true;
  const nature = a.nature ?? b.nature;
  if (nature === "count") return true;
  const small = (c: KeyedCell): boolean => !c.amount || c.amount.value.abs().lte(100);
  return nature === "percent" && small(a) && small(b);
}

/** A statement's group on both sides: the kind, and for notes the note number ("NOT|3"). */
export function groupKey(st: Statement): string {
  return `${st.kind}|${st.note ?? ""}`;
}

export function groupOf(key: string): { statement: StatementKind; note?: number } {
  const [kind, note] = key.split("|");
  return { statement: kind as StatementKind, note: note === "" ? undefined : Number(note) };
}

const NATURE = new Map<string, Nature>(CONCEPTS.map((c) => [c.id, c.nature]));

const BARE_TOTAL = /^(summa|totalt|total)( (summa|totalt|total))?$/;

/** The line's name within its statement: its concept, else its words; undefined for an unlabelled row. */
export function lineName(line: Line): string | undefined {
  if (line.concept) return `c:${line.concept}`;
  if (!line.norm) return undefined;
  // A bare total is "Summa", "Totalt" or "Summa totalt" alike. The key's separators never occur in a name.
  const norm = BARE_TOTAL.test(line.norm) ? "summa" : line.norm.replace(/[|#]/g, " ");
  return `l:${norm}`;
}

export function columnKey(c: PeriodColumn): string | undefined {
  return c.period === undefined ? undefined : `${c.kind}|${c.period}|${bodyOf(c)}`;
}

export function hasFigures(line: Line): boolean {
  return line.amounts.size > 0;
}

/** A statement's lines with figures, by name, in order. */
function namedLines(st: Statement): Map<string, Line[]> {
  const named = new Map<string, Line[]>();
  for (const line of st.lines) {
    const name = lineName(line);
    // A line with no figure at all (a heading, or a line the report left empty) has nothing to
    // compare: where the other side has figures, it is named among the lines only one side has.
    if (name !== undefined && hasFigures(line)) named.set(name, [...(named.get(name) ?? []), line]);
  }
  // "Summa omsättningstillgångar" is the section's figure; a layout with totals on the heading
  // writes it on "Omsättningstillgångar". Where the section's name carries no figure of its own,
  // its total goes by that name, so both layouts pair.
  const out = new Map<string, Line[]>();
  for (const [name, lines] of named) {
    const base = sectionOf(name);
    const key = base !== undefined && !named.has(base) ? base : name;
    out.set(key, [...(out.get(key) ?? []), ...lines]);
  }
  return out;
}

/** The section a total's name sums: "c:BR.SUMMA_OMS" → "c:BR.OMS", "l:summa fordringar" → "l:fordringar". */
function sectionOf(name: string): string | undefined {
  const concept = /^c:(\w+)\.SUMMA_(\w+)$/.exec(name);
  if (concept) return `c:${concept[1]}.${concept[2]}`;
  const label = /^l:(?:summa|totalt|total) (.+)$/.exec(name);
  return label ? `l:${label[1]}` : undefined;
}

export interface SideIndex {
  /** Figures by key; a key several cells of one side claim with different figures is left out. */
  readonly cells: ReadonlyMap<string, KeyedCell>;
  /** Per group, the line names and how often each occurs with figures (a repeated "Summa" is counted). */
  readonly names: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Per group, the lines of each name (for naming lines only one side has). */
  readonly lines: ReadonlyMap<string, ReadonlyMap<string, readonly { st: Statement; line: Line }[]>>;
}

/**
 * Keys one side's statements. A name repeated within a statement (two "Summa" rows in a note) is
 * told apart by its order ("#1", "#2"); such names are compared only where both sides repeat them
 * equally often (see `comparableName`).
 */
export function indexSide(
  statements: readonly Statement[],
  groupOfStatement: (st: Statement) => string = groupKey,
): SideIndex {
  const cells = new Map<string, KeyedCell>();
  const clashing = new Set<string>();
  const names = new Map<string, Map<string, number>>();
  const lines = new Map<string, Map<string, { st: Statement; line: Line }[]>>();
  for (const st of statements) {
    const group = groupOfStatement(st);
    const counts = names.get(group) ?? new Map<string, number>();
    names.set(group, counts);
    const byName = lines.get(group) ?? new Map<string, { st: Statement; line: Line }[]>();
    lines.set(group, byName);
    for (const [name, named] of namedLines(st)) {
      // How often each name occurs: the most in any one statement of the group.
      counts.set(name, Math.max(counts.get(name) ?? 0, named.length));
      byName.set(name, [...(byName.get(name) ?? []), ...named.map((line) => ({ st, line }))]);
      named.forEach((line, i) => {
        const nature = line.concept !== undefined ? NATURE.get(line.concept) : undefined;
        st.columns.forEach((col, ci) => {
          const ck = columnKey(col);
          if (ck === undefined) return;
          const key = `${group}|${name}#${i + 1}|${ck}`;
          const amount = line.amounts.get(ci);
          const unreadable = amount === undefined && (line.texts.has(ci) || (line.errors?.has(ci) ?? false));
          const cell: KeyedCell = { st, line, ci, amount, unreadable, nature };
          const before = cells.get(key);
          // A blank cell yields to a figure under the same key.
          if (!before || (!before.amount && amount)) cells.set(key, cell);
          else if (amount && !sameFigure(before, cell)) clashing.add(key);
        });
      });
    }
  }
  for (const key of clashing) cells.delete(key);
  return { cells, names, lines };
}

/** Two cells of one side under one key (this year's and last year's report both show 2024) agree. */
function sameFigure(a: KeyedCell, b: KeyedCell): boolean {
  if (!a.amount || !b.amount) return !a.amount && !b.amount;
  return a.amount.value.times(a.amount.unitFactor).equals(b.amount.value.times(b.amount.unitFactor));
}

/** The parts of a cell key: its group, the line's name (without its order) and its order. */
export function splitKey(key: string): { group: string; name: string; order: number } {
  const [kind, note, rest] = key.split("|");
  const hash = rest.lastIndexOf("#");
  return { group: `${kind}|${note}`, name: rest.slice(0, hash), order: Number(rest.slice(hash + 1)) };
}

/** Whether a name can be compared: it occurs equally often on both sides (once, mostly). */
export function comparableName(group: string, name: string, a: SideIndex, b: SideIndex): boolean {
  const na = a.names.get(group)?.get(name);
  const nb = b.names.get(group)?.get(name);
  return na !== undefined && na === nb;
}

/** A figure of the report and the workbook's figure under the same key. */
export interface CellPair {
  readonly group: string;
  readonly r: KeyedCell;
  readonly w: KeyedCell;
}

/**
 * The report's figures paired with the workbook's by key: names both sides use equally often, cells
 * that hold a figure (or a blank) on both sides, at least one of them a figure.
 */
export function matchCells(wb: SideIndex, rp: SideIndex): CellPair[] {
  const pairs: CellPair[] = [];
  for (const [key, r] of rp.cells) {
    const w = wb.cells.get(key);
    if (!w) continue;
    const { group, name } = splitKey(key);
    if (!comparableName(group, name, wb, rp)) continue;
    if (r.unreadable || w.unreadable || (!r.amount && !w.amount)) continue;
    pairs.push({ group, r, w });
  }
  return pairs;
}

/** A figure of a line as a keyed cell (for a line paired by its figures, not by its name). */
export function keyedCell(st: Statement, line: Line, ci: number): KeyedCell {
  const amount = line.amounts.get(ci);
  const nature = line.concept !== undefined ? NATURE.get(line.concept) : undefined;
  return { st, line, ci, amount, unreadable: false, nature };
}
