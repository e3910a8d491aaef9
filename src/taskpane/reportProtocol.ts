/** Messages between the pane and the report worker (reportWorker.ts). */
import type { ReportReading } from "../report/reading";

export interface ReportRequest {
  /** The file's bytes, transferred (not copied) to the worker. */
  readonly data: ArrayBuffer;
  /** The file's name, for the Swedish messages ("rapport.pdf har ingen text …"). */
  readonly file: string;
}

/**
 * Every message of ours says so: pdf.js's worker code, run inside the report worker, announces
 * itself to the page on its own ({ action: "ready" } when it finds itself in a worker), and the
 * pane must not take that for an answer.
 */
export const REPORT_SOURCE = "finsam-report";

export type ReportResponse = { readonly source: typeof REPORT_SOURCE } & (
  | { readonly type: "progress"; readonly read: number; readonly total: number }
  | { readonly type: "result"; readonly reading: ReportReading }
  /** The file is no report the reader can take (scanned, encrypted, damaged, too large …): Swedish. */
  | { readonly type: "refused"; readonly message: string }
);

/** A message from our report worker (not pdf.js's own). */
export function isReportResponse(data: unknown): data is ReportResponse {
  return typeof data === "object" && data !== null && (data as { source?: unknown }).source === REPORT_SOURCE;
}
