/**
 * Child process for the hostile-file test and `npm run fuzz`: checks each file given on the command
 * line with the command line's own `main()`, one after another, and prints one JSON line per file
 * (exit code, milliseconds, what went to stdout and stderr), then one with the process's peak
 * memory. Run apart from jest so that a file's memory and a hang are measured, not shared.
 */
import { main } from "../../src/cli/finsam-check";

async function run(files: readonly string[]): Promise<void> {
  for (const file of files) {
    let out = "";
    let err = "";
    const started = performance.now();
    const code = await main([file], { out: (t) => void (out += t), err: (t) => void (err += t) });
    const ms = Math.round(performance.now() - started);
    process.stdout.write(JSON.stringify({ file, code, ms, out: out.slice(0, 4000), err }) + "\n");
  }
  process.stdout.write(
    JSON.stringify({ maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }) + "\n",
  );
}

void run(process.argv.slice(2));
