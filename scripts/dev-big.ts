/** Dev aid: time the engine on one generated statement of N line rows (issue 9's 5 000-row case). */
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import type { CellValue, WorkbookSnapshot } from "../src/engine/workbook/snapshot";

function bigStatement(rows: number, kind: string): WorkbookSnapshot {
  const values: CellValue[][] = [["Resultaträkning", null, null], ["Belopp i kr", "2025", "2024"]];
  let a = 0;
  let b = 0;
  let ga = 0;
  let gb = 0;
  for (let i = 0; i < rows; i++) {
    const x = 1000 + ((i * 7919) % 90000);
    const y = 1000 + ((i * 104729) % 90000);
    a += x;
    b += y;
    ga += x;
    gb += y;
    values.push([kind === "ledger" ? `Konto ${3000 + i}` : `Kostnad ${i + 1}`, -x, -y]);
    if (kind === "sections" && i % 10 === 9) {
      values.push([`Summa grupp ${(i + 1) / 10}`, -ga, -gb]);
      ga = 0;
      gb = 0;
    }
  }
  if (kind !== "nototal") values.push(["Summa kostnader", -a, -b]);
  return { name: "big", sheets: [{ name: "RR", origin: { row: 0, col: 0 }, values }] };
}

for (const n of (process.argv[2] ?? "1000,2000,5000").split(",").map(Number)) {
  const wb = bigStatement(n, process.argv[3] ?? "");
  const t = process.hrtime.bigint();
  const r = checkWorkbook(wb);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  console.log(`${n} rader: ${ms.toFixed(0)} ms, ${r.findings.length} fynd`);
}
