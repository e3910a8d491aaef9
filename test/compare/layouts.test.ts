/**
 * The comparison on the layout generator (test/layouts): every clean report rendered as its source
 * workbook and as each of its generated layouts (units kr/tkr/mnkr, one sheet or many, years
 * oldest first, totals above their lines, synonyms, "S:a", dashes, koncern columns added or
 * dropped...). A layout is the same report laid out otherwise, so comparing it with the workbook must
 * give no error; one figure changed in it (its sign flipped, two digits swapped) must be found at
 * its cell with its cause. The figures are printed; the goals are asserted.
 */
import type { Finding } from "../../src/engine/check/finding";
import { compareReport } from "../../src/engine/compare/compareReport";
import { layoutsOf, prng, sourceDims } from "../layouts/layouts";
import { cellKey } from "../layouts/model";
import { render } from "../layouts/render";
import { cleanReports } from "../layouts/reports";
import { transpose } from "../layouts/run";
import { LAYOUTS_PER_REPORT } from "../layouts/settings";

jest.setTimeout(300_000);

/** Goals: no error on a clean layout; a changed figure found at its cell, and its cause named. */
const GOALS = { located: 0.9, named: 0.9 };

interface Tally {
  comparisons: number;
  cleanErrors: string[];
  warnings: number;
  mutants: number;
  located: number;
  named: number;
  missed: string[];
}

function run(): Tally {
  const t: Tally = {
    comparisons: 0,
    cleanErrors: [],
    warnings: 0,
    mutants: 0,
    located: 0,
    named: 0,
    missed: [],
  };
  const errorsOf = (fs: readonly Finding[]) => fs.filter((f) => f.severity === "error");
  for (const report of cleanReports()) {
    const workbook = render(report, { id: `${report.name}#källa`, seed: 1, dims: sourceDims(report) });
    const hasKoncern = workbook.amounts.some((a) => a.column.entity === "koncernen");
    for (const layout of layoutsOf(report, LAYOUTS_PER_REPORT)) {
      const clean = render(report, layout);
      const result = compareReport(workbook.snapshot, clean.snapshot);
      t.comparisons++;
      t.warnings += result.findings.length - errorsOf(result.findings).length;
      for (const f of errorsOf(result.findings)) t.cleanErrors.push(`${layout.id} ${f.cell}: ${f.message}`);
      // One figure of the outcome changed: its sign on even layouts, two digits on odd ones.
      const rand = prng(layout.seed);
      // A figure the workbook has no column for (the koncern's, where a layout adds the koncern) has
      // nothing to be compared with: not a figure to change.
      const candidates = clean.amounts.filter(
        (a) =>
          Math.abs(a.steps) >= 100 &&
          a.column.kind === "utfall" &&
          (a.column.entity !== "koncernen" || hasKoncern),
      );
      if (candidates.length === 0) continue;
      const a = candidates[Math.floor(rand() * candidates.length)];
      const kind = layout.seed % 2 === 0 ? "sign" : "transposition";
      const to = kind === "sign" ? -a.steps : transpose(a.steps);
      if (to === null) continue;
      const changed = render(report, layout, { amounts: new Map([[cellKey(a.model), to]]) });
      const found = errorsOf(compareReport(workbook.snapshot, changed.snapshot).findings);
      const hit = found.find((f) => f.sheet === a.at.sheet && f.cell === a.at.cell);
      t.mutants++;
      if (hit) t.located++;
      if (hit?.kind === kind) t.named++;
      else t.missed.push(`${layout.id} ${a.at.sheet}!${a.at.cell} ${a.steps} → ${to} (${kind})`);
    }
  }
  return t;
}

describe("the comparison on every layout of every clean report", () => {
  const t = run();
  const rate = (n: number) => n / Math.max(1, t.mutants);

  it("prints its figures", () => {
    console.log(
      `comparison: ${t.comparisons} layouts, ${t.cleanErrors.length} false errors, ${t.warnings} warnings; ` +
        `${t.mutants} changed figures, located ${(100 * rate(t.located)).toFixed(1)}%, cause named ${(100 * rate(t.named)).toFixed(1)}%` +
        (t.missed.length ? `\n  not named: ${t.missed.slice(0, 10).join("\n  ")}` : ""),
    );
    expect(t.comparisons).toBeGreaterThanOrEqual(400);
  });

  it("gives no error on a layout of the workbook's own figures", () => {
    expect(t.cleanErrors).toEqual([]);
  });

  it("finds a changed figure at its cell and names its cause", () => {
    expect(rate(t.located)).toBeGreaterThanOrEqual(GOALS.located);
    expect(rate(t.named)).toBeGreaterThanOrEqual(GOALS.named);
  });
});
