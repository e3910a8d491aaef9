/**
 * One finding as one line (severity, cell, line label and period, difference) that opens for the
 * detail: the message, the amounts, the likely cause, the related cells with their labels and
 * values, the kvittering. The line is the list's one tab stop while it is the active line
 * (roving tabindex, FindingList.tsx); a kvitterad finding is muted and says so on its line.
 */
import { Button, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { CheckmarkCircle16Filled } from "@fluentui/react-icons";
import { useId, useState, type KeyboardEvent } from "react";
import type { Finding } from "../../engine/check/finding";
import { qualifiedAddress } from "../../engine/workbook/snapshot";
import { parseQualified } from "../../engine/workbook/snapshot";
import { causeOf, pane } from "../../i18n/sv/pane";
import type { CellFactsOf } from "../model/cellFacts";
import { formatNumber } from "../model/formatNumber";
import type { Acknowledgement, CellRef } from "../paneActions";
import { AcknowledgeForm } from "./AcknowledgeForm";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  root: {
    listStyleType: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "grid",
    gridTemplateColumns: "auto auto 1fr auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    paddingBlock: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalXS,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  active: { backgroundColor: tokens.colorNeutralBackground1Selected },
  acknowledged: { color: tokens.colorNeutralForeground3 },
  address: { color: tokens.colorNeutralForeground2, fontFamily: tokens.fontFamilyMonospace },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  amount: { fontVariantNumeric: "tabular-nums", textAlign: "end" },
  ackLine: {
    gridColumn: "1 / -1",
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXXS,
    color: tokens.colorPaletteGreenForeground1,
  },
  detail: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingInline: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0 },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  related: { display: "flex", flexDirection: "column", alignItems: "flex-start" },
});

export interface FindingItemProps {
  readonly finding: Finding;
  /** The id the list knows this line by (data-finding-row). */
  readonly id: string;
  readonly active: boolean;
  readonly expanded: boolean;
  readonly acknowledgement?: Acknowledgement;
  readonly facts: CellFactsOf;
  /** The user chose the line (click, Enter): go to its cell and open or close it. */
  readonly onChoose: () => void;
  readonly onToggle: (open: boolean) => void;
  readonly onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
  readonly onGoTo: (ref: CellRef, related?: readonly CellRef[]) => void;
  /** Gone since the last check (åtgärdad): said on the line, and nothing to kvittera. */
  readonly resolved?: boolean;
  /** The initials the workbook knows, to fill in the kvittering form. */
  readonly initials: string;
  readonly onAcknowledge: (key: string, comment: string, initials: string) => void;
  readonly onUnacknowledge: (key: string) => void;
}

export function FindingItem(props: FindingItemProps) {
  const { finding: f, id, active, expanded, acknowledgement, facts, onGoTo } = props;
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const address = qualifiedAddress(f.sheet, f.cell);
  // An IDREF has no spaces: the finding's key has, so the detail gets an id of React's.
  const detailId = useId();
  const related = f.related
    .map((r) => ({ text: r, ref: parseQualified(r) }))
    .filter((r): r is { text: string; ref: CellRef } => r.ref !== null);
  /** Back to the line when the kvittering form closes, so focus never falls to the page. */
  const backToLine = () =>
    document.querySelector<HTMLElement>(`[data-finding-row="${CSS.escape(id)}"]`)?.focus();

  const onLineKey = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      props.onChoose();
    } else if (e.key === " ") {
      e.preventDefault();
      props.onToggle(!expanded);
    } else if (e.key === "ArrowRight") props.onToggle(true);
    else if (e.key === "ArrowLeft") props.onToggle(false);
    else props.onKeyDown(e);
  };

  return (
    <li className={styles.root} aria-label={`${f.label ?? f.ruleId}, ${address}`}>
      <div
        role="button"
        tabIndex={active ? 0 : -1}
        aria-expanded={expanded}
        aria-controls={expanded ? detailId : undefined}
        data-finding-row={id}
        className={mergeClasses(
          styles.line,
          active && styles.active,
          acknowledgement !== undefined && styles.acknowledged,
        )}
        onClick={props.onChoose}
        onKeyDown={onLineKey}
      >
        <SeverityBadge severity={f.severity} />
        <span className={styles.address}>{f.cell}</span>
        <span className={styles.label}>{[f.label ?? f.ruleId, f.period].filter(Boolean).join(" ")}</span>
        <span className={styles.amount}>{f.difference !== undefined ? formatNumber(f.difference) : ""}</span>
        {props.resolved && (
          <span className={styles.ackLine}>
            <CheckmarkCircle16Filled aria-hidden="true" />
            <span>{pane.resolvedNote}</span>
          </span>
        )}
        {acknowledgement && (
          <span className={styles.ackLine}>
            <CheckmarkCircle16Filled aria-hidden="true" />
            <span>
              {pane.acknowledgedNote(acknowledgement.comment, acknowledgement.at, acknowledgement.by)}
            </span>
          </span>
        )}
      </div>
      {expanded && (
        <div id={detailId} className={styles.detail}>
          <Text>{f.message}</Text>
          <dl className={styles.facts}>
            {f.expected !== undefined && <Fact term={pane.expected} value={formatNumber(f.expected)} />}
            {f.actual !== undefined && <Fact term={pane.actual} value={formatNumber(f.actual)} />}
            <Fact term={pane.cause} value={causeOf(f.kind)} />
          </dl>
          <div className={styles.links}>
            <Button
              size="small"
              appearance="secondary"
              onClick={() => onGoTo({ sheet: f.sheet, cell: f.cell })}
            >
              {pane.goToCell(address)}
            </Button>
          </div>
          {related.length > 0 && (
            <div className={styles.related} role="group" aria-label={pane.relatedCells}>
              <Text size={200}>{pane.relatedCells}:</Text>
              {related.map((r) => {
                const { label, value } = facts(r.ref);
                const text = pane.relatedCell(r.text, label, value);
                return (
                  <Button
                    key={r.text}
                    size="small"
                    appearance="subtle"
                    aria-label={pane.goToRelated(text)}
                    onClick={() => onGoTo(r.ref)}
                  >
                    {text}
                  </Button>
                );
              })}
            </div>
          )}
          {props.resolved ? null : acknowledgement ? (
            <div className={styles.links}>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => {
                  props.onUnacknowledge(f.key);
                  backToLine();
                }}
              >
                {pane.acknowledgeRemove}
              </Button>
            </div>
          ) : editing ? (
            <AcknowledgeForm
              initials={props.initials}
              onSave={(comment, initials) => {
                props.onAcknowledge(f.key, comment, initials);
                setEditing(false);
                backToLine();
              }}
              onCancel={() => {
                setEditing(false);
                backToLine();
              }}
            />
          ) : (
            <div className={styles.links}>
              <Button size="small" appearance="subtle" onClick={() => setEditing(true)}>
                {pane.acknowledge}
              </Button>
            </div>
          )}
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
