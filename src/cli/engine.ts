/**
 * The checking engine as the command line calls it. Loaded on first use, so that reading,
 * arguments and error handling work (and are tested) independently of the engine's modules.
 */
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import type { WorkbookSnapshot } from "../engine/workbook/snapshot";

export type CheckFn = (snapshot: WorkbookSnapshot, options?: CheckOptions) => CheckResult | Promise<CheckResult>;

let cached: CheckFn | undefined;

export function loadChecker(): CheckFn {
  if (!cached) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require("../engine/check/checkWorkbook") as { checkWorkbook?: CheckFn };
    if (typeof mod.checkWorkbook !== "function") throw new Error("checkWorkbook saknas i motorn");
    cached = mod.checkWorkbook;
  }
  return cached;
}
