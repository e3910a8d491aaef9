/**
 * The identity rules (src/engine/check/identities/rules/identityRules.ts): one list, each entry a
 * function named after the ids it emits, with those ids declared; the words each rule compares
 * with in the Swedish table (IDENTITY_BASIS), none in the rules themselves.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import * as ts from "typescript";
import { readXlsx } from "../../src/cli/readXlsx";
import { StatementIndex } from "../../src/engine/check/identities/context";
import { footStatement } from "../../src/engine/check/identities/footing";
import { IDENTITY_RULES } from "../../src/engine/check/identities/rules/identityRules";
import { ruleContext } from "../../src/engine/check/identities/rules/ruleContext";
import type { Statement } from "../../src/engine/check/model";
import { assignPeriods, decideReportYear, yearDirection } from "../../src/engine/check/read/assignPeriods";
import { findStatements } from "../../src/engine/check/read/findStatements";
import { readGrid } from "../../src/engine/check/read/grid";
import { CATALOGUE, matchPattern } from "../../src/engine/check/rules/catalogue";
import { IDENTITY_BASIS } from "../../src/i18n/sv/check";

const FIXTURES = join(__dirname, "..", "fixtures");
const RULE_FILES = [
  "identities/crossStatement.ts",
  "identities/overview.ts",
  "identities/memberShares.ts",
  ...readdirSync(join(__dirname, "../../src/engine/check/identities/rules")).map(
    (f) => `identities/rules/${f}`,
  ),
].map((f) => join(__dirname, "../../src/engine/check", f));

/** The statements of a workbook as the engine reads them, footed (so notes know their totals). */
async function indexOf(file: string): Promise<StatementIndex> {
  const snapshot = await readXlsx(join(FIXTURES, file));
  const statements: Statement[] = snapshot.sheets.flatMap((s) => findStatements(s.name, readGrid(s)));
  const year = decideReportYear(statements);
  const direction = yearDirection(statements);
  for (const st of statements) assignPeriods(st, year, direction);
  const ix = new StatementIndex(statements);
  for (const st of statements) ix.structures.set(st, footStatement(st).structure);
  return ix;
}

const declares = (ids: readonly { id: string }[], ruleId: string): boolean =>
  ids.some((e) => e.id === ruleId || (e.id.includes("{") && matchPattern(e.id, ruleId) !== undefined));

describe("the identity rules", () => {
  it("declare catalogue lines only, each once", () => {
    const ids = IDENTITY_RULES.flatMap((r) => r.ids.map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of IDENTITY_RULES) for (const e of rule.ids) expect(CATALOGUE).toContain(e);
  });

  it("have words for every exact id they declare", () => {
    const exact = IDENTITY_RULES.flatMap((r) => r.ids.map((e) => e.id)).filter((id) => !id.includes("{"));
    expect(exact.filter((id) => !(id in IDENTITY_BASIS))).toEqual([]);
    expect(Object.keys(IDENTITY_BASIS).filter((id) => !exact.includes(id))).toEqual([]);
  });

  it.each(["varend-2025-one-sheet.xlsx", "kalmar-2024-per-sheet.xlsx", "corpus/kramfors-2018.xlsx"])(
    "emit only the ids they declare, each identity worded (%s)",
    async (file) => {
      const ctx = ruleContext(await indexOf(file));
      let n = 0;
      for (const rule of IDENTITY_RULES) {
        for (const id of rule.check(ctx)) {
          n++;
          expect(declares(rule.ids, id.ruleId) ? id.ruleId : `${id.ruleId} from ${rule.check.name}`).toBe(
            id.ruleId,
          );
          expect(id.description).not.toBe("");
        }
      }
      expect(n).toBeGreaterThan(5);
    },
  );

  it("say no Swedish themselves: their words are in src/i18n/sv", () => {
    const hits: string[] = [];
    for (const path of RULE_FILES) {
      const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node))
          if (/[åäöÅÄÖ]/.test(node.text)) hits.push(`${path}: ${node.text}`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(hits).toEqual([]);
  });
});
