/**
 * The workbench page: the real task pane beside an Excel-like view of a workbook, the pane talking
 * to the Office.js host double through the same src/excel code that runs in Excel.
 */
import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo } from "react";
import { createExcelActions } from "../excel/excelActions";
import { App } from "../taskpane/App";
import type { Checker } from "../taskpane/paneActions";
import { WorkbookView } from "./grid/WorkbookView";
import type { HostDouble } from "./host/excelDouble";
import { wb } from "./strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100vh",
    boxSizing: "border-box",
    padding: tokens.spacingHorizontalS,
    gap: tokens.spacingVerticalS,
  },
  header: { display: "flex", gap: tokens.spacingHorizontalL, alignItems: "baseline", flexWrap: "wrap" },
  title: { fontSize: tokens.fontSizeBase500, margin: 0 },
  body: { display: "flex", gap: tokens.spacingHorizontalS, flexGrow: 1, minHeight: 0 },
  workbook: { flexGrow: 1, minWidth: 0, display: "flex", flexDirection: "column" },
  pane: {
    width: "380px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
});

export interface WorkbenchProps {
  /** The workbook open now; null when none could be opened. */
  readonly host: HostDouble | null;
  readonly checker: Checker;
  readonly fileName: string;
  /** Why the last workbook asked for could not be opened (Swedish), shown above the workbook. */
  readonly problem: string | null;
  readonly onOpenFile: (file: File) => void;
}

export function Workbench({ host, checker, fileName, problem, onOpenFile }: WorkbenchProps) {
  const styles = useStyles();
  const actions = useMemo(
    () =>
      host ? createExcelActions(host.run, host.settings, undefined, (set, v) => host.supports(set, v)) : null,
    [host],
  );
  return (
    <FluentProvider theme={webLightTheme} lang="sv">
      <div className={styles.root}>
        <header className={styles.header}>
          <h1 className={styles.title}>{wb.title}</h1>
          <Text>{fileName}</Text>
          <label>
            {wb.openFile}{" "}
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={(e) => {
                const file = e.target.files?.[0];
                // Cleared, so choosing the same file again (after fixing it) opens it again.
                e.target.value = "";
                if (file) onOpenFile(file);
              }}
            />
          </label>
        </header>
        {problem && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>{problem}</MessageBarBody>
          </MessageBar>
        )}
        {host && actions ? (
          <div className={styles.body}>
            <section className={styles.workbook} aria-label={wb.workbookRegion}>
              <WorkbookView host={host} />
            </section>
            <aside className={styles.pane} aria-label={wb.paneRegion}>
              <App actions={actions} checker={checker} />
            </aside>
          </div>
        ) : (
          !problem && <Text>{wb.noWorkbook}</Text>
        )}
      </div>
    </FluentProvider>
  );
}
