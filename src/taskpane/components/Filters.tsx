/** Filter by severity and by statement (native selects: keyboard and screen readers for free). */
import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { Severity, StatementKind } from "../../engine/check/finding";
import { pane, severityText, statementText } from "../../i18n/sv/pane";
import { SEVERITY_ORDER, type Filter } from "../model/findingsView";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalM, flexWrap: "wrap" } });

export interface FiltersProps {
  readonly filter: Filter;
  readonly statements: readonly StatementKind[];
  readonly onChange: (filter: Filter) => void;
}

export function Filters({ filter, statements, onChange }: FiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label={pane.filterHeading}>
      <Field label={pane.filterSeverity}>
        <Select
          value={filter.severity}
          onChange={(_, d) => onChange({ ...filter, severity: d.value as Severity | "all" })}
        >
          <option value="all">{pane.filterAllSeverities}</option>
          {SEVERITY_ORDER.map((s) => (
            <option key={s} value={s}>
              {severityText[s]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={pane.filterStatement}>
        <Select
          value={filter.statement}
          onChange={(_, d) => onChange({ ...filter, statement: d.value as StatementKind | "all" })}
        >
          <option value="all">{pane.filterAllStatements}</option>
          {statements.map((s) => (
            <option key={s} value={s}>
              {statementText[s] ?? s}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
}
