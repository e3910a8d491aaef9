/** The coverage a working paper shows: statements recognised and ties held, grouped like the findings. */
import type { CheckResult, HeldTie } from "../../src/engine/check/finding";
import { pane } from "../../src/i18n/sv/pane";
import { coverageOf } from "../../src/taskpane/model/coverage";

const tie = (over: Partial<HeldTie>): HeldTie => ({
  ruleId: "RR.ARETS_RESULTAT.SUM",
  statement: "RR",
  period: "2025",
  label: "Årets resultat",
  basis: "summan av raderna",
  total: "Resultaträkning!C11",
  cells: ["Resultaträkning!C9", "Resultaträkning!C10"],
  rounded: false,
  ...over,
});

const result: CheckResult = {
  findings: [],
  statements: [
    {
      statement: "BALANSKRAV",
      sheet: "Balanskrav",
      range: "A1:B9",
      title: "Balanskravsresultat",
      periods: ["2025"],
    },
    {
      statement: "DRIFT",
      sheet: "Driftredovisning",
      range: "A1:E9",
      title: "2. DRIFTREDOVISNING",
      periods: ["2025", "2025", "2025"],
    },
    {
      statement: "RR",
      sheet: "Resultaträkning",
      range: "A1:D11",
      title: "Resultaträkning",
      periods: ["2025", "2024"],
    },
  ],
  held: [
    tie({ statement: "BALANSKRAV", label: "= Balanskravsresultat", total: "Balanskrav!B9", period: "2025" }),
    tie({ period: "2024", total: "Resultaträkning!D11" }),
    tie({ period: "2025" }),
    tie({
      basis: "årets resultat enligt resultaträkningen",
      statement: "BR",
      label: "Årets resultat",
      rounded: true,
    }),
  ],
};

describe("what a check covered", () => {
  it("lists the statements recognised in report order, each period once", () => {
    const { statements } = coverageOf(result);
    expect(statements.map((s) => [s.statement, s.sheet, s.range, s.periods])).toEqual([
      ["RR", "Resultaträkning", "A1:D11", ["2025", "2024"]],
      ["DRIFT", "Driftredovisning", "A1:E9", ["2025"]],
      ["BALANSKRAV", "Balanskrav", "A1:B9", ["2025"]],
    ]);
  });

  it("groups the ties that held by statement and line, the periods together, latest first", () => {
    const { groups, held } = coverageOf(result);
    expect(held).toBe(4);
    expect(groups.map((g) => g.statement)).toEqual(["RR", "BR", "BALANSKRAV"]);
    expect(groups[0].ties).toEqual([
      { label: "Årets resultat", basis: "summan av raderna", periods: ["2025", "2024"], rounded: false },
    ]);
    expect(groups[2].ties[0].label).toBe("Balanskravsresultat");
    const t = groups[0].ties[0];
    expect(pane.coverageTie(t.label, t.basis, t.periods, t.rounded)).toBe(
      "Årets resultat: summan av raderna \u2713 2025, 2024",
    );
    const r = groups[1].ties[0];
    expect(pane.coverageTie(r.label, r.basis, r.periods, r.rounded)).toBe(
      "Årets resultat: årets resultat enligt resultaträkningen \u2713 2025 (inom avrundning)",
    );
  });

  it("says nothing held when the engine reports no ties (an older engine or nothing to tie)", () => {
    expect(coverageOf({ ...result, held: undefined })).toMatchObject({ groups: [], held: 0 });
  });
});

describe("a recognised statement in the coverage list", () => {
  it("says whom its columns report on, with its periods", () => {
    expect(
      pane.coverageStatement(
        "Resultaträkning",
        "Resultaträkning!A1:G17",
        ["2018", "2017"],
        ["kommun", "koncern"],
      ),
    ).toBe("Resultaträkning: Resultaträkning!A1:G17 (kommunen och koncernen; 2018, 2017)");
    expect(pane.coverageStatement("Balansräkning", "BR!A1:D20", ["2025", "2024"])).toBe(
      "Balansräkning: BR!A1:D20 (2025, 2024)",
    );
  });
});

describe("one figure carried into several statements", () => {
  it("is one chain: 'Årets resultat: RR = BR = KF = …' with the periods every link held for", async () => {
    const { readXlsx } = await import("../../src/cli/readXlsx");
    const { checkWorkbook } = await import("../../src/engine/check/checkWorkbook");
    const { join } = await import("node:path");
    const r = checkWorkbook(
      await readXlsx(join(__dirname, "..", "fixtures", "varend-2025-one-sheet-corrected.xlsx")),
    );
    const c = coverageOf(r);
    const text = c.chains.map((ch) =>
      pane.coverageChain(ch.label, ch.statements, ch.periods, ch.partial, ch.rounded),
    );
    expect(text[0]).toBe(
      "Årets resultat: RR = BR = KF = drift = översikt = balanskrav \u2713 2025 (BR 2025, 2024; KF 2025, 2024; översikt 2025, 2024)",
    );
    // A chained tie is not listed again under its statement.
    const brLines = c.groups.find((g) => g.statement === "BR")?.ties.map((t) => t.basis) ?? [];
    expect(brLines).not.toContain("årets resultat enligt resultaträkningen");
    // Every tie is counted once, in a chain or a group.
    const inChains = (r.held ?? []).filter(
      (t) => t.cells.length === 1 && /\.(RR|BR|KF)$/.test(t.ruleId),
    ).length;
    expect(inChains).toBeGreaterThan(0);
    expect(c.held).toBe(r.held?.length);
  });
});
