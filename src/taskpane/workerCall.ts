/**
 * One request to a fresh Web Worker, as the pane makes it for a check (engine.ts) and for reading a
 * published report (reportReader.ts): post the request, pass its progress on, settle on the answer
 * or the worker's failure, and end the worker then or at once when the user cancels.
 */

/** The part of a Worker the pane uses, typed by the messages it answers with (tests pass fakes). */
export interface WorkerPort<Message> {
  onmessage: ((event: MessageEvent<Message>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** What a message from the worker means: progress (null, told by the reader), a value, or an error. */
export type WorkerReply<T> = { readonly value: T } | { readonly error: Error } | null;

export function callWorker<Message, T>(
  worker: WorkerPort<Message>,
  post: () => void,
  signal: AbortSignal | undefined,
  /** Said when the user cancels (a Swedish sentence, an AbortError). */
  cancelled: string,
  read: (message: Message) => WorkerReply<T>,
  failed: (event: ErrorEvent) => Error,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      reject(new DOMException(cancelled, "AbortError"));
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener("abort", stop, { once: true });
    const done = () => {
      signal?.removeEventListener("abort", stop);
      worker.terminate();
    };
    worker.onmessage = (event) => {
      const reply = read(event.data);
      if (reply === null) return;
      done();
      if ("value" in reply) resolve(reply.value);
      else reject(reply.error);
    };
    worker.onerror = (event) => {
      done();
      reject(failed(event));
    };
    post();
  });
}
