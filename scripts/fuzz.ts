/**
 * `npm run fuzz`: the long fuzz run, printing its figures. Random report-like workbooks (10 000 by
 * default), damaged variants of every fixture in test/fixtures (2 000), both kinds again through the
 * workbench's reader (ExcelJS, the host double, the pane's reader: 1 000), amount strings (100 000),
 * FINSAM function calls with random arguments (20 000),
 * each read by the command line's reader and checked by the engine in a child process that is
 * stopped when one file takes longer than the limit (a hang); then issue 9's hostile workbooks
 * through the built command line (bin/finsam-check.js), each timed and measured.
 *
 * Fails (exit 1) on a crash (an exception that is not our Swedish read error), a hang, a finding at
 * a cell that does not exist, NaN/Infinity/undefined in a message, text that is not ours, or a
 * hostile file beyond 20 s or 700 MB or without exit 0/1/2. Every failing file is written to a
 * folder whose path is printed; a case replays alone with --seed and its index. The hostile files
 * include the largest workbooks the budget lets through (test/fixtures/hostile/makeHostile.ts).
 *
 *   npm run fuzz -- [--seed N] [--workbooks N] [--damaged N] [--workbench N] [--amounts N] [--functions N] [--limit-ms N] [--no-hostile]
 */
import { fork, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budgetEdgeWorkbooks, hostileWorkbooks } from "../test/fixtures/hostile/makeHostile";
import {
  type CaseKind,
  type CaseResult,
  type Figures,
  caseFile,
  count,
  emptyFigures,
  loadCorpus,
  runCase,
} from "../test/fuzz/campaign";
import { notOurs } from "../test/fuzz/ourText";

interface Job {
  readonly seed: number;
  readonly kind: CaseKind;
  readonly from: number;
  readonly to: number;
}

type FromChild =
  | { readonly type: "start"; readonly index: number }
  | { readonly type: "done"; readonly result: CaseResult }
  | { readonly type: "end" };

const ROOT = join(__dirname, "..");

// ---- child: runs cases in order and reports each start and result ----
async function work(job: Job): Promise<void> {
  const send = (m: FromChild) => new Promise<void>((resolve) => process.send!(m, () => resolve()));
  const corpus = await loadCorpus();
  for (let i = job.from; i < job.to; i++) {
    await send({ type: "start", index: i });
    // Function arguments here include NaN and ±Infinity, which no Excel cell holds (npm test leaves them out).
    const result = await runCase(corpus, job.seed, job.kind, i, { nonFinite: true });
    await send({
      type: "done",
      result: { ...result, input: result.input ? Buffer.from(result.input) : undefined },
    });
  }
  await send({ type: "end" });
}

// ---- main thread ----
function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  return Number.isFinite(v) ? v : fallback;
}

/**
 * Cases [from, to) of one kind in a child process (tsx's hooks come with process.execArgv); a case
 * past the limit is a hang: the child is killed and the rest go to a new one.
 */
function runKind(
  job: Job,
  limitMs: number,
  onResult: (r: CaseResult) => void,
  onHang: (index: number) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const start = (from: number) => {
      if (from >= job.to) return resolve();
      const child = fork(__filename, ["--child", JSON.stringify({ ...job, from })], {
        serialization: "advanced",
      });
      let current = -1;
      let timer: NodeJS.Timeout | undefined;
      let finished = false;
      child.on("message", (m: FromChild) => {
        if (m.type === "start") {
          current = m.index;
          clearTimeout(timer);
          // The first case of a child also pays for loading the fixtures.
          timer = setTimeout(
            () => {
              finished = true;
              onHang(current);
              child.kill("SIGKILL");
              start(current + 1);
            },
            limitMs + (current === from ? 15_000 : 0),
          );
        } else if (m.type === "done") {
          clearTimeout(timer);
          onResult({ ...m.result, input: m.result.input ? Buffer.from(m.result.input) : undefined });
        } else {
          clearTimeout(timer);
          finished = true;
          resolve();
        }
      });
      child.on("exit", (code) => {
        clearTimeout(timer);
        if (!finished) reject(new Error(`fuzz child ended with ${code} at ${job.kind} #${current}`));
      });
    };
    start(job.from);
  });
}

interface HostileRun {
  readonly file: string;
  readonly code: number | null;
  readonly seconds: number;
  readonly rssMb: number;
  readonly problems: string[];
}

