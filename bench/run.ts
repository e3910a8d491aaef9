/**
 * `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line) and
 * lets each print its figures. Benchmarks compare ratios measured in one run, never absolute times
 * against a threshold: these machines are shared and noisy.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";

interface BenchModule {
  run(): Promise<void> | void;
}

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => wanted.length === 0 || wanted.some((w) => f.includes(w)))
    .sort();
  for (const file of files) {
    console.log(`\n=== ${file} ===`);
    const mod = (await import(join(__dirname, file))) as BenchModule;
    await mod.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
