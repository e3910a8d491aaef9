/**
 * Granskningspanelen. Receives the host's actions and the engine as props: it never touches
 * Office.js, so the same component runs in Excel, in the workbench and in the tests.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { pane } from "../i18n/sv/pane";
import { CheckControls } from "./components/CheckControls";
import { CoverageSection } from "./components/CoverageSection";
import { FindingList } from "./components/FindingList";
import { ReadReport } from "./components/ReadReport";
import { ReadReportCompare } from "./components/ReadReportCompare";
import { Filters } from "./components/Filters";
import { SettingsPanel } from "./components/SettingsPanel";
import { ShareWithoutAddin } from "./components/ShareWithoutAddin";
import { Summary } from "./components/Summary";
import { WorkbookActions } from "./components/WorkbookActions";
import { coverageOf } from "./model/coverage";
import { withReportPages } from "./model/reportPages";
import { NO_FILTER, applyFilter, statementsOf, type Filter } from "./model/findingsView";
import type { Checker, PaneActions } from "./paneActions";
import { type ReportReader, defaultReportReader } from "./reportReader";
import { useReportCompare } from "./state/useReportCompare";
import { useReportImport } from "./state/useReportImport";
import { useReview } from "./state/useReview";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface PaneProps {
  readonly actions: PaneActions;
  readonly checker: Checker;
  /** The clock, for tests. */
  readonly now?: () => Date;
  /** Reads a published report (PDF, Word); by default in a worker beside the pane's script. */
  readonly readReport?: ReportReader | null;
}

export function Pane({ actions, checker, now, readReport }: PaneProps) {
  const styles = useStyles();
  // Every check names the report page of findings on sheets read from a report ("sida 4").
  const pagedChecker = useMemo(() => withReportPages(checker), [checker]);
  const [state, run] = useReview(actions, pagedChecker, now);
  const reader = useMemo(() => (readReport === undefined ? defaultReportReader() : readReport), [readReport]);
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [ticks, setTicks] = useState(false);
  const findings = useMemo(() => state.result?.findings ?? [], [state.result]);
  // "Åtgärdade" lists what the last check found and this one does not; every other status, this check's.
  const shown = useMemo(
    () => applyFilter(filter.status === "resolved" ? state.resolved : findings, filter, state.acks),
    [findings, filter, state.acks, state.resolved],
  );
  const statements = useMemo(() => statementsOf(findings), [findings]);
  const problems = findings.filter((f) => f.severity !== "info").length;
  const coverage = useMemo(() => (state.result ? coverageOf(state.result) : null), [state.result]);
  const root = useRef<HTMLElement>(null);
  const checkedText = useRef<HTMLSpanElement>(null);
  /** Set when the user pressed Granska: focus then goes to the result, never on an automatic check. */
  const focusResult = useRef(false);
  const { check } = run;
  const report = useReportImport(
    actions,
    checker,
    reader,
    () => {
      focusResult.current = true;
      check();
    },
    state.settings.sheets,
  );
  const compare = useReportCompare(actions, report.added, state.settings.unit);
  /** A report was added to a workbook with statements of its own: the two can be compared. */
  const comparable =
    report.added !== null &&
    (state.result?.statements.some((s) => !report.added?.sheets.includes(s.sheet)) ?? false);

  useEffect(() => {
    if (!focusResult.current || (state.phase !== "done" && state.phase !== "failed")) return;
    focusResult.current = false;
    const first = root.current?.querySelector<HTMLElement>('[data-finding-row][tabindex="0"]');
    (first ?? checkedText.current)?.focus();
  }, [state.phase, state.result]);

  return (
    <main className={styles.root} aria-label={pane.title} ref={root}>
      <h1 className={styles.title}>{pane.title}</h1>
      {!actions.available && (
        <MessageBar intent="warning">
          <MessageBarBody>{pane.noHost}</MessageBarBody>
        </MessageBar>
      )}
      <CheckControls
        phase={state.phase}
        progress={state.progress}
        onCheck={() => {
          focusResult.current = true;
          run.check();
        }}
        onCancel={run.cancel}
      />
      {report.available && <ReadReport report={report} disabled={state.busy} />}
      {comparable && <ReadReportCompare compare={compare} disabled={state.busy} onGoTo={run.goTo} />}
      <div role="status" aria-live="polite">
        {state.notice && (
          <MessageBar intent={state.notice.intent} layout="multiline">
            <MessageBarBody>{state.notice.text}</MessageBarBody>
          </MessageBar>
        )}
        {state.stale && state.result && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{pane.stale}</MessageBarBody>
          </MessageBar>
        )}
        {state.phase === "done" && state.checkedAt && (
          <Text size={200} ref={checkedText} tabIndex={-1}>
            {pane.checkedAt(state.checkedAt.toLocaleTimeString("sv-SE"))}
            {state.stale ? ` (${pane.staleShort})` : ""}
          </Text>
        )}
      </div>

      {state.result === null ? (
        actions.available && <Text>{pane.notCheckedYet}</Text>
      ) : (
        <>
          {state.result.statements.length === 0 && findings.length === 0 && <Text>{pane.noStatements}</Text>}
          {state.result.statements.length > 0 && problems === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{pane.allClear}</MessageBarBody>
            </MessageBar>
          )}
          {findings.length > 0 && (
            <Summary findings={findings} acks={state.acks} resolved={state.resolved.length} />
          )}
          <WorkbookActions
            disabled={state.busy || findings.length === 0}
            unmarkDisabled={state.busy}
            ticks={ticks}
            onTicksChange={setTicks}
            onMark={() => run.mark(ticks)}
            onUnmark={run.unmark}
            onExport={run.exportReview}
          />
          {findings.length > 0 && (
            <section aria-labelledby="iakttagelser" className={styles.section}>
              <h2 id="iakttagelser" className={styles.heading}>
                {pane.findingsHeading}
              </h2>
              <Filters filter={filter} statements={statements} onChange={setFilter} />
              {shown.length === 0 ? (
                <Text>{filter.status === "resolved" ? pane.resolvedNone : pane.filterNoMatch}</Text>
              ) : (
                <FindingList
                  findings={shown}
                  acks={state.acks}
                  resolved={filter.status === "resolved"}
                  facts={state.facts}
                  roundingOpen={filter.severity === "info"}
                  selected={state.selected}
                  initials={state.settings.reviewer ?? ""}
                  onGoTo={run.goTo}
                  onAcknowledge={run.acknowledge}
                  onUnacknowledge={run.unacknowledge}
                  onNotice={run.inform}
                />
              )}
            </section>
          )}
          {coverage && coverage.statements.length > 0 && (
            <CoverageSection coverage={coverage} open={problems === 0} />
          )}
        </>
      )}

      {actions.available && (
        <Accordion collapsible>
          <AccordionItem value="installningar">
            <AccordionHeader>{pane.settingsHeading}</AccordionHeader>
            <AccordionPanel>
              <SettingsPanel
                settings={state.settings}
                sheetNames={state.sheetNames}
                onChange={run.updateSettings}
              />
            </AccordionPanel>
          </AccordionItem>
          <AccordionItem value="dela">
            <AccordionHeader>{pane.shareHeading}</AccordionHeader>
            <AccordionPanel>
              <ShareWithoutAddin actions={actions} sheetNames={state.sheetNames} />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
    </main>
  );
}
