/**
 * The pane's state and what the user can do, in one hook: check (with progress and cancel),
 * navigate, mark, export, kvittera, settings, automatic check. Office work goes through
 * `PaneActions`; checking through the engine's `Checker`.
 *
 * Marking checks again first, so it paints only what the workbook says now, never a cell an
 * edit has put right since the last check. Settings and kvitteringar are changed one field or one
 * key at a time and re-read when a co-author saves, so under co-authoring nobody's change is lost.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { CheckResult, Finding } from "../../engine/check/finding";
import { pane } from "../../i18n/sv/pane";
import { keyedByCell, migrateLegacyKeys } from "../model/acknowledgementKeys";
import { NO_FACTS, cellFacts, type CellFactsOf } from "../model/cellFacts";
import { exportRows, marksFor, ticksFor, workingPaper } from "../model/exportRows";
import { resolvedSince } from "../model/findingsView";
import { touchesChecked } from "../model/staleness";
import { useHostWatch } from "./useHostWatch";
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
  /** The user edited what the result is about since the check: it may be out of date. */
  readonly stale: boolean;
  /** Errors and warnings the previous check found and this one does not (åtgärdade). */
  readonly resolved: readonly Finding[];
  /** Row label and value of a cell as the check read it (for related cells). */
  readonly facts: CellFactsOf;
  /** The cell the user last selected in the workbook (to bring its finding into view). */
  readonly selected: CellRef | null;
  readonly notice: Notice | null;
  readonly settings: PaneSettings;
  readonly sheetNames: readonly string[];
  readonly acks: Acknowledgements;
  readonly busy: boolean;
}

export interface ReviewCommands {
  check(): void;
  cancel(): void;
  /** Selects a cell; with its related cells, which the host outlines where it can. */
  goTo(ref: CellRef, related?: readonly CellRef[]): void;
  /** Marks the open errors and warnings; with `ticks`, also ticks the totals whose ties held. */
  mark(ticks?: boolean): void;
  unmark(): void;
  exportReview(): void;
  /** Kvitterar with a comment, signed with the initials (saved as the workbook's reviewer when new). */
  acknowledge(key: string, comment: string, initials: string): void;
  unacknowledge(key: string): void;
  updateSettings(settings: PaneSettings): void;
  dismissNotice(): void;
  /** Says something in the status line (information). */
  inform(text: string): void;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e));
const isAbort = (e: unknown): boolean => e instanceof Error && e.name === "AbortError";
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

const systemClock = (): Date => new Date();

/** Only the fields the user changed, so a co-author's change to another field is kept. */
function changedFields(before: PaneSettings, after: PaneSettings): Partial<PaneSettings> {
  const change: { -readonly [K in keyof PaneSettings]?: PaneSettings[K] } = {};
  if (before.sheets.join("\u0000") !== after.sheets.join("\u0000")) change.sheets = after.sheets;
  if (before.unit !== after.unit) change.unit = after.unit;
  if (before.autoCheck !== after.autoCheck) change.autoCheck = after.autoCheck;
  if (before.reviewer !== after.reviewer) change.reviewer = after.reviewer;
  return change;
}

