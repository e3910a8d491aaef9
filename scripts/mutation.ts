/**
 * Mutation harness: for every amount of the corrected fixtures flip its sign, transpose two
 * adjacent digits, add a delta, swap it with the other period's value, and change every header
 * year; check each mutant and measure how often the engine
 *   - detects it (a new error or warning),
 *   - locates it (blames the mutated cell),
 *   - names its cause (the finding's kind is the mutation's).
 * Goals (issue 4): ≥ 98 %, ≥ 90 %, ≥ 90 %.
 *   npx tsx scripts/mutation.ts            all mutants, with a list of those missed
 *   npx tsx scripts/mutation.ts --stride 5 every fifth amount (quicker)
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CheckResult, Finding, FindingKind } from "../src/engine/check/finding";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../src/engine/workbook/snapshot";
import { parseA1, qualifiedAddress } from "../src/engine/workbook/snapshot";
import { parseAmount } from "../src/engine/amount/parseAmount";
import { displayNumber } from "../src/engine/workbook/displayText";
import { readXlsx } from "../src/cli/readXlsx";
import { loadChecker } from "../src/cli/engine";

export type Checker = (snapshot: WorkbookSnapshot) => CheckResult | Promise<CheckResult>;
export type MutationType = "sign" | "transposition" | "delta" | "period-swap" | "year";
export const MUTATION_TYPES: readonly MutationType[] = [
  "sign",
  "transposition",
  "delta",
  "period-swap",
  "year",
];

/** The causes that name each mutation correctly. */
const CAUSES: Record<MutationType, readonly FindingKind[]> = {
  sign: ["sign", "part-sign"],
  transposition: ["transposition"],
  delta: ["mismatch"],
  "period-swap": ["period-swap"],
  year: ["year"],
};

const DELTA = 1234;
/**
 * A change smaller than this (in the cell's unit) can hide inside the rounding tolerance of a long
 * note (n parts allow (n + 1) / 2 units), so no checker could tell it from rounding: not counted.
 */
const MIN_CHANGE = 10;
const FIXTURES = join(__dirname, "..", "test", "fixtures");

interface CellMap {
  readonly amounts: readonly { readonly cell: string; readonly other?: string }[];
  readonly years: readonly string[];
}

interface Edit {
  readonly address: string;
  readonly value: CellValue;
}

interface Mutant {
  readonly type: MutationType;
  readonly fixture: string;
  /** Cells changed; blaming any of them counts as located. */
  readonly cells: readonly string[];
  readonly edits: readonly Edit[];
  readonly description: string;
}

export interface Tally {
  total: number;
  detected: number;
  located: number;
  named: number;
}

export interface MutationReport {
  readonly byType: Record<MutationType, Tally>;
  readonly overall: Tally;
  readonly missed: readonly string[];
  /** Detected but blamed elsewhere: the mutant and the cells the engine blamed. */
  readonly mislocated: readonly string[];
}

/** Sheet name and A1 cell of a qualified address (`'Årsredovisning 2025'!C38`). */
function splitAddress(address: string): { sheet: string; row: number; col: number } {
  const bang = address.lastIndexOf("!");
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const at = parseA1(address.slice(bang + 1));
  if (!at) throw new Error(`Bad address ${address}`);
  return { sheet, ...at };
}

function cellAt(wb: WorkbookSnapshot, address: string): { value: CellValue; fmt: string } {
  const { sheet, row, col } = splitAddress(address);
  const s = wb.sheets.find((x) => x.name === sheet);
  if (!s) throw new Error(`No sheet ${sheet}`);
  const r = row - s.origin.row;
  const c = col - s.origin.col;
  return { value: s.values[r]?.[c] ?? null, fmt: s.numberFormat?.[r]?.[c] ?? "General" };
}

