/**
 * Runs the engine over every layout of every clean report: the clean rendering must give nothing
 * above info (the corpus: nothing outside its optional and required cells), and single injected
 * errors must be detected, located and named. Shared by layouts.test.ts and scripts/layouts.ts.
 */
import type { CheckResult, Finding, FindingKind } from "../../src/engine/check/finding";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import type { ResolvedTruth } from "../corpus/render";
import { blamedKey, describeFinding, falseFindings, keyOf, touches } from "../corpus/score";
import type { Layout } from "./layouts";
import { dimEntries, hashUnit, layoutsOf } from "./layouts";
import type { ModelCell, Report } from "./model";
import { cellKey } from "./model";
import type { Address, Rendering } from "./render";
import { render } from "./render";
import { cleanReports } from "./reports";

export type Checker = (snapshot: WorkbookSnapshot) => CheckResult;

export type MutantType = "sign" | "transposition" | "delta" | "period-swap" | "year";

/** The cause a finding must name for each mutant (score.js: delta has none). */
const CAUSE: Record<MutantType, FindingKind | null> = {
  sign: "sign",
  transposition: "transposition",
  delta: null,
  "period-swap": "period-swap",
  year: "year",
};

/** A change smaller than this many units of the layout could hide inside a long note's rounding bound. */
const MIN_CHANGE = 10;
const DELTA = 123;

export interface Mutant {
  readonly type: MutantType;
  readonly at: Address;
  readonly from: string;
  readonly to: string;
  readonly amounts?: ReadonlyMap<string, number>;
  readonly years?: ReadonlyMap<string, number>;
}

export interface MutantResult {
  readonly layout: Layout;
  readonly mutant: Mutant;
  readonly detected: boolean;
  readonly located: boolean;
  /** null: the mutant type names no cause (delta). */
  readonly classified: boolean | null;
  /** Fresh findings (error or warning), for the report of misses. */
  readonly fresh: readonly Finding[];
}

export interface CleanResult {
  readonly report: string;
  readonly layout: Layout;
  /** Errors and warnings no truth item allows. */
  readonly problems: readonly Finding[];
}

export interface RunOptions {
  readonly layoutsPerReport: number;
  /** Mutants per layout, one of each type in turn (sign, transposition, delta, period swap, year). */
  readonly mutantsPerLayout: number;
  readonly reports?: readonly string[];
}

export interface RunResult {
  readonly reports: readonly { readonly name: string; readonly layouts: number; readonly distinct: number }[];
  readonly clean: readonly CleanResult[];
  readonly mutants: readonly MutantResult[];
  readonly millis: number;
}

/** Swaps the two adjacent differing digits nearest the middle whose swap changes the value by ≥ MIN_CHANGE. */
export function transpose(value: number): number | null {
  const digits = Math.abs(value).toString().split("");
  const mid = Math.floor(digits.length / 2) - 1;
  for (let k = 0; k < digits.length; k++) {
    for (const i of [mid - k, mid + k]) {
      if (i < 0 || i + 1 >= digits.length || digits[i] === digits[i + 1]) continue;
      if (i === 0 && digits[1] === "0") continue; // a leading zero would shorten the number
      const d = [...digits];
      [d[i], d[i + 1]] = [d[i + 1], d[i]];
      const t = Number(d.join(""));
      if (Math.abs(t - Math.abs(value)) < MIN_CHANGE) continue;
      return value < 0 ? -t : t;
    }
  }
  return null;
}

/** Truth of a corpus report at the addresses of one rendering (items in columns left out vanish). */
export function truthOf(report: Report, r: Rendering): ResolvedTruth[] {
  const at = (c: ModelCell) => r.cells.get(cellKey(c));
  return report.truth.flatMap((t) => {
    const cells = [t.at, ...t.also].map(at).filter((a): a is Address => !!a);
    if (cells.length === 0) return [];
    return [
      {
        level: t.level,
        kind: t.kind,
        minSeverity: t.minSeverity,
        at: cells[0],
        also: cells.slice(1),
        what: t.what,
      },
    ];
  });
}

