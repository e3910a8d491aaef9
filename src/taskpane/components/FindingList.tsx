/** Findings grouped by statement, errors first; rounding notes folded away in each group. */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding } from "../../engine/check/finding";
import { pane, statementText } from "../../i18n/sv/pane";
import { groupByStatement } from "../model/findingsView";
import type { Acknowledgements, CellRef } from "../paneActions";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  heading: {
    fontSize: tokens.fontSizeBase400,
    margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}`,
  },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly acks: Acknowledgements;
  readonly onGoTo: (ref: CellRef) => void;
  readonly onAcknowledge: (key: string, comment: string) => void;
  readonly onUnacknowledge: (key: string) => void;
}

export function FindingList({ findings, acks, ...handlers }: FindingListProps) {
  const styles = useStyles();
  return (
    <>
      {groupByStatement(findings).map((group) => {
        const headingId = `rapport-${group.statement}`;
        const item = (f: Finding) => (
          <FindingItem
            key={`${f.key}|${f.sheet}!${f.cell}`}
            finding={f}
            acknowledgement={acks[f.key]}
            {...handlers}
          />
        );
        return (
          <section key={group.statement} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {statementText[group.statement] ?? group.statement}
            </h3>
            {group.findings.length > 0 && <ul className={styles.list}>{group.findings.map(item)}</ul>}
            {group.rounding.length > 0 && (
              <Accordion collapsible>
                <AccordionItem value="avrundning">
                  <AccordionHeader size="small">{pane.roundingFolded(group.rounding.length)}</AccordionHeader>
                  <AccordionPanel>
                    <ul className={styles.list}>{group.rounding.map(item)}</ul>
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            )}
          </section>
        );
      })}
    </>
  );
}
