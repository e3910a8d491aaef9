/** Filter by status, severity and statement (native selects: keyboard and screen readers for free). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity, StatementKind } from "../../engine/check/finding";
import { pane, severityText, statementText } from "../../i18n/sv/pane";
import { SEVERITY_ORDER, type Filter, type Status } from "../model/findingsView";
import { NativeSelect } from "./NativeSelect";

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
      <NativeSelect
        label={pane.filterStatus}
        value={filter.status}
        onChange={(v) => onChange({ ...filter, status: v as Status | "all" })}
      >
        <option value="all">{pane.filterAllStatuses}</option>
        <option value="open">{pane.filterOpen}</option>
        <option value="acknowledged">{pane.filterAcknowledged}</option>
      </NativeSelect>
      <NativeSelect
        label={pane.filterSeverity}
        value={filter.severity}
        onChange={(v) => onChange({ ...filter, severity: v as Severity | "all" })}
      >
        <option value="all">{pane.filterAllSeverities}</option>
        {SEVERITY_ORDER.map((s) => (
          <option key={s} value={s}>
            {severityText[s]}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={pane.filterStatement}
        value={filter.statement}
        onChange={(v) => onChange({ ...filter, statement: v as StatementKind | "all" })}
      >
        <option value="all">{pane.filterAllStatements}</option>
        {statements.map((s) => (
          <option key={s} value={s}>
            {statementText[s] ?? s}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
