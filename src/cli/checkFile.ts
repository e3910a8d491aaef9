/**
 * Reads one .xlsx and checks it. Every way this can fail becomes a Swedish sentence in `failure`
 * (exit code 2), so the command line never shows a stack trace.
 */
import { basename } from "node:path";
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import { cli } from "../i18n/sv/cli";
import { loadChecker } from "./engine";
import { ReadError } from "./readError";
import { readXlsx } from "./readXlsx";

export interface FileOutcome {
  readonly path: string;
  readonly result?: CheckResult;
  readonly failure?: string;
}

export async function checkFile(path: string, options: CheckOptions): Promise<FileOutcome> {
  let snapshot;
  try {
    snapshot = await readXlsx(path);
  } catch (error) {
    if (error instanceof ReadError) return { path, failure: error.message };
    return { path, failure: cli.unreadable(basename(path), describe(error)) };
  }
  try {
    const result = await loadChecker()(snapshot, options);
    if (result.statements.length === 0) return { path, failure: cli.noStatement(basename(path)) };
    return { path, result };
  } catch (error) {
    return { path, failure: cli.engineFailed(basename(path), describe(error)) };
  }
}

function describe(error: unknown): string {
  // First line only: Node appends a "Require stack" and the like, which means nothing to a user.
  return (error instanceof Error ? error.message : String(error)).split("\n")[0];
}
