// dev aid: npx tsx scripts/dbg-layout.ts REPORT INDEX  → prints the layout dims, grid of each sheet, problems
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { layoutsOf } from "../test/layouts/layouts";
import { render } from "../test/layouts/render";
import { cleanReports } from "../test/layouts/reports";
const [name, idx, sheetFilter] = process.argv.slice(2);
const report = cleanReports().find((r) => r.name === name)!;
const layout = layoutsOf(report, 54)[Number(idx)];
console.log(JSON.stringify(layout.dims));
const r = render(report, layout);
for (const sh of r.snapshot.sheets) {
  if (sheetFilter && !sh.name.includes(sheetFilter)) continue;
  console.log(`--- ${sh.name} origin ${JSON.stringify(sh.origin)}`);
  sh.values.forEach((row, i) => { if (row && row.some((v) => v !== null && v !== "")) console.log(String(i + sh.origin.row + 1).padStart(4), row.map((v, j) => `${v ?? ""}${sh.numberFormat?.[i]?.[j] && sh.numberFormat[i][j] !== "General" ? `{${sh.numberFormat[i][j]}}` : ""}`).join(" | ")); });
}
for (const f of checkWorkbook(r.snapshot).findings.filter((f) => f.severity !== "info")) console.log(`${f.severity} ${f.sheet}!${f.cell} ${f.ruleId} ${f.kind}: ${f.message.slice(0, 160)}`);
import { findStatements } from "../src/engine/check/read/findStatements";
import { readGrid } from "../src/engine/check/read/grid";
import { footStatement } from "../src/engine/check/identities/footing";
if (process.env.STRUCT) {
  for (const sh of r.snapshot.sheets) {
    if (sheetFilter && !sh.name.includes(sheetFilter)) continue;
    for (const st of findStatements(sh.name, readGrid(sh))) {
      if (process.env.STRUCT !== "1" && st.kind !== process.env.STRUCT) continue;
      console.log(`== ${st.kind} ${st.title} note=${st.note} unit=${st.statedUnit?.factor} cols`, st.columns.map((c) => `${c.col}:${c.kind}:${c.entity ?? "-"}:${c.year ?? "?"}`).join(" "));
      const fr = footStatement(st);
      st.lines.forEach((l, i) => console.log(`  ${i} r${l.row + 1} ${l.role} ${l.concept ?? ""} [${l.notes}] ${l.label.slice(0, 40)} | ${[...l.amounts.entries()].map(([k, a]) => `${k}=${a.value}/${a.precision}`).join(" ")} ${fr.structure.spans.has(i) ? "SPANS " + JSON.stringify(fr.structure.spans.get(i)) : ""} ${fr.structure.owner.has(i) ? "<-" + fr.structure.owner.get(i) : ""}`));
    }
  }
}
