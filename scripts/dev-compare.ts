/* Dev aid: runs the engine on each fixture and prints expected vs found. Not part of tests. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { readXlsx } from "../src/cli/readXlsx";
import { checkWorkbook } from "../src/engine/check/checkWorkbook";
import { qualifiedAddress } from "../src/engine/workbook/snapshot";

interface Exp {
  cell?: string;
  cells?: string[];
  kind: string;
  kinds?: string[];
  severities?: string[];
  related?: string[];
  period?: string;
  severity: string;
  why?: string;
}

async function main(): Promise<void> {
  const dir = join(__dirname, "../test/fixtures");
  const only = process.argv[2];
  for (const f of readdirSync(dir).filter((x) => x.endsWith(".xlsx") && (!only || x.includes(only)))) {
    const snap = await readXlsx(join(dir, f));
    const res = checkWorkbook(snap);
    const expected = JSON.parse(
      readFileSync(join(dir, f.replace(".xlsx", ".expected.json")), "utf8"),
    ) as Exp[];
    console.log(
      `\n##### ${f}  statements=${res.statements.map((s) => s.statement + (s.note ?? "") + "@" + s.sheet + ":" + s.range + "[" + s.periods.join(",") + "]").join(" ")}`,
    );
    const found = res.findings.map((x) => ({ addr: qualifiedAddress(x.sheet, x.cell), x }));
    for (const e of expected) {
      const cells = e.cells ?? [e.cell as string];
      const kinds = e.kinds ?? [e.kind];
      const hit = found.find(
        (g) =>
          cells.includes(g.addr) &&
          kinds.includes(g.x.kind) &&
          (e.severities ?? [e.severity]).includes(g.x.severity),
      );
      const near = found.filter((g) => cells.includes(g.addr));
      console.log(
        `${hit ? "OK  " : "MISS"} ${cells.join("|")} ${kinds.join("/")} ${e.severity} ${e.period ?? ""}${hit ? "" : "  found-at-cell: " + near.map((g) => g.x.kind + "/" + g.x.severity).join(",")}`,
      );
    }
    for (const g of found) {
      const listed =
        g.x.severity === "info" ||
        expected.some(
          (e) =>
            [...(e.cells ?? [e.cell]), ...(e.related ?? [])].includes(g.addr) ||
            g.x.related.some((r) => [...(e.cells ?? [e.cell]), ...(e.related ?? [])].includes(r)),
        );
      if (!listed) console.log(`EXTRA ${g.addr} ${g.x.kind} ${g.x.severity} ${g.x.ruleId} :: ${g.x.message}`);
    }
  }
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
