/**
 * "Läs in rapport (PDF/Word)": the state of one import, from the file chosen to the sheets added.
 *
 * 1. The file is read in the report worker (reportReader.ts), the pages read shown as they come.
 * 2. The reading is checked once, in the engine worker, only to learn which statements it holds: a
 *    report with none is refused in Swedish, and nothing is written.
 * 3. The user is asked, with what will be added (sheet names, rows, pages, statements found).
 * 4. Only on "Lägg till och granska" are the sheets added (never over one), then the workbook is
 *    checked as usual (`onAdded`): the findings on the new sheets name their pages.
 * Any refusal (scanned, encrypted, damaged, too large, wrong type) ends with nothing written.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { StatementKind } from "../../engine/check/finding";
import { pane, statementText } from "../../i18n/sv/pane";
import { report as words } from "../../i18n/sv/report";
import type { ReportReading } from "../../report/reading";
import { type Checker, type PaneActions, type ReportSheet, freeSheetName } from "../paneActions";
import type { ReportReader } from "../reportReader";

/** Where an import stands. */
export type ImportStep =
  | { readonly step: "idle" }
  | { readonly step: "reading"; readonly file: string; readonly read: number; readonly total: number }
  | { readonly step: "checking"; readonly file: string }
  | { readonly step: "confirm"; readonly file: string; readonly proposal: Proposal }
  | { readonly step: "writing"; readonly file: string };

export interface Proposal {
  readonly statements: readonly string[];
  /** The sheets as they will be named now, with their rows and pages. */
  readonly sheets: readonly { readonly name: string; readonly rows: number; readonly pages: number }[];
  readonly write: readonly ReportSheet[];
}

export interface ImportNotice {
  readonly intent: "success" | "error" | "info";
  readonly text: string;
}

export interface ReportImport {
  readonly state: ImportStep;
  readonly notice: ImportNotice | null;
  /** False where the host cannot add sheets or no worker can read: the control is not offered. */
  readonly available: boolean;
  /** The last report added in this pane: its file and the sheets it went into. */
  readonly added: { readonly file: string; readonly sheets: readonly string[] } | null;
  choose(file: File): void;
  confirm(): void;
  decline(): void;
  cancel(): void;
}

/** The statements a check recognised, by name in the order found, notes counted once. */
function statementNames(kinds: readonly StatementKind[]): string[] {
  const seen = new Set<StatementKind>();
  const names: string[] = [];
  for (const k of kinds) {
    if (seen.has(k)) continue;
    seen.add(k);
    names.push(statementText[k].toLowerCase());
  }
  return names;
}

function sheetsOf(reading: ReportReading): ReportSheet[] {
  return reading.snapshot.sheets.map((s) => ({
    name: s.name,
    values: s.values,
    numberFormat: s.numberFormat,
    pages: reading.rowPages.get(s.name) ?? [],
  }));
}

const isAbort = (e: unknown): boolean => e instanceof Error && e.name === "AbortError";

export function useReportImport(
  actions: PaneActions,
  checker: Checker,
  reader: ReportReader | null,
  onAdded: () => void,
  /** The sheets the settings limit the check to (empty: all): a new sheet is not among them. */
  chosenSheets: readonly string[] = [],
): ReportImport {
  const [state, setState] = useState<ImportStep>({ step: "idle" });
  const [notice, setNotice] = useState<ImportNotice | null>(null);
  const [added, setAdded] = useState<ReportImport["added"]>(null);
  const running = useRef<AbortController | null>(null);

  // Another workbook: nothing of this one's import carries over.
  useEffect(() => {
    running.current?.abort();
    setState({ step: "idle" });
    setNotice(null);
    setAdded(null);
  }, [actions]);

  const choose = useCallback(
    (file: File) => {
      if (!reader || !actions.writeReportSheets) return;
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      setNotice(null);
      setState({ step: "reading", file: file.name, read: 0, total: 0 });
      void (async () => {
        try {
          const reading = await reader(
            file,
            (read, total) => !signal.aborted && setState({ step: "reading", file: file.name, read, total }),
            signal,
          );
          if (signal.aborted) return;
          setState({ step: "checking", file: file.name });
          const result = await checker(reading.snapshot, {}, signal);
          if (signal.aborted) return;
          if (result.statements.length === 0) {
            setState({ step: "idle" });
            setNotice({
              intent: "error",
              text: `${words.noStatementInReport(file.name)} ${pane.reportNothingWritten}`,
            });
            return;
          }
          const taken = await actions.listSheets();
          const write = sheetsOf(reading);
          const names: string[] = [];
          const sheets = write.map((s) => {
            const name = freeSheetName(s.name, [...taken, ...names]);
            names.push(name);
            return {
              name,
              rows: s.values.length,
              pages: new Set(s.pages.filter((p) => p !== undefined)).size,
            };
          });
          setState({
            step: "confirm",
            file: file.name,
            proposal: {
              statements: statementNames(result.statements.map((s) => s.statement)),
              sheets,
              write,
            },
          });
        } catch (e) {
          if (signal.aborted || isAbort(e)) {
            setState({ step: "idle" });
            setNotice({ intent: "info", text: pane.reportCancelled });
            return;
          }
          setState({ step: "idle" });
          const reason = e instanceof Error ? e.message : String(e);
          // The reader's refusals are whole Swedish sentences; say also that nothing was written.
          setNotice({ intent: "error", text: `${reason} ${pane.reportNothingWritten}` });
        } finally {
          if (running.current === controller) running.current = null;
        }
      })();
    },
    [actions, checker, reader],
  );

  const confirm = useCallback(() => {
    if (state.step !== "confirm" || !actions.writeReportSheets) return;
    const { file, proposal } = state;
    setState({ step: "writing", file });
    actions.writeReportSheets(proposal.write).then(
      (names) => {
        setState({ step: "idle" });
        setAdded({ file, sheets: names });
        // The check covers only the sheets chosen in the settings: say so rather than change them.
        const left = chosenSheets.length > 0 ? names.filter((n) => !chosenSheets.includes(n)) : [];
        setNotice(
          left.length > 0
            ? { intent: "info", text: `${pane.reportAdded(names)} ${pane.reportNotChosen(left)}` }
            : { intent: "success", text: pane.reportAdded(names) },
        );
        onAdded();
      },
      (e: unknown) => {
        setState({ step: "idle" });
        setNotice({
          intent: "error",
          text: pane.reportWriteFailed(e instanceof Error ? e.message : String(e)),
        });
      },
    );
  }, [actions, chosenSheets, onAdded, state]);

  const decline = useCallback(() => {
    setState({ step: "idle" });
    setNotice({ intent: "info", text: pane.reportDeclined });
  }, []);

  const cancel = useCallback(() => {
    running.current?.abort();
    running.current = null;
    setState({ step: "idle" });
    setNotice({ intent: "info", text: pane.reportCancelled });
  }, []);

  return {
    state,
    notice,
    added,
    available: actions.available && reader !== null && actions.writeReportSheets !== undefined,
    choose,
    confirm,
    decline,
    cancel,
  };
}