/** A copy of the snapshot with some cells changed; untouched rows and sheets are shared. */
export function applyEdits(wb: WorkbookSnapshot, edits: readonly Edit[]): WorkbookSnapshot {
  const sheets = wb.sheets.map((s): SheetSnapshot => {
    const mine = edits.map((e) => ({ e, a: splitAddress(e.address) })).filter((x) => x.a.sheet === s.name);
    if (mine.length === 0) return s;
    const values = s.values.map((row) => row);
    const text = s.text?.map((row) => row);
    const formulas = s.formulas?.map((row) => row);
    for (const { e, a } of mine) {
      const r = a.row - s.origin.row;
      const c = a.col - s.origin.col;
      const fmt = s.numberFormat?.[r]?.[c] ?? "General";
      values[r] = Object.assign([...values[r]], { [c]: e.value });
      if (text)
        text[r] = Object.assign([...text[r]], {
          [c]: typeof e.value === "number" ? displayNumber(e.value, fmt) : String(e.value ?? ""),
        });
      if (formulas) formulas[r] = Object.assign([...formulas[r]], { [c]: e.value });
    }
    return { ...s, values, text, formulas };
  });
  return { ...wb, sheets };
}

/** The new value in the cell's own form: a number stays a number, pasted text keeps its spaces and minus sign. */
function sameForm(original: CellValue, value: number): CellValue {
  if (typeof original !== "string") return value;
  const space = original.includes("\u00A0") ? "\u00A0" : original.includes("\u202F") ? "\u202F" : " ";
  const minus = original.includes("\u2212") ? "\u2212" : original.includes("\u2013") ? "\u2013 " : "-";
  if (value === 0) return "-";
  const grouped = Math.abs(value)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, space);
  return (value < 0 ? minus : "") + grouped;
}

function amountOf(v: CellValue): number | null {
  const p = parseAmount(v);
  return p.ok && !p.dash && !p.percent ? p.value.toNumber() : null;
}

/** Swaps the two adjacent differing digits nearest the middle of the number, or null. */
export function transpose(value: number): number | null {
  const digits = Math.abs(value).toString().split("");
  if (digits.length < 2 || digits.some((d) => !/\d/.test(d))) return null;
  const mid = Math.floor(digits.length / 2) - 1;
  for (let k = 0; k < digits.length; k++) {
    for (const i of [mid - k, mid + k]) {
      if (i < 0 || i + 1 >= digits.length || digits[i] === digits[i + 1]) continue;
      if (i === 0 && digits[1] === "0") continue; // a leading zero would shorten the number
      [digits[i], digits[i + 1]] = [digits[i + 1], digits[i]];
      const t = Number(digits.join(""));
      return value < 0 ? -t : t;
    }
  }
  return null;
}

/** The header with its year moved one on: "2025-12-31" → "2026-12-31", 2024 → 2025, a date serial a year later. */
function shiftYear(value: CellValue, fmt: string): CellValue | null {
  if (typeof value === "string") {
    const m = /20\d\d/.exec(value);
    return m ? value.replace(m[0], String(Number(m[0]) + 1)) : null;
  }
  if (typeof value === "number") {
    if (value >= 1900 && value <= 2100) return value + 1;
    if (/y/i.test(fmt)) return value + 365;
  }
  return null;
}

export function mutantsOf(fixture: string, wb: WorkbookSnapshot, map: CellMap, stride = 1): Mutant[] {
  const out: Mutant[] = [];
  map.amounts.forEach(({ cell, other }, i) => {
    if (i % stride !== 0) return;
    const { value } = cellAt(wb, cell);
    const v = amountOf(value);
    if (v === null) return;
    const one = (type: MutationType, nv: number | null, description: string) => {
      if (nv === null || Math.abs(nv - v) < MIN_CHANGE) return;
      out.push({
        type,
        fixture,
        cells: [cell],
        edits: [{ address: cell, value: sameForm(value, nv) }],
        description: `${cell} ${description}`,
      });
    };
    one("sign", -v, `${v} → ${-v}`);
    const t = transpose(v);
    one("transposition", t, `${v} → ${t}`);
    one("delta", v + DELTA, `${v} + ${DELTA}`);
    if (other) {
      const ov = cellAt(wb, other).value;
      const w = amountOf(ov);
      if (w !== null && Math.abs(w - v) >= MIN_CHANGE) {
        out.push({
          type: "period-swap",
          fixture,
          cells: [cell, other],
          edits: [
            { address: cell, value: sameForm(value, w) },
            { address: other, value: sameForm(ov, v) },
          ],
          description: `${cell} ⇄ ${other}`,
        });
      }
    }
  });
  for (const cell of map.years) {
    const { value, fmt } = cellAt(wb, cell);
    const nv = shiftYear(value, fmt);
    if (nv !== null)
      out.push({
        type: "year",
        fixture,
        cells: [cell],
        edits: [{ address: cell, value: nv }],
        description: `${cell} ${String(value)} → ${String(nv)}`,
      });
  }
  return out;
}

