import { noteTitleNorm } from "../check/identities/context";
import type { Statement } from "../check/model";
import { groupKey } from "./cellKeys";

/**
 * The group of each report statement. A note is the workbook's note of the same number, unless the
 * report numbers its notes otherwise (a note added or left out before it): then it is the workbook's
 * one note of the same title ("Not 4 Kortfristiga fordringar" in the report, "Not 3 Kortfristiga
 * fordringar" in the workbook).
 */
export function reportGroups(
  workbook: readonly Statement[],
  report: readonly Statement[],
): (st: Statement) => string {
  const titlesByNumber = new Map<number, Set<string>>();
  const numbersByTitle = new Map<string, Set<number>>();
  for (const st of workbook) {
    if (st.kind !== "NOT" || st.note === undefined) continue;
    const title = noteTitleNorm(st);
    if (!title) continue;
    titlesByNumber.set(st.note, (titlesByNumber.get(st.note) ?? new Set()).add(title));
    numbersByTitle.set(title, (numbersByTitle.get(title) ?? new Set()).add(st.note));
  }
  const renumbered = new Map<Statement, number>();
  for (const st of report) {
    if (st.kind !== "NOT" || st.note === undefined) continue;
    const title = noteTitleNorm(st);
    if (!title || titlesByNumber.get(st.note)?.has(title)) continue;
    const numbers = numbersByTitle.get(title);
    if (numbers?.size === 1) renumbered.set(st, [...numbers][0]);
  }
  return (st) => {
    const note = renumbered.get(st);
    return note === undefined ? groupKey(st) : `${st.kind}|${note}`;
  };
}
