/**
 * The kvittering: who (initials, asked once and then filled in) and a comment, saved or cancelled
 * (Escape cancels). The comment box takes focus, or the initials box while none are known.
 */
import { Button, Field, Input, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../i18n/sv/pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export interface AcknowledgeFormProps {
  /** The initials the workbook knows (PaneSettings.reviewer), if any. */
  readonly initials: string;
  readonly onSave: (comment: string, initials: string) => void;
  readonly onCancel: () => void;
}

export function AcknowledgeForm({ initials: known, onSave, onCancel }: AcknowledgeFormProps) {
  const styles = useStyles();
  const [comment, setComment] = useState("");
  const [initials, setInitials] = useState(known);
  const [missing, setMissing] = useState(false);
  const save = () => {
    if (initials.trim() === "") {
      setMissing(true);
      return;
    }
    onSave(comment.trim(), initials.trim());
  };
  return (
    <div
      className={styles.root}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <Field
        label={pane.acknowledgeInitials}
        hint={pane.acknowledgeInitialsHint}
        size="small"
        validationState={missing ? "error" : "none"}
        validationMessage={missing ? pane.acknowledgeInitialsMissing : undefined}
      >
        <Input
          size="small"
          // Asked once: while the workbook knows none, this is what the user types first.
          autoFocus={known === ""}
          value={initials}
          maxLength={12}
          onChange={(_, d) => {
            setInitials(d.value);
            setMissing(false);
          }}
        />
      </Field>
      <Field label={pane.acknowledgeComment} size="small">
        <Textarea
          autoFocus={known !== ""}
          resize="vertical"
          value={comment}
          onChange={(_, d) => setComment(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" size="small" onClick={save}>
          {pane.acknowledgeSave}
        </Button>
        <Button size="small" onClick={onCancel}>
          {pane.acknowledgeCancel}
        </Button>
      </div>
    </div>
  );
}
