/**
 * The engine against the fixtures' expected findings: every error DOMAIN.md lists for the two
 * seed reports is found at the right cell with the right cause, nothing else is raised as an error
 * or warning, and the corrected variants are clean (rounding notes allowed).
 */
import { join } from "node:path";
import type { CheckResult } from "../../src/engine/check/finding";
import { loadChecker } from "../../src/cli/engine";
import { readXlsx } from "../../src/cli/readXlsx";
import {
  FIXTURES,
  addressOf,
  cellsNamed,
  describeFinding,
  fixtureNames,
  loadExpected,
  matchFinding,
} from "./expectedFindings";

const results = new Map<string, CheckResult>();
async function check(name: string): Promise<CheckResult> {
  let r = results.get(name);
  if (!r) {
    r = await loadChecker()(await readXlsx(join(FIXTURES, `${name}.xlsx`)));
    results.set(name, r);
  }
  return r;
}

const published = fixtureNames().filter((n) => !n.endsWith("-corrected"));
const corrected = fixtureNames().filter((n) => n.endsWith("-corrected"));

describe.each(published)("%s (as published)", (name) => {
  const expected = loadExpected(name);

  it("finds every error and note a revisor expects, at the blamed cell with its cause", async () => {
    const { findings } = await check(name);
    const missed = expected.filter((e) => !e.optional && !matchFinding(e, findings));
    const report = missed.map((e) => `  ${e.cell} ${e.severity}/${e.kind} ${e.period}: ${e.why}`).join("\n");
    expect(
      missed.length === 0
        ? ""
        : `Saknas:\n${report}\n\nMotorn gav:\n${findings.map(describeFinding).join("\n")}`,
    ).toBe("");
  });

  it("raises no error or warning the revisor does not expect", async () => {
    const { findings } = await check(name);
    const named = cellsNamed(expected);
    const extra = findings.filter(
      (f) => f.severity !== "info" && !named.has(addressOf(f)) && !f.related.some((r) => named.has(r)),
    );
    expect(extra.map(describeFinding)).toEqual([]);
  });

  it("judges rounding differences as info only", async () => {
    const { findings } = await check(name);
    expect(
      findings.filter((f) => f.kind === "rounding" && f.severity !== "info").map(describeFinding),
    ).toEqual([]);
  });
});

describe.each(corrected)("%s", (name) => {
  it("gives no error and no warning", async () => {
    const { findings, statements } = await check(name);
    expect(statements.length).toBeGreaterThan(0);
    expect(findings.filter((f) => f.severity !== "info").map(describeFinding)).toEqual([]);
  });
});
