/** Name box, formula bar, grid, sheet tabs and sync counter over the host double's model. */
import { Input, Tab, TabList, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useReducer, useState } from "react";
import { parseA1, qualifiedAddress } from "../../engine/workbook/snapshot";
import type { HostDouble } from "../host/excelDouble";
import { activeCell, cellKey, type ModelValue } from "../host/model";
import { wb } from "../strings";
import { SheetGrid } from "./SheetGrid";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    height: "100%",
  },
  bar: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  nameBox: { width: "16em" },
  formula: { flexGrow: 1 },
});

function parseInput(text: string): ModelValue {
  const t = text.trim();
  if (t === "") return null;
  const n = Number(
    t
      .replace(/[\s\u00A0]/g, "")
      .replace(",", ".")
      .replace("\u2212", "-"),
  );
  return Number.isFinite(n) ? n : text;
}

export function WorkbookView({ host }: { host: HostDouble }) {
  const styles = useStyles();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => host.subscribe(refresh), [host]);
  const model = host.model;
  const sheet = model.sheets.find((s) => s.name === model.activeSheet) ?? model.sheets[0];
  const at = parseA1(activeCell(model.selection));
  const current = sheet && at ? sheet.cells.get(cellKey(at.row, at.col)) : undefined;
  const shown = current ? (current.formula ?? (current.value === null ? "" : String(current.value))) : "";
  const [draft, setDraft] = useState<string | null>(null);

  // Through the host, so the pane hears the selection as it would from Excel.
  const select = (cell: string) => {
    setDraft(null);
    if (sheet) host.selectCell(sheet.name, cell);
  };

  if (!sheet) return null;
  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <Input
          className={styles.nameBox}
          aria-label={wb.nameBox}
          readOnly
          value={qualifiedAddress(
            sheet.name,
            model.selection.includes(",") ? activeCell(model.selection) : model.selection,
          )}
        />
        <Input
          className={styles.formula}
          aria-label={wb.formulaBar}
          value={draft ?? shown}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && draft !== null) {
              host.editCell(sheet.name, activeCell(model.selection), parseInput(draft));
              setDraft(null);
            }
            if (e.key === "Escape") setDraft(null);
          }}
        />
      </div>
      <SheetGrid sheet={sheet} selection={model.selection} onSelect={select} />
      <div className={styles.bar}>
        <TabList
          aria-label={wb.sheetTabs}
          size="small"
          selectedValue={sheet.name}
          onTabSelect={(_, d) => {
            setDraft(null);
            host.selectCell(String(d.value), "A1");
          }}
        >
          {model.sheets
            .filter((s) => s.visibility === "Visible")
            .map((s) => (
              <Tab key={s.name} value={s.name}>
                {s.name}
              </Tab>
            ))}
        </TabList>
        <Text aria-label={wb.syncsLabel} role="status" data-syncs={host.syncCount}>
          {wb.syncs(host.syncCount)}
        </Text>
      </div>
    </div>
  );
}
