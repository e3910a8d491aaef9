/**
 * "Läs in rapport (PDF/Word)": a button that opens the file picker (.pdf, .docx), the reading's
 * progress (pages read of all), the question before anything is written (what will be added),
 * and the outcome or the Swedish reason nothing was written. Keyboard: the button, then the
 * question's two buttons, which get focus when it appears; the outcome is announced (live region).
 */
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { pane } from "../../i18n/sv/pane";
import type { ReportImport } from "../state/useReportImport";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  question: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

/** What the picker offers: the extensions and their types (some systems filter by either). */
const ACCEPT =
  ".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export interface ReadReportProps {
  readonly report: ReportImport;
  /** The review is busy (checking, marking …): no new import starts meanwhile. */
  readonly disabled?: boolean;
}

export function ReadReport({ report, disabled }: ReadReportProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const hintId = useId();
  const { state, notice } = report;
  const working = state.step === "reading" || state.step === "checking" || state.step === "writing";

  // The question takes focus when it appears, so a keyboard or screen-reader user is at it.
  useEffect(() => {
    if (state.step === "confirm") question.current?.focus();
  }, [state.step]);

  const progressText =
    state.step === "reading"
      ? state.total > 0
        ? pane.reportPages(state.read, state.total)
        : pane.reportReading(state.file)
      : state.step === "checking"
        ? pane.reportChecking
        : "";

  return (
    <div className={styles.root}>
      <div className={styles.row}>
        <Button
          appearance="secondary"
          aria-describedby={hintId}
          disabled={disabled || working || state.step === "confirm"}
          onClick={() => input.current?.click()}
        >
          {pane.reportButton}
        </Button>
        {(state.step === "reading" || state.step === "checking") && (
          <Button onClick={report.cancel}>{pane.cancelButton}</Button>
        )}
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          tabIndex={-1}
          aria-label={pane.reportButton}
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so the same file can be chosen again (after fixing it).
            e.target.value = "";
            if (file) report.choose(file);
          }}
        />
      </div>
      <Text id={hintId} size={200}>
        {pane.reportHint}
      </Text>
      {(state.step === "reading" || state.step === "checking") && (
        <Field label={pane.reportProgressLabel} validationMessage={progressText} validationState="none">
          <ProgressBar
            value={state.step === "reading" && state.total > 0 ? state.read / state.total : undefined}
            max={1}
          />
        </Field>
      )}
      {state.step === "confirm" && (
        <div
          ref={question}
          role="group"
          aria-labelledby={headingId}
          tabIndex={-1}
          className={styles.question}
        >
          <h2 id={headingId} className={styles.heading}>
            {pane.reportConfirmHeading}
          </h2>
          <Text>{pane.reportConfirmFound(state.file, state.proposal.statements)}</Text>
          <Text>{pane.reportConfirmAdds(state.proposal.sheets)}</Text>
          <div className={styles.row}>
            <Button appearance="primary" onClick={report.confirm}>
              {pane.reportConfirm}
            </Button>
            <Button onClick={report.decline}>{pane.reportDecline}</Button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {notice && (
          <MessageBar intent={notice.intent} layout="multiline">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
