import type { Line, Statement } from "../check/model";
import type { SideIndex } from "./cellKeys";

/**
 * The lines with figures that only one side of a statement has (a line deleted from the Word
 * document, a line added to it), said once per statement. A statement one side lacks altogether is
 * not listed here: a report may well print fewer notes than the workbook holds.
 */
export interface OneSidedLines {
  readonly group: string;
  /** The report's statement, where the finding is placed. */
  readonly reportStatement: Statement;
  readonly onlyWorkbook: readonly { readonly st: Statement; readonly line: Line }[];
  readonly onlyReport: readonly { readonly st: Statement; readonly line: Line }[];
}

export function onlyOneSide(group: string, wb: SideIndex, rp: SideIndex): OneSidedLines | undefined {
  const wLines = wb.lines.get(group);
  const rLines = rp.lines.get(group);
  if (!wLines || !rLines) return undefined;
  const missingFrom = (from: typeof wLines, other: typeof wLines) =>
    [...from].filter(([name, at]) => !other.has(name) && nonZero(at.line)).map(([, at]) => at);
  const onlyWorkbook = missingFrom(wLines, rLines);
  const onlyReport = missingFrom(rLines, wLines);
  if (onlyWorkbook.length === 0 && onlyReport.length === 0) return undefined;
  const reportStatement = [...rLines.values()][0].st;
  return { group, reportStatement, onlyWorkbook, onlyReport };
}

/** A line of zeros (or dashes) may be left out of a report without a word: it says nothing. */
function nonZero(line: Line): boolean {
  return [...line.amounts.values()].some((a) => !a.value.isZero());
}
