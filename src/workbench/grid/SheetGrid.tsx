/** An Excel-like view of one sheet: column letters, row numbers, cells with their fills and fonts. */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { a1, columnLetters } from "../../engine/workbook/snapshot";
import { activeCell, cellKey, displayText, selectionAreas, usedBounds, type SheetModel } from "../host/model";
import { wb } from "../strings";
import { shownFill } from "../host/conditionalFill";

const MAX_ROWS = 400;
const MAX_COLS = 30;

const useStyles = makeStyles({
  wrap: {
    overflow: "auto",
    flexGrow: 1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, fontFamily: tokens.fontFamilyBase },
  head: {
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: "64px",
  },
  rowHead: {
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingInline: tokens.spacingHorizontalXS,
  },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    paddingInline: tokens.spacingHorizontalXS,
    whiteSpace: "nowrap",
    cursor: "cell",
    color: tokens.colorNeutralForeground1,
    maxWidth: "28em",
    overflow: "hidden",
    textOverflow: "ellipsis",
  },
  number: { textAlign: "end" },
  selected: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  // The other areas of a selection (a finding's related cells), as Excel outlines them.
  inSelection: {
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
});

export interface SheetGridProps {
  readonly sheet: SheetModel;
  readonly selection: string;
  readonly onSelect: (cell: string) => void;
}

export function SheetGrid({ sheet, selection, onSelect }: SheetGridProps) {
  const styles = useStyles();
  const wrap = useRef<HTMLDivElement>(null);
  const b = usedBounds(sheet, false) ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
  const rows = Math.min(b.r1 + 3, MAX_ROWS);
  const cols = Math.min(Math.max(b.c1 + 2, 6), MAX_COLS);
  const selected = activeCell(selection);
  const areas = selectionAreas(selection);
  const inSelection = (r: number, c: number): boolean =>
    areas.length > 1 && areas.some((b) => r >= b.r0 && r <= b.r1 && c >= b.c0 && c <= b.c1);

  useEffect(() => {
    wrap.current
      ?.querySelector<HTMLElement>(`[data-cell="${selected}"]`)
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [sheet.name, selected]);

  return (
    <div className={styles.wrap} ref={wrap} tabIndex={0} role="region" aria-label={wb.grid(sheet.name)}>
      {(b.r1 + 3 > MAX_ROWS || b.c1 + 2 > MAX_COLS) && <p>{wb.truncated(MAX_ROWS, MAX_COLS)}</p>}
      <table className={styles.table}>
        <thead>
          <tr>
            <td className={styles.head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} scope="col" className={styles.head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, r) => (
            <tr key={r}>
              <th scope="row" className={styles.rowHead}>
                {r + 1}
              </th>
              {Array.from({ length: cols }, (_, c) => {
                const address = a1(r, c);
                const cell = sheet.cells.get(cellKey(r, c));
                // Conditional formats first (the add-in's marks are such rules), then the cell's own fill.
                const fill = shownFill(sheet, r, c) ?? undefined;
                return (
                  <td
                    key={c}
                    data-cell={address}
                    data-in-selection={inSelection(r, c) && address !== selected ? "true" : undefined}
                    className={mergeClasses(
                      styles.cell,
                      typeof cell?.value === "number" && styles.number,
                      address === selected && styles.selected,
                      inSelection(r, c) && address !== selected && styles.inSelection,
                    )}
                    style={{
                      backgroundColor: fill,
                      fontWeight: cell?.font.bold ? tokens.fontWeightBold : undefined,
                      color: cell?.font.color ?? undefined,
                    }}
                    onClick={() => onSelect(address)}
                  >
                    {cell ? displayText(cell.value, cell.numberFormat) : ""}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
