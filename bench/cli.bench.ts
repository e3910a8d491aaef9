/**
 * `npm run bench cli`: the command line as a user starts it, each run a fresh `node` process.
 * - `finsam-check --help` (goal ≤ 0.25 s), beside a bare `node -e 0` for the machine's own start;
 * - one report checked end to end against merely reading it with ExcelJS in a fresh process
 *   (goal: check ≤ 0.5 × read);
 * - a folder of 200 reports (goal ≤ 10 s).
 * Medians of runs taken in turn; the machines are shared, so ratios in one run say more than absolutes,
 * and CPU time (what the processes themselves used) is printed beside wall time for the one-report ratio.
 * The command is timed as installed: bin/finsam-check.js on lib/ (bundle and V8 code cache).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "finsam-check.js");
const FIXTURES = join(ROOT, "test", "fixtures");
const REPORTS = [join(ROOT, "samples", "varend-2025.xlsx"), join(FIXTURES, "kalmar-2024-per-sheet.xlsx")];

/**
 * CPU seconds (user + system) of this process's finished children, from /proc/self/stat (Linux;
 * NaN elsewhere). Unlike wall time it does not grow when other work shares the cores.
 */
function childCpu(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100; // cutime, cstime in 1/100 s
  } catch {
    return NaN;
  }
}

let lastCpu = NaN;

/**
 * Wall time of one fresh process, in seconds (its CPU time goes to `lastCpu`); fails loudly if the
 * process did not do its job.
 */
function timed(args: readonly string[], okCodes: readonly number[] = [0, 1]): number {
  const cpuBefore = childCpu();
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 2 ** 20 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  lastCpu = childCpu() - cpuBefore;
  if (r.status === null || !okCodes.includes(r.status))
    throw new Error(`${args.join(" ")}: slutkod ${r.status}\n${r.stderr}`);
  return seconds;
}

/** Like `timed`, but the process's CPU seconds. */
function cpuOf(args: readonly string[], okCodes?: readonly number[]): number {
  timed(args, okCodes);
  return lastCpu;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Medians of commands timed in turn (a, b, a, b …): on a shared machine both see the same load,
 * so their ratio holds even when the absolute times swing.
 */
function interleaved(runs: number, ...commands: (() => number)[]): number[] {
  const times = commands.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) commands.forEach((c, k) => times[k].push(c()));
  return times.map(median);
}

const s = (t: number) => `${t.toFixed(3)} s`.padStart(9);
const verdict = (ok: boolean) => (ok ? "uppfyllt" : "EJ uppfyllt");

/** ExcelJS reading the file and nothing else: what a check must beat by half. */
function readWithExcelJs(path: string): string[] {
  const script = `new (require("exceljs").Workbook)().xlsx.readFile(${JSON.stringify(path)}).catch(() => process.exit(3));`;
  return ["-e", script];
}

export function run(): void {
  // The build a user's `npm ci` makes; its own time is not part of any figure below.
  timed([join(ROOT, "bin", "build-cli.js")], [0]);
  timed([BIN, "--help"], [0]); // warm the disk cache once

  console.log("\nStart (mål: --help ≤ 0,25 s)");
  const [bare, help] = interleaved(
    11,
    () => timed(["-e", "0"], [0]),
    () => timed([BIN, "--help"], [0]),
  );
  console.log(`node -e 0 (bara Node)            ${s(bare)}`);
  console.log(`finsam-check --help              ${s(help)}   ${verdict(help <= 0.25)}`);

  console.log("\nEn rapport, hela vägen (mål: granskning ≤ 0,5 × enbart inläsning med ExcelJS)");
  for (const path of REPORTS) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const [read, check, readCpu, checkCpu] = interleaved(
      9,
      () => timed(readWithExcelJs(path), [0]),
      () => timed([BIN, path]),
      () => cpuOf(readWithExcelJs(path), [0]),
      () => cpuOf([BIN, path]),
    );
    const ratio = check / read;
    const cpuRatio = checkCpu / readCpu;
    console.log(
      `${name.padEnd(30)} väggtid: ExcelJS läser ${s(read)}  finsam-check ${s(check)}  kvot ${ratio.toFixed(2)} ×   ${verdict(ratio <= 0.5)}`,
    );
    console.log(
      `${"".padEnd(30)} CPU-tid: ExcelJS läser ${s(readCpu)}  finsam-check ${s(checkCpu)}  kvot ${cpuRatio.toFixed(2)} ×   ${verdict(cpuRatio <= 0.5)}`,
    );
  }

  console.log("\nEn mapp med 200 rapporter (mål: ≤ 10 s)");
  const dir = mkdtempSync(join(tmpdir(), "finsam-cli-bench-"));
  const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith(".xlsx"));
  for (let i = 0; i < 200; i++) {
    const f = fixtures[i % fixtures.length];
    copyFileSync(join(FIXTURES, f), join(dir, `${String(i).padStart(3, "0")}-${f}`));
  }
  const [folder] = interleaved(3, () => timed([BIN, dir]));
  console.log(
    `200 rapporter (${fixtures.length} fixturer)   ${s(folder)}   ${(folder / 200).toFixed(3)} s per rapport   ${verdict(folder <= 10)}`,
  );
  rmSync(dir, { recursive: true, force: true });
}
