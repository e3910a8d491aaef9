/**
 * Merged ranges: every cell of one but its top-left cell is hidden (Office.js reports it empty).
 * A sweep over the rows keeps this linear in cells and merges, also for a sheet with thousands
 * of merged ranges (a per-cell test against every range would be cells × ranges).
 */
import { parseA1 } from "../../engine/workbook/snapshot";
import type { ReadCell } from "../denseSheet";

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function withoutMergedNonMasters(xml: string, cells: ReadCell[]): ReadCell[] {
  if (!xml.includes("<mergeCell")) return cells;
  const merges: Merge[] = [];
  for (const m of xml.matchAll(/<mergeCell\b[^<>]*?\bref="([A-Za-z]+\d+):([A-Za-z]+\d+)"/g)) {
    const from = parseA1(m[1]);
    const to = parseA1(m[2]);
    if (!from || !to) continue;
    merges.push({
      top: Math.min(from.row, to.row),
      left: Math.min(from.col, to.col),
      bottom: Math.max(from.row, to.row),
      right: Math.max(from.col, to.col),
    });
  }
  if (merges.length === 0) return cells;
  merges.sort((a, b) => a.top - b.top);
  const order = cells
    .map((_, i) => i)
    .sort((i, j) => cells[i].row - cells[j].row || cells[i].col - cells[j].col);
  const hidden = new Uint8Array(cells.length);
  let next = 0;
  let active: Merge[] = [];
  let spans: Merge[] = []; // active merges by left column, for a binary search
  let soonestEnd = Infinity;
  for (const i of order) {
    const { row, col } = cells[i];
    let changed = false;
    if (row > soonestEnd) {
      active = active.filter((m) => m.bottom >= row);
      changed = true;
    }
    while (next < merges.length && merges[next].top <= row) {
      if (merges[next].bottom >= row) active.push(merges[next]);
      next++;
      changed = true;
    }
    if (changed) {
      spans = [...active].sort((a, b) => a.left - b.left);
      soonestEnd = active.reduce((s, m) => Math.min(s, m.bottom), Infinity);
    }
    const m = coveringSpan(spans, col);
    if (m && (m.top !== row || m.left !== col)) hidden[i] = 1;
  }
  return cells.filter((_, i) => hidden[i] === 0);
}

/** The span with the greatest left ≤ col, if it reaches col (merged ranges do not overlap in a valid file). */
function coveringSpan(spans: readonly Merge[], col: number): Merge | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].left <= col) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && spans[found].right >= col ? spans[found] : undefined;
}
