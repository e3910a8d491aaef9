/**
 * `npm run bench check`: how long the engine takes against reading the same .xlsx.
 * - every fixture: read time vs check time (goal: check ≤ 1.3 × read);
 * - generated workbooks of about 10 k and 100 k cells, two shapes: the statements repeated on one
 *   sheet, and the statements beside a large ledger sheet (goal: 100 k cells read + checked < 1 s,
 *   linear growth);
 * - peak memory (rss and heap) over the run.
 * Times are medians of a few runs; the machines are shared, so compare ratios, not absolutes.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/cli/readXlsx";
import { type CheckFn, loadChecker } from "../src/cli/engine";
import type { WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { VAREND_PUBLISHED } from "../scripts/fixtures/varend2025";
import { writeWorkbook } from "../scripts/fixtures/workbook";
import type { Block } from "../scripts/fixtures/model";
import { longStatement } from "./longStatement";

const FIXTURES = join(__dirname, "..", "test", "fixtures");
const peak = { rss: 0, heap: 0 };

function sampleMemory(): void {
  const m = process.memoryUsage();
  peak.rss = Math.max(peak.rss, m.rss);
  peak.heap = Math.max(peak.heap, m.heapUsed);
}

async function median(runs: number, fn: () => Promise<unknown> | unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    await fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    sampleMemory();
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function cellCount(wb: WorkbookSnapshot): number {
  let n = 0;
  for (const s of wb.sheets) for (const row of s.values) for (const v of row) if (v !== null && v !== "") n++;
  return n;
}

const ms = (t: number) => `${t.toFixed(1)} ms`.padStart(10);

async function measure(
  label: string,
  path: string,
  check: CheckFn | null,
  runs: number,
): Promise<{ cells: number; read: number; check: number }> {
  let snapshot: WorkbookSnapshot | undefined;
  const read = await median(runs, async () => (snapshot = await readXlsx(path)));
  const checkTime = check && snapshot ? await median(runs, () => check(snapshot!)) : NaN;
  const cells = snapshot ? cellCount(snapshot) : 0;
  const ratio = check ? `${(checkTime / read).toFixed(2)} ×` : "–";
  console.log(
    `${label.padEnd(40)} ${String(cells).padStart(7)} celler  läs ${ms(read)}  granska ${ms(checkTime)}  kvot ${ratio.padStart(7)}  summa ${ms(read + (checkTime || 0))}`,
  );
  return { cells, read, check: checkTime };
}

/** The Värend statements stacked `copies` times on one sheet (a workbook of many reports). */
async function repeatedStatements(dir: string, copies: number): Promise<string> {
  const blocks: Block[] = [];
  for (let i = 0; i < copies; i++)
    blocks.push(...VAREND_PUBLISHED.map((b) => ({ ...b, key: `${b.key}-${i}` })));
  const path = join(dir, `upprepade-${copies}.xlsx`);
  await writeWorkbook(
    blocks,
    { layout: { oneSheet: "Rapporter" }, amounts: "number", numFmt: "# ##0", realDates: false },
    path,
  );
  return path;
}

