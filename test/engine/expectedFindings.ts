/**
 * Reads `test/fixtures/<name>.expected.json` (written by scripts/build-fixtures.ts from the
 * domain, not from the engine) and matches an engine's findings against it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/engine/check/finding";
import { qualifiedAddress } from "../../src/engine/workbook/snapshot";
import type { ExpectedFinding } from "../../scripts/fixtures/workbook";

export const FIXTURES = join(__dirname, "..", "fixtures");

export type { ExpectedFinding };

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(/\.expected\.json$/, ""))
    .sort();
}

export function loadExpected(name: string): ExpectedFinding[] {
  return JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), "utf8")) as ExpectedFinding[];
}

export const addressOf = (f: Finding): string => qualifiedAddress(f.sheet, f.cell);

/** The finding that meets an expectation: at one of its cells, with one of its kinds and severities. */
export function matchFinding(e: ExpectedFinding, findings: readonly Finding[]): Finding | undefined {
  const cells = e.cells ?? [e.cell];
  const kinds = e.kinds ?? [e.kind];
  const severities = e.severities ?? [e.severity];
  return findings.find(
    (f) => cells.includes(addressOf(f)) && kinds.includes(f.kind) && severities.includes(f.severity),
  );
}

/** Every cell an expectation names (blamed alternatives and related cells). */
export function cellsNamed(expected: readonly ExpectedFinding[]): Set<string> {
  return new Set(expected.flatMap((e) => [...(e.cells ?? [e.cell]), ...(e.related ?? [])]));
}

export function describeFinding(f: Finding): string {
  return `${addressOf(f)} ${f.severity}/${f.kind} ${f.period ?? ""} ${f.ruleId}: ${f.message}`;
}
