/**
 * Settings kept with the workbook (Office.context.document.settings): they travel with the file
 * and survive co-authoring, unlike CustomXML parts. Values are JSON.
 */
export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
  /** Persists queued changes into the document. */
  save(): Promise<void>;
}

/** The real host's document settings. */
export function officeDocumentSettings(): DocumentSettings {
  const settings = Office.context.document.settings;
  return {
    get: (key) => settings.get(key) as unknown,
    set: (key, value) => settings.set(key, value),
    save: () =>
      new Promise<void>((resolve, reject) => {
        settings.saveAsync((result) => {
          if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
          else reject(new Error(result.error.message));
        });
      }),
  };
}

/** In-memory settings, for a plain browser and the tests. */
export function memoryDocumentSettings(initial: Record<string, unknown> = {}): DocumentSettings {
  const store = new Map<string, string>(Object.entries(initial).map(([k, v]) => [k, JSON.stringify(v)]));
  return {
    get: (key) => {
      const raw = store.get(key);
      return raw === undefined ? undefined : (JSON.parse(raw) as unknown);
    },
    set: (key, value) => {
      store.set(key, JSON.stringify(value));
    },
    save: () => Promise.resolve(),
  };
}
