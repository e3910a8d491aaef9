/** One finding: severity, message, amounts, cause, the cell and the related cells, the kvittering. */
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";
import { useState } from "react";
import type { Finding } from "../../engine/check/finding";
import { formatNumber } from "../model/formatNumber";
import { qualifiedAddress } from "../../engine/workbook/snapshot";
import { parseQualified } from "../../excel/address";
import { causeOf, pane } from "../../i18n/sv/pane";
import type { Acknowledgement, CellRef } from "../paneActions";
import { AcknowledgeForm } from "./AcknowledgeForm";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: {
    listStyleType: "none",
    padding: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  head: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0 },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  acked: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteGreenForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  ack: { color: tokens.colorNeutralForeground2, fontStyle: "italic" },
});

export interface FindingItemProps {
  readonly finding: Finding;
  readonly acknowledgement?: Acknowledgement;
  readonly onGoTo: (ref: CellRef) => void;
  readonly onAcknowledge: (key: string, comment: string) => void;
  readonly onUnacknowledge: (key: string) => void;
}

export function FindingItem({
  finding: f,
  acknowledgement,
  onGoTo,
  onAcknowledge,
  onUnacknowledge,
}: FindingItemProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const address = qualifiedAddress(f.sheet, f.cell);
  const related = f.related
    .map((r) => ({ text: r, ref: parseQualified(r) }))
    .filter((r): r is { text: string; ref: CellRef } => r.ref !== null);
  return (
    <li className={styles.root} aria-label={`${f.label ?? f.ruleId}, ${address}`}>
      <div className={styles.head}>
        <SeverityBadge severity={f.severity} />
        {f.label && <Text weight="semibold">{f.label}</Text>}
        {f.period && <Text size={200}>{`${pane.period} ${f.period}`}</Text>}
        {acknowledgement && (
          <span className={styles.acked}>
            <CheckmarkCircle16Filled aria-hidden="true" />
            {pane.acknowledged}
          </span>
        )}
      </div>
      <Text>{f.message}</Text>
      <dl className={styles.facts}>
        {f.expected !== undefined && <Fact term={pane.expected} value={formatNumber(f.expected)} />}
        {f.actual !== undefined && <Fact term={pane.actual} value={formatNumber(f.actual)} />}
        {f.difference !== undefined && <Fact term={pane.difference} value={formatNumber(f.difference)} />}
        <Fact term={pane.cause} value={causeOf(f.kind)} />
      </dl>
      <div className={styles.links}>
        <Button size="small" appearance="secondary" onClick={() => onGoTo({ sheet: f.sheet, cell: f.cell })}>
          {pane.goToCell(address)}
        </Button>
      </div>
      {related.length > 0 && (
        <div className={styles.links} role="group" aria-label={pane.relatedCells}>
          <Text size={200}>{pane.relatedCells}:</Text>
          {related.map((r) => (
            <Button
              key={r.text}
              size="small"
              appearance="subtle"
              aria-label={pane.goToRelated(r.text)}
              onClick={() => onGoTo(r.ref)}
            >
              {r.text}
            </Button>
          ))}
        </div>
      )}
      {acknowledgement ? (
        <div className={styles.links}>
          <Text className={styles.ack}>
            {pane.acknowledgedNote(acknowledgement.comment, acknowledgement.at)}
          </Text>
          <Button size="small" appearance="subtle" onClick={() => onUnacknowledge(f.key)}>
            {pane.acknowledgeRemove}
          </Button>
        </div>
      ) : editing ? (
        <AcknowledgeForm
          onSave={(comment) => {
            onAcknowledge(f.key, comment);
            setEditing(false);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className={styles.links}>
          <Button size="small" appearance="subtle" onClick={() => setEditing(true)}>
            {pane.acknowledge}
          </Button>
        </div>
      )}
    </li>
  );
}

function Fact({ term, value }: { term: string; value: string }) {
  const styles = useStyles();
  return (
    <>
      <dt className={styles.term}>{term}</dt>
      <dd className={styles.def}>{value}</dd>
    </>
  );
}
