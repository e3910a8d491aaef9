/**
 * The findings, grouped by statement in report order, one line each. The list is one tab stop
 * (roving tabindex): arrow keys, Home and End move between lines, Enter goes to the cell and opens
 * the line, "Nästa fel" / "Föregående" jump to the next open error or warning and select its cell.
 * Selecting a flagged cell in Excel brings its line into view (without taking focus from Excel).
 * Rounding notes are folded away per statement unless the filter asks for them.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDown16Regular, ArrowUp16Regular } from "@fluentui/react-icons";
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Finding, StatementKind } from "../../engine/check/finding";
import { parseQualified } from "../../engine/workbook/snapshot";
import { pane, statementText } from "../../i18n/sv/pane";
import type { CellFactsOf } from "../model/cellFacts";
import { groupByStatement, nextOpen } from "../model/findingsView";
import type { Acknowledgements, CellRef } from "../paneActions";
import { FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0 },
  heading: {
    fontSize: tokens.fontSizeBase300,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}`,
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

/** A line's id: a finding's key carries its cell (useReview), the address makes it certain. */
export const lineId = (f: Finding): string => `${f.key}|${f.sheet}!${f.cell}`;

const sameCell = (f: Finding, ref: CellRef): boolean =>
  f.sheet.toLowerCase() === ref.sheet.toLowerCase() &&
  f.cell.toUpperCase() === ref.cell.replace(/\$/g, "").toUpperCase();

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly acks: Acknowledgements;
  /** The findings are åtgärdade ones (gone since the last check): each line says so. */
  readonly resolved?: boolean;
  readonly facts: CellFactsOf;
  /** Show rounding notes unfolded (the filter asks for them). */
  readonly roundingOpen: boolean;
  /** The cell the user selected in the workbook, if any. */
  readonly selected: CellRef | null;
  /** Selects a cell in the workbook; with related cells, the host outlines them where it can. */
  readonly onGoTo: (ref: CellRef, related?: readonly CellRef[]) => void;
  /** The initials the workbook knows (kvitteringar are signed with them). */
  readonly initials: string;
  readonly onAcknowledge: (key: string, comment: string, initials: string) => void;
  readonly onUnacknowledge: (key: string) => void;
  /** Says something in the pane's status line (e.g. no further finding). */
  readonly onNotice: (text: string) => void;
}

