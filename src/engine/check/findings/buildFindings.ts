import Decimal from "decimal.js";
import { formatAmount } from "../../amount/formatAmount";
import { BASIS, MESSAGES, STATEMENT_NAMES, witnessWords, type DifferenceCause } from "../../../i18n/sv/check";
import { a1, qualifiedAddress } from "../../workbook/snapshot";
import type { CellInfo } from "../cellIndex";
import type { Finding, HeldTie, Severity } from "../finding";
import { amountKronor, type Amount, type Identity, type MissingTotal } from "../model";
import { RULES, catalogueEntryFor, ruleIdFor } from "../rules/catalogue";
import type { YearProblem } from "../rules/headerYears";
import type { SignProblem } from "../rules/unusualSigns";
import type { Fix } from "../solve/blame";
import type { CellInfoLike } from "../solve/diagnose";

/**
 * Findings as data: what the engine concluded, turned into the published shape (rule id, severity,
 * kind, cell, related cells, amounts) with its Swedish message.
 */

/**
 * A budget is no accounting record: a budget figure that does not add up is a warning. Otherwise the
 * rules' default severity (rules/catalogue.ts) decides: a contribution that only departs from the
 * statutory partsfördelning, which members may have varied, is a warning.
 */
function severityAt(info: CellInfo | undefined, identities: readonly Identity[] = []): Severity {
  if (info && info.st.columns[info.ci].kind === "budget") return "warning";
  if (identities.length > 0 && identities.every((id) => catalogueEntryFor(id.ruleId)?.severity === "warning"))
    return "warning";
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
    if (!blamedIsTotal) return BASIS.totalLessOtherParts(id.totalLabel);
    return id.statement === "NOT" ? BASIS.noteFooting : BASIS.footing;
  }
  const d = blamedIsTotal ? id.description : `"${id.totalLabel}"`;
  return d.charAt(0).toLowerCase() + d.slice(1);
}

function witnessText(w: CellInfoLike | undefined, value: (a: Amount) => Decimal): string | undefined {
  if (!w) return undefined;
  const v = value(w.amount).dividedBy(w.amount.unitFactor);
  return witnessWords({
    label: w.label,
    period: w.period,
    statement: w.statementTitle,
    amount: formatAmount(v.abs()),
  });
}

export function finding(f: Omit<Finding, "key"> & { label?: string }): Finding {
  const key = `${f.ruleId}|${f.statement}|${(f.label ?? "").toLowerCase()}|${f.period ?? ""}`;
  return { ...f, key };
}

export function fixFinding(fix: Fix, cells: ReadonlyMap<Amount, CellInfo>): Finding | undefined {
  // Several parts could each be wrong: the sum that does not foot is what can be said for sure.
  if (fix.ambiguousIn) {
    const f = identityFinding(fix.ambiguousIn, cells, amountKronor, "mismatch");
    return { ...f, message: `${f.message} ${MESSAGES.ambiguousPart}` };
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
  const kind = fix.diagnosis.kind as DifferenceCause;
  const message = MESSAGES.difference[kind]({
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
export function identityFinding(
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
    message: MESSAGES.difference[kind](params),
    label,
  });
}

export function missingFinding(m: MissingTotal): Finding {
  const cell = a1(m.line.row, m.column.col);
  const factor = m.parts[0]?.unitFactor ?? 1;
  return finding({
    ruleId: ruleIdFor(RULES.missingTotal, {
      statement: m.statement.kind,
      concept: m.line.concept?.split(".").slice(1).join(".") ?? "SUMMA",
    }),
    severity: RULES.missingTotal.severity,
    kind: "missing",
    statement: m.statement.kind,
    sheet: m.statement.sheet,
    cell,
    related: m.parts.map(address),
    period: m.column.period,
    expected: m.computed.dividedBy(factor).toNumber(),
    message: MESSAGES.missingTotal({
      label: m.line.label,
      period: m.column.period,
      expected: formatAmount(m.computed.dividedBy(factor)),
      unit: factor === 1000 ? "tkr" : "kr",
    }),
    label: m.line.label,
  });
}

export function yearFinding(p: YearProblem): Finding {
  const statement = STATEMENT_NAMES[p.statement.kind];
  const message =
    p.why === "outside"
      ? MESSAGES.headerYear.outside({ header: p.header, year: p.year, reportYear: p.expected, statement })
      : MESSAGES.headerYear[p.why]({ header: p.header, year: p.year, expected: p.expected, statement });
  return finding({
    ruleId: ruleIdFor(RULES.headerYear, { statement: p.statement.kind }),
    severity: RULES.headerYear.severity,
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

export function unusualSignFinding(p: SignProblem): Finding {
  const cell = a1(p.amount.row, p.amount.col);
  return finding({
    ruleId: ruleIdFor(RULES.unusualSign, { statement: p.statement.kind }),
    severity: RULES.unusualSign.severity,
    kind: "unusual-sign",
    statement: p.statement.kind,
    sheet: p.amount.sheet,
    cell,
    related: [],
    period: p.period,
    actual: p.amount.value.toNumber(),
    message: MESSAGES.unusualSign({
      label: p.line.label,
      period: p.period,
      actual: formatAmount(p.amount.value),
      unit: unitName(p.amount),
      majority: p.majority,
    }),
    label: p.line.label,
  });
}

/** A tie that held, for the coverage record. */
export function heldTie(id: Identity, rounded: boolean): HeldTie {
  return {
    ruleId: id.ruleId,
    statement: id.statement,
    period: id.period,
    label: id.totalLabel,
    basis: basisOf(id, true),
    total: address(id.total),
    cells: id.terms.map((t) => address(t.amount)),
    rounded,
  };
}
