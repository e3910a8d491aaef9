/**
 * `finsam-check`: checks the statements of .xlsx workbooks and reports what does not tie out.
 * Exit code 0: no errors; 1: errors found; 2: a file could not be checked (message on stderr).
 * Without a file it checks the embedded sample workbook (samples/varend-2025.xlsx).
 *
 * Only the argument parser and the Swedish table are loaded up front: `--help` and a bad flag
 * answer without loading the engine or the readers (they are imported when a file is checked).
 */
import { existsSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Finding } from "../engine/check/finding";
import { cli } from "../i18n/sv/cli";
import { compareCli } from "../i18n/sv/compare";
import { parseArgs } from "./args";
import type { FileOutcome } from "./checkFile";
import { type Io, processIo } from "./standardIo";

export type { Io } from "./standardIo";

/** From src/cli or lib/cli alike: the sample sits two folders up. */
export const SAMPLE = join(__dirname, "..", "..", "samples", "varend-2025.xlsx");

/** Runs the command and returns its exit code; writes only through `io`. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(parsed.message + "\n");
    return 2;
  }
  const { args } = parsed;
  if (args.help) {
    io.out(cli.help);
    return 0;
  }
  if (args.compare !== undefined) return compareMain(args.paths, args.compare, args, io);
  const usingSample = args.paths.length === 0;
  if (usingSample && !existsSync(SAMPLE)) {
    io.err(cli.sampleMissing(SAMPLE) + "\n");
    return 2;
  }
  const [{ checkFile }, { collectFiles }, { renderReport, renderSummary }] = await Promise.all([
    import("./checkFile"),
    import("./collectFiles"),
    import("./report"),
  ]);
  const targets = usingSample ? [{ path: SAMPLE }] : await collectFiles(args.paths);
  const options = args.unit ? { unit: args.unit } : {};
  const outcomes: { name: string; outcome: FileOutcome }[] = [];
  for (const t of targets) {
    const outcome: FileOutcome = t.problem
      ? { path: t.path, failure: t.problem }
      : await checkFile(t.path, options);
    outcomes.push({ name: displayName(t.path, usingSample), outcome });
  }

  for (const { outcome } of outcomes) if (outcome.failure) io.err(outcome.failure + "\n");
  if (args.json) io.out(jsonOutput(outcomes) + "\n");
  else {
    const reports = outcomes
      .filter((o) => o.outcome.result)
      .map((o) =>
        renderReport(o.name, o.outcome.result!, usingSample ? cli.sampleNote : undefined, o.outcome.pageOf),
      );
    io.out(reports.join("\n"));
    if (outcomes.length > 1) io.out("\n" + renderSummary(outcomes));
  }
  return exitCode(outcomes.map((o) => o.outcome));
}

/**
 * `finsam-check ARBETSBOK --jamfor RAPPORT`: both files checked as usual, then the report compared
 * with the workbook. Exit code 2 if either file (or the comparison) could not be made, else 1 if any
 * error was found in either file or between them, else 0.
 */
async function compareMain(
  paths: readonly string[],
  reportPath: string,
  args: { readonly json: boolean; readonly unit?: "kr" | "tkr" },
  io: Io,
): Promise<number> {
  if (paths.length !== 1) {
    io.err((paths.length === 0 ? compareCli.noWorkbook : compareCli.twoWorkbooks) + "\n");
    return 2;
  }
  const [{ compareFiles }, { renderReport, renderComparison }] = await Promise.all([
    import("./compareFiles"),
    import("./report"),
  ]);
  const outcome = await compareFiles(paths[0], reportPath, args.unit ? { unit: args.unit } : {});
  const files = [outcome.workbook, outcome.report].map((o) => ({
    name: displayName(o.path, false),
    outcome: o,
  }));
  for (const { outcome: o } of files) if (o.failure) io.err(o.failure + "\n");
  if (outcome.failure) io.err(outcome.failure + "\n");
  const { comparison } = outcome;
  const [wbName, rpName] = files.map((f) => f.name);
  if (args.json) {
    const compared = comparison
      ? {
          workbook: wbName,
          report: rpName,
          compared: comparison.compared,
          agreeing: comparison.agreeing,
          statements: comparison.statements,
          findings: pagedFindings(comparison.findings, outcome.report.pageOf),
        }
      : undefined;
    io.out(
      JSON.stringify({
        files: files.map(({ name, outcome: o }) =>
          o.result ? { file: name, findings: withPages(o) } : { file: name, error: o.failure },
        ),
        ...(compared ? { comparison: compared } : { comparisonError: outcome.failure }),
      }) + "\n",
    );
  } else {
    const reports = files
      .filter((f) => f.outcome.result)
      .map((f) => renderReport(f.name, f.outcome.result!, undefined, f.outcome.pageOf));
    if (comparison) reports.push(renderComparison(rpName, wbName, comparison, outcome.report.pageOf));
    io.out(reports.join("\n"));
  }
  if (outcome.failure || !comparison) return 2;
  const own = exitCode([outcome.workbook, outcome.report]);
  return Math.max(own, comparison.findings.some((f) => f.severity === "error") ? 1 : 0);
}

/**
 * The process around `main` (bin/finsam-check.js calls it): sets the exit code, and turns anything
 * that escapes — a bug of ours, an error thrown in a library's callback — into one Swedish sentence
 * and exit code 2, never a stack trace (FINSAM_DEBUG=1 shows it to a developer).
 */
export function run(argv: readonly string[]): void {
  const io = processIo();
  const fail = (error: unknown): void => {
    if (process.env.FINSAM_DEBUG === "1")
      io.err(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    io.err(cli.unexpected + "\n");
    process.exit(2);
  };
  process.on("uncaughtException", fail);
  process.on("unhandledRejection", fail);
  main(argv, io).then((code) => {
    // Keep a worse code already set (stdout failing to write gives 2).
    process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
  }, fail);
}

function displayName(path: string, sample: boolean): string {
  if (sample) return basename(path);
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") ? rel : path;
}

/** One file: `{"findings": [...]}` as the issue specifies; several: one entry per file. */
function jsonOutput(outcomes: readonly { name: string; outcome: FileOutcome }[]): string {
  if (outcomes.length === 1) {
    const { outcome } = outcomes[0];
    const findings = withPages(outcome);
    return JSON.stringify(outcome.failure ? { findings, error: outcome.failure } : { findings });
  }
  return JSON.stringify({
    files: outcomes.map(({ name, outcome }) =>
      outcome.result ? { file: name, findings: withPages(outcome) } : { file: name, error: outcome.failure },
    ),
  });
}

/** A report's findings carry the page their line was printed on (`page`), where it is known. */
function withPages(outcome: FileOutcome): readonly (Finding & { page?: number })[] {
  return pagedFindings(outcome.result?.findings ?? [], outcome.pageOf);
}

function pagedFindings(
  findings: readonly Finding[],
  pageOf: FileOutcome["pageOf"],
): readonly (Finding & { page?: number })[] {
  if (!pageOf) return findings;
  return findings.map((f) => {
    const page = pageOf(f.sheet, f.cell);
    return page === undefined ? f : { ...f, page };
  });
}

/** 2 if any file could not be checked, else 1 if any has an error, else 0. */
export function exitCode(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => !o.result)) return 2;
  return outcomes.some((o) => o.result!.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

if (require.main === module) run(process.argv.slice(2));
