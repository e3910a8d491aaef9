/**
 * How the pane runs the checking engine. In a browser it runs in a worker (engineWorker.ts), so the
 * pane stays responsive and a cancel ends the check at once; where no worker can be started it is
 * loaded on first use into the page itself, as a chunk of its own.
 */
import { pane } from "../i18n/sv/pane";
import type { EngineRequest, EngineResponse } from "./engineProtocol";
import type { Checker } from "./paneActions";

/** The engine in the page (no worker). */
export const lazyChecker: Checker = async (snapshot, options) => {
  const { checkWorkbook } = await import(/* webpackChunkName: "engine" */ "../engine/check/checkWorkbook");
  return checkWorkbook(snapshot, options);
};

/** The worker script, next to the page's scripts (webpack entry `engine-worker`). */
export const ENGINE_WORKER_FILE = "engine-worker.js";

export interface WorkerLike {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: EngineRequest): void;
  terminate(): void;
}

/** A checker that runs each check in a fresh worker made by `makeWorker`. */
export function workerChecker(makeWorker: () => WorkerLike): Checker {
  return (snapshot, options, signal) =>
    new Promise((resolve, reject) => {
      const worker = makeWorker();
      const stop = () => {
        worker.terminate();
        reject(new DOMException(pane.cancelled, "AbortError"));
      };
      if (signal?.aborted) return stop();
      signal?.addEventListener("abort", stop, { once: true });
      const done = () => {
        signal?.removeEventListener("abort", stop);
        worker.terminate();
      };
      worker.onmessage = (event) => {
        const message = event.data;
        if (message.type === "progress") options.onProgress?.(message.fraction);
        else if (message.type === "result") {
          done();
          resolve(message.result);
        } else {
          done();
          reject(new Error(message.message));
        }
      };
      worker.onerror = (event) => {
        done();
        reject(new Error(event.message || "Granskningsmotorn kunde inte startas."));
      };
      const { onProgress: _ignored, ...rest } = options;
      worker.postMessage({ snapshot, options: rest });
    });
}

/** The pane's checker: a worker beside the page's own script where workers exist. */
export function defaultChecker(): Checker {
  if (typeof Worker === "undefined") return lazyChecker;
  const script =
    document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : document.baseURI;
  const url = new URL(ENGINE_WORKER_FILE, script).href;
  return workerChecker(() => new Worker(url) as unknown as WorkerLike);
}
