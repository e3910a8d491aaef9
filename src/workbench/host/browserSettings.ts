/**
 * Document settings for the workbench, kept in the browser's localStorage per workbook name: a
 * stand-in for Office.context.document.settings, so kvitteringar and settings survive a reload.
 * Two tabs on the same workbook behave like two co-authors: each keeps its own copy, `refresh`
 * re-reads localStorage, and a save in one tab raises `onChanged` in the other (the `storage`
 * event), as Office's settingsChanged does in Excel on the web.
 */
import type { DocumentSettings } from "../../excel/documentSettings";

export function browserDocumentSettings(
  workbookName: string,
  storage: Storage = localStorage,
  events: Pick<Window, "addEventListener" | "removeEventListener"> | null = typeof window === "undefined"
    ? null
    : window,
): DocumentSettings {
  const storageKey = `finsam-workbench:${workbookName}`;
  const read = (): Record<string, unknown> => {
    try {
      const parsed = JSON.parse(storage.getItem(storageKey) ?? "{}") as unknown;
      return parsed && typeof parsed === "object" ? (parsed as Record<string, unknown>) : {};
    } catch {
      return {};
    }
  };
  let values = read();
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values = { ...values, [key]: JSON.parse(JSON.stringify(value)) as unknown };
    },
    save: () => {
      storage.setItem(storageKey, JSON.stringify(values));
      return Promise.resolve();
    },
    refresh: () => {
      values = read();
      return Promise.resolve();
    },
    onChanged: (listener) => {
      if (!events) return Promise.resolve(() => Promise.resolve());
      const handler = (e: Event): void => {
        if ((e as StorageEvent).key === storageKey) listener();
      };
      events.addEventListener("storage", handler);
      return Promise.resolve(() => {
        events.removeEventListener("storage", handler);
        return Promise.resolve();
      });
    },
  };
}
