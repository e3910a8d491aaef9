import Decimal from "decimal.js";
import { amountKronor, type Amount, type Identity } from "../model";
import { diagnose, plausibleValues, rankOf, type DiagnoseContext, type Diagnosis } from "./diagnose";
import { mostDigitsInCommon, mostRecognisable, mostStable } from "./tieBreak";
import { difference, tolerance, within } from "./tolerance";

/**
 * Blame: when identities break, find the one value whose correction mends the most of them and
 * breaks none, blame that cell, apply the correction, and start over. The identities a correction
 * mends are one finding (its `related` cells), not many: they are consequences of one root cause.
 * Cells the report computes from others (an avvikelse column) follow a correction instead of
 * counting as broken.
 */

export interface Fix {
  readonly cell: Amount;
  readonly actualKronor: Decimal;
  readonly expectedKronor: Decimal;
  readonly resolved: readonly Identity[];
  /** Derived cells that follow the corrected value (copies, avvikelse). */
  readonly followers: readonly Amount[];
  readonly diagnosis: Diagnosis;
  /** Several parts of this identity could each be wrong: the finding belongs to its total. */
  readonly ambiguousIn?: Identity;
}

export interface BlameResult {
  readonly fixes: readonly Fix[];
  /** Identities that no single correction explains. */
  readonly unexplained: readonly Identity[];
  /** Identities that hold only within the rounding tolerance (after corrections). */
  readonly rounded: readonly Identity[];
  /** Value of a cell in kronor after corrections. */
  value(a: Amount): Decimal;
}

interface Candidate {
  readonly cell: Amount;
  readonly value: Decimal;
  readonly changes: Map<Amount, Decimal>;
  readonly resolved: Identity[];
  readonly score: number;
  readonly from: Identity;
  /** Identities whose state this candidate's score depends on. */
  readonly touched: ReadonlySet<Identity>;
  diagnosis?: Diagnosis;
}

