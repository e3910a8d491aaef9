/**
 * The engine on the corpus (../shared/corpus): three real published municipal reports it was not
 * built from, scored by score.js's rules. Every required finding must be there (severity at least
 * its minimum, at its cell or an alternative, with its cause where one is named), and no error may
 * sit anywhere a revisor would not put one: not on a rounding difference (info), not on a clean line.
 * A compact table of misses and false errors is printed, so a failing run says what to fix.
 */
import { join } from "node:path";
import { readXlsx } from "../../src/cli/readXlsx";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { Finding } from "../../src/engine/check/finding";
import { CORPUS_CASES } from "./cases";
import { renderCase, resolveTruth } from "./render";
import { describeFinding, falseFindings, missedRequired } from "./score";
import { CORPUS_FIXTURES } from "./writeFixtures";

const scored = CORPUS_CASES.map((c) => {
  const rendered = renderCase(c);
  const truth = resolveTruth(rendered, c.expect);
  const findings = checkWorkbook(rendered.snapshot).findings;
  return {
    c,
    truth,
    findings,
    misses: missedRequired(findings, truth),
    falseErrors: falseFindings(findings, truth),
  };
});

afterAll(() => {
  const lines = ["corpus        required  missed  false errors"];
  for (const s of scored) {
    const required = s.truth.filter((t) => t.level === "required").length;
    lines.push(
      `${s.c.name.padEnd(14)}${String(required).padStart(8)}${String(s.misses.length).padStart(8)}${String(s.falseErrors.length).padStart(14)}`,
    );
    for (const m of s.misses) lines.push(`  missed ${m.what} (${m.at.sheet}!${m.at.cell})`);
    for (const f of s.falseErrors) lines.push(`  false  ${describeFinding(f)}`);
  }
  console.log(lines.join("\n"));
});

describe.each(scored.map((s) => [s.c.name, s] as const))("corpus report %s", (_name, s) => {
  it("gets every required finding", () => {
    expect(s.misses.map((m) => m.what)).toEqual([]);
  });

  it("raises no false error", () => {
    expect(s.falseErrors.map(describeFinding)).toEqual([]);
  });
});

describe("the corpus as a workbook", () => {
  const key = (f: Finding) => `${f.ruleId}|${f.severity}|${f.kind}|${f.sheet}!${f.cell}|${f.period ?? ""}`;

  it.each(CORPUS_CASES.map((c) => c.name))(
    "%s.xlsx read through readXlsx gives the snapshot's findings",
    async (name) => {
      const fromFile = checkWorkbook(await readXlsx(join(CORPUS_FIXTURES, `${name}.xlsx`))).findings;
      const s = scored.find((x) => x.c.name === name);
      expect(fromFile.map(key).sort()).toEqual(s?.findings.map(key).sort());
    },
  );
});
