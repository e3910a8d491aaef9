/**
 * A labelled choice of one value among a few: Fluent's Select (a styled native <select>) inside a
 * Field, so the label, keyboard and screen-reader support come from the browser and the library.
 * Fluent's Dropdown was tried and left: with its popup positioning it took the pane over its
 * 150 KB gzip budget (155 KB measured), for no gain a revisor would notice.
 */
import { Field, Select, makeStyles, mergeClasses } from "@fluentui/react-components";

// In a narrow pane the choices share one row: they may shrink below their longest option's width.
const useStyles = makeStyles({ field: { minWidth: 0 }, select: { minWidth: 0, width: "100%" } });

export interface ChoiceOption<V extends string> {
  readonly value: V;
  readonly text: string;
}

export interface ChoiceProps<V extends string> {
  readonly label: string;
  readonly value: V;
  readonly options: readonly ChoiceOption<V>[];
  readonly onChange: (value: V) => void;
  readonly className?: string;
}

export function Choice<V extends string>({ label, value, options, onChange, className }: ChoiceProps<V>) {
  const styles = useStyles();
  return (
    <Field label={label} size="small" className={mergeClasses(styles.field, className)}>
      <Select
        className={styles.select}
        size="small"
        value={value}
        onChange={(_, d) => {
          const chosen = options.find((o) => o.value === d.value);
          if (chosen) onChange(chosen.value);
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </Select>
    </Field>
  );
}
