/**
 * Reads one .xlsx and checks it. Every way this can fail becomes a Swedish sentence in `failure`
 * (exit code 2), so the command line never shows a stack trace or a library's own words.
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
  const name = basename(path);
  let snapshot;
  try {
    snapshot = await readXlsx(path);
  } catch (error) {
    if (error instanceof ReadError) return { path, failure: error.message };
    debugDetail(error);
    const code = (error as NodeJS.ErrnoException).code;
    return { path, failure: cli.unreadable(name, cli.errnoReason(code)) };
  }
  try {
    const result = await loadChecker()(snapshot, options);
    if (result.statements.length === 0) return { path, failure: cli.noStatement(name) };
    return { path, result };
  } catch (error) {
    // A bug of ours, or the stack overflowing on a strange file: the user learns which file, a
    // developer gets the details with FINSAM_DEBUG=1.
    debugDetail(error);
    return { path, failure: cli.internalFailure(name) };
  }
}

/** The raw error for a developer who asks for it; users never see it. */
export function debugDetail(error: unknown): void {
  if (process.env.FINSAM_DEBUG !== "1") return;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
