/**
 * What a cell says, from the snapshot the check read: its row's label (the first text left of it,
 * as a reader of the statement would name the line) and its value as the workbook shows it. The
 * pane shows related cells this way ("Balansräkning!C30 · Årets resultat · 1 920 460"), not as
 * bare addresses.
 */
import type { WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { parseA1 } from "../../engine/workbook/snapshot";
import type { CellRef } from "../paneActions";
import { formatNumber } from "./formatNumber";

export interface CellFacts {
  readonly label?: string;
  readonly value?: string;
}

export type CellFactsOf = (ref: CellRef) => CellFacts;

export const NO_FACTS: CellFactsOf = () => ({});

export function cellFacts(snapshot: WorkbookSnapshot): CellFactsOf {
  const sheets = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  return (ref) => {
    const sheet = sheets.get(ref.sheet.toLowerCase());
    const at = parseA1(ref.cell);
    if (!sheet || !at) return {};
    const row = sheet.values[at.row - sheet.origin.row];
    const col = at.col - sheet.origin.col;
    if (!row || col < 0) return {};
    const shown = sheet.text?.[at.row - sheet.origin.row]?.[col];
    const v = row[col];
    const value = typeof v === "number" ? formatNumber(v) : shown || (typeof v === "string" ? v : undefined);
    let label: string | undefined;
    for (let c = 0; c < col && c < row.length; c++) {
      const cell = row[c];
      if (typeof cell === "string" && cell.trim() !== "" && !/^\d/.test(cell.trim())) {
        label = cell.trim();
        break;
      }
    }
    return { label, value: value === "" ? undefined : value };
  };
}
