/**
 * Developer aid: prints the findings above info of the given .xlsx files (or all in a folder),
 * with their rule, cause and message, for quick iteration on the engine.
 *   npx tsx scripts/dev-check.ts FILE|DIR [--all]
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { readXlsx } from "../src/cli/readXlsx";

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const all = args.includes("--all");
  const files = args
    .filter((a) => !a.startsWith("--"))
    .flatMap((a) =>
      statSync(a).isDirectory()
        ? readdirSync(a)
            .filter((f) => f.endsWith(".xlsx"))
            .map((f) => join(a, f))
        : [a],
    );
  for (const file of files) {
    const result = checkWorkbook(await readXlsx(file));
    const shown = result.findings.filter((f) => all || f.severity !== "info");
    console.log(`${file}: ${shown.length}`);
    for (const f of shown)
      console.log(`  ${f.severity} ${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}: ${f.message.slice(0, 150)}`);
  }
}

void main();
