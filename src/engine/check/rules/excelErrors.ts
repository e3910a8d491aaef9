import { a1, qualifiedAddress } from "../../workbook/snapshot";
import { EXCEL_ERROR_MEANINGS, EXCEL_ERROR_SWEDISH_NAMES, MESSAGES } from "../../../i18n/sv/check";
import type { Finding, StatementKind } from "../finding";
import { finding } from "../findings/buildFindings";
import type { Amount, ExcelErrorCell, Identity, Statement } from "../model";
import { RULES, ruleIdFor } from "./catalogue";

/**
 * Excel's own error values (#REF!, #DIVISION/0!, #VÄRDEFEL!...) in a report. Such a cell has no
 * figure: it is reported where it stands, and no identity that may need its figure is judged, so
 * the diagnosis never blames a correct neighbour for the hole ("dubbelräknad rad" beside a #REF!).
 *
 * Which identities may need it:
 * - a footing (a total and the lines it sums) exactly when the cell is among its lines: footing
 *   knows the structure and leaves those out itself (identities/footing.ts, `holes`);
 * - any other identity (between statements, notes, overview, budget) whenever it takes a figure
 *   from the same statement and column as the error cell. Those rules gather figures by concept
 *   and fall back to other lines when one is blank (eget kapital from its parts), so which figure
 *   the hole stood for cannot be told; one broken column is not judged rather than judged wrongly.
 */
export class ExcelErrorGuard {
  /** Statement indexes by sheet and row (side-by-side statements share rows). */
  private readonly statementsAt = new Map<string, number[]>();
  /** The first error cell per statement index and sheet column. */
  private readonly errorInColumn = new Map<string, ExcelErrorCell>();
  /** Totals left unjudged, by the error cell they needed (by sheet and address: the same cell is
   * read once per line and once per statement). */
  private readonly unjudged = new Map<string, Amount[]>();

  /**
   * Statements with an error value outside their figures: in a header row (which column holds which
   * year is unknown) or in a line's label or note column (which note a line cites is unknown).
   */
  private readonly statementError = new Map<number, ExcelErrorCell>();

  constructor(private readonly statements: readonly Statement[]) {
    statements.forEach((st, s) => {
      const lineRows = new Set(st.lines.map((l) => l.row));
      const periodCols = new Set(st.columns.map((c) => c.col));
      for (const line of st.lines) this.addRow(st.sheet, line.row, s);
      for (const e of st.errorCells ?? []) {
        const key = `${s}|${e.col}`;
        if (!this.errorInColumn.has(key)) this.errorInColumn.set(key, e);
        const outsideFigures = !lineRows.has(e.row) || !periodCols.has(e.col);
        if (outsideFigures && !this.statementError.has(s)) this.statementError.set(s, e);
      }
    });
  }

  /** Whether a statement shows an error value outside its figures: its years and notes are unknown. */
  headerBroken(st: Statement): boolean {
    return this.statementError.has(this.statements.indexOf(st));
  }

  /** Totals footing left unjudged for an error cell among their lines. */
  addHoles(holes: ReadonlyArray<{ readonly error: ExcelErrorCell; readonly total: Amount }>): void {
    for (const h of holes) this.remember(h.total.sheet, h.error, h.total);
  }

  /** The identities that can be judged; the others are remembered for the error findings. */
  judgeable(identities: readonly Identity[]): Identity[] {
    if (this.errorInColumn.size === 0) return [...identities];
    return identities.filter((id) => {
      if (id.description === "footing") return true;
      for (const a of [id.total, ...id.terms.map((t) => t.amount)]) {
        const error = this.errorBeside(a);
        if (error) {
          this.remember(a.sheet, error, id.total);
          return false;
        }
      }
      return true;
    });
  }

  /** One finding per error cell of a recognised statement, naming the totals left unjudged. */
  findings(): Finding[] {
    const out: Finding[] = [];
    const reported = new Set<string>();
    for (const st of this.statements) {
      const kind = st.kind as StatementKind;
      for (const e of st.errorCells ?? []) {
        // A header shared by several notes is reported once.
        const at = `${st.sheet}!${a1(e.row, e.col)}`;
        if (reported.has(at)) continue;
        reported.add(at);
        const line = st.lines.find((l) => l.row === e.row);
        const column = st.columns.find((c) => c.col === e.col);
        const related = new Set<string>();
        for (const t of this.unjudged.get(cellKey(st.sheet, e)) ?? [])
          related.add(qualifiedAddress(t.sheet, a1(t.row, t.col)));
        out.push(
          finding({
            ruleId: ruleIdFor(RULES.excelError, { statement: kind }),
            severity: RULES.excelError.severity,
            kind: "excel-error",
            statement: kind,
            sheet: st.sheet,
            cell: a1(e.row, e.col),
            related: [...related],
            period: column?.period,
            message: e.text.startsWith("#")
              ? MESSAGES.excelError({
                  label: line?.label ?? "",
                  period: column?.period,
                  error: e.text,
                  meaning: EXCEL_ERROR_MEANINGS[errorName(e.text)],
                  unjudged: related.size,
                })
              : MESSAGES.impossibleFigure({
                  label: line?.label ?? "",
                  period: column?.period,
                  text: e.text.length > 24 ? `${e.text.slice(0, 24)}…` : e.text,
                  unjudged: related.size,
                }),
            label: line?.label,
          }),
        );
      }
    }
    return out;
  }

  /** Whether any of these figures shares a statement column with an error cell. */
  touches(cells: ReadonlyArray<Pick<Amount, "sheet" | "row" | "col">>): boolean {
    return this.errorInColumn.size > 0 && cells.some((c) => this.errorBeside(c) !== undefined);
  }

  private addRow(sheet: string, row: number, s: number): void {
    const key = `${sheet}\u0000${row}`;
    const list = this.statementsAt.get(key);
    if (list) list.push(s);
    else this.statementsAt.set(key, [s]);
  }

  /** The error cell in the same statement and column as a figure, if any. */
  private errorBeside(a: Pick<Amount, "sheet" | "row" | "col">): ExcelErrorCell | undefined {
    for (const s of this.statementsAt.get(`${a.sheet}\u0000${a.row}`) ?? []) {
      const st = this.statements[s];
      if (a.col < st.firstCol || a.col > st.lastCol) continue;
      const error = this.errorInColumn.get(`${s}|${a.col}`) ?? this.statementError.get(s);
      if (error) return error;
    }
    return undefined;
  }

  private remember(sheet: string, error: ExcelErrorCell, total: Amount): void {
    const key = cellKey(sheet, error);
    const list = this.unjudged.get(key) ?? [];
    if (!list.includes(total)) list.push(total);
    this.unjudged.set(key, list);
  }
}

const cellKey = (sheet: string, e: ExcelErrorCell): string => `${sheet}\u0000${e.row}|${e.col}`;

/** The error's name in English Excel, whichever language the cell was written in. */
export type ExcelErrorName = keyof typeof EXCEL_ERROR_MEANINGS;

export function errorName(text: string): ExcelErrorName {
  const upper = text.trim().toUpperCase();
  const name = EXCEL_ERROR_SWEDISH_NAMES[upper] ?? upper;
  return name in EXCEL_ERROR_MEANINGS ? (name as ExcelErrorName) : "#OTHER";
}
