/**
 * The amounts the published reports' förvaltningsberättelse quotes (test/fixtures/reports, made by
 * scripts/report-fixtures/make.ts with paragraphs cut verbatim from seeds 000 and 004), read by the
 * real readers and checked against the reports' own statements. The truth is
 * quoted-amounts.json: every quote there agrees with the statements, is within rounding, or is a
 * budget, another year or someone else's money. So the reports as made must give no text finding,
 * and the rule must read its claims only from sentences the truth holds against a statement.
 * Then amounts are retyped in the reports' text as a typist might: each must be found, alone, on
 * its page, with the sentence in the message.
 *
 * The reading runs in a child process (quotedAmountsRead.ts): pdf.js is an ES module that jest's
 * module system cannot load in-process.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Finding } from "../../src/engine/check/finding";

const ROOT = join(__dirname, "..", "..");
const REPORTS = join(ROOT, "test", "fixtures", "reports");

jest.setTimeout(180_000);

interface Quote {
  report: string;
  page: number | null;
  sentence: string;
  quoted: string;
  concept: string;
  expected: "agrees" | "rounding" | "differs" | "not-checked";
}
interface Result {
  file: string;
  findings: Array<Finding & { page?: number }>;
  claimed: Array<{ concept: string; quoted: string; sentence: string }>;
}

const truth = JSON.parse(readFileSync(join(REPORTS, "quoted-amounts.json"), "utf8")) as Quote[];
const words = (s: string): string => s.replace(/\s+/gu, " ").trim();

function read(jobs: ReadonlyArray<{ report: string; changes?: ReadonlyArray<readonly [string, string]> }>): Result[] {
  const r = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      join(__dirname, "quotedAmountsRead.ts"),
      JSON.stringify(jobs.map((j) => ({ file: join(REPORTS, j.report), changes: j.changes }))),
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 170_000, maxBuffer: 64 * 1024 * 1024 },
  );
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Result[];
}

const REPORTS_WITH_TEXT = [...new Set(truth.map((q) => q.report))].sort();

describe("the reports as made", () => {
  let results: Result[];
  beforeAll(() => {
    results = read(REPORTS_WITH_TEXT.map((report) => ({ report })));
  });

  it("give no text finding: every quote agrees, is rounding, or is not the year's figure", () => {
    const found = results.flatMap((r) => r.findings.map((f) => `${r.file}: ${f.message}`));
    expect(found).toEqual([]);
  });

  it("are read for claims only where the truth holds the sentence against the statements", () => {
    for (const r of results) {
      const report = r.file.split("/").pop() as string;
      const checked = truth.filter((q) => q.report === report && q.expected !== "not-checked");
      for (const c of r.claimed) {
        // The sentence, or a piece of it (a two-column page's line may start mid-sentence), never
        // words of two sentences run together.
        const held = checked.filter(
          (q) => words(q.sentence).includes(words(c.sentence)) && c.quoted.startsWith(q.quoted),
        );
        expect({ report, claim: c, held: held.length > 0 }).toEqual({ report, claim: c, held: true });
      }
    }
  });

  it("read the same year's figures from every layout of a seed (four of Värend's, two of Kalmar's)", () => {
    const varend = ["EGET_KAPITAL 2 652 129 kr", "EK_BORJAN 731 670 kr", "MEDLEMSINSATSER 8 524 000 kronor", "TRAPPAN 1 628 600 kr"];
    const kalmar = ["BALANSKRAVSRESULTAT 1,3 mnkr", "TRAPPAN 2 730 000 kr"];
    for (const r of results) {
      const report = r.file.split("/").pop() as string;
      const claimed = r.claimed.map((c) => `${c.concept} ${c.quoted}`).sort();
      expect({ report, claimed }).toEqual({ report, claimed: report.startsWith("varend") ? varend : kalmar });
    }
  });
});

/** Amounts retyped in the text, and what the rule must say about each. */
const PLANTED = {
  varend: {
    changes: [
      ["1 628 600", "1 682 600"],
      ["731 670 kr", "713 670 kr"],
      ["positivt eget kapital på 2 652 129", "positivt eget kapital på 2 562 129"],
    ],
    expected: [
      { ruleId: "TEXT.TRAPPAN.BELOPP", kind: "transposition", sentence: "maximalt 1 682 600 kr." },
      { ruleId: "TEXT.EK_BORJAN.BELOPP", kind: "transposition", sentence: "713 670 kr i eget kapital." },
      { ruleId: "TEXT.EGET_KAPITAL.BELOPP", kind: "transposition", sentence: "eget kapital på 2 562 129 kr." },
    ],
  },
  kalmar: {
    changes: [
      ["negativt om 1,3", "positivt om 1,3"],
      ["uppgå till 2 730 000", "uppgå till 2 370 000"],
    ],
    expected: [
      { ruleId: "TEXT.BALANSKRAVSRESULTAT.BELOPP", kind: "sign", sentence: "balanskravsresultatet är positivt om 1,3 mnkr." },
      { ruleId: "TEXT.TRAPPAN.BELOPP", kind: "mismatch", sentence: "uppgå till 2 370 000 kr" },
    ],
  },
} as const;

describe("amounts retyped in the text are found on their page, with their sentence", () => {
  const cases = ["varend-2025-one-sheet", "kalmar-2024-per-sheet", "varend-2025-one-sheet-corrected", "kalmar-2024-per-sheet-corrected"]
    .flatMap((name) => [`${name}.pdf`, `${name}.docx`]);
  let results: Result[];
  beforeAll(() => {
    results = read(
      cases.map((report) => ({ report, changes: PLANTED[report.startsWith("varend") ? "varend" : "kalmar"].changes })),
    );
  });

  it.each(cases)("%s", (report) => {
    const { expected } = PLANTED[report.startsWith("varend") ? "varend" : "kalmar"];
    const { findings } = results.find((r) => r.file.endsWith(`/${report}`)) as Result;
    expect(findings.map((f) => [f.ruleId, f.kind]).sort()).toEqual(expected.map((e) => [e.ruleId, e.kind]).sort());
    for (const e of expected) {
      const f = findings.find((x) => x.ruleId === e.ruleId) as Finding & { page?: number };
      expect(f.severity).toBe(e.ruleId === "TEXT.TRAPPAN.BELOPP" ? "warning" : "error");
      expect(f.message).toContain(e.sentence);
      // The page the truth gives for the sentence (a PDF); Word as LibreOffice saves it names none.
      const page = truth.find((q) => q.report === report && f.message.includes(words(q.sentence).slice(0, 40)))?.page;
      if (report.endsWith(".pdf")) expect(f.page).toBe(page ?? 1);
      else expect(f.page).toBeUndefined();
    }
  });
});
