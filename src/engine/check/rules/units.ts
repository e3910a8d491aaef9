import { MESSAGES, STATEMENT_NAMES } from "../../../i18n/sv/check";
import { a1 } from "../../workbook/snapshot";
import type { Finding } from "../finding";
import { finding } from "../findings/buildFindings";
import { StatementIndex } from "../identities/context";
import { RULES, ruleIdFor } from "./catalogue";
import { crossStatementIdentities } from "../identities/crossStatement";
import { noteIdentities } from "../identities/notes";
import { overviewIdentities } from "../identities/overview";
import type { Amount, Identity, Statement } from "../model";
import { holdsInUnits } from "../solve/tolerance";

const UNIT_WORDS: Record<number, string> = { 1: "kr", 1000: "tkr", 1000000: "mnkr" };

/**
 * The unit each statement is in: the user's override, else what its header says — unless the
 * figures only agree with the other statements read in another unit (Värend 2025's
 * driftredovisning says "Belopp tkr" over amounts in kronor), which is then a finding.
 */
export function settleUnits(statements: Statement[], override: "kr" | "tkr" | undefined): Finding[] {
  const setFactor = (st: Statement, f: number): void => {
    for (const line of st.lines) for (const a of line.amounts.values()) a.unitFactor = f;
  };
  if (override) {
    for (const st of statements) setFactor(st, override === "tkr" ? 1000 : 1);
    return [];
  }
  const out: Finding[] = [];
  // A report states its unit once or per statement; a statement that states none (the notes under a
  // "Belopp i tkr" report) is in the unit the others state.
  const statedVotes = new Map<number, number>();
  for (const st of statements)
    if (st.statedUnit)
      statedVotes.set(st.statedUnit.factor, (statedVotes.get(st.statedUnit.factor) ?? 0) + 1);
  const reportUnit = [...statedVotes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 1;
  const unitOf = (st: Statement): number => st.statedUnit?.factor ?? reportUnit;
  for (const st of statements) if (!st.statedUnit && reportUnit !== 1) setFactor(st, reportUnit);
  // Only a statement whose unit differs from the others' is worth a second look.
  const votes = new Map<number, number>();
  for (const st of statements) votes.set(unitOf(st), (votes.get(unitOf(st)) ?? 0) + 1);
  const usual = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
  const suspects = statements.filter((st) => unitOf(st) !== usual);
  if (suspects.length === 0) return out;
  // The identities between statements are built once; a unit is tried by re-reading its cells.
  const ix = new StatementIndex(statements);
  const between = [...crossStatementIdentities(ix), ...noteIdentities(ix), ...overviewIdentities(ix)];
  // Which statement each cell belongs to, and the identities that tie each suspect to another.
  const home = new Map<Amount, Statement>();
  for (const st of statements)
    for (const line of st.lines) for (const a of line.amounts.values()) home.set(a, st);
  const ties = new Map<Statement, Identity[]>();
  for (const id of between) {
    const touched = new Set<Statement | undefined>(
      [id.total, ...id.terms.map((t) => t.amount)].map((a) => home.get(a)),
    );
    if (touched.size < 2) continue;
    for (const st of touched) {
      if (!st) continue;
      const list = ties.get(st);
      if (list) list.push(id);
      else ties.set(st, [id]);
    }
  }
  for (const st of suspects) {
    const stated = unitOf(st);
    const ids = ties.get(st) ?? [];
    if (ids.length === 0) continue;
    // Each unit is tried by reading this statement's cells in it; the model changes only once decided.
    const score = (f: number): number =>
      ids.filter((id) =>
        holdsInUnits(id.total, id.totalWeight, id.terms, (a) => (home.get(a) === st ? f : a.unitFactor)),
      ).length;
    const sStated = score(stated);
    // The unit the other statements are in, or kr / tkr: what a caption gets wrong.
    let alternative = stated;
    let sAlt = sStated;
    for (const f of [usual, 1, 1000, 1000000]) {
      if (f === stated || f === alternative) continue;
      const sf = score(f);
      if (sf > sAlt) [alternative, sAlt] = [f, sf];
    }
    if (sAlt > sStated) {
      setFactor(st, alternative);
      if (st.statedUnit) {
        out.push(
          finding({
            ruleId: ruleIdFor(RULES.unitCaption, { statement: st.kind }),
            severity: RULES.unitCaption.severity,
            kind: "unit",
            statement: st.kind,
            sheet: st.sheet,
            cell: a1(st.statedUnit.row, st.statedUnit.col),
            related: [],
            message: MESSAGES.unitCaption({
              header: st.statedUnit.text,
              stated: UNIT_WORDS[stated] ?? "kr",
              actual: UNIT_WORDS[alternative] ?? "kr",
              statement: STATEMENT_NAMES[st.kind],
            }),
            label: st.statedUnit.text,
          }),
        );
      }
    } else setFactor(st, stated);
  }
  return out;
}
