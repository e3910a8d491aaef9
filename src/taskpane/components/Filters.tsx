/** Filter by status, severity and statement (statements in report order, as everywhere). */
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Severity, StatementKind } from "../../engine/check/finding";
import { pane, severityText, statementText } from "../../i18n/sv/pane";
import { SEVERITY_ORDER, type Filter, type Status } from "../model/findingsView";
import { Choice } from "./Choice";

const useStyles = makeStyles({
  // Three narrow columns in one row: at a 350 px pane the filters take one line, not three.
  row: { display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: tokens.spacingHorizontalS },
});

export interface FiltersProps {
  readonly filter: Filter;
  /** The statements present, in report order. */
  readonly statements: readonly StatementKind[];
  readonly onChange: (filter: Filter) => void;
}

export function Filters({ filter, statements, onChange }: FiltersProps) {
  const styles = useStyles();
  return (
    <div className={styles.row} role="group" aria-label={pane.filterHeading}>
      <Choice<Status | "resolved" | "all">
        label={pane.filterStatus}
        value={filter.status}
        options={[
          { value: "all", text: pane.filterAllStatuses },
          { value: "open", text: pane.filterOpen },
          { value: "acknowledged", text: pane.filterAcknowledged },
          { value: "resolved", text: pane.filterResolved },
        ]}
        onChange={(status) => onChange({ ...filter, status })}
      />
      <Choice<Severity | "all">
        label={pane.filterSeverity}
        value={filter.severity}
        options={[
          { value: "all", text: pane.filterAllSeverities },
          ...SEVERITY_ORDER.map((s) => ({ value: s, text: severityText[s] })),
        ]}
        onChange={(severity) => onChange({ ...filter, severity })}
      />
      <Choice<StatementKind | "all">
        label={pane.filterStatement}
        value={filter.statement}
        options={[
          { value: "all", text: pane.filterAllStatements },
          ...statements.map((s) => ({ value: s, text: statementText[s] ?? s })),
        ]}
        onChange={(statement) => onChange({ ...filter, statement })}
      />
    </div>
  );
}
