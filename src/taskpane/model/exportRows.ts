/** The export sheet's rows and the cells to mark, derived from findings and kvitteringar. */
import type { Finding } from "../../engine/check/finding";
import { qualifiedAddress } from "../../engine/workbook/snapshot";
import { causeOf, pane, severityText, statementText } from "../../i18n/sv/pane";
import type { Acknowledgements, CellMark, ExportRow } from "../paneActions";
import { SEVERITY_ORDER } from "./findingsView";

export function exportRows(findings: readonly Finding[], acks: Acknowledgements): ExportRow[] {
  return [...findings]
    .sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity))
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
      };
    });
}

/** Errors and warnings not yet kvitterade; rounding notes are information, never marked. */
export function marksFor(findings: readonly Finding[], acks: Acknowledgements): CellMark[] {
  return findings
    .filter((f) => f.severity !== "info" && !acks[f.key])
    .map((f) => ({ sheet: f.sheet, cell: f.cell, level: f.severity === "error" ? "error" : "warning" }));
}
