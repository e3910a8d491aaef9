/**
 * The FINSAM functions' speed. Printed, never asserted: the machines are shared, so ratios measured
 * in one run are the figures to read.
 *
 * 1. Time per call of each function through the registry (the code Excel's adapter calls),
 *    argument checking included, with the seed reports' figures.
 * 2. BALANSKRAV.ÅTERSTÄLL over 900 and 9 000 years (Excel's calendar holds 9 000 distinct years,
 *    1000–9999): linear growth means about 10 × (issue 9: it was quadratic, 9 s for 10 000 years).
 * 3. Each new function against the nearest built-in formula in ONE HyperFormula instance: 10 000
 *    cells each, on two sheets with the same data; entering the formulas (parse and evaluate) and
 *    recalculating after the data change. Goal: ≤ 2 × the built-in formula.
 */
import { performance } from "node:perf_hooks";
import { HyperFormula, RawCellContent } from "hyperformula";
import { invoke } from "../src/functions/registry";
import type { CellArg } from "../src/functions/values";
import { registerFinsam, SWEDISH_SHEET } from "../test/sheet/finsamHyperFormula";

const VAREND_KEYS = [[60_920], [11_280], [6_514], [4_575], [5_153]];
const KALMAR_YEARS = [[2020], [2021], [2022], [2023], [2024]];
const KALMAR_RESULTS = [[404_416], [1_245_879], [-204_794], [-2_514_752], [-1_318_124]];
// Värend, Not 2 2024: the items of a note rounded to tkr
const NOT_2_2024 = [1_415_107, 334_445, 146_101, 45_485, 3_591_450, 0, 0, 0, 214_268, 77_738, 143_686].map(
  (v) => [v],
);

interface Case {
  readonly label: string;
  readonly id: string;
  /** Arguments for call number i: varying the amount defeats the split cache where that matters. */
  readonly args: (i: number) => CellArg[];
}

const CASES: readonly Case[] = [
  { label: 'TRAPPAN("8 524 000 kr")', id: "TRAPPAN", args: () => ["8 524 000 kr"] },
  {
    label: "TRAPPAN(a row of 5 years)",
    id: "TRAPPAN",
    args: (i) => [[[8_524_000 + i, 4_262_000, 8_524_000, 16_270_000, 0]]],
  },
  {
    label: "TRAPPAN.ÖVERSKOTT(n; eget kapital)",
    id: "TRAPPAN.OVERSKOTT",
    args: (i) => [8_524_000 + i, 2_652_129],
  },
  {
    label: "KOMMUNANDEL(2 131 000; 5 keys; n), same split",
    id: "KOMMUNANDEL",
    args: (i) => [2_131_000, VAREND_KEYS, (i % 5) + 1],
  },
  {
    label: "KOMMUNANDEL(new amount; 5 keys; n), no cache",
    id: "KOMMUNANDEL",
    args: (i) => [2_131_000 + i, VAREND_KEYS, (i % 5) + 1],
  },
  {
    label: "KOMMUNANDEL(new amount; 5 keys), spill",
    id: "KOMMUNANDEL",
    args: (i) => [2_131_000 + i, VAREND_KEYS],
  },
  { label: "BALANSKRAV(8 rows)", id: "BALANSKRAV", args: (i) => [1_920_460 + i, 0, 0, 0, 0, 0, 0, 0] },
  {
    label: "BALANSKRAV.ÅTERSTÄLL(5 years), table",
    id: "BALANSKRAV.ATERSTALL",
    args: () => [KALMAR_YEARS, KALMAR_RESULTS],
  },
  {
    label: "BALANSKRAV.ÅTERSTÄLL(5 years; 2024)",
    id: "BALANSKRAV.ATERSTALL",
    args: () => [KALMAR_YEARS, KALMAR_RESULTS, 2024],
  },
  { label: 'PARTSANDEL(n; "KOMMUNER")', id: "PARTSANDEL", args: (i) => [8_524_000 + i, "KOMMUNER"] },
  { label: "MEDLEMSINSATSER(n; 5 keys)", id: "MEDLEMSINSATSER", args: (i) => [8_524_000 + i, VAREND_KEYS] },
  { label: "SOLIDITET(eget kapital; tillgångar)", id: "SOLIDITET", args: (i) => [2_652_130 + i, 4_912_378] },
  {
    label: "AVVIKELSE(utfall; budget; SANT)",
    id: "AVVIKELSE",
    args: (i) => [-17_607_130 + i, -17_507_000, true],
  },
  { label: "AVRUNDA(11 amounts of Not 2)", id: "AVRUNDA", args: () => [NOT_2_2024] },
  { label: 'BELOPP("−1 920 460")', id: "BELOPP", args: () => ["\u22121 920 460"] },
  { label: 'BELOPP("kr 13 624 000")', id: "BELOPP", args: () => ["kr 13 624 000"] },
];

