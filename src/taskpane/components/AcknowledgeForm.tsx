/** The kvittering: a comment, saved or cancelled (Escape cancels); the comment box takes focus. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { pane } from "../../i18n/sv/pane";
import { nativeControlStyle } from "./nativeControlStyle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  text: {
    ...nativeControlStyle,
    padding: tokens.spacingHorizontalS,
    resize: "vertical",
    minHeight: "3em",
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalXS },
});

export interface AcknowledgeFormProps {
  readonly onSave: (comment: string) => void;
  readonly onCancel: () => void;
}

export function AcknowledgeForm({ onSave, onCancel }: AcknowledgeFormProps) {
  const styles = useStyles();
  const id = useId();
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
      <label htmlFor={id}>{pane.acknowledgeComment}</label>
      <textarea
        id={id}
        // The user just asked to kvittera: the comment is what they type next.
        autoFocus
        className={styles.text}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
      />
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