export function blame(
  identities: readonly Identity[],
  ctxFor: (
    value: (a: Amount) => Decimal,
    broken: (a: Amount) => boolean,
    linked: (a: Amount, b: Amount) => boolean,
  ) => DiagnoseContext,
): BlameResult {
  const overrides = new Map<Amount, Decimal>();
  const value = (a: Amount): Decimal => overrides.get(a) ?? amountKronor(a);
  const byCell = new Map<Amount, Identity[]>();
  for (const id of identities) {
    for (const a of [id.total, ...id.terms.map((t) => t.amount)]) {
      const list = byCell.get(a);
      if (list) {
        if (list[list.length - 1] !== id) list.push(id);
      } else byCell.set(a, [id]);
    }
  }
  const tol = new Map<Identity, number>(
    identities.map((id) => [id, tolerance(id.total, id.totalWeight, id.terms)]),
  );
  const holds = (id: Identity, v: (a: Amount) => Decimal = value): boolean =>
    within(difference(id.total, id.totalWeight, id.terms, v), tol.get(id) as number);

  // Each identity's difference under the corrections so far; a trial correction only adds the
  // change of the cells it touches (a note of twenty lines is not summed again per candidate).
  const current = new Map<Identity, Decimal>(
    identities.map((id) => [id, difference(id.total, id.totalWeight, id.terms, value)]),
  );
  const coefficients = new Map<Identity, Map<Amount, number>>();
  const coefficient = (id: Identity, a: Amount): number => {
    let m = coefficients.get(id);
    if (!m) {
      m = new Map<Amount, number>([[id.total, id.totalWeight]]);
      for (const t of id.terms) m.set(t.amount, (m.get(t.amount) ?? 0) - t.weight);
      coefficients.set(id, m);
    }
    return m.get(a) ?? 0;
  };
  const trialDiff = (id: Identity, changes: ReadonlyMap<Amount, Decimal>): Decimal => {
    let d = current.get(id) as Decimal;
    for (const [a, nv] of changes) {
      const k = coefficient(id, a);
      if (k !== 0) d = d.plus(nv.minus(value(a)).times(k));
    }
    return d;
  };
  const holdsWith = (id: Identity, changes: ReadonlyMap<Amount, Decimal>): boolean =>
    within(trialDiff(id, changes), tol.get(id) as number);

  const violated = new Set<Identity>(
    identities.filter((id) => !within(current.get(id) as Decimal, tol.get(id) as number)),
  );
  const fixes: Fix[] = [];
  const ctx = ctxFor(
    value,
    (a) => (byCell.get(a) ?? []).some((id) => violated.has(id)),
    (a, b) => (byCell.get(a) ?? []).some((id) => id.total === b || id.terms.some((t) => t.amount === b)),
  );

  // Errors in unrelated parts of a workbook are independent: solve each connected group of
  // identities on its own, so the work grows with the size of a group, not of the workbook.
  for (const group of components(identities, byCell)) {
    const open = new Set<Identity>(group.filter((id) => violated.has(id)));
    if (open.size > 0) solveGroup(open, group.length);
  }

  // `current` is kept up to date for every identity a correction touched.
  const rounded = identities.filter((id) => !violated.has(id) && !(current.get(id) as Decimal).isZero());
  return { fixes, unexplained: [...violated], rounded, value };

  function solveGroup(open: Set<Identity>, size: number): void {
    // Candidates per open identity, kept until a correction touches what they depend on.
    const cache = new Map<Identity, Candidate[]>();
    // Which cached lists depend on an identity's state, so a correction drops only those.
    const dependents = new Map<Identity, Set<Identity>>();
    const remember = (id: Identity, list: Candidate[]): void => {
      cache.set(id, list);
      for (const c of list) {
        for (const t of c.touched) {
          const d = dependents.get(t);
          if (d) d.add(id);
          else dependents.set(t, new Set([id]));
        }
      }
    };
    for (let guard = 0; open.size > 0 && guard < size + 5; guard++) {
      let top = 0;
      const all: Candidate[] = [];
      for (const id of open) {
        let list = cache.get(id);
        if (!list) {
          list = candidatesOf(id);
          remember(id, list);
        }
        for (const cand of list) {
          if (cand.score < 1 || cand.score < top) continue;
          top = cand.score;
          all.push(cand);
        }
      }
      const best = pick(all.filter((c) => c.score === top));
      if (!best) break;
      const actual = value(best.cand.cell);
      for (const [a, v] of best.cand.changes) overrides.set(a, v);
      const affected = new Set<Identity>();
      for (const a of best.cand.changes.keys()) {
        for (const id of byCell.get(a) ?? []) {
          affected.add(id);
          current.set(id, difference(id.total, id.totalWeight, id.terms, value));
          if (holds(id)) {
            violated.delete(id);
            open.delete(id);
          } else {
            violated.add(id);
            open.add(id);
          }
        }
      }
      for (const id of affected) {
        cache.delete(id);
        for (const d of dependents.get(id) ?? []) cache.delete(d);
        dependents.delete(id);
      }
      fixes.push({
        cell: best.cand.cell,
        actualKronor: actual,
        expectedKronor: best.diagnosis.expectedKronor ?? best.cand.value,
        resolved: best.cand.resolved,
        followers: [...best.cand.changes.keys()].filter((a) => a !== best.cand.cell),
        diagnosis: best.diagnosis,
        ambiguousIn: best.ambiguous ? best.cand.from : undefined,
      });
    }
  }

  /** Every single-cell correction that would make `id` hold, scored. */
  function candidatesOf(id: Identity): Candidate[] {
    const diff = current.get(id) as Decimal;
    const out: Candidate[] = [];
    const slack = tol.get(id) as number;
    const add = (cell: Amount, v: Decimal): void => {
      // The recognisable value nearest the exact correction, where one lies within the rounding.
      let best: Candidate | undefined;
      for (const value of slack > 0 ? plausibleValues(cell, v, slack) : [v]) {
        const cand = score(cell, value, id);
        if (cand && (!best || cand.score > best.score)) best = cand;
      }
      if (best) out.push(best);
    };
    add(id.total, value(id.total).minus(diff.dividedBy(id.totalWeight)));
    for (const t of id.terms)
      if (t.weight !== 0) add(t.amount, value(t.amount).plus(diff.dividedBy(t.weight)));
    return out;
  }

  /**
   * Among equally good corrections the more recognisable cause wins, then the total. When several
   * parts of one sum could each be the culprit and nothing tells them apart, the sum is blamed
   * (`ambiguous`): saying which part would be a guess.
   */
  function pick(top: Candidate[]): { cand: Candidate; diagnosis: Diagnosis; ambiguous: boolean } | undefined {
    if (top.length === 0) return undefined;
    const diagnosisOf = (c: Candidate): Diagnosis =>
      (c.diagnosis ??= diagnose(
        c.cell,
        c.value,
        c.resolved,
        ctx,
        Math.max(0, ...c.resolved.map((id) => tol.get(id) as number)),
      ));
    if (top.length === 1) return { cand: top[0], diagnosis: diagnosisOf(top[0]), ambiguous: false };
    const scored = top.map((cand) => ({
      cand,
      diagnosis: diagnosisOf(cand),
      cell: cand.cell,
      value: cand.value,
    }));
    let leaders = mostDigitsInCommon(mostRecognisable(scored));
    // Stability decides only between recognised causes; a bare difference stays ambiguous.
    if (rankOf(leaders[0].diagnosis) > rankOf({ kind: "mismatch" }))
      leaders = mostStable(leaders, (a) => ctx.otherYear(a));
    const total = leaders.find((x) => x.cand.cell === x.cand.from.total);
    const chosen = total ?? leaders[0];
    const parts = leaders.filter(
      (x) => x.cand.cell !== x.cand.from.total && x.cand.from === chosen.cand.from,
    );
    const ambiguous = !total && rankOf(chosen.diagnosis) <= rankOf({ kind: "mismatch" }) && parts.length > 1;
    return { ...chosen, ambiguous };
  }

  function score(cell: Amount, v: Decimal, from: Identity): Candidate | undefined {
    const changes = new Map<Amount, Decimal>([[cell, v]]);
    // Derived totals follow a corrected term.
    for (const id of byCell.get(cell) ?? []) {
      if (!id.derived || id.total === cell || violated.has(id)) continue;
      const diff = trialDiff(id, changes);
      if (within(diff, tol.get(id) as number)) continue;
      changes.set(id.total, (changes.get(id.total) ?? value(id.total)).minus(diff.dividedBy(id.totalWeight)));
    }
    const touched = new Set<Identity>();
    for (const a of changes.keys()) for (const id of byCell.get(a) ?? []) touched.add(id);
    const resolved: Identity[] = [];
    let broken = 0;
    for (const id of touched) {
      const before = !violated.has(id);
      const after = holdsWith(id, changes);
      if (!before && after) resolved.push(id);
      else if (before && !after) broken++;
    }
    if (!resolved.includes(from)) return undefined;
    return { cell, value: v, changes, resolved, score: resolved.length - broken, from, touched };
  }
}

/** Groups of identities connected through shared cells (union-find over identities). */
function components(identities: readonly Identity[], byCell: ReadonlyMap<Amount, Identity[]>): Identity[][] {
  const index = new Map<Identity, number>(identities.map((id, i) => [id, i]));
  const parent = identities.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  };
  for (const ids of byCell.values()) {
    const first = find(index.get(ids[0]) as number);
    for (let k = 1; k < ids.length; k++) {
      const other = find(index.get(ids[k]) as number);
      if (other !== first) parent[other] = first;
    }
  }
  const groups = new Map<number, Identity[]>();
  identities.forEach((id, i) => {
    const root = find(i);
    const g = groups.get(root);
    if (g) g.push(id);
    else groups.set(root, [id]);
  });
  return [...groups.values()];
}