/** Median of five batches: a neighbour's load on the shared machine spoils a batch, not the figure. */
function perCall(c: Case, calls: number): number {
  for (let i = 0; i < 2_000; i++) invoke(c.id, c.args(i)); // warm-up for the JIT
  const batch = Math.ceil(calls / 5);
  const batches: number[] = [];
  for (let b = 0; b < 5; b++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) invoke(c.id, c.args(b * batch + i));
    batches.push(((performance.now() - start) * 1000) / batch);
  }
  return median(batches);
}

/**
 * A series of `years` years, 1000, 1001, …: a deficit every third year and surpluses between. Excel's
 * calendar ends in 9999, so 9 000 distinct years is the longest series a sheet can hold.
 */
function longSeries(years: number): [CellArg, CellArg] {
  const ar = Array.from({ length: years }, (_, i) => [1000 + i]);
  const results = Array.from({ length: years }, (_, i) => [i % 3 === 0 ? -300_000 : 100_000]);
  return [ar, results];
}

function ledgerGrowth(): void {
  console.log("\nBALANSKRAV.ÅTERSTÄLL over long series (issue 9: linear, was quadratic):");
  const times: number[] = [];
  for (const years of [900, 9_000]) {
    const [ar, results] = longSeries(years);
    invoke("BALANSKRAV.ATERSTALL", [ar, results]); // warm-up
    const rounds: number[] = [];
    for (let r = 0; r < 7; r++) rounds.push(time(() => invoke("BALANSKRAV.ATERSTALL", [ar, results])));
    const ms = median(rounds);
    times.push(ms);
    const perYear = invoke("BALANSKRAV.ATERSTALL", [ar, results, 999 + years]);
    console.log(
      `  ${String(years).padStart(6)} years: table ${ms.toFixed(1).padStart(7)} ms  (remaining at the end: ${String(perYear)})`,
    );
  }
  console.log(
    `  growth 900 → 9 000 years: ${(times[1] / times[0]).toFixed(1)} × (linear ≈ 10 ×, quadratic ≈ 100 ×)`,
  );
}

const CELLS = 10_000;
const ROUNDS = 3;
// Recalculating is quick: more rounds, alternating the two sheets, so that a neighbour's load falls on both.
const RECALC_ROUNDS = 15;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Comparison {
  readonly name: string;
  /** The data both sheets hold; column D onwards receives the formulas. */
  readonly data: RawCellContent[][];
  readonly finsam: (i: number) => string;
  readonly builtIn: (i: number) => string;
  /** Rows of formulas: fewer than CELLS where each FINSAM formula spills several cells. */
  readonly finsamRows?: number;
  /** The cell changed to make everything recalculate. */
  readonly change: (round: number) => { col: number; row: number; value: number };
}

const COMPARISONS: readonly Comparison[] = [
  {
    name: "KOMMUNANDEL($A$1;$B$1:$B$5;n) vs AVRUNDA($A$1*INDEX($B$1:$B$5;n)/SUMMA($B$1:$B$5);0)",
    data: [
      ["2 131 000", 60_920],
      [null, 11_280],
      [null, 6_514],
      [null, 4_575],
      [null, 5_153],
    ],
    finsam: (i) => `=FINSAM.KOMMUNANDEL($A$1;$B$1:$B$5;${(i % 5) + 1})`,
    builtIn: (i) => `=AVRUNDA($A$1*INDEX($B$1:$B$5;${(i % 5) + 1})/SUMMA($B$1:$B$5);0)`,
    change: (round) => ({ col: 0, row: 0, value: 2_131_000 + round + 1 }),
  },
  {
    // One shared divisor, so that changing it recalculates all 10 000 cells.
    name: "SOLIDITET(An;$B$1) vs An/$B$1",
    data: Array.from({ length: CELLS }, (_, i) => [2_652_130 + i, 4_912_378]),
    finsam: (i) => `=FINSAM.SOLIDITET(A${i + 1};$B$1)`,
    builtIn: (i) => `=A${i + 1}/$B$1`,
    change: (round) => ({ col: 1, row: 0, value: 4_912_378 + round + 1 }),
  },
  {
    name: "AVVIKELSE(An;$B$1) vs An-$B$1",
    data: Array.from({ length: CELLS }, (_, i) => [-17_607_130 + i, -17_507_000]),
    finsam: (i) => `=FINSAM.AVVIKELSE(A${i + 1};$B$1)`,
    builtIn: (i) => `=A${i + 1}-$B$1`,
    change: (round) => ({ col: 1, row: 0, value: -17_507_000 + round + 1 }),
  },
  {
    name: "AVRUNDA(An+$B$1) vs AVRUNDA((An+$B$1)/1000;0)",
    data: Array.from({ length: CELLS }, (_, i) => [1_415_107 + i * 37, 0]),
    finsam: (i) => `=FINSAM.AVRUNDA(A${i + 1}+$B$1)`,
    builtIn: (i) => `=AVRUNDA((A${i + 1}+$B$1)/1000;0)`,
    change: (round) => ({ col: 1, row: 0, value: round + 1 }),
  },
  {
    // One formula spills Not 1's 8 lines: 1 250 formulas fill 10 000 cells, against 10 000 built-in cells.
    name: "MEDLEMSINSATSER($A$1;$B$1:$B$5) (8 cells each) vs AVRUNDA($A$1/4…;0) per line",
    data: [
      [8_524_000, 60_920],
      [null, 11_280],
      [null, 6_514],
      [null, 4_575],
      [null, 5_153],
    ],
    finsamRows: CELLS / 8,
    finsam: () => `=FINSAM.MEDLEMSINSATSER($A$1;$B$1:$B$5)`,
    builtIn: (i) =>
      i % 8 < 3
        ? `=AVRUNDA($A$1/4;0)`
        : `=AVRUNDA($A$1/4*INDEX($B$1:$B$5;${(i % 8) - 2})/SUMMA($B$1:$B$5);0)`,
    change: (round) => ({ col: 0, row: 0, value: 8_524_000 + round + 1 }),
  },
];

