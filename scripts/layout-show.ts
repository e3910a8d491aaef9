/**
 * Developer aid for the layout generator (test/layouts): shows one rendering of a clean report, its
 * cells, and the findings above info; optionally with one cell changed, as a mutant would be.
 *   npx tsx scripts/layout-show.ts REPORT INDEX [SHEET-FILTER]
 *   MUT="Sheet!C7=-1726" npx tsx scripts/layout-show.ts varend-2025 53 Balans
 *   STRUCT=NOT npx tsx scripts/layout-show.ts kalmar-2024 3 Not   (the structure footing read)
 */
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { footStatement } from "../src/engine/check/identities/footing";
import { findStatements } from "../src/engine/check/read/findStatements";
import { readGrid } from "../src/engine/check/read/grid";
import { parseA1, type CellValue } from "../src/engine/workbook/snapshot";
import { layoutsOf } from "../test/layouts/layouts";
import { render } from "../test/layouts/render";
import { cleanReports } from "../test/layouts/reports";
import { LAYOUTS_PER_REPORT } from "../test/layouts/settings";

const [name, index, sheetFilter] = process.argv.slice(2);
const report = cleanReports().find((r) => r.name === name);
if (!report)
  throw new Error(
    `No report ${name}: ${cleanReports()
      .map((r) => r.name)
      .join(", ")}`,
  );
const layout = layoutsOf(report, LAYOUTS_PER_REPORT)[Number(index)];
console.log(JSON.stringify(layout.dims));
const rendering = render(report, layout);
const shown = (sheet: string): boolean => !sheetFilter || sheet.includes(sheetFilter);

if (process.env.MUT) {
  const [address, value] = process.env.MUT.split("=");
  const [sheetName, cell] = address.split("!");
  const sheet = rendering.snapshot.sheets.find((x) => x.name === sheetName);
  const at = parseA1(cell);
  if (!sheet || !at) throw new Error(`No cell ${address}`);
  const row = sheet.values[at.row - sheet.origin.row] as CellValue[];
  const old = row[at.col - sheet.origin.col];
  row[at.col - sheet.origin.col] = typeof old === "number" ? Number(value) : value;
  console.log(`${address}: ${String(old)} -> ${value}`);
}

for (const sheet of rendering.snapshot.sheets) {
  if (!shown(sheet.name)) continue;
  console.log(`--- ${sheet.name} (origin ${sheet.origin.row},${sheet.origin.col})`);
  sheet.values.forEach((row, i) => {
    if (!row.some((v) => v !== null && v !== "")) return;
    const cells = row.map((v, j) => {
      const fmt = sheet.numberFormat?.[i]?.[j];
      return `${v ?? ""}${fmt && fmt !== "General" ? `{${fmt}}` : ""}`;
    });
    console.log(String(i + sheet.origin.row + 1).padStart(4), cells.join(" | "));
  });
}

if (process.env.STRUCT) {
  for (const sheet of rendering.snapshot.sheets) {
    if (!shown(sheet.name)) continue;
    for (const st of findStatements(sheet.name, readGrid(sheet))) {
      if (process.env.STRUCT !== "1" && st.kind !== process.env.STRUCT) continue;
      const cols = st.columns.map((c) => `${c.col}:${c.kind}:${c.entity ?? "-"}:${c.year ?? "?"}`);
      console.log(
        `== ${st.kind} ${st.title} (note ${st.note ?? "-"}, unit ${st.statedUnit?.factor ?? "-"}) ${cols.join(" ")}`,
      );
      const { structure } = footStatement(st);
      st.lines.forEach((l, i) => {
        const amounts = [...l.amounts.entries()].map(([k, a]) => `${k}=${a.value.toString()}`).join(" ");
        const spans = structure.spans.has(i) ? ` covers ${JSON.stringify(structure.spans.get(i))}` : "";
        const owner = structure.owner.has(i) ? ` in ${structure.owner.get(i)}` : "";
        console.log(
          `  ${i} ${l.role} ${l.concept ?? ""} [${l.notes.join(",")}] ${l.label.slice(0, 40)} | ${amounts}${spans}${owner}`,
        );
      });
    }
  }
}

for (const f of checkWorkbook(rendering.snapshot).findings.filter((x) => x.severity !== "info"))
  console.log(`${f.severity} ${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}: ${f.message}`);
