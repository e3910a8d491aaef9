import Decimal from "decimal.js";
import { formatAmount } from "../amount/formatAmount";
import { a1, qualifiedAddress, type WorkbookSnapshot } from "../workbook/snapshot";
import { DIFFERENCE_MESSAGES, OTHER_MESSAGES, STATEMENT_NAMES, BASIS } from "../../i18n/sv/check";
import type {
  CheckOptions,
  CheckResult,
  Finding,
  FindingKind,
  RecognisedStatement,
  Severity,
  StatementKind,
} from "./finding";
import { StatementIndex } from "./identities/context";
import { crossStatementIdentities } from "./identities/crossStatement";
import { footStatement } from "./identities/footing";
import { MEMBER_SHARE_RULE, memberShareIdentities } from "./identities/memberShares";
import { noteIdentities } from "./identities/notes";
import { overviewIdentities } from "./identities/overview";
import {
  amountKronor,
  type Amount,
  type Identity,
  type Line,
  type MissingTotal,
  type Statement,
} from "./model";
import { assignPeriods, decideReportYear } from "./read/assignPeriods";
import { findStatements } from "./read/findStatements";
import { readGrid } from "./read/grid";
import { headerYearProblems } from "./rules/headerYears";
import { solidityFindings } from "./rules/solidity";
import { unusualSigns } from "./rules/unusualSigns";
import { blame, type Fix } from "./solve/blame";
import type { CellInfoLike, DiagnoseContext } from "./solve/diagnose";
import { withinTolerance } from "./solve/tolerance";

/**
 * The checking engine's one entry point: recognise the statements, build every identity a revisor
 * ties out, blame one cell per root cause, and say it in Swedish. Pure: no Office.js, no files.
 */

interface CellInfo extends CellInfoLike {
  readonly st: Statement;
  readonly line: Line;
  readonly ci: number;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function checkWorkbook(snapshot: WorkbookSnapshot, options: CheckOptions = {}): CheckResult {
  const progress = options.onProgress ?? ((): void => undefined);
  const sheets = options.sheets
    ? snapshot.sheets.filter((s) => options.sheets?.includes(s.name))
    : snapshot.sheets;

  const statements: Statement[] = [];
  sheets.forEach((sheet, i) => {
    statements.push(...findStatements(sheet.name, readGrid(sheet)));
    progress(((i + 1) / Math.max(1, sheets.length)) * 0.6);
  });
  const reportYear = decideReportYear(statements);
  for (const st of statements) assignPeriods(st, reportYear);

  const unitNotes = settleUnits(statements, options.unit);
  const ix = new StatementIndex(statements);
  const identities = buildIdentities(statements, ix);
  progress(0.75);

  const cells = indexCells(statements);
  const result = blame(identities.identities, (value, broken) => diagnoseContext(cells, value, broken));
  progress(0.9);

  const findings: Finding[] = [];
  const blamed = new Set<string>();
  for (const fix of result.fixes) {
    const f = fixFinding(fix, cells);
    if (f) {
      findings.push(f);
      blamed.add(`${f.sheet}!${f.cell}`);
    }
  }
  for (const id of result.unexplained) {
    const f = identityFinding(id, cells, result.value, "mismatch");
    if (!blamed.has(`${f.sheet}!${f.cell}`)) {
      findings.push(f);
      blamed.add(`${f.sheet}!${f.cell}`);
    }
  }
  for (const m of identities.missing) findings.push(missingFinding(m));
  for (const id of result.rounded) {
    const f = identityFinding(id, cells, result.value, "rounding");
    if (!blamed.has(`${f.sheet}!${f.cell}`)) findings.push(f);
  }
  for (const p of headerYearProblems(statements, reportYear)) findings.push(yearFinding(p));
  for (const p of unusualSigns(statements)) {
    const cell = a1(p.amount.row, p.amount.col);
    if (blamed.has(`${p.amount.sheet}!${cell}`)) continue;
    findings.push(
      finding({
        ruleId: `${p.statement.kind}.TECKEN.AVVIKANDE`,
        severity: "warning",
        kind: "unusual-sign",
        statement: p.statement.kind,
        sheet: p.amount.sheet,
        cell,
        related: [],
        period: p.period,
        actual: p.amount.value.toNumber(),
        message: OTHER_MESSAGES.unusualSign({
          label: p.line.label,
          period: p.period,
          actual: formatAmount(p.amount.value),
          unit: unitName(p.amount),
          majority: p.majority,
        }),
        label: p.line.label,
      }),
    );
  }
  findings.push(...solidityFindings(ix, blamed), ...unitNotes);
  progress(1);

  findings.sort(
    (x, y) =>
      SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity] ||
      x.sheet.localeCompare(y.sheet, "sv") ||
      rowOf(x.cell) - rowOf(y.cell) ||
      x.cell.localeCompare(y.cell),
  );
  return { findings: dedupe(findings), statements: statements.map(describe), reportYear };
}