/** Each hostile workbook through the built command line, timed and measured by /usr/bin/time. */
function runHostile(dir: string): HostileRun[] {
  // Built once first, so that no file's time includes bin/finsam-check.js rebuilding a stale lib/.
  spawnSync(process.execPath, [join(ROOT, "bin", "build-cli.js")], { stdio: "ignore" });
  const files = { ...hostileWorkbooks(), ...budgetEdgeWorkbooks() };
  const timeTool = existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
  return Object.entries(files).map(([name, bytes]) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    const cmd = timeTool ? [timeTool, "-f", "FUZZTIME %e %M", process.execPath] : [process.execPath];
    const started = Date.now();
    const child = spawnSync(cmd[0], [...cmd.slice(1), join(ROOT, "bin", "finsam-check.js"), path], {
      encoding: "utf8",
      timeout: 60_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const measured = /FUZZTIME ([\d.]+) (\d+)/.exec(child.stderr ?? "");
    const stderr = (child.stderr ?? "")
      .replace(/FUZZTIME.*\n?/, "")
      .replace(/Command exited with non-zero status \d+\n?/, "");
    const seconds = measured ? Number(measured[1]) : (Date.now() - started) / 1000;
    const rssMb = measured ? Math.round(Number(measured[2]) / 1024) : NaN;
    const code = child.status;
    const problems: string[] = [];
    if (code === null || ![0, 1, 2].includes(code)) problems.push(`exit ${String(code ?? child.signal)}`);
    if (seconds > 20) problems.push(`${seconds} s`);
    if (rssMb > 700) problems.push(`${rssMb} MB`);
    if (code === 2 && stderr.trim() === "") problems.push("no message");
    problems.push(...notOurs(stderr + (child.stdout ?? "")));
    return { file: name, code, seconds, rssMb, problems };
  });
}

async function main(): Promise<number> {
  const seed = option("seed", Date.now() % 1_000_000_007);
  const counts: Record<CaseKind, number> = {
    workbook: option("workbooks", 10_000),
    damaged: option("damaged", 2_000),
    workbench: option("workbench", 1_000),
    amount: option("amounts", 100_000),
    function: option("functions", 20_000),
  };
  const limitMs = option("limit-ms", 20_000);
  const out = mkdtempSync(join(tmpdir(), `finsam-fuzz-${seed}-`));
  const corpus = await loadCorpus();
  const figures: Figures = emptyFigures();
  const failures: string[] = [];
  const started = Date.now();
  process.stdout.write(
    `Fuzz, frö ${seed}: ${corpus.fixtures.length} fixturer, ${corpus.vocabulary.length} etiketter\n`,
  );

  for (const kind of ["workbook", "damaged", "workbench", "amount", "function"] as const) {
    const t = Date.now();
    await runKind(
      { seed, kind, from: 0, to: counts[kind] },
      limitMs,
      (r) => {
        count(figures, r);
        if (r.problems.length === 0) return;
        const file = r.input ? join(out, `${kind}-${r.index}.xlsx`) : "";
        if (r.input) writeFileSync(file, r.input);
        for (const p of r.problems)
          failures.push(
            `${kind} #${r.index}${r.from ? ` (${r.from})` : ""}: ${p.kind}: ${p.detail}${file ? ` → ${file}` : ""}`,
          );
      },
      (index) => {
        figures.hangs++;
        if (kind === "amount" || kind === "function") failures.push(`${kind} #${index}: hang`);
        else {
          const file = join(out, `${kind}-${index}-hang.xlsx`);
          writeFileSync(file, caseFile(corpus, seed, kind, index));
          failures.push(`${kind} #${index}: hang (over ${limitMs} ms) → ${file}`);
        }
      },
    );
    process.stdout.write(`  ${kind}: ${counts[kind]} fall på ${((Date.now() - t) / 1000).toFixed(1)} s\n`);
  }

  let hostile: HostileRun[] = [];
  if (!process.argv.includes("--no-hostile")) {
    const dir = join(out, "hostile");
    mkdirSync(dir, { recursive: true });
    hostile = runHostile(dir);
    for (const h of hostile)
      if (h.problems.length) failures.push(`hostile ${h.file}: ${h.problems.join(", ")}`);
  }

  const lines = [
    "",
    `Slumpade arbetsböcker:        ${figures.workbooks}`,
    `Skadade varianter av fixturer: ${figures.damaged}`,
    `Genom arbetsbänkens läsare:   ${figures.workbench}`,
    `Beloppstexter:                ${figures.amounts}`,
    `FINSAM-funktionsanrop:        ${figures.functionCalls}`,
    `Granskade / vägrade filer:    ${figures.checked} / ${figures.refused} (fynd: ${figures.findings})`,
    `Krascher:                     ${figures.crashes}`,
    `Hängningar (> ${limitMs} ms):   ${figures.hangs}`,
    `Fynd i celler som inte finns: ${figures.ghostCells}`,
    `NaN/Infinity/undefined:       ${figures.nonFinite}`,
    `Text som inte är vår:         ${figures.notOurs}`,
    `Långsammaste fallet:          ${figures.slowestMs} ms (${figures.slowest})`,
    ...(hostile.length
      ? [
          "",
          "Fientliga arbetsböcker genom bin/finsam-check.js (slutkod, sekunder, högsta minne):",
          ...hostile.map(
            (h) =>
              `  ${h.file.padEnd(32)} ${String(h.code).padStart(2)} ${h.seconds.toFixed(2).padStart(6)} s ${String(h.rssMb).padStart(5)} MB${h.problems.length ? `  FEL: ${h.problems.join(", ")}` : ""}`,
          ),
        ]
      : []),
    "",
    `Tid: ${((Date.now() - started) / 1000).toFixed(0)} s. Filer som fallerade: ${out}`,
  ];
  process.stdout.write(lines.join("\n") + "\n");
  if (failures.length) {
    process.stdout.write(`\n${failures.length} fel:\n${failures.slice(0, 50).join("\n")}\n`);
    return 1;
  }
  process.stdout.write("Inga fel.\n");
  return 0;
}

if (process.argv[2] === "--child") void work(JSON.parse(process.argv[3]) as Job);
else
  void main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
