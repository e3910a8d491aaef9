/**
 * What the check covered: the statements it recognised (sheet, range, periods) and every tie that
 * held, grouped by statement in report order. Folded away under one line while there are findings
 * to work through; open when the workbook is clear, where it is the whole result.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { qualifiedAddress } from "../../engine/workbook/snapshot";
import { pane, statementText } from "../../i18n/sv/pane";
import type { Coverage } from "../model/coverage";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, fontSize: tokens.fontSizeBase200 },
  heading: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  sub: { fontSize: tokens.fontSizeBase200, margin: `${tokens.spacingVerticalXS} 0 0` },
});

export function CoverageSection({ coverage, open }: { coverage: Coverage; open: boolean }) {
  const styles = useStyles();
  return (
    <Accordion collapsible defaultOpenItems={open ? ["tackning"] : []}>
      <AccordionItem value="tackning">
        <AccordionHeader size="small">
          {pane.coverageHeading(coverage.statements.length, coverage.held)}
        </AccordionHeader>
        <AccordionPanel>
          <h3 className={styles.heading}>{pane.coverageStatements}</h3>
          <ul className={styles.list}>
            {coverage.statements.map((s) => (
              <li key={`${s.sheet}!${s.range}`}>
                {pane.coverageStatement(
                  statementText[s.statement] ?? s.statement,
                  qualifiedAddress(s.sheet, s.range),
                  s.periods,
                  s.entities,
                )}
              </li>
            ))}
          </ul>
          <h3 className={styles.heading}>{pane.coverageHeld}</h3>
          {coverage.groups.length === 0 && coverage.chains.length === 0 && (
            <Text size={200}>{pane.coverageNone}</Text>
          )}
          {coverage.chains.length > 0 && (
            <section aria-label={pane.coverageChains}>
              <h4 className={styles.sub}>{pane.coverageChains}</h4>
              <ul className={styles.list}>
                {coverage.chains.map((c) => (
                  <li key={`${c.statements.join("=")}|${c.label}`}>
                    {pane.coverageChain(c.label, c.statements, c.periods, c.partial, c.rounded)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {coverage.groups.map((g) => (
            <section key={g.statement} aria-label={`${pane.coverageHeld}: ${statementText[g.statement]}`}>
              <h4 className={styles.sub}>{statementText[g.statement] ?? g.statement}</h4>
              <ul className={styles.list}>
                {g.ties.map((t) => (
                  <li key={`${t.label}|${t.basis}`}>
                    {pane.coverageTie(t.label, t.basis, t.periods, t.rounded)}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
