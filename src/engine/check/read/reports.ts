import type { StatementKind } from "../finding";
import { bodyOf } from "../identities/context";
import type { Statement } from "../model";

/**
 * The statements that tie to one another across statements are those of one report. A workbook may
 * hold several reports (a förbund's report for each of several years, several förbund, one per
 * sheet or stacked on one): tying every resultaträkning to the first balansräkning would compare
 * reports with each other, and make the whole workbook one knot of identities for the solver.
 *
 * Reports are read in workbook order. A new report starts where a main statement (RR, BR, KF,
 * översikt, balanskravsutredning) comes again after the current report already has both its
 * resultaträkning and its balansräkning; a statement printed in two blocks (a balansräkning whose
 * eget kapital och skulder have a header of their own) stays in its report. Statements that cannot start a
 * report: notes and driftredovisningar (a report may have many), an earlier year's statement kept
 * beside this year's, and a statement of the koncern alone. A sheet with a whole report of its own
 * starts a new report at its top.
 */
const MAIN: ReadonlySet<StatementKind> = new Set(["RR", "BR", "KF", "FEMAR", "BALANSKRAV"]);

export function partitionReports(statements: readonly Statement[]): Statement[][] {
  const leads = (st: Statement): boolean =>
    MAIN.has(st.kind as StatementKind) && !st.older && st.columns.some((c) => bodyOf(c) === "egen");
  // A sheet holding a resultaträkning and a balansräkning of its own is a whole report: where it
  // follows another report, it starts a new one at its first statement (its översikt, say, even
  // when the report before had none).
  const whole = new Set<string>();
  for (const sheet of new Set(statements.map((st) => st.sheet))) {
    const kinds = new Set(statements.filter((st) => st.sheet === sheet && leads(st)).map((st) => st.kind));
    if (kinds.has("RR") && kinds.has("BR")) whole.add(sheet);
  }
  const reports: Statement[][] = [];
  let current: Statement[] = [];
  let seen = new Set<StatementKind>();
  let sheet: string | undefined;
  let lastLead: StatementKind | undefined;
  for (const st of statements) {
    const kind = st.kind as StatementKind;
    const lead = leads(st);
    const full = seen.has("RR") && seen.has("BR");
    const newSheet = st.sheet !== sheet && whole.has(st.sheet);
    // A statement right after one of its kind continues it (a balansräkning printed in two blocks,
    // the header repeated over eget kapital och skulder): no new report.
    const continues = lead && kind === lastLead;
    sheet = st.sheet;
    if (lead) lastLead = kind;
    if (full && !continues && ((lead && seen.has(kind)) || newSheet)) {
      reports.push(current);
      current = [];
      seen = new Set();
    }
    current.push(st);
    if (lead) seen.add(kind);
  }
  if (current.length > 0) reports.push(current);
  return reports;
}
