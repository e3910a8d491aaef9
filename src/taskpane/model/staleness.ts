/**
 * Whether the user's edits may have changed what a check said: an edit inside a statement the
 * check read, on a cell a finding is about, or one the pane cannot place (a sheet it cannot name,
 * an address it cannot read), makes the result out of date ("inaktuell"). An edit elsewhere, say a
 * note to self beside the report, does not.
 */
import type { CheckResult } from "../../engine/check/finding";
import { parseA1 } from "../../engine/workbook/snapshot";
import { parseQualified } from "../../engine/workbook/snapshot";
import type { SheetChange } from "../paneActions";

interface Box {
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

/** `C5`, `C5:D9`, `5:7` (rows), `C:D` (columns) as a box; null when unreadable. */
export function boxOf(address: string): Box | null {
  const [from, to = from] = address.replace(/\$/g, "").split(":");
  if (/^\d+$/.test(from) && /^\d+$/.test(to))
    return { r0: Number(from) - 1, c0: 0, r1: Number(to) - 1, c1: Number.MAX_SAFE_INTEGER };
  if (/^[A-Za-z]+$/.test(from) && /^[A-Za-z]+$/.test(to)) {
    const a = parseA1(`${from}1`);
    const b = parseA1(`${to}1`);
    return a && b ? { r0: 0, c0: a.col, r1: Number.MAX_SAFE_INTEGER, c1: b.col } : null;
  }
  const a = parseA1(from);
  const b = parseA1(to);
  if (!a || !b) return null;
  return {
    r0: Math.min(a.row, b.row),
    c0: Math.min(a.col, b.col),
    r1: Math.max(a.row, b.row),
    c1: Math.max(a.col, b.col),
  };
}

const overlaps = (a: Box, b: Box): boolean => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The areas the result depends on, per sheet: the statements read and every cell it names. */
function checkedAreas(result: CheckResult): { sheet: string; box: Box }[] {
  const areas: { sheet: string; box: Box }[] = [];
  const add = (sheet: string, address: string) => {
    const box = boxOf(address);
    if (box) areas.push({ sheet, box });
  };
  for (const s of result.statements) add(s.sheet, s.range);
  for (const f of result.findings) {
    add(f.sheet, f.cell);
    for (const r of f.related) {
      const ref = parseQualified(r);
      if (ref) add(ref.sheet, ref.cell);
    }
  }
  return areas;
}

export function touchesChecked(result: CheckResult, changes: readonly SheetChange[]): boolean {
  const areas = checkedAreas(result);
  return changes.some((change) => {
    if (change.sheet === null) return true;
    const mine = areas.filter((a) => same(a.sheet, change.sheet ?? ""));
    // Rows or columns moved on a checked sheet: every address the result names may be off.
    if (change.structural) return mine.length > 0;
    const box = boxOf(change.address);
    return box === null || mine.some((a) => overlaps(a.box, box));
  });
}
