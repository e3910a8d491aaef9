/**
 * How the pane reads a published report: in a fresh Web Worker (reportWorker.ts, beside the page's
 * own script) per file, ended when the reading ends or the user cancels. The pane thus never
 * loads pdf.js or the Word reader itself.
 */
import { pane } from "../i18n/sv/pane";
import type { ReportReading } from "../report/reading";
import { type ReportRequest, isReportResponse } from "./reportProtocol";
import { callWorker, type WorkerPort, type WorkerReply } from "./workerCall";

/** Why a report was not read: a Swedish sentence for the user (scanned, encrypted, damaged …). */
export class ReportRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ReportRefused";
  }
}

export type ReportReader = (
  file: { readonly name: string; arrayBuffer(): Promise<ArrayBuffer> },
  onProgress: (read: number, total: number) => void,
  signal?: AbortSignal,
) => Promise<ReportReading>;

/** The worker script's file name (webpack entry `report-worker`). */
export const REPORT_WORKER_FILE = "report-worker.js";

export interface ReportWorkerLike extends WorkerPort<unknown> {
  postMessage(message: ReportRequest, transfer: Transferable[]): void;
}

export function workerReportReader(makeWorker: () => ReportWorkerLike): ReportReader {
  return async (file, onProgress, signal) => {
    const data = await file.arrayBuffer();
    if (signal?.aborted) throw new DOMException(pane.reportCancelled, "AbortError");
    const worker = makeWorker();
    return callWorker(
      worker,
      () => worker.postMessage({ data, file: file.name }, [data]),
      signal,
      pane.reportCancelled,
      (message): WorkerReply<ReportReading> => {
        // pdf.js's worker code greets the page from inside our worker: not an answer of ours.
        if (!isReportResponse(message)) return null;
        if (message.type === "progress") {
          onProgress(message.read, message.total);
          return null;
        }
        return message.type === "result"
          ? { value: message.reading }
          : { error: new ReportRefused(message.message) };
      },
      () => new ReportRefused(pane.reportWorkerFailed),
    );
  };
}

/**
 * Where this module's script was loaded from, taken while the script runs (document.currentScript
 * is gone afterwards), so the worker is found beside the pane's (or the workbench's) script.
 */
const scriptBase =
  typeof document !== "undefined" && document.currentScript instanceof HTMLScriptElement
    ? document.currentScript.src
    : undefined;

/** The pane's report reader; null where no worker can be started (the pane then offers none). */
export function defaultReportReader(): ReportReader | null {
  if (typeof Worker === "undefined" || typeof document === "undefined") return null;
  const url = new URL(REPORT_WORKER_FILE, scriptBase ?? document.baseURI).href;
  return workerReportReader(() => new Worker(url) as unknown as ReportWorkerLike);
}
