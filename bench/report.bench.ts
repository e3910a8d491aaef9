/**
 * `npm run bench report`: a published report read and checked from the command line, each run a
 * fresh `node` process as a user starts it (bin/finsam-check.js on lib/).
 * - a 40-page report made by Word-like export (test/fixtures/reports/rapport-40-sidor.pdf, the
 *   Värend statements five times over; goal ≤ 3 s, issue 12);
 * - the same statements as an 8-page PDF and as .docx, and `--help` for the process's own start.
 * Medians of runs taken in turn, with CPU time beside wall time (the machines are shared).
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const BIN = join(ROOT, "bin", "finsam-check.js");
const REPORTS = join(ROOT, "test", "fixtures", "reports");

/** CPU seconds (user + system) of this process's finished children (Linux; NaN elsewhere). */
function childCpu(): number {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return NaN;
  }
}

interface Run {
  readonly wall: number;
  readonly cpu: number;
  readonly stdout: string;
}

function timed(args: readonly string[]): Run {
  const cpuBefore = childCpu();
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 2 ** 20,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`${args.join(" ")}: slutkod ${r.status}\n${r.stderr}`);
  return { wall, cpu: childCpu() - cpuBefore, stdout: r.stdout };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (t: number) => `${t.toFixed(3)} s`.padStart(9);

export function run(): void {
  const cases: [string, string[]][] = [
    ["--help", ["--help"]],
    ["8 sidor, PDF", [join(REPORTS, "varend-2025-one-sheet.pdf")]],
    ["samma som .docx", [join(REPORTS, "varend-2025-one-sheet.docx")]],
    ["40 sidor, PDF", [join(REPORTS, "rapport-40-sidor.pdf")]],
  ];
  // The 40 pages must really be read: the fifth copy's findings name pages 33–40.
  const pages = (
    JSON.parse(timed([join(REPORTS, "rapport-40-sidor.pdf"), "--json"]).stdout) as {
      findings: { page?: number }[];
    }
  ).findings.map((f) => f.page ?? 0);
  if (Math.max(...pages) < 33)
    throw new Error(`rapport-40-sidor.pdf: inga fynd efter sida ${Math.max(...pages)}`);

  const runs = 5;
  const wall = cases.map(() => [] as number[]);
  const cpu = cases.map(() => [] as number[]);
  for (let i = 0; i < runs; i++)
    cases.forEach(([, args], k) => {
      const r = timed(args);
      wall[k].push(r.wall);
      cpu[k].push(r.cpu);
    });
  console.log(`medianer av ${runs} körningar (vägg / CPU):`);
  cases.forEach(([name], k) =>
    console.log(`  ${name.padEnd(18)} ${s(median(wall[k]))} ${s(median(cpu[k]))}`),
  );
  const forty = median(wall[3]);
  console.log(
    `40 sidor läst och granskat: ${s(forty)} (mål ≤ 3 s: ${forty <= 3 ? "uppfyllt" : "EJ uppfyllt"})`,
  );
}