export function FindingList({
  findings,
  acks,
  facts,
  resolved = false,
  initials,
  roundingOpen,
  selected,
  ...handlers
}: FindingListProps) {
  const styles = useStyles();
  const groups = useMemo(() => groupByStatement(findings), [findings]);
  const [openRounding, setOpenRounding] = useState<ReadonlySet<StatementKind>>(new Set());
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [activeId, setActiveId] = useState<string | null>(null);
  const root = useRef<HTMLDivElement>(null);

  const roundingShown = (s: StatementKind) => roundingOpen || openRounding.has(s);
  const shown = groups.flatMap((g) => [...g.findings, ...(roundingShown(g.statement) ? g.rounding : [])]);
  const active = shown.find((f) => lineId(f) === activeId) ?? shown[0];
  const activeIndex = active ? shown.indexOf(active) : -1;

  const focusLine = (id: string) =>
    // After React has rendered the line as the tab stop.
    requestAnimationFrame(() =>
      root.current?.querySelector<HTMLElement>(`[data-finding-row="${CSS.escape(id)}"]`)?.focus(),
    );
  const toggle = (id: string, open: boolean) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const choose = (f: Finding) => {
    const id = lineId(f);
    setActiveId(id);
    toggle(id, !(expanded.has(id) && id === activeId));
    handlers.onGoTo({ sheet: f.sheet, cell: f.cell }, relatedRefs(f));
  };
  const jump = (step: 1 | -1) => {
    const i = nextOpen(shown, activeIndex < 0 ? (step === 1 ? -1 : shown.length) : activeIndex, step, acks);
    if (i === null) {
      handlers.onNotice(pane.noMoreFindings);
      return;
    }
    const f = shown[i];
    setActiveId(lineId(f));
    toggle(lineId(f), true);
    handlers.onGoTo({ sheet: f.sheet, cell: f.cell }, relatedRefs(f));
    focusLine(lineId(f));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const to =
      e.key === "ArrowDown"
        ? activeIndex + 1
        : e.key === "ArrowUp"
          ? activeIndex - 1
          : e.key === "Home"
            ? 0
            : e.key === "End"
              ? shown.length - 1
              : null;
    if (to === null || to < 0 || to >= shown.length) return;
    e.preventDefault();
    setActiveId(lineId(shown[to]));
    focusLine(lineId(shown[to]));
  };

  // A cell selected in Excel: its finding becomes the active line, opened and scrolled into view.
  useEffect(() => {
    if (!selected) return;
    const f = findings.find((x) => sameCell(x, selected));
    if (!f) return;
    const id = lineId(f);
    if (f.severity === "info") setOpenRounding((prev) => new Set(prev).add(f.statement));
    setActiveId(id);
    toggle(id, true);
    requestAnimationFrame(() =>
      root.current
        ?.querySelector<HTMLElement>(`[data-finding-row="${CSS.escape(id)}"]`)
        ?.scrollIntoView({ block: "nearest" }),
    );
  }, [selected, findings]);

  const item = (f: Finding) => {
    const id = lineId(f);
    return (
      <FindingItem
        key={id}
        id={id}
        finding={f}
        active={f === active}
        expanded={expanded.has(id)}
        acknowledgement={acks[f.key]}
        facts={facts}
        initials={initials}
        resolved={resolved}
        onChoose={() => choose(f)}
        onToggle={(open) => {
          setActiveId(id);
          toggle(id, open);
        }}
        onKeyDown={onKeyDown}
        onGoTo={handlers.onGoTo}
        onAcknowledge={handlers.onAcknowledge}
        onUnacknowledge={handlers.onUnacknowledge}
      />
    );
  };

  return (
    <div ref={root}>
      <div className={styles.bar}>
        <Button size="small" icon={<ArrowDown16Regular />} onClick={() => jump(1)}>
          {pane.nextFinding}
        </Button>
        <Button size="small" icon={<ArrowUp16Regular />} onClick={() => jump(-1)}>
          {pane.previousFinding}
        </Button>
      </div>
      {groups.map((group) => {
        const headingId = `rapport-${group.statement}`;
        return (
          <section key={group.statement} aria-labelledby={headingId}>
            <h3 id={headingId} className={styles.heading}>
              {statementText[group.statement] ?? group.statement}
            </h3>
            {group.findings.length > 0 && <ul className={styles.list}>{group.findings.map(item)}</ul>}
            {group.rounding.length > 0 &&
              (roundingOpen ? (
                <ul className={styles.list}>{group.rounding.map(item)}</ul>
              ) : (
                <Accordion
                  collapsible
                  openItems={openRounding.has(group.statement) ? ["avrundning"] : []}
                  onToggle={(_, d) =>
                    setOpenRounding((prev) => {
                      const next = new Set(prev);
                      if (d.openItems.length > 0) next.add(group.statement);
                      else next.delete(group.statement);
                      return next;
                    })
                  }
                >
                  <AccordionItem value="avrundning">
                    <AccordionHeader size="small">
                      {pane.roundingFolded(group.rounding.length)}
                    </AccordionHeader>
                    <AccordionPanel>
                      <ul className={styles.list}>{group.rounding.map(item)}</ul>
                    </AccordionPanel>
                  </AccordionItem>
                </Accordion>
              ))}
          </section>
        );
      })}
    </div>
  );
}

/** A finding's related cells ("RR!C11") as references, for outlining them beside the blamed cell. */
function relatedRefs(f: Finding): CellRef[] {
  return f.related.flatMap((r) => {
    const ref = parseQualified(r);
    return ref ? [ref] : [];
  });
}
