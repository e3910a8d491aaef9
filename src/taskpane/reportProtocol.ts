/** Messages between the pane and the report worker (reportWorker.ts). */
import type { ReportReading } from "../report/reading";

export interface ReportRequest {
  /** The file's bytes, transferred (not copied) to the worker. */
  readonly data: ArrayBuffer;
  /** The file's name, for the Swedish messages ("rapport.pdf har ingen text …"). */
  readonly file: string;
}

export type ReportResponse =
  | { readonly type: "progress"; readonly read: number; readonly total: number }
  | { readonly type: "result"; readonly reading: ReportReading }
  /** The file is no report the reader can take (scanned, encrypted, damaged, too large …): Swedish. */
  | { readonly type: "refused"; readonly message: string };
