/**
 * Issue 9's hostile workbooks, checked end to end by the command line's main() in a child process:
 * each ends well within 20 s, the whole run within 700 MB, with exit 0, 1 or 2 and a Swedish
 * message of ours. Bombs whose zip directory lies (3.8 and 7.6 MB unpacking to gigabytes), 40 sparse
 * sheets, a used range to XFD1048576, A0, cells without `r=`, 1e400, unclosed tags, 20 000 merged
 * ranges, a 5 000-row statement, 60 000 zip entries, 18 MB of sheet XML for ExcelJS (strict OOXML).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hostileWorkbooks } from "../fixtures/hostile/makeHostile";
import { notOurs } from "./ourText";

interface FileRun {
  readonly file: string;
  readonly code: number;
  readonly ms: number;
  readonly out: string;
  readonly err: string;
}

const PER_FILE_MS = 20_000;
const MAX_RSS_MB = 700;

/** What each file must give: exit code and words of its message (stderr for 2, the report otherwise). */
const EXPECTED: Record<string, { code: number; says: RegExp }> = {
  "bomb-3_8mb.xlsx": { code: 2, says: /för stor för granskning: uppackad blir den större än 20 MB/ },
  "bomb-7_6mb.xlsx": { code: 2, says: /för stor för granskning: uppackad blir den större än 20 MB/ },
  "bomb-shared-strings.xlsx": { code: 2, says: /för stor för granskning/ },
  "bomb-styles.xlsx": { code: 2, says: /för stor för granskning: uppackad blir den större än 64 MB/ },
  "sparse-40-sheets.xlsx": {
    code: 2,
    says: /sammanlagt 80\s000\s000 celler \(högst 1\s000\s000\).*”Blad1” \(A1:B1000000\)/,
  },
  "corner-xfd1048576.xlsx": { code: 2, says: /”Blad1” \(A1:XFD1048576\)/ },
  "address-a0.xlsx": {
    code: 2,
    says: /skadad \(bladet ”Blad1” har en cell med adressen A0, som ligger utanför kalkylbladet\)/,
  },
  "address-xfe1.xlsx": { code: 2, says: /adressen XFE1, som ligger utanför kalkylbladet/ },
  "address-row-0.xlsx": { code: 2, says: /en rad med nummer 0, som ligger utanför kalkylbladet/ },
  "cells-without-r.xlsx": { code: 0, says: /1 rapport igenkänd/ },
  "number-1e400.xlsx": { code: 2, says: /cellen A1 på bladet ”Blad1” har ett tal som inte går att läsa/ },
  "number-nan.xlsx": { code: 2, says: /cellen A1 på bladet ”Blad1” har ett tal som inte går att läsa/ },
  "unclosed-cells.xlsx": { code: 2, says: /tom/ },
  "unclosed-shared-strings.xlsx": { code: 2, says: /Ingen finansiell rapport/ },
  "unclosed-text.xlsx": { code: 2, says: /Ingen finansiell rapport/ },
  "many-merges.xlsx": { code: 2, says: /Ingen finansiell rapport/ },
  "long-statement-5000-rows.xlsx": { code: 1, says: /rapporter igenkända/ },
  "many-entries.xlsx": { code: 0, says: /1 rapport igenkänd/ },
  "exceljs-fallback-18mb.xlsx": {
    code: 2,
    says: /uppackad blir den större än 12 MB, gränsen för en granskning/,
  },
  "exceljs-fallback-small.xlsx": { code: 0, says: /1 rapport igenkänd/ },
  "truncated-zip.xlsx": { code: 2, says: /skadad \(zip-katalogen saknas eller pekar utanför filen\)/ },
};

describe("hostile workbooks", () => {
  const dir = mkdtempSync(join(tmpdir(), "finsam-hostile-"));
  const files = hostileWorkbooks();
  const paths = Object.keys(files).map((name) => {
    writeFileSync(join(dir, name), files[name]);
    return join(dir, name);
  });
  let runs: FileRun[] = [];
  let maxRssMb = Infinity;

  beforeAll(
    () => {
      const child = spawnSync(
        process.execPath,
        [require.resolve("tsx/cli"), join(__dirname, "runFiles.ts"), ...paths],
        { encoding: "utf8", timeout: PER_FILE_MS * 3, maxBuffer: 64 * 1024 * 1024 },
      );
      const lines = child.stdout
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l) as FileRun & { maxRssMb?: number });
      runs = lines.filter((l) => l.file !== undefined);
      maxRssMb = lines.find((l) => l.maxRssMb !== undefined)?.maxRssMb ?? Infinity;
    },
    PER_FILE_MS * 3 + 5_000,
  );

  it("covers every hostile kind", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(files).sort());
    expect(runs.map((r) => r.file)).toEqual(paths);
  });

  it(`checks them all within ${MAX_RSS_MB} MB`, () => {
    expect(maxRssMb).toBeLessThan(MAX_RSS_MB);
  });

  it.each(Object.keys(EXPECTED))("%s: exit code, a Swedish message of ours, in time", (name) => {
    const run = runs.find((r) => r.file.endsWith(`/${name}`));
    expect(run).toBeDefined();
    const { code, says } = EXPECTED[name];
    const message = code === 2 ? run!.err : run!.out;
    expect({ code: run!.code, message }).toEqual({ code, message: expect.stringMatching(says) });
    expect(notOurs(run!.err + run!.out)).toEqual([]);
    expect(run!.ms).toBeLessThan(PER_FILE_MS);
  });
});
