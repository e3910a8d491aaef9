/** The kvittering: a comment, saved or cancelled (Escape cancels); the comment box takes focus. */
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../i18n/sv/pane";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export interface AcknowledgeFormProps {
  readonly onSave: (comment: string) => void;
  readonly onCancel: () => void;
}

export function AcknowledgeForm({ onSave, onCancel }: AcknowledgeFormProps) {
  const styles = useStyles();
  const [comment, setComment] = useState("");
  return (
    <div
      className={styles.root}
      onKeyDown={(e) => {
        if (e.key !== "Escape") return;
        e.stopPropagation();
        onCancel();
      }}
    >
      <Field label={pane.acknowledgeComment}>
        <Textarea
          // The user just asked to kvittera: the comment is what they type next.
          autoFocus
          resize="vertical"
          value={comment}
          onChange={(_, d) => setComment(d.value)}
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" size="small" onClick={() => onSave(comment.trim())}>
          {pane.acknowledgeSave}
        </Button>
        <Button size="small" onClick={onCancel}>
          {pane.acknowledgeCancel}
        </Button>
      </div>
    </div>
  );
}
