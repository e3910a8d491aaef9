/**
 * Mark (optionally with tickmarks on the totals that held), unmark, export: what the review writes
 * into the workbook, only when asked.
 */
import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowExportLtr20Regular, Eraser20Regular, Highlight20Regular } from "@fluentui/react-icons";
import { pane } from "../../i18n/sv/pane";

const useStyles = makeStyles({ row: { display: "flex", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" } });

export interface WorkbookActionsProps {
  readonly disabled: boolean;
  /** Marks may be left from an earlier session: taking them away needs no result. */
  readonly unmarkDisabled: boolean;
  /** Also tick the totals whose ties held when marking. */
  readonly ticks: boolean;
  readonly onTicksChange: (ticks: boolean) => void;
  readonly onMark: () => void;
  readonly onUnmark: () => void;
  readonly onExport: () => void;
}

export function WorkbookActions({
  disabled,
  unmarkDisabled,
  ticks,
  onTicksChange,
  onMark,
  onUnmark,
  onExport,
}: WorkbookActionsProps) {
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Button size="small" icon={<Highlight20Regular />} onClick={onMark} disabled={disabled}>
        {pane.markButton}
      </Button>
      <Button size="small" icon={<Eraser20Regular />} onClick={onUnmark} disabled={unmarkDisabled}>
        {pane.unmarkButton}
      </Button>
      <Button size="small" icon={<ArrowExportLtr20Regular />} onClick={onExport} disabled={disabled}>
        {pane.exportButton}
      </Button>
      <Checkbox
        label={pane.ticks}
        checked={ticks}
        disabled={disabled}
        onChange={(_, d) => onTicksChange(d.checked === true)}
      />
    </div>
  );
}
