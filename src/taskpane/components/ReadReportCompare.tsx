/**
 * "Jämför med arbetsboken" and its outcome: each amount the report states otherwise than the
 * workbook, with its page, a button to the report's cell and one to the workbook's.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { parseQualified, qualifiedAddress } from "../../engine/workbook/snapshot";
import { compareCli } from "../../i18n/sv/compare";
import { pane } from "../../i18n/sv/pane";
import { report as words } from "../../i18n/sv/report";
import type { CellRef } from "../paneActions";
import type { ReportCompare } from "../state/useReportCompare";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  list: { margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  item: {
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS },
});

export interface ReadReportCompareProps {
  readonly compare: ReportCompare;
  readonly disabled?: boolean;
  readonly onGoTo: (ref: CellRef) => void;
}

export function ReadReportCompare({ compare, disabled, onGoTo }: ReadReportCompareProps) {
  const styles = useStyles();
  const headingId = useId();
  const { state } = compare;
  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {pane.compareHeading}
      </h2>
      <div>
        <Button onClick={compare.compare} disabled={disabled || state.step === "comparing"}>
          {pane.compareButton}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {state.step === "comparing" && <Text>{pane.comparing}</Text>}
        {state.step === "refused" && (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{state.message}</MessageBarBody>
          </MessageBar>
        )}
        {state.step === "done" && (
          <Text>
            {state.summary} {pane.compareCount(state.differences.length)}
          </Text>
        )}
      </div>
      {state.step === "done" && state.differences.length > 0 && (
        <ul className={styles.list} aria-label={pane.compareHeading}>
          {state.differences.map(({ finding: f, page }) => {
            const address = qualifiedAddress(f.sheet, f.cell);
            const workbookCells = f.related
              .map((r) => ({ text: r, ref: parseQualified(r) }))
              .filter((r): r is { text: string; ref: CellRef } => r.ref !== null);
            return (
              <li
                key={`${f.key}|${f.cell}`}
                className={styles.item}
                aria-label={`${f.label ?? f.ruleId}, ${address}`}
              >
                <SeverityBadge severity={f.severity} />
                <Text>
                  {f.message}
                  {page !== undefined ? ` (${words.page(page)})` : ""}
                </Text>
                <div className={styles.links}>
                  <Button size="small" onClick={() => onGoTo({ sheet: f.sheet, cell: f.cell })}>
                    {pane.goToCell(address)}
                  </Button>
                  {workbookCells.map((r) => (
                    <Button key={r.text} size="small" appearance="subtle" onClick={() => onGoTo(r.ref)}>
                      {`${compareCli.workbookCell}: ${r.text}`}
                    </Button>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
