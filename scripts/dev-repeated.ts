/** Dev aid: the Värend statements stacked N times on one sheet, checked (profile with --cpu-prof). */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readXlsx } from "../src/cli/readXlsx";
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { VAREND_PUBLISHED } from "./fixtures/varend2025";
import { writeWorkbook } from "./fixtures/workbook";
import type { Block } from "./fixtures/model";

async function main(): Promise<void> {
  const copies = Number(process.argv[2] ?? 30);
  const blocks: Block[] = [];
  for (let i = 0; i < copies; i++) blocks.push(...VAREND_PUBLISHED.map((b) => ({ ...b, key: `${b.key}-${i}` })));
  const path = join(mkdtempSync(join(tmpdir(), "rep-")), "r.xlsx");
  await writeWorkbook(blocks, { layout: { oneSheet: "Rapporter" }, amounts: "number", numFmt: "# ##0", realDates: false }, path);
  const wb = await readXlsx(path);
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    const r = checkWorkbook(wb);
    console.log(`${copies} kopior: ${Date.now() - t} ms, ${r.findings.length} fynd, ${r.statements.length} uppställningar`);
  }
}
void main();
