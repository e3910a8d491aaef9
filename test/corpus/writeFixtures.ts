/**
 * Writes the corpus cases as workbooks, laid out as ../shared/corpus/build.js lays them out:
 *   npx tsx test/corpus/writeFixtures.ts
 * → test/fixtures/corpus/<case>.xlsx (committed; corpus.test.ts reads one back through readXlsx).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { CORPUS_CASES } from "./cases";
import { renderCase, writeCaseXlsx } from "./render";

export const CORPUS_FIXTURES = join(__dirname, "..", "fixtures", "corpus");

async function main(): Promise<void> {
  mkdirSync(CORPUS_FIXTURES, { recursive: true });
  for (const c of CORPUS_CASES) {
    const file = join(CORPUS_FIXTURES, `${c.name}.xlsx`);
    await writeCaseXlsx(renderCase(c), file);
    console.log(`wrote ${file}`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