const keyOf = (f: Finding) => `${f.ruleId}|${f.sheet}|${f.cell}|${f.kind}|${f.period ?? ""}`;

export async function runMutations(
  check: Checker,
  fixtures: readonly string[],
  stride = 1,
): Promise<MutationReport> {
  const blank = (): Tally => ({ total: 0, detected: 0, located: 0, named: 0 });
  const byType = Object.fromEntries(MUTATION_TYPES.map((t) => [t, blank()])) as Record<MutationType, Tally>;
  const overall = blank();
  const missed: string[] = [];
  const mislocated: string[] = [];
  for (const fixture of fixtures) {
    const wb = await readXlsx(join(FIXTURES, `${fixture}.xlsx`));
    const map = JSON.parse(readFileSync(join(FIXTURES, `${fixture}.cells.json`), "utf8")) as CellMap;
    const baseline = new Set((await check(wb)).findings.filter((f) => f.severity !== "info").map(keyOf));
    for (const m of mutantsOf(fixture, wb, map, stride)) {
      const findings = (await check(applyEdits(wb, m.edits))).findings.filter(
        (f) => f.severity !== "info" && !baseline.has(keyOf(f)),
      );
      const located = findings.filter((f) => m.cells.includes(qualifiedAddress(f.sheet, f.cell)));
      const named = located.some((f) => CAUSES[m.type].includes(f.kind));
      for (const t of [byType[m.type], overall]) {
        t.total++;
        if (findings.length > 0) t.detected++;
        if (located.length > 0) t.located++;
        if (named) t.named++;
      }
      if (findings.length === 0) missed.push(`${m.fixture} ${m.type}: ${m.description}`);
      else if (located.length === 0) {
        const blamed = findings.map((f) => `${qualifiedAddress(f.sheet, f.cell)} ${f.kind}`).join(", ");
        mislocated.push(`${m.fixture} ${m.type}: ${m.description} → ${blamed}`);
      }
    }
  }
  return { byType, overall, missed, mislocated };
}

const pct = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)} %`);

export function formatReport(r: MutationReport): string {
  const rows = [...MUTATION_TYPES.map((t) => [t, r.byType[t]] as const), ["totalt", r.overall] as const];
  const lines = [
    "mutation        antal  upptäckt  lokaliserad  orsak",
    ...rows.map(
      ([n, t]) =>
        `${n.padEnd(14)} ${String(t.total).padStart(6)}  ${pct(t.detected, t.total).padStart(8)}  ${pct(t.located, t.total).padStart(11)}  ${pct(t.named, t.total).padStart(7)}`,
    ),
  ];
  lines.push("mål: upptäckt ≥ 98 %, lokaliserad ≥ 90 %, orsak ≥ 90 %");
  return lines.join("\n");
}

export const CORRECTED_FIXTURES = [
  "varend-2025-per-sheet-corrected",
  "varend-2025-one-sheet-corrected",
  "varend-2025-text-corrected",
  "kalmar-2024-per-sheet-corrected",
  "kalmar-2024-tkr-corrected",
];

async function cli(): Promise<void> {
  const i = process.argv.indexOf("--stride");
  const stride = i > 0 ? Math.max(1, Number(process.argv[i + 1]) || 1) : 1;
  const check = loadChecker();
  const started = Date.now();
  const report = await runMutations(check, CORRECTED_FIXTURES, stride);
  console.log(formatReport(report));
  console.log(`${report.overall.total} mutanter på ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (report.mislocated.length > 0) {
    console.log(`\nUpptäckta men fel cell utpekad (${report.mislocated.length}), ett urval:`);
    const step = Math.max(1, Math.floor(report.mislocated.length / 40));
    console.log(`  ${report.mislocated.filter((_, i) => i % step === 0).join("\n  ")}`);
  }
  if (report.missed.length > 0)
    console.log(`\nEj upptäckta (${report.missed.length}):\n  ${report.missed.slice(0, 60).join("\n  ")}`);
}

if (require.main === module) {
  cli().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
