/**
 * Scoring rules of ../shared/corpus/score.js, for the engine's findings: which cells a finding
 * touches (its cell and its related cells), which findings are false errors on a report with known
 * truth, and whether a required item is found.
 */
import type { Finding, Severity } from "../../src/engine/check/finding";
import type { CellAddress, ResolvedTruth } from "./render";

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** "Sheet!C5" as a key. */
export const keyOf = (a: CellAddress): string => `${a.sheet}!${a.cell}`;

/** "'My Sheet'!C5", "Sheet!C5", "C5" (on the finding's sheet) → key. */
export function parseAddress(address: string, defaultSheet: string): string | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/.exec(address);
  if (m) return `${m[1] ? m[1].replace(/''/g, "'") : m[2]}!${m[3]}${m[4]}`;
  const n = /^\$?([A-Z]+)\$?(\d+)/.exec(address);
  return n ? `${defaultSheet}!${n[1]}${n[2]}` : null;
}

/** The blamed cell of a finding as a key. */
export const blamedKey = (f: Finding): string => `${f.sheet}!${f.cell.replace(/\$/g, "")}`;

/** Every cell a finding touches: the blamed one and its related cells. */
export function touches(f: Finding): Set<string> {
  const out = new Set<string>([blamedKey(f)]);
  for (const r of f.related) {
    const k = parseAddress(r, f.sheet);
    if (k) out.add(k);
  }
  return out;
}

/** Cells where a finding is allowed (required and optional items, with their alternatives). */
export function allowedCells(truth: readonly ResolvedTruth[]): Set<string> {
  const allowed = new Set<string>();
  for (const t of truth) if (t.level !== "info") [t.at, ...t.also].forEach((a) => allowed.add(keyOf(a)));
  return allowed;
}

/**
 * Findings of at least `least` severity that no truth item allows: neither blamed at nor touching
 * an allowed cell (score.js counts errors; a clean layout allows no warning either).
 */
export function falseFindings(
  findings: readonly Finding[],
  truth: readonly ResolvedTruth[],
  least: Severity = "error",
): Finding[] {
  const allowed = allowedCells(truth);
  return findings.filter(
    (f) =>
      SEVERITY_RANK[f.severity] >= SEVERITY_RANK[least] &&
      !allowed.has(blamedKey(f)) &&
      ![...touches(f)].some((c) => allowed.has(c)),
  );
}

/** Required items no finding satisfies (severity, cell and, where the truth names one, cause). */
export function missedRequired(
  findings: readonly Finding[],
  truth: readonly ResolvedTruth[],
): ResolvedTruth[] {
  return truth
    .filter((t) => t.level === "required")
    .filter((t) => {
      const cells = new Set([t.at, ...t.also].map(keyOf));
      return !findings.some(
        (f) =>
          SEVERITY_RANK[f.severity] >= SEVERITY_RANK[t.minSeverity] &&
          [...touches(f)].some((c) => cells.has(c)) &&
          (!t.kind || (f.kind === t.kind && cells.has(blamedKey(f)))),
      );
    });
}

export const describeFinding = (f: Finding): string =>
  `${f.severity} ${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}: ${f.message.slice(0, 110)}`;
