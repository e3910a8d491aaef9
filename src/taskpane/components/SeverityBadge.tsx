/** Severity as icon and word together: never colour alone. */
import { makeStyles, tokens } from "@fluentui/react-components";
import { ErrorCircle20Filled, Info20Regular, Warning20Filled } from "@fluentui/react-icons";
import type { Severity } from "../../engine/check/finding";
import { severityText } from "../../i18n/sv/pane";

const useStyles = makeStyles({
  root: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteMarigoldForeground2 },
  info: { color: tokens.colorNeutralForeground3 },
});

export function SeverityBadge({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon =
    severity === "error" ? ErrorCircle20Filled : severity === "warning" ? Warning20Filled : Info20Regular;
  return (
    <span className={styles.root}>
      <Icon className={styles[severity]} aria-hidden="true" />
      <span>{severityText[severity]}</span>
    </span>
  );
}
