/** The kvittering: a comment, saved or cancelled. */
import { Button, Field, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { pane } from "../../i18n/sv/pane";

const useStyles = makeStyles({
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
    <div>
      <Field label={pane.acknowledgeComment}>
        <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" />
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