function rowOf(cell: string): number {
  return Number(/\d+/.exec(cell)?.[0] ?? 0);
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const k = `${f.sheet}!${f.cell}|${f.kind}|${f.period ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function buildIdentities(
  statements: readonly Statement[],
  ix: StatementIndex,
): { identities: Identity[]; missing: MissingTotal[] } {
  const identities: Identity[] = [];
  const missing: MissingTotal[] = [];
  for (const st of statements) {
    const r = footStatement(st);
    identities.push(...r.identities);
    missing.push(...r.missing);
  }
  identities.push(
    ...crossStatementIdentities(ix),
    ...noteIdentities(ix),
    ...overviewIdentities(ix),
    ...memberShareIdentities(ix),
  );
  return { identities, missing };
}

/**
 * The unit each statement is in: the user's override, else what its header says — unless the
 * figures only agree with the other statements read in another unit (Värend 2025's
 * driftredovisning says "Belopp tkr" over amounts in kronor), which is then a finding.
 */
function settleUnits(statements: Statement[], override: "kr" | "tkr" | undefined): Finding[] {
  const setFactor = (st: Statement, f: number): void => {
    for (const line of st.lines) for (const a of line.amounts.values()) a.unitFactor = f;
  };
  if (override) {
    for (const st of statements) setFactor(st, override === "tkr" ? 1000 : 1);
    return [];
  }
  const out: Finding[] = [];
  // Only a statement whose unit differs from the others' is worth a second look.
  const votes = new Map<number, number>();
  for (const st of statements)
    votes.set(st.statedUnit?.factor ?? 1, (votes.get(st.statedUnit?.factor ?? 1) ?? 0) + 1);
  const usual = [...votes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 1;
  const suspects = statements.filter((st) => (st.statedUnit?.factor ?? 1) !== usual);
  if (suspects.length === 0) return out;
  // The identities between statements are built once; a unit is tried by re-reading its cells.
  const ix = new StatementIndex(statements);
  const between = [...crossStatementIdentities(ix), ...noteIdentities(ix), ...overviewIdentities(ix)];
  const inside = (st: Statement, a: Amount): boolean =>
    a.sheet === st.sheet && a.row >= st.firstRow && a.row <= st.lastRow;
  for (const st of suspects) {
    const stated = st.statedUnit?.factor ?? 1;
    const ids = between.filter((id) => {
      const cells = [id.total, ...id.terms.map((t) => t.amount)];
      return cells.some((a) => inside(st, a)) && cells.some((a) => !inside(st, a));
    });
    if (ids.length === 0) continue;
    const score = (f: number): number => {
      setFactor(st, f);
      return ids.filter((id) => withinTolerance(id.total, id.totalWeight, id.terms)).length;
    };
    const alternative = stated === 1 ? 1000 : 1;
    const sStated = score(stated);
    const sAlt = score(alternative);
    if (sAlt > sStated) {
      setFactor(st, alternative);
      if (st.statedUnit) {
        out.push(
          finding({
            ruleId: `${st.kind}.ENHET`,
            severity: "warning",
            kind: "unit",
            statement: st.kind,
            sheet: st.sheet,
            cell: a1(st.statedUnit.row, st.statedUnit.col),
            related: [],
            message: OTHER_MESSAGES.unitHeader({
              header: st.statedUnit.text,
              stated: stated === 1 ? "kr" : "tkr",
              actual: alternative === 1 ? "kr" : "tkr",
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

function indexCells(statements: readonly Statement[]): Map<Amount, CellInfo> {
  const map = new Map<Amount, CellInfo>();
  for (const st of statements) {
    for (const line of st.lines) {
      for (const [ci, amount] of line.amounts) {
        map.set(amount, {
          st,
          line,
          ci,
          amount,
          lineKey: `${st.sheet}|${st.firstRow}|${line.row}`,
          period: st.columns[ci].period,
          label: displayLabel(st, line, ci),
          statementTitle: STATEMENT_NAMES[st.kind],
        });
      }
    }
  }
  return map;
}

function diagnoseContext(
  cells: ReadonlyMap<Amount, CellInfo>,
  value: (a: Amount) => Decimal,
  broken: (a: Amount) => boolean,
): DiagnoseContext {
  let byAbs: Map<string, Amount[]> | undefined;
  return {
    value,
    broken,
    info: (a) => cells.get(a),
    sameLine: (a) => {
      const info = cells.get(a);
      if (!info) return [];
      const kind = info.st.columns[info.ci].kind;
      return [...info.line.amounts.entries()]
        .filter(([ci, x]) => x !== a && info.st.columns[ci].kind === kind)
        .map(([, x]) => x);
    },
    byAbsValue: (period, abs) => {
      if (!byAbs) {
        byAbs = new Map();
        for (const [a, info] of cells) {
          const k = `${info.period ?? ""}|${amountKronor(a).abs().toFixed()}`;
          const list = byAbs.get(k);
          if (list) list.push(a);
          else byAbs.set(k, [a]);
        }
      }
      return byAbs.get(`${period ?? ""}|${abs}`) ?? [];
    },
  };
}

/**
 * The line as a reader finds it: a note's "Summa" names its note, and a figure outside the outcome
 * column names its column ("Resultat (Aktuell budget jan-dec 2024)").
 */
function displayLabel(st: Statement, line: Line, ci: number): string {
  let label = line.label || "Delsumma";
  if (st.kind === "NOT" && st.title) label = `${label} i ${st.title.replace(/\s+/g, " ").trim()}`;
  const col = st.columns[ci];
  if (col.kind !== "utfall" || (st.kind === "DRIFT" && st.columns.length > 1)) {
    const header = col.headerText.replace(/\s+/g, " ").trim();
    if (header) label = `${label} (${header})`;
  }
  return label;
}

/**
 * A budget is no accounting record: a budget figure that does not add up is a warning. So is a
 * contribution that only departs from the statutory partsfördelning, which members may have varied.
 */
function severityAt(info: CellInfo | undefined, identities: readonly Identity[] = []): Severity {
  if (info && info.st.columns[info.ci].kind === "budget") return "warning";
  if (identities.length > 0 && identities.every((id) => id.ruleId === MEMBER_SHARE_RULE)) return "warning";
  return "error";
}

function unitName(a: Amount): string {
  return a.unitFactor === 1000 ? "tkr" : a.unitFactor === 1000000 ? "mkr" : "kr";
}

function address(a: Amount): string {
  return qualifiedAddress(a.sheet, a1(a.row, a.col));
}

function basisOf(id: Identity, blamedIsTotal: boolean): string {
  if (id.description === "footing") {
    if (!blamedIsTotal) return `raden "${id.totalLabel}" minus övriga poster`;
    return id.statement === "NOT" ? BASIS.noteFooting : BASIS.footing;
  }
  const d = blamedIsTotal ? id.description : `"${id.totalLabel}"`;
  return d.charAt(0).toLowerCase() + d.slice(1);
}

function witnessText(w: CellInfoLike | undefined, value: (a: Amount) => Decimal): string | undefined {
  if (!w) return undefined;
  const v = value(w.amount).dividedBy(w.amount.unitFactor);
  return `"${w.label}"${w.period ? ` ${w.period}` : ""} i ${w.statementTitle.toLowerCase()} (${formatAmount(v.abs())})`;
}

function finding(f: Omit<Finding, "key"> & { label?: string }): Finding {
  const key = `${f.ruleId}|${f.statement}|${(f.label ?? "").toLowerCase()}|${f.period ?? ""}`;
  return { ...f, key };
}

function fixFinding(fix: Fix, cells: ReadonlyMap<Amount, CellInfo>): Finding | undefined {
  // Several parts could each be wrong: the sum that does not foot is what can be said for sure.
  if (fix.ambiguousIn) {
    const f = identityFinding(fix.ambiguousIn, cells, amountKronor, "mismatch");
    return { ...f, message: `${f.message} ${OTHER_MESSAGES.ambiguousPart}` };
  }
  const info = cells.get(fix.cell);
  if (!info) return undefined;
  const primary =
    fix.resolved.find((id) => id.total === fix.cell && id.description === "footing") ??
    fix.resolved.find((id) => id.total === fix.cell) ??
    fix.resolved[0];
  const factor = fix.cell.unitFactor;
  const actual = fix.actualKronor.dividedBy(factor);
  const expected = fix.expectedKronor.dividedBy(factor);
  const related = new Set<string>();
  for (const id of fix.resolved)
    for (const a of [id.total, ...id.terms.map((t) => t.amount)]) if (a !== fix.cell) related.add(address(a));
  for (const a of fix.followers) related.add(address(a));
  const kind = fix.diagnosis.kind as Exclude<FindingKind, "year" | "rounding" | "unusual-sign" | "missing">;
  const message = DIFFERENCE_MESSAGES[kind]({
    label: info.label,
    period: info.period,
    actual: formatAmount(actual),
    expected: formatAmount(expected),
    difference: formatAmount(actual.minus(expected)),
    basis: basisOf(primary, primary.total === fix.cell),
    witness: witnessText(fix.diagnosis.witness, (a) => amountKronor(a)),
    unit: unitName(fix.cell),
  });
  return finding({
    ruleId: primary.ruleId,
    severity: severityAt(info, fix.resolved),
    kind,
    statement: info.st.kind,
    sheet: fix.cell.sheet,
    cell: a1(fix.cell.row, fix.cell.col),
    related: [...related],
    period: info.period,
    expected: expected.toNumber(),
    actual: actual.toNumber(),
    difference: actual.minus(expected).toNumber(),
    message,
    label: info.label,
  });
}

/** A finding about an identity as a whole, blamed on its total: unexplained (mismatch) or rounding. */
function identityFinding(
  id: Identity,
  cells: ReadonlyMap<Amount, CellInfo>,
  value: (a: Amount) => Decimal,
  kind: "mismatch" | "rounding",
): Finding {
  const info = cells.get(id.total);
  const factor = id.total.unitFactor;
  let sum = new Decimal(0);
  for (const t of id.terms) sum = sum.plus(value(t.amount).times(t.weight));
  const expected = sum.dividedBy(id.totalWeight).dividedBy(factor);
  const actual = value(id.total).dividedBy(factor);
  const label = info?.label ?? id.totalLabel;
  const params = {
    label,
    period: id.period,
    actual: formatAmount(actual),
    expected: formatAmount(expected),
    difference: formatAmount(kind === "rounding" ? actual.minus(expected).abs() : actual.minus(expected)),
    basis: basisOf(id, true),
    unit: unitName(id.total),
  };
  return finding({
    ruleId: id.ruleId,
    severity: kind === "rounding" ? "info" : severityAt(info, [id]),
    kind,
    statement: info?.st.kind ?? id.statement,
    sheet: id.total.sheet,
    cell: a1(id.total.row, id.total.col),
    related: id.terms.map((t) => address(t.amount)),
    period: id.period,
    expected: expected.toNumber(),
    actual: actual.toNumber(),
    difference: actual.minus(expected).toNumber(),
    message: kind === "rounding" ? OTHER_MESSAGES.rounding(params) : DIFFERENCE_MESSAGES.mismatch(params),
    label,
  });
}

function missingFinding(m: MissingTotal): Finding {
  const cell = a1(m.line.row, m.column.col);
  const factor = m.parts[0]?.unitFactor ?? 1;
  return finding({
    ruleId: `${m.statement.kind}.${m.line.concept?.split(".").slice(1).join(".") ?? "SUMMA"}.SAKNAS`,
    severity: "warning",
    kind: "missing",
    statement: m.statement.kind,
    sheet: m.statement.sheet,
    cell,
    related: m.parts.map(address),
    period: m.column.period,
    expected: m.computed.dividedBy(factor).toNumber(),
    message: OTHER_MESSAGES.missing({
      label: m.line.label,
      period: m.column.period,
      expected: formatAmount(m.computed.dividedBy(factor)),
      unit: factor === 1000 ? "tkr" : "kr",
    }),
    label: m.line.label,
  });
}

function yearFinding(p: ReturnType<typeof headerYearProblems>[number]): Finding {
  const statement = STATEMENT_NAMES[p.statement.kind];
  const message =
    p.why === "outside"
      ? OTHER_MESSAGES.yearOutside({ header: p.header, year: p.year, reportYear: p.expected, statement })
      : p.why === "sequence"
        ? OTHER_MESSAGES.yearSequence({ header: p.header, year: p.year, expected: p.expected })
        : OTHER_MESSAGES.yearWrong({ header: p.header, year: p.year, expected: p.expected, statement });
  return finding({
    ruleId: `${p.statement.kind}.RUBRIK.AR`,
    severity: "error",
    kind: "year",
    statement: p.statement.kind,
    sheet: p.statement.sheet,
    cell: a1(p.row, p.col),
    related: [],
    period: String(p.expected),
    expected: p.expected,
    actual: p.year,
    difference: p.year - p.expected,
    message,
    label: p.header,
  });
}

function describe(st: Statement): RecognisedStatement {
  return {
    statement: st.kind as StatementKind,
    sheet: st.sheet,
    range: `${a1(st.firstRow, st.firstCol)}:${a1(st.lastRow, st.lastCol)}`,
    title: st.title,
    periods: st.columns.map((c) => c.period ?? "").filter(Boolean),
    note: st.note,
  };
}
