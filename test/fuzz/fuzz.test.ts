/**
 * The short fuzz run of `npm test` (the long one is `npm run fuzz`): a fixed seed, so a failure
 * here fails the same way on every machine and replays with scripts/fuzz.ts --seed. Random
 * workbooks, damaged variants of every fixture (also through the workbench's reader and the host
 * double), amount strings, FINSAM function calls: no crash (an exception that is not
 * our Swedish read error), no hang, no finding at a cell that does not exist, no NaN/Infinity/
 * undefined in any message, no text that is not ours.
 */
import {
  type CaseKind,
  type Corpus,
  type Figures,
  count,
  emptyFigures,
  loadCorpus,
  runCase,
} from "./campaign";

const SEED = 20261201;
const RUN: Record<CaseKind, number> = {
  workbook: 100,
  damaged: 200,
  workbench: 45,
  amount: 5000,
  function: 2000,
};
/** Longer than this for one file counts as a hang (the long run stops such a case at 20 s). */
const HANG_MS = 10_000;

describe("fuzzing (fixed seed)", () => {
  let corpus: Corpus;
  const figures: Figures = emptyFigures();
  const failures: string[] = [];

  beforeAll(async () => {
    corpus = await loadCorpus();
    for (const kind of ["workbook", "damaged", "workbench", "amount", "function"] as const)
      for (let i = 0; i < RUN[kind]; i++) {
        const r = await runCase(corpus, SEED, kind, i);
        count(figures, r);
        if (r.ms > HANG_MS) figures.hangs++;
        for (const p of r.problems)
          failures.push(`${kind} #${i}${r.from ? ` (${r.from})` : ""}: ${p.kind}: ${p.detail}`);
      }
  }, 120_000);

  it("damages every fixture in test/fixtures, stacked, per sheet and from the corpus", () => {
    expect(corpus.fixtures.length).toBeGreaterThanOrEqual(14);
    expect(corpus.fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        "varend-2025-one-sheet.xlsx",
        "corpus/kramfors-2018.xlsx",
        "hostile/error-cells.xlsx",
      ]),
    );
  });

  it("ran every case, and most random workbooks reached the engine", () => {
    expect(figures).toMatchObject({
      workbooks: RUN.workbook,
      damaged: RUN.damaged,
      workbench: RUN.workbench,
      amounts: RUN.amount,
      functionCalls: RUN.function,
    });
    expect(figures.checked).toBeGreaterThan(RUN.workbook + RUN.workbench / 3);
    expect(figures.findings).toBeGreaterThan(0);
  });

  it("found no crash, hang, ghost cell, NaN/Infinity or foreign text", () => {
    expect(failures).toEqual([]);
    expect(figures).toMatchObject({ crashes: 0, hangs: 0, ghostCells: 0, nonFinite: 0, notOurs: 0 });
  });
});