export function useReview(
  actions: PaneActions,
  checker: Checker,
  now: () => Date = systemClock,
): [ReviewState, ReviewCommands] {
  const [phase, setPhase] = useState<Phase>("idle");
  const [progress, setProgress] = useState(0);
  const [result, setResult] = useState<CheckResult | null>(null);
  const [checkedAt, setCheckedAt] = useState<Date | null>(null);
  const [stale, setStale] = useState(false);
  const [selected, setSelected] = useState<CellRef | null>(null);
  const [facts, setFacts] = useState<CellFactsOf>(() => NO_FACTS);
  const [resolved, setResolved] = useState<readonly Finding[]>([]);
  /** The checked workbook's name, for the working paper's header. */
  const workbookName = useRef("");
  /** When the shown result's reading began: edits stamped earlier are in it. */
  const readAt = useRef(0);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [settings, setSettings] = useState<PaneSettings>(DEFAULT_SETTINGS);
  const [sheetNames, setSheetNames] = useState<readonly string[]>([]);
  const [acks, setAcks] = useState<Acknowledgements>({});
  const [busy, setBusy] = useState(false);
  const running = useRef<AbortController | null>(null);
  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const acksRef = useRef(acks);
  acksRef.current = acks;
  /** How many ambiguous old kvitteringar the user has been told about (told once, not per check). */
  const toldAmbiguous = useRef(0);

  // A result belongs to the workbook it came from: another workbook (new actions) starts afresh,
  // so nothing the pane shows or marks can be about cells of the workbook before.
  useEffect(() => {
    running.current?.abort();
    setResult(null);
    setCheckedAt(null);
    setStale(false);
    setSelected(null);
    setFacts(() => NO_FACTS);
    setResolved([]);
    setPhase("idle");
    setProgress(0);
    setNotice(null);
    setAcks({});
    setSettings(DEFAULT_SETTINGS);
    setSheetNames([]);
  }, [actions]);

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

  // A co-author saved settings or kvitteringar: show theirs (our own changes were merged into them).
  useHostWatch(actions, (live) =>
    actions.watchDocumentSettings(() => {
      void Promise.all([actions.loadSettings(), actions.loadAcknowledgements()]).then(([s, a]) => {
        if (!live()) return;
        setSettings(s);
        setAcks(a);
      });
    }),
  );

  /** Kvitteringar saved by earlier versions (no cell in the key) move to their one finding. */
  const migrate = useCallback(
    (r: CheckResult) => {
      const { renames, ambiguous } = migrateLegacyKeys(acksRef.current, r.findings);
      if (Object.keys(renames).length > 0)
        void actions
          .renameAcknowledgements(renames)
          .then(setAcks)
          .catch((e: unknown) => setNotice({ intent: "error", text: pane.actionFailed(reason(e)) }));
      if (ambiguous > 0 && ambiguous !== toldAmbiguous.current) {
        toldAmbiguous.current = ambiguous;
        setNotice({ intent: "info", text: pane.acknowledgementsAmbiguous(ambiguous) });
      }
    },
    [actions],
  );

  /** Reads and checks the workbook; resolves to the result, or null when cancelled or failed. */
  const runCheck = useCallback((): Promise<CheckResult | null> => {
    if (!actions.available) {
      setNotice({ intent: "info", text: pane.noHost });
      return Promise.resolve(null);
    }
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const { signal } = controller;
    const s = settingsRef.current;
    setPhase("reading");
    setProgress(0);
    setNotice(null);
    // Real time, as the host stamps edits (SheetChange.at), not the pane's injectable clock.
    const startedAt = Date.now();
    return (async () => {
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
        migrate(r);
        const keyed = keyedByCell(r);
        setResolved(resultRef.current ? resolvedSince(resultRef.current.findings, keyed.findings) : []);
        setResult(keyed);
        setFacts(() => cellFacts(snapshot));
        workbookName.current = snapshot.name ?? "";
        readAt.current = startedAt;
        setStale(false);
        setCheckedAt(now());
        setProgress(1);
        setPhase("done");
        return keyed;
      } catch (e) {
        if (isAbort(e)) {
          setPhase("cancelled");
          setNotice({ intent: "info", text: pane.cancelled });
        } else {
          setPhase("failed");
          setNotice({ intent: "error", text: pane.checkFailed(reason(e)) });
        }
        return null;
      } finally {
        if (running.current === controller) running.current = null;
      }
    })();
  }, [actions, checker, now, migrate]);

  const check = useCallback(() => void runCheck(), [runCheck]);

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
  /** What the workbook holds after our write: ours and every co-author's kvitteringar. */
  const saved = (all: Acknowledgements): null => {
    setAcks(all);
    return null;
  };

  const commands: ReviewCommands = {
    check,
    cancel,
    goTo: (ref, related) => act(() => actions.selectCell(ref, related).then(() => null)),
    mark: (ticks = false) =>
      act(async () => {
        const fresh = await runCheck();
        if (!fresh) return null;
        const marks = [...marksFor(fresh.findings, acksRef.current), ...(ticks ? ticksFor(fresh) : [])];
        const n = await actions.markCells(marks);
        return ticks ? pane.markedWithTicks(n) : pane.marked(n);
      }),
    unmark: () => act(() => actions.clearMarks().then((n) => (n > 0 ? pane.unmarked : pane.nothingMarked))),
    exportReview: () =>
      act(async () => {
        if (!result) return null;
        const paper = workingPaper(result, acks, {
          workbook: workbookName.current,
          checkedAt: checkedAt ?? now(),
          reviewer: settings.reviewer ?? "",
        });
        return pane.exported(await actions.exportFindings(exportRows(findings, acks, facts), paper));
      }),
    acknowledge: (key, comment, initials) => {
      const by = initials.trim();
      const ack = { comment, at: now().toISOString().slice(0, 10), by };
      if (by !== (settingsRef.current.reviewer ?? "")) {
        const next = { ...settingsRef.current, reviewer: by };
        setSettings(next);
        void actions
          .changeSettings({ reviewer: by })
          .then(setSettings)
          .catch((e: unknown) => setNotice({ intent: "error", text: pane.actionFailed(reason(e)) }));
      }
      setAcks({ ...acks, [key]: ack });
      act(() => actions.setAcknowledgement(key, ack).then(saved));
    },
    unacknowledge: (key) => {
      const next = { ...acks };
      delete next[key];
      setAcks(next);
      act(() => actions.setAcknowledgement(key, null).then(saved));
    },
    updateSettings: (next) => {
      const change = changedFields(settingsRef.current, next);
      setSettings(next);
      act(() =>
        actions.changeSettings(change).then((s) => {
          setSettings(s);
          return null;
        }),
      );
    },
    dismissNotice: () => setNotice(null),
    inform: (text) => setNotice({ intent: "info", text }),
  };

  const resultRef = useRef(result);
  resultRef.current = result;

  // Edits: with automatic check on, check again; otherwise say when the result is out of date.
  // Through refs: a new `check` or result must not re-register the handler (a sync each time).
  useHostWatch(actions, (live) =>
    actions.watchChanges((changes) => {
      if (!live()) return;
      // An edit told only after the check that read it (it came just before "Granska") is in the result.
      const since = changes.filter((c) => c.at === undefined || c.at >= readAt.current);
      if (since.length === 0) return;
      if (settingsRef.current.autoCheck) checkRef.current();
      else if (resultRef.current && touchesChecked(resultRef.current, since)) setStale(true);
    }),
  );

  // The user's selection in the workbook, so the pane can show that cell's finding.
  useHostWatch(actions, (live) => actions.watchSelection((ref) => live() && setSelected(ref)));

  return [
    {
      phase,
      progress,
      result,
      checkedAt,
      stale,
      resolved,
      facts,
      selected,
      notice,
      settings,
      sheetNames,
      acks,
      busy,
    },
    commands,
  ];
}
