/**
 * "Dela utan tillägget": choose sheets, see how many cells change, confirm; "Återställ formler"
 * brings the formulas back. The confirmation is an inline alert dialog that takes focus, so a
 * keyboard or screen-reader user hears the count and can confirm or cancel (Escape) at once.
 */
import {
  Button,
  Checkbox,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { pane } from "../../i18n/sv/pane";
import type { PaneActions } from "../paneActions";
import { useShare } from "../state/useShare";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  sheets: { display: "flex", flexDirection: "column", border: "none", padding: 0, margin: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  confirm: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
  },
});

export interface ShareWithoutAddinProps {
  readonly actions: PaneActions;
  readonly sheetNames: readonly string[];
}

export function ShareWithoutAddin({ actions, sheetNames }: ShareWithoutAddinProps) {
  const styles = useStyles();
  const [state, run] = useShare(actions, sheetNames);
  const textId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  const shareRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  const busy = state.phase === "counting" || state.phase === "working";

  // Focus into the confirmation when it opens, and back to the button that opened it when it closes.
  useEffect(() => {
    if (state.phase === "confirm") confirmRef.current?.focus();
    else if (wasConfirming.current && state.phase === "idle") shareRef.current?.focus();
    if (state.phase !== "working") wasConfirming.current = state.phase === "confirm";
  }, [state.phase]);

  return (
    <div className={styles.root}>
      <Text>{pane.shareIntro}</Text>
      <fieldset className={styles.sheets}>
        <legend className={styles.legend}>{pane.shareSheets}</legend>
        {sheetNames.map((name) => (
          <Checkbox
            key={name}
            label={name}
            checked={state.chosen.includes(name)}
            disabled={busy || state.phase === "confirm"}
            onChange={(_, d) => run.choose(name, d.checked === true)}
          />
        ))}
      </fieldset>
      <div className={styles.row}>
        <Button ref={shareRef} onClick={run.share} disabled={busy || state.phase === "confirm"}>
          {pane.shareButton}
        </Button>
        <Button onClick={run.restore} disabled={busy || state.kept === 0}>
          {pane.restoreButton}
        </Button>
      </div>
      {state.kept > 0 && <Text size={200}>{pane.keptFormulas(state.kept)}</Text>}
      {state.phase === "confirm" && state.count && (
        <div
          role="alertdialog"
          aria-labelledby={textId}
          className={styles.confirm}
          onKeyDown={(e) => {
            if (e.key === "Escape") run.cancel();
          }}
        >
          <Text id={textId}>{pane.shareConfirm(state.count.cells, state.count.sheets)}</Text>
          <div className={styles.row}>
            <Button appearance="primary" ref={confirmRef} onClick={run.confirm}>
              {pane.shareConfirmButton}
            </Button>
            <Button onClick={run.cancel}>{pane.shareCancel}</Button>
          </div>
        </div>
      )}
      <div role="status" aria-live="polite">
        {state.notice && (
          <MessageBar intent={state.notice.intent}>
            <MessageBarBody>{state.notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}
