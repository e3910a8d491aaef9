/**
 * The checking engine as the command line calls it: one seam, so the command line's own tests can
 * put a stand-in engine here (jest.mock) and test exit codes and output independently of findings.
 */
import { checkWorkbook } from "../engine/check/checkWorkbook";
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import type { WorkbookSnapshot } from "../engine/workbook/snapshot";

export type CheckFn = (
  snapshot: WorkbookSnapshot,
  options?: CheckOptions,
) => CheckResult | Promise<CheckResult>;

export function loadChecker(): CheckFn {
  return checkWorkbook;
}
