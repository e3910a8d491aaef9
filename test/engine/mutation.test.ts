/**
 * Mutation rates of the engine on the corrected fixtures (scripts/mutation.ts), on a sample of the
 * amounts to keep the test quick; `npx tsx scripts/mutation.ts` runs them all. The rates are
 * printed and held to floors just under what the engine reaches, so a regression fails. Goals
 * (issue 4): 98 % detected, 90 % located, 90 % cause named. Location and cause stay under 90 %
 * because a delta on one line of a note whose sum agrees with its statement cannot be told from a
 * delta on any other line of that note: the engine then blames the sum, saying so.
 */
import { loadChecker } from "../../src/cli/engine";
import { CORRECTED_FIXTURES, formatReport, runMutations, transpose } from "../../scripts/mutation";

const DETECTION_FLOOR = 0.98;
const LOCATION_FLOOR = 0.84;
const CAUSE_FLOOR = 0.83;
const PER_TYPE_FLOORS = { sign: 0.97, transposition: 0.88, "period-swap": 0.95, year: 0.97 } as const;

describe("mutation harness", () => {
  it.each([
    [1920460, 1902460],
    [-6649090, -6694090],
    [2131000, 2113000],
    [40, null], // 04 would be a shorter number, no transposition
    [1000, null],
  ])("transposes %d to %p", (from, to) => {
    expect(transpose(from)).toBe(to);
  });

  it("detects mutated amounts and years at least at the floor (rates printed)", async () => {
    const report = await runMutations(loadChecker(), CORRECTED_FIXTURES, 7);
    console.log(formatReport(report));
    expect(report.overall.total).toBeGreaterThan(100);
    const { overall } = report;
    expect(overall.detected / overall.total).toBeGreaterThanOrEqual(DETECTION_FLOOR);
    expect(overall.located / overall.total).toBeGreaterThanOrEqual(LOCATION_FLOOR);
    expect(overall.named / overall.total).toBeGreaterThanOrEqual(CAUSE_FLOOR);
    for (const [type, floor] of Object.entries(PER_TYPE_FLOORS)) {
      const t = report.byType[type as keyof typeof PER_TYPE_FLOORS];
      expect(t.named / t.total).toBeGreaterThanOrEqual(floor);
    }
  }, 600_000);
});
