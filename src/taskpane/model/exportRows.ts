/**
 * The export sheet's rows, its working-paper header and the cells to mark, derived from the
 * result, the kvitteringar and what the check read: pure, so the paper is tested without Excel.
 */
import type { CheckResult, Finding } from "../../engine/check/finding";
import { qualifiedAddress } from "../../engine/workbook/snapshot";
import { parseQualified } from "../../engine/workbook/snapshot";
import { causeOf, pane, severityText, statementText } from "../../i18n/sv/pane";
import type { Acknowledgements, CellMark, ExportRow, WorkingPaper } from "../paneActions";
import { NO_FACTS, type CellFactsOf } from "./cellFacts";
import { coverageOf } from "./coverage";
import { SEVERITY_ORDER, countByStatus, statementRank } from "./findingsView";

/** A related cell as the paper lists it: address, row label and value where the check read them. */
function relatedText(related: readonly string[], facts: CellFactsOf): string {
  return related
    .map((r) => {
      const ref = parseQualified(r);
      const { label, value } = ref ? facts(ref) : {};
      return pane.relatedCell(r, label, value);
    })
    .join("; ");
}

export function exportRows(
  findings: readonly Finding[],
  acks: Acknowledgements,
  facts: CellFactsOf = NO_FACTS,
): ExportRow[] {
  return [...findings]
    .sort(
      (a, b) =>
        SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
        statementRank(a.statement) - statementRank(b.statement),
    )
    .map((f) => {
      const ack = acks[f.key];
      return {
        status: ack ? pane.exportAcknowledged : pane.exportOpen,
        severity: severityText[f.severity],
        statement: statementText[f.statement] ?? f.statement,
        target: { sheet: f.sheet, cell: f.cell },
        address: qualifiedAddress(f.sheet, f.cell),
        period: f.period ?? "",
        expected: f.expected ?? null,
        actual: f.actual ?? null,
        difference: f.difference ?? null,
        cause: causeOf(f.kind),
        message: f.message,
        comment: ack?.comment ?? "",
        years: f.kind === "year",
        related: relatedText(f.related, facts),
        acknowledgedBy: ack?.by ?? "",
        acknowledgedAt: ack?.at ?? "",
      };
    });
}

export interface PaperContext {
  readonly workbook: string;
  readonly checkedAt: Date;
  readonly reviewer: string;
}

/** The header and the list of ties held that make the export a working paper. */
export function workingPaper(
  result: CheckResult,
  acks: Acknowledgements,
  context: PaperContext,
): WorkingPaper {
  const coverage = coverageOf(result);
  const counts = countByStatus(result.findings, acks);
  const time = `${context.checkedAt.toLocaleDateString("sv-SE")} ${context.checkedAt.toLocaleTimeString("sv-SE")}`;
  return {
    title: pane.exportTitle,
    facts: [
      [pane.exportWorkbook, context.workbook],
      [pane.exportTime, time],
      [pane.exportReviewer, context.reviewer || pane.exportReviewerUnknown],
      [
        pane.exportCounts,
        pane.exportCountsText(counts.open.error + counts.open.warning, counts.acknowledged, counts.open.info),
      ],
    ],
    statementsLabel: pane.exportStatements,
    statements: coverage.statements.map((s) =>
      pane.coverageStatement(
        statementText[s.statement] ?? s.statement,
        qualifiedAddress(s.sheet, s.range),
        s.periods,
        s.entities,
      ),
    ),
    heldHeading: pane.exportHeld(coverage.held),
    held: [
      ...coverage.chains.map((c) =>
        pane.coverageChain(c.label, c.statements, c.periods, c.partial, c.rounded),
      ),
      ...coverage.groups.flatMap((g) =>
        g.ties.map(
          (t) =>
            `${statementText[g.statement] ?? g.statement}: ${pane.coverageTie(t.label, t.basis, t.periods, t.rounded)}`,
        ),
      ),
    ],
  };
}

/**
 * Tickmarks: the total of every tie that held exactly (not only within rounding), for the
 * revisor's "bockar" beside the marks.
 */
export function ticksFor(result: CheckResult): CellMark[] {
  return (result.held ?? [])
    .filter((t) => !t.rounded)
    .map((t) => parseQualified(t.total))
    .filter((ref): ref is NonNullable<typeof ref> => ref !== null)
    .map((ref) => ({ ...ref, level: "held" as const }));
}

/** Errors and warnings not yet kvitterade; rounding notes are information, never marked. */
export function marksFor(findings: readonly Finding[], acks: Acknowledgements): CellMark[] {
  return findings
    .filter((f) => f.severity !== "info" && !acks[f.key])
    .map((f) => ({ sheet: f.sheet, cell: f.cell, level: f.severity === "error" ? "error" : "warning" }));
}