/** The statements, one per sheet, beside a ledger sheet of `rows` × 5 cells (a working workbook). */
async function statementsWithLedger(dir: string, rows: number): Promise<string> {
  const path = join(dir, `huvudbok-${rows}.xlsx`);
  await writeWorkbook(
    VAREND_PUBLISHED,
    { layout: "per-sheet", amounts: "number", numFmt: "# ##0", realDates: false },
    path,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ledger = wb.addWorksheet("Huvudbok");
  ledger.addRow(["Konto", "Text", "Verifikation", "Debet", "Kredit"]);
  for (let r = 1; r < rows; r++) {
    const amount = ((r * 7919) % 100000) + 0.25 * (r % 4);
    ledger.addRow([4000 + (r % 300), `Faktura ${r}`, `V${r}`, r % 2 ? amount : null, r % 2 ? null : amount]);
  }
  await wb.xlsx.writeFile(path);
  return path;
}

export async function run(): Promise<void> {
  const check = loadChecker();
  sampleMemory();

  console.log("\nFixturer (mål: granskning ≤ 1,3 × inläsning)");
  const fixtures = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".xlsx"))
    .sort();
  for (const f of fixtures) await measure(f, join(FIXTURES, f), check, 5);

  console.log("\nEn lång uppställning (mål: 5 000 rader ≤ 0,2 s, linjär tillväxt)");
  for (const sections of [false, true]) {
    const times: number[] = [];
    for (const rows of [1000, 5000]) {
      const wb = longStatement(rows, sections);
      // The first run pays for compiling the engine (what a fresh command line pays once).
      const first = await median(1, () => check(wb));
      check(wb);
      const t = await median(5, () => check(wb));
      times.push(t);
      const shape = sections ? "med delsummor var 10:e rad" : "rader och en summa";
      console.log(
        `${`${rows} rader, ${shape}`.padEnd(40)} granska ${ms(t)}  (första körningen ${ms(first).trim()})`,
      );
    }
    console.log(`  tid per rad 5 000 / 1 000 = ${(times[1] / times[0] / 5).toFixed(2)} (1,00 = linjär)`);
  }

  console.log("\nGenererade arbetsböcker (mål: 100 k celler under 1 s, linjär tillväxt)");
  const dir = mkdtempSync(join(tmpdir(), "finsam-bench-"));
  const sizes: { label: string; cells: number; total: number }[] = [];
  // About 340 filled cells per copy of the Värend statements; about 4 per ledger row.
  for (const [label, make] of [
    ["upprepade rapporter ~10 k", () => repeatedStatements(dir, 30)],
    ["upprepade rapporter ~100 k", () => repeatedStatements(dir, 295)],
    ["rapporter + huvudbok ~10 k", () => statementsWithLedger(dir, 2400)],
    ["rapporter + huvudbok ~100 k", () => statementsWithLedger(dir, 25000)],
  ] as const) {
    const small = sizes.find((s) => s.label === label.replace("100 k", "10 k"));
    // A check that already takes seconds at 10 k cells would take many minutes at 100 k: say so instead.
    const skipCheck = small !== undefined && small.total > 2000;
    const path = await make();
    const m = await measure(label, path, skipCheck ? null : check, label.includes("100 k") ? 1 : 3);
    if (skipCheck)
      console.log(
        `  (granskning hoppas över: ~10 k tog ${(small.total / 1000).toFixed(1)} s, växer inte linjärt)`,
      );
    else sizes.push({ label, cells: m.cells, total: m.read + (m.check || 0) });
  }
  // The same stacking of the corrected report (no errors to diagnose): the engine alone, in memory.
  const corrected = await readXlsx(join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx"));
  for (const copies of [30, 295]) {
    const [sheet] = corrected.sheets;
    const values = Array.from({ length: copies }, () => [...sheet.values.map((r) => [...r]), [], []]).flat();
    const wb: WorkbookSnapshot = {
      name: "rättade",
      sheets: [{ name: sheet.name, origin: sheet.origin, values }],
    };
    check(wb);
    const t = await median(copies > 100 ? 1 : 3, () => check(wb));
    console.log(
      `${`rättade rapporter staplade ×${copies}`.padEnd(40)} ${String(cellCount(wb)).padStart(7)} celler  granska ${ms(t)}`,
    );
  }
  for (const shape of ["upprepade", "rapporter + huvudbok"]) {
    const [small, large] = sizes.filter((s) => s.label.startsWith(shape));
    if (!small || !large) continue;
    const growth = large.total / small.total / (large.cells / small.cells);
    console.log(`${shape}: tid per cell 100 k / 10 k = ${growth.toFixed(2)} (1,00 = linjär)`);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `\nTopp: rss ${(peak.rss / 2 ** 20).toFixed(0)} MB, heap ${(peak.heap / 2 ** 20).toFixed(0)} MB`,
  );
}
