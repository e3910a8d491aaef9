/**
 * How the pane runs the checking engine. In a browser it runs in a worker (engineWorker.ts), so the
 * pane stays responsive and a cancel ends the check at once; where no worker can be started it is
 * loaded on first use into the page itself, as a chunk of its own.
 */
import type { CheckResult } from "../engine/check/finding";
import { pane } from "../i18n/sv/pane";
import type { EngineRequest, EngineResponse } from "./engineProtocol";
import type { Checker } from "./paneActions";
import { callWorker, type WorkerPort } from "./workerCall";

/** The engine in the page (no worker). */
export const lazyChecker: Checker = async (snapshot, options) => {
  const { checkWorkbook } = await import(/* webpackChunkName: "engine" */ "../engine/check/checkWorkbook");
  return checkWorkbook(snapshot, options);
};

/** The worker script, next to the page's scripts (webpack entry `engine-worker`). */
export const ENGINE_WORKER_FILE = "engine-worker.js";

export interface WorkerLike extends WorkerPort<EngineResponse> {
  postMessage(message: EngineRequest): void;
}

/** A checker that runs each check in a fresh worker made by `makeWorker`. */
export function workerChecker(makeWorker: () => WorkerLike): Checker {
  return (snapshot, options, signal) => {
    const worker = makeWorker();
    const { onProgress: _ignored, ...rest } = options;
    return callWorker<EngineResponse, CheckResult>(
      worker,
      () => worker.postMessage({ snapshot, options: rest }),
      signal,
      pane.cancelled,
      (message) => {
        if (message.type === "progress") {
          options.onProgress?.(message.fraction);
          return null;
        }
        return message.type === "result" ? { value: message.result } : { error: new Error(message.message) };
      },
      (event) => new Error(event.message || pane.engineFailed),
    );
  };
}

/** The pane's checker: a worker beside the page's own script where workers exist. */
export function defaultChecker(): Checker {
  if (typeof Worker === "undefined") return lazyChecker;
  const script =
    document.currentScript instanceof HTMLScriptElement ? document.currentScript.src : document.baseURI;
  const url = new URL(ENGINE_WORKER_FILE, script).href;
  return workerChecker(() => new Worker(url) as unknown as WorkerLike);
}
