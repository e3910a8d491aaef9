/** The main button, its progress and the way to cancel a long check. */
import { Button, Field, ProgressBar, makeStyles, tokens } from "@fluentui/react-components";
import { pane } from "../../i18n/sv/pane";
import type { Phase } from "../state/useReview";

const useStyles = makeStyles({
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

export interface CheckControlsProps {
  readonly phase: Phase;
  readonly progress: number;
  readonly onCheck: () => void;
  readonly onCancel: () => void;
}

export function CheckControls({ phase, progress, onCheck, onCancel }: CheckControlsProps) {
  const styles = useStyles();
  const working = phase === "reading" || phase === "checking";
  return (
    <div>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onCheck} disabled={working}>
          {pane.checkButton}
        </Button>
        {working && <Button onClick={onCancel}>{pane.cancelButton}</Button>}
      </div>
      {working && (
        <Field
          label={pane.progressLabel}
          validationMessage={phase === "reading" ? pane.reading : pane.checking}
          validationState="none"
        >
          <ProgressBar value={progress} max={1} />
        </Field>
      )}
    </div>
  );
}
