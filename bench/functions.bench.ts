/**
 * The FINSAM functions' speed: time per call of each function through the registry (the code
 * Excel's adapter calls), and 10 000 cells of =FINSAM.KOMMUNANDEL(...; ...; n) against 10 000 cells
 * of the equivalent built-in formula =AVRUNDA(total*INDEX(keys; n)/SUMMA(keys); 0) in the same
 * HyperFormula instance. Goal: ≤ 2 × the built-in formula. Ratios, not absolute times, are the
 * figure to read: the machines are shared.
 */
import { performance } from "node:perf_hooks";
import { HyperFormula, RawCellContent } from "hyperformula";
import { invoke } from "../src/functions/registry";
import type { CellArg } from "../src/functions/values";
import { registerFinsam, SWEDISH_SHEET } from "../test/sheet/finsamHyperFormula";

const VAREND_KEYS = [[60_920], [11_280], [6_514], [4_575], [5_153]];
const KALMAR_YEARS = [[2020], [2021], [2022], [2023], [2024]];
const KALMAR_RESULTS = [[404_416], [1_245_879], [-204_794], [-2_514_752], [-1_318_124]];

interface Case {
  readonly label: string;
  readonly id: string;
  /** Arguments for call number i: varying the amount defeats the split cache where that matters. */
  readonly args: (i: number) => CellArg[];
}

const CASES: readonly Case[] = [
  { label: 'TRAPPAN("8 524 000 kr")', id: "TRAPPAN", args: () => ["8 524 000 kr"] },
  {
    label: "TRAPPAN.OVERSKOTT(n; eget kapital)",
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
    label: "BALANSKRAV.ATERSTALL(5 years), table",
    id: "BALANSKRAV.ATERSTALL",
    args: () => [KALMAR_YEARS, KALMAR_RESULTS],
  },
  {
    label: "BALANSKRAV.ATERSTALL(5 years; 2024)",
    id: "BALANSKRAV.ATERSTALL",
    args: () => [KALMAR_YEARS, KALMAR_RESULTS, 2024],
  },
  { label: 'PARTSANDEL(n; "KOMMUNER")', id: "PARTSANDEL", args: (i) => [8_524_000 + i, "KOMMUNER"] },
  { label: 'BELOPP("−1 920 460")', id: "BELOPP", args: () => ["\u22121 920 460"] },
];

function perCall(c: Case, calls: number): number {
  for (let i = 0; i < 2_000; i++) invoke(c.id, c.args(i)); // warm-up for the JIT
  const start = performance.now();
  for (let i = 0; i < calls; i++) invoke(c.id, c.args(i));
  return ((performance.now() - start) * 1000) / calls;
}

const CELLS = 10_000;
const ROUNDS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Two sheets in one HyperFormula instance, the same total and keys in each; one holds 10 000
 * FINSAM formulas, the other 10 000 built-in ones. Measured: entering the formulas (parse and
 * evaluate), then recalculating after the total changes, each sheet on its own.
 */
function sheetComparison(): void {
  registerFinsam();
  const data: RawCellContent[][] = [
    ["2 131 000", 60_920],
    [null, 11_280],
    [null, 6_514],
    [null, 4_575],
    [null, 5_153],
  ];
  const hf = HyperFormula.buildFromSheets(
    { Finsam: data, Inbyggd: data },
    { ...SWEDISH_SHEET, maxRows: 20_000 },
  );
  const finsam = hf.getSheetId("Finsam")!;
  const builtIn = hf.getSheetId("Inbyggd")!;
  const finsamFormulas = Array.from({ length: CELLS }, (_, i) => [
    `=FINSAM.KOMMUNANDEL($A$1;$B$1:$B$5;${(i % 5) + 1})`,
  ]);
  const builtInFormulas = Array.from({ length: CELLS }, (_, i) => [
    `=AVRUNDA($A$1*INDEX($B$1:$B$5;${(i % 5) + 1})/SUMMA($B$1:$B$5);0)`,
  ]);

  const time = (action: () => void): number => {
    const start = performance.now();
    action();
    return performance.now() - start;
  };

  const enter = { finsam: [] as number[], builtIn: [] as number[] };
  const recalc = { finsam: [] as number[], builtIn: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    enter.finsam.push(time(() => hf.setCellContents({ sheet: finsam, col: 3, row: 0 }, finsamFormulas)));
    enter.builtIn.push(time(() => hf.setCellContents({ sheet: builtIn, col: 3, row: 0 }, builtInFormulas)));
    recalc.finsam.push(
      time(() => hf.setCellContents({ sheet: finsam, col: 0, row: 0 }, [[2_131_000 + round + 1]])),
    );
    recalc.builtIn.push(
      time(() => hf.setCellContents({ sheet: builtIn, col: 0, row: 0 }, [[2_131_000 + round + 1]])),
    );
  }

  const total = hf.getCellValue({ sheet: finsam, col: 0, row: 0 });
  const a = hf.getCellValue({ sheet: finsam, col: 3, row: 0 });
  const b = hf.getCellValue({ sheet: builtIn, col: 3, row: 0 });
  const sum = (sheet: number) =>
    hf
      .getRangeValues({ start: { sheet, col: 3, row: 0 }, end: { sheet, col: 3, row: 4 } })
      .reduce((s, [v]) => s + (v as number), 0);

  const row = (label: string, f: number[], bi: number[]) => {
    const mf = median(f);
    const mb = median(bi);
    console.log(
      `  ${label.padEnd(34)} FINSAM ${mf.toFixed(1).padStart(7)} ms   built-in ${mb.toFixed(1).padStart(7)} ms   ratio ${(mf / mb).toFixed(2)} ×  (${((mf * 1000) / CELLS).toFixed(2)} vs ${((mb * 1000) / CELLS).toFixed(2)} µs/cell)`,
    );
  };
  console.log(
    `\n${CELLS} cells of =FINSAM.KOMMUNANDEL($A$1;$B$1:$B$5;n) vs =AVRUNDA($A$1*INDEX($B$1:$B$5;n)/SUMMA($B$1:$B$5);0), median of ${ROUNDS} (goal ≤ 2 ×):`,
  );
  row("enter 10 000 formulas (parse+eval)", enter.finsam, enter.builtIn);
  row("recalculate after the total changes", recalc.finsam, recalc.builtIn);
  // Plain rounding need not add up to the total; the FINSAM split always does.
  console.log(
    `  check: total ${String(total)}; Växjö ${String(a)} vs ${String(b)}; the five shares sum to ${sum(finsam)} (FINSAM) and ${sum(builtIn)} (built-in)`,
  );
  hf.destroy();
}

export async function run(): Promise<void> {
  console.log("Time per call through the registry (argument checking included):");
  for (const c of CASES) {
    const calls = 20_000;
    console.log(`  ${c.label.padEnd(48)} ${perCall(c, calls).toFixed(2).padStart(7)} µs`);
  }
  sheetComparison();
}
