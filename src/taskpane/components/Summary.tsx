/** Errors, warnings and rounding notes per statement. */
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
} from "@fluentui/react-components";
import type { Finding } from "../../engine/check/finding";
import { pane, statementText } from "../../i18n/sv/pane";
import { countBySeverity, summarise } from "../model/findingsView";

const useStyles = makeStyles({ caption: { textAlign: "start", fontWeight: 600 } });

export function Summary({ findings }: { findings: readonly Finding[] }) {
  const styles = useStyles();
  const rows = summarise(findings);
  const total = countBySeverity(findings);
  return (
    <Table size="extra-small" aria-label={pane.summaryCaption}>
      <caption className={styles.caption}>{pane.summaryHeading}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{pane.summaryStatement}</TableHeaderCell>
          <TableHeaderCell>{pane.summaryErrors}</TableHeaderCell>
          <TableHeaderCell>{pane.summaryWarnings}</TableHeaderCell>
          <TableHeaderCell>{pane.summaryRounding}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map(({ statement, counts }) => (
          <TableRow key={statement}>
            <TableCell>{statementText[statement] ?? statement}</TableCell>
            <TableCell>{counts.error}</TableCell>
            <TableCell>{counts.warning}</TableCell>
            <TableCell>{counts.info}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell>{pane.summaryTotal}</TableCell>
          <TableCell>{total.error}</TableCell>
          <TableCell>{total.warning}</TableCell>
          <TableCell>{total.info}</TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
