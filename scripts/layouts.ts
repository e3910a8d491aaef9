/**
 * The layout generator's figures (test/layouts): every clean report rendered in many layouts, the
 * false problems on clean renderings grouped by rule and by layout dimension, and single injected
 * errors detected / located / named. For iterating on the engine:
 *   npx tsx scripts/layouts.ts                        all reports, 54 layouts each
 *   npx tsx scripts/layouts.ts --report kalmar-2024   one report
 *   npx tsx scripts/layouts.ts --verbose              every group with more examples
 *   npx tsx scripts/layouts.ts --layouts 80 --mutants 10
 */
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { LAYOUTS_PER_REPORT, MUTANTS_PER_LAYOUT } from "../test/layouts/settings";
import { mutantGroups, patterns, problemGroups, ratesOf, runLayouts, summaryLine } from "../test/layouts/run";

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
}

function main(): void {
  const verbose = process.argv.includes("--verbose");
  const report = arg("--report");
  const result = runLayouts(checkWorkbook, {
    layoutsPerReport: Number(arg("--layouts") ?? LAYOUTS_PER_REPORT),
    mutantsPerLayout: Number(arg("--mutants") ?? MUTANTS_PER_LAYOUT),
    reports: report ? [report] : undefined,
  });
  for (const r of result.reports)
    console.log(`${r.name}: ${r.layouts} layouts (${r.distinct} distinct renderings)`);
  console.log("\nClean renderings: false problems by rule and cause");
  const groups = problemGroups(result, verbose ? 6 : 3);
  console.log(groups.length ? groups.join("\n") : "  none");
  console.log("\nBy layout dimension (clean failures, mutants missed or blamed elsewhere)");
  console.log(patterns(result, verbose ? 200 : 30).join("\n"));
  console.log("\nMutants");
  console.log(mutantGroups(result, verbose ? 12 : 4).join("\n"));
  console.log(`\n${summaryLine(result)}`);
  const x = ratesOf(result);
  const pass = x.cleanProblems === 0 && x.detected >= 0.98 && x.located >= 0.9 && x.classified >= 0.9;
  process.exit(pass ? 0 : 1);
}

main();
