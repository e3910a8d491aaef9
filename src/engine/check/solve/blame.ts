import Decimal from "decimal.js";
import { amountKronor, type Amount, type Identity } from "../model";
import { diagnose, rankOf, type DiagnoseContext, type Diagnosis } from "./diagnose";
import { difference, tolerance } from "./tolerance";

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
}

export function blame(
  identities: readonly Identity[],
  ctxFor: (value: (a: Amount) => Decimal) => DiagnoseContext,
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
  const tol = new Map<Identity, Decimal>(
    identities.map((id) => [id, tolerance(id.total, id.totalWeight, id.terms)]),
  );
  const holds = (id: Identity, v: (a: Amount) => Decimal = value): boolean =>
    difference(id.total, id.totalWeight, id.terms, v)
      .abs()
      .lte(tol.get(id) as Decimal);

  const violated = new Set<Identity>(identities.filter((id) => !holds(id)));
  const fixes: Fix[] = [];
  const ctx = ctxFor(value);

  // Errors in unrelated parts of a workbook are independent: solve each connected group of
  // identities on its own, so the work grows with the size of a group, not of the workbook.
  for (const group of components(identities, byCell)) {
    const open = new Set<Identity>(group.filter((id) => violated.has(id)));
    if (open.size > 0) solveGroup(open, group.length);
  }

  const rounded = identities.filter(
    (id) => !violated.has(id) && !difference(id.total, id.totalWeight, id.terms, value).isZero(),
  );
  return { fixes, unexplained: [...violated], rounded, value };

  function solveGroup(open: Set<Identity>, size: number): void {
    for (let guard = 0; open.size > 0 && guard < size + 5; guard++) {
      const candidates: Candidate[] = [];
      let top = 0;
      for (const id of open) {
        const diff = difference(id.total, id.totalWeight, id.terms, value);
        const cells: Array<{ cell: Amount; v: Decimal }> = [
          { cell: id.total, v: value(id.total).minus(diff.dividedBy(id.totalWeight)) },
        ];
        for (const t of id.terms) {
          if (t.weight !== 0)
            cells.push({ cell: t.amount, v: value(t.amount).plus(diff.dividedBy(t.weight)) });
        }
        for (const { cell, v } of cells) {
          const cand = score(cell, v, id);
          if (!cand || cand.score < 1 || cand.score < top) continue;
          top = cand.score;
          candidates.push(cand);
        }
      }
      const best = pick(candidates.filter((c) => c.score === top));
      if (!best) break;
      const actual = value(best.cand.cell);
      for (const [a, v] of best.cand.changes) overrides.set(a, v);
      for (const id of best.cand.resolved) {
        violated.delete(id);
        open.delete(id);
      }
      // Re-evaluate what the correction touched.
      for (const a of best.cand.changes.keys()) {
        for (const id of byCell.get(a) ?? []) {
          if (holds(id)) {
            violated.delete(id);
            open.delete(id);
          } else {
            violated.add(id);
            open.add(id);
          }
        }
      }
      fixes.push({
        cell: best.cand.cell,
        actualKronor: actual,
        expectedKronor: best.cand.value,
        resolved: best.cand.resolved,
        followers: [...best.cand.changes.keys()].filter((a) => a !== best.cand.cell),
        diagnosis: best.diagnosis,
        ambiguousIn: best.ambiguous ? best.cand.from : undefined,
      });
    }
  }

  /**
   * Among equally good corrections the more recognisable cause wins, then the total. When several
   * parts of one sum could each be the culprit and nothing tells them apart, the sum is blamed
   * (`ambiguous`): saying which part would be a guess.
   */
  function pick(top: Candidate[]): { cand: Candidate; diagnosis: Diagnosis; ambiguous: boolean } | undefined {
    if (top.length === 0) return undefined;
    if (top.length === 1)
      return {
        cand: top[0],
        diagnosis: diagnose(top[0].cell, top[0].value, top[0].resolved, ctx),
        ambiguous: false,
      };
    const scored = top.map((cand) => ({
      cand,
      diagnosis: diagnose(cand.cell, cand.value, cand.resolved, ctx),
    }));
    const bestRank = Math.max(...scored.map((x) => rankOf(x.diagnosis)));
    const leaders = scored.filter((x) => rankOf(x.diagnosis) === bestRank);
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
    const trial = (a: Amount): Decimal => changes.get(a) ?? value(a);
    // Derived totals follow a corrected term.
    for (const id of byCell.get(cell) ?? []) {
      if (!id.derived || id.total === cell || violated.has(id)) continue;
      if (holds(id, trial)) continue;
      const diff = difference(id.total, id.totalWeight, id.terms, trial);
      changes.set(id.total, trial(id.total).minus(diff.dividedBy(id.totalWeight)));
    }
    const touched = new Set<Identity>();
    for (const a of changes.keys()) for (const id of byCell.get(a) ?? []) touched.add(id);
    const resolved: Identity[] = [];
    let broken = 0;
    for (const id of touched) {
      const before = !violated.has(id);
      const after = holds(id, trial);
      if (!before && after) resolved.push(id);
      else if (before && !after) broken++;
    }
    if (!resolved.includes(from)) return undefined;
    return { cell, value: v, changes, resolved, score: resolved.length - broken, from };
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
