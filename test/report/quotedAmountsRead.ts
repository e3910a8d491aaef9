/**
 * Run by test/report/quotedAmounts.test.ts in a child process (`node --import tsx`): pdf.js is an
 * ES module that jest's module system cannot load in-process. Reads a report (.pdf or .docx) with
 * the real readers, changes amounts in its text as a typist might ("1 628 600" → "1 682 600"),
 * checks it, and prints the text rule's findings with their pages, and the sentences it read
 * claims from, as JSON.
 *
 *   node --import tsx test/report/quotedAmountsRead.ts '[{"file":"r.pdf","changes":[["1 628 600","1 682 600"]]}]'
 */
import { readFileSync } from "node:fs";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { claimsIn, ownNames } from "../../src/engine/check/text/claims";
import { sentences } from "../../src/engine/check/text/prose";
import type { CellValue, SheetSnapshot } from "../../src/engine/workbook/snapshot";
import { inflateNode } from "../../src/report/inflateNode";
import { readDocx } from "../../src/report/readDocx";
import { readPdf } from "../../src/report/readPdf";
import { pageOfCell } from "../../src/report/reading";

/** The sheet with every text cell's `from` written as `to`. */
function retype(sheet: SheetSnapshot, changes: ReadonlyArray<readonly [string, string]>): SheetSnapshot {
  const swap = (s: string): string => changes.reduce((t, [from, to]) => t.split(from).join(to), s);
  return {
    ...sheet,
    values: sheet.values.map((row) => row.map((v: CellValue) => (typeof v === "string" ? swap(v) : v))),
    text: sheet.text?.map((row) => row.map(swap)),
  };
}

interface Job {
  readonly file: string;
  readonly changes?: ReadonlyArray<readonly [string, string]>;
}

async function run({ file, changes = [] }: Job): Promise<unknown> {
  const data = new Uint8Array(readFileSync(file));
  const reading = file.endsWith(".pdf") ? await readPdf(data, file) : await readDocx(data, file, inflateNode);
  const snapshot = { ...reading.snapshot, sheets: reading.snapshot.sheets.map((s) => retype(s, changes)) };
  const result = checkWorkbook(snapshot);
  const all = snapshot.sheets.flatMap((s) => sentences(s));
  const own = ownNames(all);
  const claimed = all.flatMap((s) =>
    claimsIn(s, own, result.reportYear).map((c) => ({ concept: c.concept, quoted: c.amount.text, sentence: s.text })),
  );
  const findings = result.findings
    .filter((f) => f.ruleId.startsWith("TEXT."))
    .map((f) => ({ ...f, page: pageOfCell(reading, f.sheet, f.cell) }));
  return { file, findings, claimed };
}

/** Jobs as JSON: `[{"file": "…pdf", "changes": [["1 628 600", "1 682 600"]]}, …]`. */
async function main(): Promise<void> {
  const jobs = JSON.parse(process.argv[2] ?? "[]") as Job[];
  const out: unknown[] = [];
  for (const job of jobs) out.push(await run(job));
  process.stdout.write(JSON.stringify(out));
}

main().catch((error: unknown) => {
  process.stderr.write(String(error));
  process.exit(1);
});
