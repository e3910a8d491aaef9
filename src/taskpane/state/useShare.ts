/**
 * "Dela utan tillägget" and "Återställ formler": which sheets are chosen, the confirmation with
 * how many cells change, and what happened. The workbook is only changed after the confirmation.
 */
import { useCallback, useEffect, useState } from "react";
import { pane } from "../../i18n/sv/pane";
import type { FormulaCount, PaneActions } from "../paneActions";
import type { Notice } from "./useReview";

export type SharePhase = "idle" | "counting" | "confirm" | "working";

export interface ShareState {
  readonly phase: SharePhase;
  /** Sheets the user has taken out; every other sheet is chosen (new sheets too). */
  readonly chosen: readonly string[];
  /** What the confirmation says will change. */
  readonly count: FormulaCount | null;
  /** Formulas kept for "Återställ formler". */
  readonly kept: number;
  readonly notice: Notice | null;
}

export interface ShareCommands {
  choose(sheet: string, on: boolean): void;
  share(): void;
  confirm(): void;
  cancel(): void;
  restore(): void;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function useShare(actions: PaneActions, sheetNames: readonly string[]): [ShareState, ShareCommands] {
  const [phase, setPhase] = useState<SharePhase>("idle");
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [count, setCount] = useState<FormulaCount | null>(null);
  const [kept, setKept] = useState(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const chosen = sheetNames.filter((s) => !left.has(s));

  const refreshKept = useCallback(
    () =>
      actions
        .keptFormulas()
        .then(setKept)
        .catch(() => setKept(0)),
    [actions],
  );

  useEffect(() => {
    if (actions.available) void refreshKept();
  }, [actions, refreshKept]);

  const fail = (e: unknown): void => {
    setPhase("idle");
    setNotice({ intent: "error", text: pane.actionFailed(reason(e)) });
  };

  const commands: ShareCommands = {
    choose: (sheet, on) => {
      const next = new Set(left);
      if (on) next.delete(sheet);
      else next.add(sheet);
      setLeft(next);
    },
    share: () => {
      if (chosen.length === 0) {
        setNotice({ intent: "info", text: pane.shareNoSheet });
        return;
      }
      setPhase("counting");
      setNotice(null);
      actions
        .countFinsamFormulas(chosen)
        .then((c) => {
          if (c.cells === 0) {
            setPhase("idle");
            setNotice({ intent: "info", text: pane.shareNone });
          } else {
            setCount(c);
            setPhase("confirm");
          }
        })
        .catch(fail);
    },
    confirm: () => {
      setPhase("working");
      actions
        .shareWithoutAddin(chosen)
        .then(async (n) => {
          await refreshKept();
          setPhase("idle");
          setCount(null);
          setNotice({ intent: "success", text: pane.shared(n) });
        })
        .catch(fail);
    },
    cancel: () => {
      setPhase("idle");
      setCount(null);
    },
    restore: () => {
      setPhase("working");
      setNotice(null);
      actions
        .restoreFormulas()
        .then(async ({ restored, skipped }) => {
          await refreshKept();
          setPhase("idle");
          const text =
            restored === 0 && skipped === 0
              ? pane.nothingToRestore
              : skipped > 0
                ? pane.restoredSkipped(restored, skipped)
                : pane.restored(restored);
          setNotice({ intent: skipped > 0 ? "info" : "success", text });
        })
        .catch(fail);
    },
  };

  return [{ phase, chosen, count, kept, notice }, commands];
}
