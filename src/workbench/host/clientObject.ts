/**
 * The strictness of Office.js, reproduced: a proxy's properties can be read only after `load` and
 * a `context.sync()`; writes and loads are queued and carried out, in order, by `sync`.
 */
export class RichApiError extends Error {
  override readonly name = "RichApi.Error";
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function propertyNotLoaded(property: string): RichApiError {
  return new RichApiError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** What a queued operation may hand back: loaded values that become visible once the sync succeeds. */
export interface PendingLoad {
  readonly target: ClientObject;
  readonly values: ReadonlyMap<string, unknown>;
}

export interface Queue {
  enqueue(op: () => PendingLoad | void): void;
}

export type LoadSpec = string | string[] | { select?: string | string[] };

function propsOf(spec: LoadSpec | undefined, defaults: readonly string[]): string[] {
  if (spec === undefined) return [...defaults];
  const raw = typeof spec === "string" || Array.isArray(spec) ? spec : (spec.select ?? defaults.join(","));
  const list = Array.isArray(raw) ? raw : raw.split(",");
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

export abstract class ClientObject {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly queue: Queue) {}

  /** Properties a bare `load()` loads. */
  protected abstract readonly scalarProperties: readonly string[];

  /** The live value of a property, read when the sync carries out the load. */
  protected abstract readLive(property: string): unknown;

  load(spec?: LoadSpec): this {
    const props = propsOf(spec, this.scalarProperties);
    this.queue.enqueue(() => ({
      target: this,
      values: new Map(props.map((p) => [p, structuredCloneSafe(this.readLive(p))])),
    }));
    return this;
  }

  /** Called by the context when a sync succeeds. */
  commitLoad(values: ReadonlyMap<string, unknown>): void {
    for (const [k, v] of values) this.loaded.set(k, v);
  }

  protected loadedValue<T>(property: string): T {
    if (!this.loaded.has(property)) throw propertyNotLoaded(property);
    return this.loaded.get(property) as T;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

function structuredCloneSafe<T>(v: T): T {
  return v === undefined || v === null || typeof v !== "object" ? v : (JSON.parse(JSON.stringify(v)) as T);
}
