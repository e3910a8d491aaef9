/**
 * `finsam-check`: checks the statements of .xlsx workbooks and reports what does not tie out.
 * Exit code 0: no errors; 1: errors found; 2: a file could not be checked (message on stderr).
 * Without a file it checks the embedded sample workbook (samples/varend-2025.xlsx).
 */
import { existsSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { Finding } from "../engine/check/finding";
import { cli } from "../i18n/sv/cli";
import { parseArgs } from "./args";
import { FileOutcome, checkFile } from "./checkFile";
import { collectFiles } from "./collectFiles";
import { renderReport, renderSummary } from "./report";

export const SAMPLE = join(__dirname, "..", "..", "samples", "varend-2025.xlsx");

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const STD_IO: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

/** Runs the command and returns its exit code; writes only through `io`. */
export async function main(argv: readonly string[], io: Io = STD_IO): Promise<number> {
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
  const usingSample = args.paths.length === 0;
  if (usingSample && !existsSync(SAMPLE)) {
    io.err(cli.sampleMissing(SAMPLE) + "\n");
    return 2;
  }
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
      .map((o) => renderReport(o.name, o.outcome.result!, usingSample ? cli.sampleNote : undefined));
    io.out(reports.join("\n"));
    if (outcomes.length > 1) io.out("\n" + renderSummary(outcomes));
  }
  return exitCode(outcomes.map((o) => o.outcome));
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
    const findings: readonly Finding[] = outcome.result?.findings ?? [];
    return JSON.stringify(outcome.failure ? { findings, error: outcome.failure } : { findings });
  }
  return JSON.stringify({
    files: outcomes.map(({ name, outcome }) =>
      outcome.result
        ? { file: name, findings: outcome.result.findings }
        : { file: name, error: outcome.failure },
    ),
  });
}

/** 2 if any file could not be checked, else 1 if any has an error, else 0. */
export function exitCode(outcomes: readonly FileOutcome[]): number {
  if (outcomes.some((o) => !o.result)) return 2;
  return outcomes.some((o) => o.result!.findings.some((f) => f.severity === "error")) ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // A bug of ours: still no stack trace for the user, but enough to report it.
      process.stderr.write(
        cli.engineFailed("arbetsboken", error instanceof Error ? error.message : String(error)) + "\n",
      );
      process.exit(2);
    },
  );
}
