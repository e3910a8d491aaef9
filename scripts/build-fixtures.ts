/**
 * Writes the test fixtures (test/fixtures/*.xlsx with their *.expected.json) and the embedded
 * sample (samples/varend-2025.xlsx) from the transcribed seed reports. Run:
 *   npx tsx scripts/build-fixtures.ts
 * The generated files are committed: the engine's tests and the command line read them as users'
 * workbooks, and the expected findings are the spec the engine is tested against.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Block, ExpectedSpec } from "./fixtures/model";
import { VAREND_PUBLISHED, varendCorrected, varendExpected } from "./fixtures/varend2025";
import { KALMAR_PUBLISHED, kalmarCorrected, kalmarExpected } from "./fixtures/kalmar2024";
import { inTkr } from "./fixtures/variants";
import { LayoutOptions, cellMap, resolveExpected, writeWorkbook } from "./fixtures/workbook";

const ROOT = join(__dirname, "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const SAMPLES = join(ROOT, "samples");

interface FixtureDef {
  readonly name: string;
  readonly published: readonly Block[];
  readonly corrected: readonly Block[];
  readonly expected: readonly ExpectedSpec[];
  readonly options: LayoutOptions;
}

const PER_SHEET_KR: LayoutOptions = {
  layout: "per-sheet",
  amounts: "number",
  numFmt: "# ##0",
  realDates: false,
};

const DEFS: readonly FixtureDef[] = [
  {
    name: "varend-2025-per-sheet",
    published: VAREND_PUBLISHED,
    corrected: varendCorrected(),
    expected: varendExpected(),
    options: PER_SHEET_KR,
  },
  {
    name: "varend-2025-one-sheet",
    published: VAREND_PUBLISHED,
    corrected: varendCorrected(),
    expected: varendExpected(),
    options: { ...PER_SHEET_KR, layout: { oneSheet: "Årsredovisning 2025" } },
  },
  {
    name: "varend-2025-text",
    published: VAREND_PUBLISHED,
    corrected: varendCorrected(),
    expected: varendExpected(),
    options: { ...PER_SHEET_KR, amounts: "text" },
  },
  {
    name: "kalmar-2024-per-sheet",
    published: KALMAR_PUBLISHED,
    corrected: kalmarCorrected(),
    expected: kalmarExpected("kr"),
    options: { ...PER_SHEET_KR, numFmt: "#,##0", realDates: true },
  },
  {
    name: "kalmar-2024-tkr",
    published: inTkr(KALMAR_PUBLISHED),
    corrected: inTkr(kalmarCorrected()),
    expected: kalmarExpected("tkr"),
    options: PER_SHEET_KR,
  },
];

/** In a corrected variant only the rounding notes remain, and even those are not required. */
function correctedSpecs(specs: readonly ExpectedSpec[]): ExpectedSpec[] {
  return specs.filter((s) => s.kinds.includes("rounding")).map((s) => ({ ...s, optional: true }));
}

async function build(): Promise<void> {
  mkdirSync(FIXTURES, { recursive: true });
  mkdirSync(SAMPLES, { recursive: true });
  for (const def of DEFS) {
    for (const [suffix, blocks, specs] of [
      ["", def.published, def.expected],
      ["-corrected", def.corrected, correctedSpecs(def.expected)],
    ] as const) {
      const base = join(FIXTURES, def.name + suffix);
      const placement = await writeWorkbook(blocks, def.options, `${base}.xlsx`);
      const expected = resolveExpected(blocks, placement, specs);
      writeFileSync(`${base}.expected.json`, JSON.stringify(expected, null, 2) + "\n");
      // The mutation harness (scripts/mutation.ts) mutates every amount and year of the corrected variants.
      if (suffix)
        writeFileSync(`${base}.cells.json`, JSON.stringify(cellMap(blocks, placement), null, 1) + "\n");
      console.log(`${def.name + suffix}: ${expected.length} förväntade fynd`);
    }
  }
  copyFileSync(join(FIXTURES, "varend-2025-per-sheet.xlsx"), join(SAMPLES, "varend-2025.xlsx"));
}

build().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