/** A deterministic sample of single errors for one rendering. */
export function mutantsOf(r: Rendering, layout: Layout, count: number): Mutant[] {
  const pool = r.amounts.filter((a) => !a.untied && a.steps !== 0);
  const pickFrom = <T>(xs: readonly T[], salt: string): T | undefined =>
    xs.length === 0 ? undefined : xs[Math.floor(hashUnit(layout.seed, salt) * xs.length)];
  const one = (key: string, steps: number) => new Map([[key, steps]]);
  const types: MutantType[] = ["sign", "transposition", "period-swap", "year", "delta"];
  const out: Mutant[] = [];
  for (let i = 0; out.length < count && i < count * 4; i++) {
    const type = types[i % types.length];
    const salt = `${type}|${i}`;
    if (type === "year") {
      const y = pickFrom(r.years, salt);
      if (!y) continue;
      const to = y.year + (hashUnit(layout.seed, `${salt}|dir`) < 0.5 ? -1 : 1);
      out.push({
        type,
        at: y.at,
        from: String(y.year),
        to: String(to),
        years: new Map([[`${y.statement}|${y.col}`, to]]),
      });
      continue;
    }
    if (type === "period-swap") {
      // The value of the same line's other period (same entity and kind), as a column mix-up gives.
      const pairs = pool.flatMap((a) => {
        if (a.column.kind !== "utfall" || a.column.template !== undefined) return [];
        const partner = r.amounts.find(
          (b) =>
            b.model.statement === a.model.statement &&
            b.model.row === a.model.row &&
            b.column.entity === a.column.entity &&
            b.column.kind === "utfall" &&
            b.column.template === undefined &&
            Math.abs(b.column.year - a.column.year) === 1,
        );
        return partner && Math.abs(partner.steps - a.steps) >= MIN_CHANGE ? [{ a, partner }] : [];
      });
      const p = pickFrom(pairs, salt);
      if (!p) continue;
      out.push({
        type,
        at: p.a.at,
        from: String(p.a.steps),
        to: String(p.partner.steps),
        amounts: one(cellKey(p.a.model), p.partner.steps),
      });
      continue;
    }
    const candidates = pool.filter((a) => {
      if (type === "sign") return Math.abs(2 * a.steps) >= MIN_CHANGE;
      if (type === "transposition") return transpose(a.steps) !== null;
      return true;
    });
    const a = pickFrom(candidates, salt);
    if (!a) continue;
    const to =
      type === "sign"
        ? -a.steps
        : type === "transposition"
          ? (transpose(a.steps) as number)
          : a.steps + (hashUnit(layout.seed, `${salt}|dir`) < 0.5 ? -DELTA : DELTA);
    out.push({ type, at: a.at, from: String(a.steps), to: String(to), amounts: one(cellKey(a.model), to) });
  }
  return out;
}

const flagged = (f: Finding) => f.severity === "error" || f.severity === "warning";
const findingKey = (f: Finding) => `${f.ruleId}|${blamedKey(f)}|${f.period ?? ""}|${f.kind}`;

export function runLayouts(check: Checker, opts: RunOptions): RunResult {
  const started = Date.now();
  const reports = cleanReports().filter((r) => !opts.reports || opts.reports.includes(r.name));
  const clean: CleanResult[] = [];
  const mutants: MutantResult[] = [];
  const summary: { name: string; layouts: number; distinct: number }[] = [];
  for (const report of reports) {
    const layouts = layoutsOf(report, opts.layoutsPerReport);
    const distinct = new Set<string>();
    for (const layout of layouts) {
      const rendering = render(report, layout);
      distinct.add(JSON.stringify(rendering.snapshot.sheets.map((s) => [s.name, s.origin, s.values])));
      const findings = check(rendering.snapshot).findings;
      const problems = falseFindings(findings, truthOf(report, rendering), "warning");
      clean.push({ report: report.name, layout, problems });
      const base = new Set(findings.filter(flagged).map(findingKey));
      for (const mutant of mutantsOf(rendering, layout, opts.mutantsPerLayout)) {
        const mutated = render(report, layout, { amounts: mutant.amounts, years: mutant.years });
        const fresh = check(mutated.snapshot).findings.filter((f) => flagged(f) && !base.has(findingKey(f)));
        const target = keyOf(mutant.at);
        const cause = CAUSE[mutant.type];
        mutants.push({
          layout,
          mutant,
          detected: fresh.some((f) => touches(f).has(target)),
          located: fresh.some((f) => blamedKey(f) === target),
          classified: cause === null ? null : fresh.some((f) => blamedKey(f) === target && f.kind === cause),
          fresh,
        });
      }
    }
    summary.push({ name: report.name, layouts: layouts.length, distinct: distinct.size });
  }
  return { reports: summary, clean, mutants, millis: Date.now() - started };
}

// ---- figures and failure patterns -----------------------------------------------------------------

export interface Rates {
  readonly cleanProblems: number;
  readonly cleanLayoutsFailing: number;
  readonly mutants: number;
  readonly detected: number;
  /** Located among the mutants with a nameable cause (sign, transposition, period swap, year). */
  readonly located: number;
  /** Located among all mutants, deltas included (a delta on one of several parts of one sum cannot be placed). */
  readonly locatedAll: number;
  /** Located among the deltas alone. */
  readonly locatedDelta: number;
  readonly classified: number;
  readonly classifiable: number;
}

