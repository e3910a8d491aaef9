/**
 * The layout generator (issue 8): every clean report (the corrected fixtures and the corpus)
 * rendered in at least 50 layouts a real workbook might have. A clean rendering must give nothing
 * above info (a corpus report: nothing outside its optional and required cells); a single injected
 * error (sign, transposed digits, another period's value, a delta, a wrong header year) must be
 * detected at its cell, blamed there, and its cause named. Failures are collected and printed
 * grouped by rule and by layout dimension before the assertions fail; `npx tsx scripts/layouts.ts`
 * prints the same figures quicker to iterate on.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { layoutsOf } from "./layouts";
import { cleanReports } from "./reports";
import { mutantGroups, patterns, problemGroups, ratesOf, runLayouts, summaryLine, transpose } from "./run";
import { GOALS, LAYOUTS_PER_REPORT, MUTANTS_PER_LAYOUT } from "./settings";

describe("the layout generator", () => {
  it.each(cleanReports().map((r) => [r.name, r] as const))(
    "gives %s at least 50 distinct layouts",
    (_n, r) => {
      const layouts = layoutsOf(r, LAYOUTS_PER_REPORT);
      expect(layouts.length).toBeGreaterThanOrEqual(50);
      expect(new Set(layouts.map((l) => JSON.stringify(l.dims))).size).toBe(layouts.length);
    },
  );

  it.each([
    [1920460, 1902460],
    [4213, 4123],
    [-16285, -12685],
    [19, 91],
    [12, null], // 21 differs by 9 units only: inside a long note's rounding bound
  ])("transposes %d to %p", (from, to) => {
    expect(transpose(from)).toBe(to);
  });
});

describe("the engine on every layout of every clean report", () => {
  const result = runLayouts(checkWorkbook, {
    layoutsPerReport: LAYOUTS_PER_REPORT,
    mutantsPerLayout: MUTANTS_PER_LAYOUT,
  });
  const rates = ratesOf(result);

  afterAll(() => {
    const lines = [summaryLine(result)];
    if (rates.cleanProblems > 0)
      lines.push("", "Clean renderings, false problems:", ...problemGroups(result));
    lines.push(
      "",
      "By layout dimension:",
      ...patterns(result, 20),
      "",
      "Mutants:",
      ...mutantGroups(result, 3),
    );
    console.log(lines.join("\n"));
  });

  it("renders at least 50 distinct layouts of each report", () => {
    for (const r of result.reports) {
      expect(r.layouts).toBeGreaterThanOrEqual(50);
      expect(r.distinct).toBe(r.layouts);
    }
  });

  it("finds nothing above info on a clean rendering", () => {
    const failing = result.clean
      .filter((c) => c.problems.length > 0)
      .map(
        (c) =>
          `${c.layout.id}: ${c.problems.length} (${c.problems[0].ruleId} ${c.problems[0].sheet}!${c.problems[0].cell})`,
      );
    expect(failing).toEqual([]);
  });

  it(`detects ≥ ${GOALS.detected * 100} % of single errors, and locates ≥ ${GOALS.located * 100} % and names the cause of ≥ ${GOALS.classified * 100} % of sign, transposition, period-swap and year errors`, () => {
    expect(rates.mutants).toBeGreaterThan(1000);
    expect({
      detected: rates.detected >= GOALS.detected,
      located: rates.located >= GOALS.located,
      classified: rates.classified >= GOALS.classified,
      rates,
    }).toEqual({
      detected: true,
      located: true,
      classified: true,
      rates,
    });
  });
});
