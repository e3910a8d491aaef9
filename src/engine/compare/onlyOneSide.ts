import type { Line, Statement } from "../check/model";
import { agree, figureOf } from "./agree";
import { columnKey, comparableName, type SideIndex } from "./cellKeys";

/**
 * The lines with figures that only one side of a statement has (a line deleted from the Word
 * document, a line added to it), said once per statement. A statement one side lacks altogether is
 * not listed here: a report may well print fewer notes than the workbook holds. Nor is a line whose
 * figures stand only in columns the other side does not print (the koncern's, an older year's), nor
 * a line worded otherwise on the two sides whose figures agree ("Eget kapital" and "– Eget kapital").
 */
export interface OneSidedLines {
  readonly group: string;
  /** The report's statement, where the finding is placed. */
  readonly reportStatement: Statement;
  readonly onlyWorkbook: readonly At[];
  readonly onlyReport: readonly At[];
}

interface At {
  readonly st: Statement;
  readonly line: Line;
}

export function onlyOneSide(group: string, wb: SideIndex, rp: SideIndex): OneSidedLines | undefined {
  const wLines = wb.lines.get(group);
  const rLines = rp.lines.get(group);
  if (!wLines || !rLines) return undefined;
  const wColumns = columnsOf([...wLines.values()].flat());
  const rColumns = columnsOf([...rLines.values()].flat());
  // Lines not compared: their name is missing on the other side, or repeated a different number of
  // times there (so which is which cannot be told by name).
  const uncompared = (from: typeof wLines, other: typeof wLines, otherColumns: ReadonlySet<string>): At[] =>
    [...from]
      .filter(([name, at]) => other.get(name)?.length !== at.length || !comparableName(group, name, wb, rp))
      .flatMap(([, at]) => at)
      .filter((at) => nonZeroIn(at, otherColumns));
  let onlyWorkbook = uncompared(wLines, rLines, rColumns);
  let onlyReport = uncompared(rLines, wLines, wColumns);
  // Lines worded (or read) otherwise on the two sides but stating the same figures are the same line.
  const paired = new Set<At>();
  for (const w of onlyWorkbook) {
    const r = onlyReport.find((x) => !paired.has(x) && sameFigures(w, x));
    if (r) paired.add(w).add(r);
  }
  onlyWorkbook = onlyWorkbook.filter((x) => !paired.has(x));
  onlyReport = onlyReport.filter((x) => !paired.has(x));
  if (onlyWorkbook.length === 0 && onlyReport.length === 0) return undefined;
  const reportStatement = [...rLines.values()][0][0].st;
  return { group, reportStatement, onlyWorkbook, onlyReport };
}

/** The column keys (kind, period, body) a side's lines have figures in. */
function columnsOf(lines: readonly At[]): Set<string> {
  const out = new Set<string>();
  for (const { st, line } of lines)
    for (const ci of line.amounts.keys()) {
      const key = columnKey(st.columns[ci]);
      if (key) out.add(key);
    }
  return out;
}

/** A line of zeros (or dashes) may be left out of a report without a word: it says nothing. */
function nonZeroIn(at: At, columns: ReadonlySet<string>): boolean {
  return [...at.line.amounts].some(([ci, a]) => {
    const key = columnKey(at.st.columns[ci]);
    return !a.value.isZero() && key !== undefined && columns.has(key);
  });
}

/** Two lines state the same figures in every column both print (at least one, not all zero). */
function sameFigures(a: At, b: At): boolean {
  const figures = (x: At) =>
    new Map([...x.line.amounts].map(([ci, amount]) => [columnKey(x.st.columns[ci]), amount] as const));
  const fa = figures(a);
  const fb = figures(b);
  let shared = 0;
  for (const [key, x] of fa) {
    const y = key === undefined ? undefined : fb.get(key);
    if (!y) continue;
    if (x.percent !== y.percent || !agree(figureOf(x, x.percent), figureOf(y, y.percent))) return false;
    if (!x.value.isZero()) shared++;
  }
  return shared > 0;
}
