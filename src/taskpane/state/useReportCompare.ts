/**
 * "Jämför med arbetsboken": after a report has been read into new sheets of a workbook that holds
 * its own statements, the report's figures are matched with the workbook's (statement, line,
 * period) by the engine's comparison (src/engine/compare, the same as `finsam-check --jamfor`) and
 * every difference is listed, at the report's cell with its page, the workbook's cell beside it.
 *
 * The comparison is loaded on first use as a chunk of its own, so the pane's script stays small.
 */
import { useCallback, useEffect, useState } from "react";
import type { Finding } from "../../engine/check/finding";
import type { WorkbookSnapshot } from "../../engine/workbook/snapshot";
import { compareCli } from "../../i18n/sv/compare";
import { pane } from "../../i18n/sv/pane";
import { pageOfCell } from "../model/reportPages";
import type { PaneActions, PaneSettings } from "../paneActions";

export interface Difference {
  readonly finding: Finding;
  /** The report's page of the line, where the sheet carries it. */
  readonly page?: number;
}

export type Comparison =
  | { readonly step: "idle" }
  | { readonly step: "comparing" }
  | {
      readonly step: "done";
      readonly differences: readonly Difference[];
      /** What was compared, in words ("203 belopp jämförda i 13 uppställningar."). */
      readonly summary: string;
    }
  /** Nothing could be compared, or the report is not this workbook's: said in Swedish. */
  | { readonly step: "refused"; readonly message: string };

export interface ReportCompare {
  readonly state: Comparison;
  compare(): void;
}

const pagesOf = (snapshot: WorkbookSnapshot, findings: readonly Finding[]): Difference[] =>
  findings.map((finding) => ({ finding, page: pageOfCell(snapshot, finding.sheet, finding.cell) }));

export function useReportCompare(
  actions: PaneActions,
  /** The sheets the report was read into, and its file's name; null before a report is added. */
  added: { readonly file: string; readonly sheets: readonly string[] } | null,
  unit: PaneSettings["unit"],
): ReportCompare {
  const [state, setState] = useState<Comparison>({ step: "idle" });

  // A new report (or another workbook): the last comparison is about something else.
  useEffect(() => setState({ step: "idle" }), [actions, added]);

  const compare = useCallback(() => {
    if (!added) return;
    setState({ step: "comparing" });
    void (async () => {
      try {
        const snapshot = await actions.readWorkbook({});
        const { compareReportSheets } = await import(
          /* webpackChunkName: "compare" */ "../../engine/compare/compareReport"
        );
        const result = compareReportSheets(snapshot, added.sheets, { unit: unit ?? undefined });
        const workbook = snapshot.name ?? "";
        if (result.compared === 0)
          setState({ step: "refused", message: compareCli.nothingCompared(added.file, workbook) });
        else if (result.unrelated)
          setState({
            step: "refused",
            message: compareCli.unrelated(added.file, workbook, result.agreeing, result.compared),
          });
        else {
          const both = result.statements.filter((s) => s.inReport && s.inWorkbook).length;
          setState({
            step: "done",
            differences: pagesOf(snapshot, result.findings),
            summary: compareCli.compared(result.compared, both),
          });
        }
      } catch (e) {
        setState({ step: "refused", message: pane.actionFailed(e instanceof Error ? e.message : String(e)) });
      }
    })();
  }, [actions, added, unit]);

  return { state, compare };
}