export function ratesOf(r: RunResult): Rates {
  const withCause = r.mutants.filter((m) => m.classified !== null);
  const deltas = r.mutants.filter((m) => m.classified === null);
  return {
    cleanProblems: r.clean.reduce((n, c) => n + c.problems.length, 0),
    cleanLayoutsFailing: r.clean.filter((c) => c.problems.length > 0).length,
    mutants: r.mutants.length,
    detected: r.mutants.filter((m) => m.detected).length / Math.max(1, r.mutants.length),
    located: withCause.filter((m) => m.located).length / Math.max(1, withCause.length),
    locatedAll: r.mutants.filter((m) => m.located).length / Math.max(1, r.mutants.length),
    locatedDelta: deltas.filter((m) => m.located).length / Math.max(1, deltas.length),
    classified: withCause.filter((m) => m.classified).length / Math.max(1, withCause.length),
    classifiable: withCause.length,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function summaryLine(r: RunResult): string {
  const x = ratesOf(r);
  const layouts = r.reports.reduce((n, s) => n + s.layouts, 0);
  return (
    `layouts: reports ${r.reports.length}, layouts ${layouts}, clean false problems ${x.cleanProblems} ` +
    `(in ${x.cleanLayoutsFailing} layouts), mutants ${x.mutants} detected ${pct(x.detected)} ` +
    `located ${pct(x.located)} classified ${pct(x.classified)} ` +
    `(all kinds incl. deltas: located ${pct(x.locatedAll)}, deltas alone ${pct(x.locatedDelta)}) ` +
    `(${(r.millis / 1000).toFixed(1)} s)`
  );
}

/** Per dimension value: how many layouts have it, how many of those fail clean, how many mutants miss. */
export function patterns(r: RunResult, top = 25): string[] {
  const stats = new Map<
    string,
    { layouts: number; failing: number; mutants: number; missed: number; misplaced: number }
  >();
  const at = (k: string) => {
    let s = stats.get(k);
    if (!s) stats.set(k, (s = { layouts: 0, failing: 0, mutants: 0, missed: 0, misplaced: 0 }));
    return s;
  };
  for (const c of r.clean)
    for (const [k, v] of dimEntries(c.layout.dims)) {
      const s = at(`${k}=${v}`);
      s.layouts++;
      if (c.problems.length > 0) s.failing++;
    }
  for (const m of r.mutants)
    for (const [k, v] of dimEntries(m.layout.dims)) {
      const s = at(`${k}=${v}`);
      s.mutants++;
      if (!m.detected) s.missed++;
      else if (!m.located) s.misplaced++;
    }
  const rows = [...stats.entries()].sort(
    (a, b) => b[1].failing / b[1].layouts - a[1].failing / a[1].layouts || b[1].layouts - a[1].layouts,
  );
  return [
    "dimension=value                      layouts  clean-failing   mutants  missed  mislocated",
    ...rows
      .slice(0, top)
      .map(
        ([k, s]) =>
          `${k.padEnd(36)} ${String(s.layouts).padStart(7)}  ${`${s.failing} (${pct(s.failing / s.layouts)})`.padStart(13)}  ${String(s.mutants).padStart(8)}  ${String(s.missed).padStart(6)}  ${String(s.misplaced).padStart(10)}`,
      ),
  ];
}

/** Clean-layout problems grouped by rule and kind, with examples (layout, cell, message). */
export function problemGroups(r: RunResult, examples = 3): string[] {
  const groups = new Map<string, { n: number; layouts: Set<string>; examples: string[] }>();
  for (const c of r.clean)
    for (const f of c.problems) {
      const k = `${f.ruleId} ${f.kind} (${f.severity})`;
      let g = groups.get(k);
      if (!g) groups.set(k, (g = { n: 0, layouts: new Set(), examples: [] }));
      g.n++;
      g.layouts.add(c.layout.id);
      if (g.examples.length < examples) g.examples.push(`${c.layout.id} ${describeFinding(f)}`);
    }
  return [...groups.entries()]
    .sort((a, b) => b[1].n - a[1].n)
    .flatMap(([k, g]) => [
      `${k}: ${g.n} findings in ${g.layouts.size} layouts`,
      ...g.examples.map((e) => `    ${e}`),
    ]);
}

/** Missed and mislocated mutants grouped by type, with examples. */
export function mutantGroups(r: RunResult, examples = 4): string[] {
  const lines: string[] = [];
  for (const type of ["sign", "transposition", "delta", "period-swap", "year"] as const) {
    const ms = r.mutants.filter((m) => m.mutant.type === type);
    if (ms.length === 0) continue;
    const missed = ms.filter((m) => !m.detected);
    const misplaced = ms.filter((m) => m.detected && !m.located);
    const wrongCause = ms.filter((m) => m.located && m.classified === false);
    lines.push(
      `${type}: ${ms.length} mutants, missed ${missed.length}, mislocated ${misplaced.length}, cause not named ${wrongCause.length}`,
    );
    const show = (label: string, xs: MutantResult[]) => {
      for (const m of xs.slice(0, examples)) {
        const blamed = m.fresh
          .slice(0, 3)
          .map((f) => `${f.sheet}!${f.cell} ${f.kind}`)
          .join(", ");
        lines.push(
          `    ${label} ${m.layout.id} ${m.mutant.at.sheet}!${m.mutant.at.cell} ${m.mutant.from} → ${m.mutant.to}${blamed ? ` → ${blamed}` : ""}`,
        );
      }
    };
    show("missed", missed);
    show("mislocated", misplaced);
    show("cause", wrongCause);
  }
  return lines;
}
