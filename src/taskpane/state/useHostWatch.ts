/**
 * Listening to the host while the pane is shown (co-authors' settings, the user's edits, the
 * user's selection): registered once per host, stopped when the pane goes, and a registration that
 * resolves after the pane went is stopped at once. The handler asks `live()` before it touches state.
 */
import { useEffect, useRef } from "react";
import type { PaneActions } from "../paneActions";

export function useHostWatch(
  actions: PaneActions,
  watch: (live: () => boolean) => Promise<() => Promise<void>>,
): void {
  // Through a ref: a new handler (new state in its closure) must not register again, a sync each time.
  const watchRef = useRef(watch);
  watchRef.current = watch;
  useEffect(() => {
    if (!actions.available) return;
    let stop: (() => Promise<void>) | null = null;
    let live = true;
    void watchRef
      .current(() => live)
      .then((s) => {
        if (live) stop = s;
        else void s();
      })
      .catch(() => undefined);
    return () => {
      live = false;
      if (stop) void stop();
    };
  }, [actions]);
}
