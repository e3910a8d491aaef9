/**
 * The rule catalogue (src/engine/check/rules/catalogue.ts) against what the engine really emits.
 * Rule ids are published (users filter and acknowledge on them), so every id a finding carries must
 * have its line in the catalogue, and every line must have its Swedish description and its words in
 * the message table. A failure here names the id to add.
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { readXlsx } from "../../src/cli/readXlsx";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import {
  CATALOGUE,
  RULES,
  catalogueEntryFor,
  matchPattern,
  ruleIdFor,
} from "../../src/engine/check/rules/catalogue";
import { MESSAGES } from "../../src/i18n/sv/check";
import { applyEdits, mutantsOf } from "../../scripts/mutation";

const FIXTURES = join(__dirname, "..", "fixtures");

function workbooksUnder(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return workbooksUnder(path);
      return name.endsWith(".xlsx") ? [path] : [];
    })
    .sort();
}

const WORKBOOKS = workbooksUnder(FIXTURES);

/** Every rule id of the findings, with one place it came from. */
function collect(into: Map<string, string>, source: string, ruleIds: readonly string[]): void {
  for (const id of ruleIds) if (!into.has(id)) into.set(id, source);
}

function unresolved(ids: ReadonlyMap<string, string>): string[] {
  return [...ids]
    .filter(([id]) => catalogueEntryFor(id) === undefined)
    .map(([id, source]) => `${id} (${source})`);
}

describe("every rule id the engine emits is in the catalogue", () => {
  it("finds the workbooks under test/fixtures", () => {
    expect(WORKBOOKS.length).toBeGreaterThanOrEqual(10);
  });

  it("on every fixture workbook as it is", async () => {
    const ids = new Map<string, string>();
    for (const path of WORKBOOKS) {
      const { findings } = checkWorkbook(await readXlsx(path));
      collect(
        ids,
        relative(FIXTURES, path),
        findings.map((f) => f.ruleId),
      );
    }
    expect(ids.size).toBeGreaterThan(5);
    expect(unresolved(ids)).toEqual([]);
  });

  // A sign flip breaks every identity its cell takes part in; a shifted header year, the year rules.
  it("on sign and year mutants of the fixtures (every identity a changed cell breaks)", async () => {
    const ids = new Map<string, string>();
    const mapped = readdirSync(FIXTURES)
      .filter((f) => f.endsWith(".cells.json"))
      .map((f) => f.replace(/\.cells\.json$/, ""));
    for (const name of mapped) {
      const wb = await readXlsx(join(FIXTURES, `${name}.xlsx`));
      const map = JSON.parse(readFileSync(join(FIXTURES, `${name}.cells.json`), "utf8")) as Parameters<
        typeof mutantsOf
      >[2];
      const mutants = mutantsOf(name, wb, map, 3).filter((m) => m.type === "sign" || m.type === "year");
      for (const m of mutants) {
        const { findings } = checkWorkbook(applyEdits(wb, m.edits));
        collect(
          ids,
          `${name}: ${m.description}`,
          findings.map((f) => f.ruleId),
        );
      }
    }
    expect(ids.size).toBeGreaterThan(20);
    expect(unresolved(ids)).toEqual([]);
  }, 120_000);
});

describe("the catalogue", () => {
  it.each(CATALOGUE.map((e) => [e.id, e] as const))(
    "%s has a Swedish description and its words in the message table",
    (_id, entry) => {
      expect(entry.description.length).toBeGreaterThan(20);
      expect(entry.description).toMatch(/[åäöÅÄÖ]|\b(är|och|en|ett|som)\b/);
      expect(Object.keys(MESSAGES)).toContain(entry.message);
    },
  );

  it("gives every rule its own id", () => {
    const ids = CATALOGUE.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    ["RR.ARETS_RESULTAT.SUM", "footing"],
    ["BALANSKRAV.RESULTAT.SUM", "footing"],
    ["NOT.SUMMA.SUM", "footing"],
    ["KF.DELSUMMA.SUM", "footing"],
    ["NOT.SPECIFIKATION.SUM", "breakdown"],
    ["BR.EK_SLUT.SAKNAS", "missingTotal"],
    ["NOT.RR.HANVISNING", "noteReference"],
    ["NOT.PARTSFORDELNING", "memberShares"],
    ["FEMAR.ARETS_RESULTAT.SUM", "overviewResult"],
    ["FEMAR.INTAKTER.RR", "overviewIncomeRR"],
    ["KF.FORDRINGAR.BR", "receivablesChange"],
    ["DRIFT.RUBRIK.AR", "headerYear"],
    ["DRIFT.ENHET", "unitCaption"],
    ["NOT.TECKEN.AVVIKANDE", "unusualSign"],
    ["FEMAR.SOLIDITET.PROCENT", "solidityNotPercent"],
  ] as const)("resolves %s to %s", (id, key) => {
    expect(catalogueEntryFor(id)).toBe(RULES[key]);
  });

  it.each([
    "RR.NO_SUCH_CONCEPT.SUM", // not in the vocabulary
    "RR.INTAKTER.SUMMA", // no such rule
    "NOT.NOT.HANVISNING", // a note does not cite a note
    "XX.RUBRIK.AR", // no such statement
    "RR.ARETS_RESULTAT", // a concept is no rule
  ])("does not resolve %s", (id) => {
    expect(catalogueEntryFor(id)).toBeUndefined();
  });

  it("checks a concept against its own statement's vocabulary", () => {
    expect(matchPattern(RULES.footing.id, "RR.KASSA.SUM")).toBeUndefined();
    expect(matchPattern(RULES.footing.id, "BR.KASSA.SUM")).toEqual({ statement: "BR", concept: "KASSA" });
  });

  it("builds concrete ids from patterns, as published", () => {
    expect(ruleIdFor(RULES.headerYear, { statement: "RR" })).toBe("RR.RUBRIK.AR");
    expect(ruleIdFor(RULES.missingTotal, { statement: "KF", concept: "LOPANDE" })).toBe("KF.LOPANDE.SAKNAS");
    expect(ruleIdFor(RULES.balance)).toBe("BR.BALANSERAR");
    expect(() => ruleIdFor(RULES.footing, { statement: "RR" })).toThrow(/concept/);
  });
});
