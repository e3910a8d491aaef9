/**
 * A labelled native <select> in Fluent's tokens. Lighter than Fluent's Select (the pane must stay
 * under 150 KB gzip) and as accessible: the browser gives keyboard and screen-reader support.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useId, type ReactNode } from "react";
import { nativeControlStyle } from "./nativeControlStyle";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  label: { fontSize: tokens.fontSizeBase300, color: tokens.colorNeutralForeground1 },
  select: {
    ...nativeControlStyle,
    minHeight: "32px",
    paddingInline: tokens.spacingHorizontalS,
  },
});

export interface NativeSelectProps {
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly children: ReactNode;
}

export function NativeSelect({ label, value, onChange, children }: NativeSelectProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <div className={styles.root}>
      <label className={styles.label} htmlFor={id}>
        {label}
      </label>
      <select id={id} className={styles.select} value={value} onChange={(e) => onChange(e.target.value)}>
        {children}
      </select>
    </div>
  );
}
