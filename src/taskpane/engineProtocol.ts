/** Messages between the pane and the engine worker. */
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import type { WorkbookSnapshot } from "../engine/workbook/snapshot";

export interface EngineRequest {
  readonly snapshot: WorkbookSnapshot;
  /** Without onProgress: functions do not cross to a worker. */
  readonly options: Omit<CheckOptions, "onProgress">;
}

export type EngineResponse =
  | { readonly type: "progress"; readonly fraction: number }
  | { readonly type: "result"; readonly result: CheckResult }
  | { readonly type: "error"; readonly message: string };
