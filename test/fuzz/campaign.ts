/**
 * One fuzz campaign: random workbooks, damaged variants of every fixture, amount strings, FINSAM
 * function calls with random arguments, each case
 * replayable from (seed, kind, index). The short run inside `npm test` (fuzz.test.ts) and the long
 * run behind `npm run fuzz` (scripts/fuzz.ts) share it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { readXlsxBytes } from "../../src/cli/readXlsx";
import { amountProblems, randomAmountInput } from "./amounts";
import { damaged } from "./damage";
import { type ArgOptions, functionProblems, randomCall } from "./functionArgs";
import { type Problem, judge } from "./oracle";
import { randomWorkbook } from "./randomWorkbook";
import { Rng, caseSeed } from "./rng";

export type CaseKind = "workbook" | "damaged" | "workbench" | "amount" | "function";

export interface Corpus {
  /** Every .xlsx under test/fixtures, by path relative to it. */
  readonly fixtures: readonly { readonly name: string; readonly bytes: Buffer }[];
  /** Labels found in the fixtures (column texts), for realistic random workbooks. */
  readonly vocabulary: readonly string[];
}

export const FIXTURES = join(__dirname, "..", "fixtures");

function xlsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? xlsxFiles(join(dir, d.name)) : d.name.endsWith(".xlsx") ? [join(dir, d.name)] : [],
  );
}

export async function loadCorpus(): Promise<Corpus> {
  const fixtures = xlsxFiles(FIXTURES)
    .sort()
    .map((path) => ({ name: relative(FIXTURES, path), bytes: readFileSync(path) }));
  const words = new Set<string>();
  for (const f of fixtures) {
    const wb = await readXlsxBytes(f.bytes, f.name);
    for (const s of wb.sheets)
      for (const row of s.values)
        for (const v of row)
          if (typeof v === "string" && /[a-zåäö]{3}/i.test(v) && v.length <= 60) words.add(v.trim());
  }
  return { fixtures, vocabulary: [...words].sort() };
}

export interface CaseResult {
  readonly kind: CaseKind;
  readonly index: number;
  readonly ms: number;
  /** "value" for an amount string or a function call. */
  readonly outcome: "checked" | "refused" | "value";
  readonly findings: number;
  readonly problems: readonly Problem[];
  /** The input, for a reproducer when something failed. */
  readonly input?: Buffer;
  /** The fixture a damaged variant came from. */
  readonly from?: string;
}

const rngOf = (seed: number, kind: CaseKind, index: number) =>
  new Rng(
    caseSeed(seed + ["workbook", "damaged", "amount", "function", "workbench"].indexOf(kind) * 7919, index),
  );

/** A file case: a random workbook, a damaged fixture, or either (every third random) for the workbench's reader. */
export type FileKind = "workbook" | "damaged" | "workbench";

/** The file of case `index`, made again without running it: for a reproducer. */
export function caseFile(corpus: Corpus, seed: number, kind: FileKind, index: number): Buffer {
  const rng = rngOf(seed, kind, index);
  const fixture = corpus.fixtures[index % corpus.fixtures.length];
  const random = kind === "workbook" || (kind === "workbench" && index % 3 === 0);
  return random ? randomWorkbook(rng, corpus.vocabulary) : damaged(rng, fixture.bytes);
}

/** Case `index` of `kind` in the run of `seed`; the long run also passes NaN and ±Infinity to functions (ArgOptions). */
export async function runCase(
  corpus: Corpus,
  seed: number,
  kind: CaseKind,
  index: number,
  options: ArgOptions = {},
): Promise<CaseResult> {
  const started = performance.now();
  if (kind === "function") {
    const call = randomCall(rngOf(seed, kind, index), options);
    const problems = functionProblems(call);
    return { kind, index, ms: performance.now() - started, outcome: "value", findings: 0, problems };
  }
  if (kind === "amount") {
    const input = randomAmountInput(rngOf(seed, kind, index));
    const problems = amountProblems(input).map((detail) => ({
      kind: detail.includes("threw") ? ("crash" as const) : ("non-finite" as const),
      detail: `${JSON.stringify(input)}: ${detail}`,
    }));
    return { kind, index, ms: performance.now() - started, outcome: "value", findings: 0, problems };
  }
  const fixture = corpus.fixtures[index % corpus.fixtures.length];
  const input = caseFile(corpus, seed, kind, index);
  const verdict = await judge(
    input,
    `fuzz-${kind}-${index}.xlsx`,
    kind === "workbench" ? "workbench" : "cli",
  );
  return {
    kind,
    index,
    ms: performance.now() - started,
    outcome: verdict.outcome,
    findings: verdict.findings,
    problems: verdict.problems,
    input: verdict.problems.length > 0 ? input : undefined,
    from: kind === "damaged" || (kind === "workbench" && index % 3 !== 0) ? fixture.name : undefined,
  };
}

export interface Figures {
  workbooks: number;
  damaged: number;
  workbench: number;
  amounts: number;
  functionCalls: number;
  checked: number;
  refused: number;
  findings: number;
  crashes: number;
  hangs: number;
  ghostCells: number;
  nonFinite: number;
  notOurs: number;
  slowestMs: number;
  slowest: string;
}

export function emptyFigures(): Figures {
  return {
    workbooks: 0,
    damaged: 0,
    workbench: 0,
    amounts: 0,
    functionCalls: 0,
    checked: 0,
    refused: 0,
    findings: 0,
    crashes: 0,
    hangs: 0,
    ghostCells: 0,
    nonFinite: 0,
    notOurs: 0,
    slowestMs: 0,
    slowest: "",
  };
}

/** Adds one case to the figures. */
export function count(figures: Figures, r: CaseResult): void {
  if (r.kind === "workbook") figures.workbooks++;
  else if (r.kind === "damaged") figures.damaged++;
  else if (r.kind === "workbench") figures.workbench++;
  else if (r.kind === "amount") figures.amounts++;
  else figures.functionCalls++;
  if (r.outcome === "checked") figures.checked++;
  if (r.outcome === "refused") figures.refused++;
  figures.findings += r.findings;
  for (const p of r.problems) {
    if (p.kind === "crash" || p.kind === "engine-crash") figures.crashes++;
    else if (p.kind === "ghost-cell") figures.ghostCells++;
    else if (p.kind === "non-finite") figures.nonFinite++;
    else figures.notOurs++;
  }
  if (r.ms > figures.slowestMs) {
    figures.slowestMs = Math.round(r.ms);
    figures.slowest = `${r.kind} #${r.index}${r.from ? ` (${r.from})` : ""}`;
  }
}
