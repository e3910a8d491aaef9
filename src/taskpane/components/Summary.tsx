/**
 * Open errors, warnings and rounding notes per statement, and the kvitterade apart: a kvittering
 * takes a finding out of the open counts. One line (the open errors and warnings, the kvitterade)
 * that opens for the table per statement, so the findings themselves start high in the pane.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../engine/check/finding";
import type { Acknowledgements } from "../paneActions";
import { pane, statementText } from "../../i18n/sv/pane";
import { countByStatus, summarise } from "../model/findingsView";

const useStyles = makeStyles({
  table: { borderCollapse: "collapse", width: "100%", fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: "start", fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase300 },
  th: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    padding: tokens.spacingHorizontalXS,
  },
  td: {
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  num: { textAlign: "end" },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface SummaryProps {
  readonly findings: readonly Finding[];
  readonly acks: Acknowledgements;
  /** How many errors and warnings of the last check are gone (åtgärdade). */
  readonly resolved: number;
}

export function Summary({ findings, acks, resolved }: SummaryProps) {
  const styles = useStyles();
  const rows = summarise(findings, acks).map(({ statement, counts }) => ({
    name: statementText[statement] ?? statement,
    counts,
  }));
  const total = countByStatus(findings, acks);
  rows.push({ name: pane.summaryTotal, counts: total });
  return (
    <Accordion collapsible>
      <AccordionItem value="sammanfattning">
        <AccordionHeader size="small">
          {pane.summaryLine(total.open.error, total.open.warning, total.acknowledged, resolved)}
        </AccordionHeader>
        <AccordionPanel>
          <table className={styles.table} aria-label={pane.summaryCaption}>
            <caption className={styles.caption}>{pane.summaryHeading}</caption>
            <thead>
              <tr>
                <th scope="col" className={styles.th}>
                  {pane.summaryStatement}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {pane.summaryErrors}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {pane.summaryWarnings}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {pane.summaryRounding}
                </th>
                <th scope="col" className={`${styles.th} ${styles.num}`}>
                  {pane.summaryAcknowledged}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ name, counts }, i) => (
                <tr key={name} className={i === rows.length - 1 ? styles.total : undefined}>
                  <td className={styles.td}>{name}</td>
                  <td className={`${styles.td} ${styles.num}`}>{counts.open.error}</td>
                  <td className={`${styles.td} ${styles.num}`}>{counts.open.warning}</td>
                  <td className={`${styles.td} ${styles.num}`}>{counts.open.info}</td>
                  <td className={`${styles.td} ${styles.num}`}>{counts.acknowledged}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
