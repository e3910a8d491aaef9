/**
 * Document settings for the workbench, kept in the browser's localStorage per workbook name: a
 * stand-in for Office.context.document.settings, so kvitteringar and settings survive a reload.
 */
import type { DocumentSettings } from "../../excel/documentSettings";

export function browserDocumentSettings(
  workbookName: string,
  storage: Storage = localStorage,
): DocumentSettings {
  const storageKey = `finsam-workbench:${workbookName}`;
  let values: Record<string, unknown> = {};
  try {
    values = JSON.parse(storage.getItem(storageKey) ?? "{}") as Record<string, unknown>;
  } catch {
    values = {};
  }
  return {
    get: (key) => values[key],
    set: (key, value) => {
      values = { ...values, [key]: JSON.parse(JSON.stringify(value)) as unknown };
    },
    save: () => {
      storage.setItem(storageKey, JSON.stringify(values));
      return Promise.resolve();
    },
  };
}
