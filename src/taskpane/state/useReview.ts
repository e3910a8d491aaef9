/**
 * The pane's state and what the user can do, in one hook: check (with progress and cancel),
 * navigate, mark, export, kvittera, settings, automatic check. Office work goes through
 * `PaneActions`; checking through the engine's `Checker`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult } from "../../engine/check/finding";
import { pane } from "../../i18n/sv/pane";
import { exportRows, marksFor } from "../model/exportRows";
import type { Acknowledgements, CellRef, Checker, PaneActions, PaneSettings } from "../paneActions";
import { DEFAULT_SETTINGS } from "../paneActions";

export type Phase = "idle" | "reading" | "checking" | "done" | "cancelled" | "failed";

export interface Notice {
  readonly intent: "success" | "error" | "info";
  readonly text: string;
}

export interface ReviewState {
  readonly phase: Phase;
  readonly progress: number;
  readonly result: CheckResult | null;
  readonly checkedAt: Date | null;
  readonly notice: Notice | null;
  readonly settings: PaneSettings;
  readonly sheetNames: readonly string[];
  readonly acks: Acknowledgements;
  readonly busy: boolean;
}

export interface ReviewCommands {
  check(): void;
  cancel(): void;
  goTo(ref: CellRef): void;
  mark(): void;
  unmark(): void;
  exportReview(): void;
  acknowledge(key: string, comment: string): void;
  unacknowledge(key: string): void;
  updateSettings(settings: PaneSettings): void;
  dismissNotice(): void;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const isAbort = (e: unknown): boolean => e instanceof Error && e.name === "AbortError";
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const systemClock = (): Date => new Date();

export function useReview(
  actions: PaneActions,
  checker: Checker,
  now: () => Date = systemClock,
): [ReviewState, ReviewCommands] {
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const [acks, setAcks] = useState<Acknowledgements>({});
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;

  useEffect(() => {
    if (!actions.available) return;
    let live = true;
    void Promise.all([actions.loadSettings(), actions.loadAcknowledgements(), actions.listSheets()])
      .then(([s, a, names]) => {
        if (!live) return;
        setSettings(s);
        setAcks(a);
        setSheetNames(names);
      })
      .catch((e: unknown) => live && setNotice({ intent: "error", text: pane.actionFailed(reason(e)) }));
    return () => {
      live = false;
    };
  }, [actions]);

  const check = useCallback(() => {
    if (!actions.available) {
      setNotice({ intent: "info", text: pane.noHost });
      return;
    }
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    const s = settingsRef.current;
    setPhase("reading");
    setProgress(0);
    setNotice(null);
    void (async () => {
      try {
        const snapshot = await actions.readWorkbook({
          sheets: s.sheets,
          signal,
          onProgress: (f) => setProgress(f * 0.5),
        });
        if (signal.aborted) throw new DOMException(pane.cancelled, "AbortError");
        setPhase("checking");
        await nextFrame();
        const options = {
          unit: s.unit ?? undefined,
          sheets: s.sheets.length > 0 ? s.sheets : undefined,
          onProgress: (f: number) => setProgress(0.5 + f * 0.5),
        };
        const r = await checker(snapshot, options, signal);
        if (signal.aborted) throw new DOMException(pane.cancelled, "AbortError");
        setResult(r);
        setCheckedAt(now());
        setProgress(1);
        setPhase("done");
      } catch (e) {
        if (isAbort(e)) {
          setPhase("cancelled");
          setNotice({ intent: "info", text: pane.cancelled });
        } else {
          setPhase("failed");
          setNotice({ intent: "error", text: pane.checkFailed(reason(e)) });
        }
      } finally {
        if (running.current === controller) running.current = null;
      }
    })();
  }, [actions, checker, now]);

  const checkRef = useRef(check);
  checkRef.current = check;

  const cancel = useCallback(() => running.current?.abort(), []);

  /** Runs an Office action with the busy flag and a notice on success or failure. */
  const act = useCallback((work: () => Promise<string | null>) => {
    setBusy(true);
    void work()
      .then((text) => text && setNotice({ intent: "success", text }))
      .catch((e: unknown) => setNotice({ intent: "error", text: pane.actionFailed(reason(e)) }))
      .finally(() => setBusy(false));
  }, []);

  const findings = result?.findings ?? [];

  const commands: ReviewCommands = {
    check,
    cancel,
    goTo: (ref) => act(() => actions.selectCell(ref).then(() => null)),
    mark: () => act(async () => pane.marked(await actions.markCells(marksFor(findings, acks)))),
    unmark: () => act(() => actions.clearMarks().then(() => pane.unmarked)),
    exportReview: () =>
      act(async () => pane.exported(await actions.exportFindings(exportRows(findings, acks)))),
    acknowledge: (key, comment) => {
      const next = { ...acks, [key]: { comment, at: now().toISOString().slice(0, 10) } };
      setAcks(next);
      act(() => actions.saveAcknowledgements(next).then(() => null));
    },
    unacknowledge: (key) => {
      const next = { ...acks };
      delete next[key];
      setAcks(next);
      act(() => actions.saveAcknowledgements(next).then(() => null));
    },
    updateSettings: (next) => {
      setSettings(next);
      act(() => actions.saveSettings(next).then(() => null));
    },
    dismissNotice: () => setNotice(null),
  };

  useEffect(() => {
    if (!settings.autoCheck || !actions.available) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    void actions
      // Through a ref: a new `check` on a render must not re-register the handler (a sync each time).
      .watchChanges(() => checkRef.current())
      .then((s) => {
        if (live) stop = s;
        else void s();
      });
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [settings.autoCheck, actions]);

  return [{ phase, progress, result, checkedAt, notice, settings, sheetNames, acks, busy }, commands];
}
