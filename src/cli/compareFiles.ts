/**
 * `finsam-check ARBETSBOK --jamfor RAPPORT`: reads both files as the command line reads any file,
 * checks each as usual (a report's own errors are its own findings), and compares the report with
 * the workbook through the engine (src/engine/compare). Everything that can go wrong is a Swedish
 * sentence in `failure` (exit code 2).
 */
import { promises as fs } from "node:fs";
import { basename } from "node:path";
import type { CheckOptions } from "../engine/check/finding";
import type { CompareResult } from "../engine/compare/compareReport";
import { compareCli } from "../i18n/sv/compare";
import { type FileOutcome, checkReading, readFile } from "./checkFile";

export interface CompareOutcome {
  readonly workbook: FileOutcome;
  readonly report: FileOutcome;
  /** The comparison, when both files were read and checked and some statement pairs. */
  readonly comparison?: CompareResult;
  /** Why the comparison could not be made (a file's own failure is in its outcome). */
  readonly failure?: string;
}

export async function compareFiles(
  workbookPath: string,
  reportPath: string,
  options: CheckOptions,
): Promise<CompareOutcome> {
  // A folder is no report: say so before reading anything.
  const folder = (await isFolder(workbookPath))
    ? compareCli.workbookIsFolder(workbookPath)
    : (await isFolder(reportPath))
      ? compareCli.reportIsFolder(reportPath)
      : undefined;
  if (folder) return { workbook: { path: workbookPath }, report: { path: reportPath }, failure: folder };
  const [wbRead, rpRead] = await Promise.all([readFile(workbookPath), readFile(reportPath)]);
  const workbook: FileOutcome =
    "failure" in wbRead
      ? { path: workbookPath, failure: wbRead.failure }
      : await checkReading(workbookPath, wbRead.reading, options);
  const report: FileOutcome =
    "failure" in rpRead
      ? { path: reportPath, failure: rpRead.failure }
      : await checkReading(reportPath, rpRead.reading, {});
  if (!workbook.result || !report.result || "failure" in wbRead || "failure" in rpRead)
    return { workbook, report };
  const { compareReport } = await import("../engine/compare/compareReport");
  const comparison = compareReport(wbRead.reading.snapshot, rpRead.reading.snapshot, { unit: options.unit });
  // Nothing paired, or nothing agrees (another year's report, another förbund's): no comparison.
  const [rp, wb] = [basename(reportPath), basename(workbookPath)];
  if (comparison.compared === 0) return { workbook, report, failure: compareCli.nothingCompared(rp, wb) };
  if (comparison.unrelated)
    return {
      workbook,
      report,
      failure: compareCli.unrelated(rp, wb, comparison.agreeing, comparison.compared),
    };
  return { workbook, report, comparison };
}

async function isFolder(path: string): Promise<boolean> {
  try {
    return (await fs.stat(path)).isDirectory();
  } catch {
    // Missing or unreadable: the reader says so in its own words.
    return false;
  }
}