function time(action: () => void): number {
  const start = performance.now();
  action();
  return performance.now() - start;
}

/** Both sheets in one HyperFormula instance; medians of ROUNDS for entering and for recalculating. */
function compare(c: Comparison): void {
  const hf = HyperFormula.buildFromSheets(
    { Finsam: c.data, Inbyggd: c.data },
    { ...SWEDISH_SHEET, maxRows: 100_000 },
  );
  const finsam = hf.getSheetId("Finsam")!;
  const builtIn = hf.getSheetId("Inbyggd")!;
  const spilled = c.finsamRows !== undefined;
  // A spilling formula needs its rows free: one formula every 8 rows, empty cells between, one write.
  const every = spilled ? 8 : 1;
  const finsamFormulas: RawCellContent[][] = Array.from(
    { length: (c.finsamRows ?? CELLS) * every },
    (_, i) => [i % every === 0 ? c.finsam(i / every) : null],
  );
  const builtInFormulas = Array.from({ length: CELLS }, (_, i) => [c.builtIn(i)]);
  const enter = { finsam: [] as number[], builtIn: [] as number[] };
  const recalc = { finsam: [] as number[], builtIn: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    enter.finsam.push(time(() => hf.setCellContents({ sheet: finsam, col: 3, row: 0 }, finsamFormulas)));
    enter.builtIn.push(time(() => hf.setCellContents({ sheet: builtIn, col: 3, row: 0 }, builtInFormulas)));
  }
  for (let round = 0; round < RECALC_ROUNDS; round++) {
    const change = c.change(round);
    recalc.finsam.push(
      time(() => hf.setCellContents({ sheet: finsam, col: change.col, row: change.row }, [[change.value]])),
    );
    recalc.builtIn.push(
      time(() => hf.setCellContents({ sheet: builtIn, col: change.col, row: change.row }, [[change.value]])),
    );
  }
  const row = (label: string, f: number[], b: number[]) => {
    const mf = median(f);
    const mb = median(b);
    console.log(
      `    ${label.padEnd(12)} FINSAM ${mf.toFixed(1).padStart(7)} ms   built-in ${mb.toFixed(1).padStart(7)} ms   ratio ${(mf / mb).toFixed(2)} ×`,
    );
  };
  console.log(`  ${c.name}`);
  row("enter", enter.finsam, enter.builtIn);
  row("recalculate", recalc.finsam, recalc.builtIn);
  const first = hf.getCellValue({ sheet: finsam, col: 3, row: 0 });
  const firstBuiltIn = hf.getCellValue({ sheet: builtIn, col: 3, row: 0 });
  console.log(`    check: first cell ${String(first)} (FINSAM) vs ${String(firstBuiltIn)} (built-in)`);
  hf.destroy();
}

export async function run(): Promise<void> {
  console.log("Time per call through the registry (argument checking included), median of 5 batches:");
  for (const c of CASES)
    console.log(`  ${c.label.padEnd(48)} ${perCall(c, 20_000).toFixed(2).padStart(7)} µs`);
  ledgerGrowth();
  registerFinsam();
  console.log(
    `\n${CELLS} cells of each function against the nearest built-in formula, one HyperFormula instance, median of ${ROUNDS} entries and ${RECALC_ROUNDS} recalculations (goal ≤ 2 ×):`,
  );
  for (const c of COMPARISONS) compare(c);
}
