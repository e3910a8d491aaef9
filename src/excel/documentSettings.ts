/**
 * Settings kept with the workbook (Office.context.document.settings): they travel with the file
 * and survive co-authoring, unlike CustomXML parts. Values are JSON.
 *
 * Office keeps an in-memory copy of the whole bag and `saveAsync` writes that copy back whole, so
 * a client that saves without re-reading first erases what a co-author saved in between. Every
 * write of the add-in therefore goes through `updateSetting`: re-read, change one key, save.
 */
import { pane } from "../i18n/sv/pane";

export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Persists queued changes into the document. */
  save(): Promise<void>;
  /** Re-reads what is saved in the document (a co-author may have saved since). */
  refresh(): Promise<void>;
  /** Calls back when another author saves settings; resolves to the function that stops it. */
  onChanged(listener: () => void): Promise<() => Promise<void>>;
}

/** Re-reads the document's settings, changes one key from its current value, and saves. */
export async function updateSetting<T>(
  settings: DocumentSettings,
  key: string,
  change: (current: unknown) => T,
): Promise<T> {
  await settings.refresh();
  const next = change(settings.get(key));
  settings.set(key, next);
  await settings.save();
  return next;
}

/** An Office callback call as a promise; a failure is told in Swedish, never in Office's words. */
function officeCall(start: (done: (result: Office.AsyncResult<unknown>) => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else reject(new Error(pane.settingsFailed));
    });
  });
}

/** The real host's document settings. */
export function officeDocumentSettings(): DocumentSettings {
  const settings = (): Office.Settings => Office.context.document.settings;
  return {
    get: (key) => settings().get(key) as unknown,
    set: (key, value) => settings().set(key, value),
    save: () => officeCall((done) => settings().saveAsync(done)),
    refresh: () => officeCall((done) => settings().refreshAsync(done)),
    onChanged: async (listener) => {
      const handler = (): void => listener();
      await officeCall((done) => settings().addHandlerAsync(Office.EventType.SettingsChanged, handler, done));
      return () =>
        officeCall((done) =>
          settings().removeHandlerAsync(Office.EventType.SettingsChanged, { handler }, done),
        );
    },
  };
}

/**
 * One document's settings as several clients see them: each has its own in-memory copy, `save`
 * writes that copy whole and tells the other clients, `refresh` re-reads. This is how Office
 * behaves under co-authoring, so a test can show that no client's write is lost.
 */
export interface SharedSettingsDocument {
  client(): DocumentSettings;
  /** What is saved in the document now, for assertions. */
  saved(key: string): unknown;
}

export function sharedMemoryDocument(initial: Record<string, unknown> = {}): SharedSettingsDocument {
  let stored = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  const listeners = new Set<{ owner: object; listener: () => void }>();
  return {
    saved: (key) => {
      const raw = stored.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
    },
    client: () => {
      const owner = {};
      let copy = new Map(stored);
      return {
        get: (key) => {
          const raw = copy.get(key);
          return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
        },
        set: (key, value) => {
          copy.set(key, JSON.stringify(value));
        },
        save: async () => {
          stored = new Map(copy);
          for (const l of [...listeners]) if (l.owner !== owner) l.listener();
        },
        refresh: async () => {
          copy = new Map(stored);
        },
        onChanged: async (listener) => {
          const entry = { owner, listener };
          listeners.add(entry);
          return async () => void listeners.delete(entry);
        },
      };
    },
  };
}

/** In-memory settings of a document nobody else edits, for a plain browser and the tests. */
export function memoryDocumentSettings(initial: Record<string, unknown> = {}): DocumentSettings {
  return sharedMemoryDocument(initial).client();
}
