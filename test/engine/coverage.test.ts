/**
 * Coverage for a working paper: the check lists every tie that held, not only the exceptions, so a
 * revisor can file what was tied out ("Årets resultat: RR = BR ✓ 2025, 2024").
 */
import { join } from "node:path";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { readXlsx } from "../../src/cli/readXlsx";
import { FIXTURES } from "./expectedFindings";

describe("the ties that held", () => {
  it("lists each with its rule, period, cells and what it was compared with", async () => {
    const r = checkWorkbook(await readXlsx(join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx")));
    const held = r.held ?? [];
    const result = held.filter((t) => t.ruleId === "BR.ARETS_RESULTAT.RR");
    expect(result.map((t) => t.period).sort()).toEqual(["2024", "2025"]);
    const y2025 = result.find((t) => t.period === "2025");
    expect(y2025).toMatchObject({
      statement: "BR",
      label: "Årets resultat",
      basis: "årets resultat enligt resultaträkningen",
      total: "'Årsredovisning 2025'!C58",
      cells: ["'Årsredovisning 2025'!C44"],
      rounded: false,
    });
    // A total one krona off its rounded lines held only within rounding, and says so.
    expect(held.some((t) => t.rounded)).toBe(true);
    // Nothing is both a finding above info and a tie that held.
    const flagged = new Set(
      r.findings.filter((f) => f.severity !== "info").map((f) => `${f.sheet}!${f.cell}`),
    );
    expect(flagged.size).toBe(0);
  });

  it("leaves out a tie the report breaks", async () => {
    const r = checkWorkbook(await readXlsx(join(FIXTURES, "varend-2025-one-sheet.xlsx")));
    const held = r.held ?? [];
    // The published Värend report's verksamhetens resultat 2025 (C38) carries a sign error.
    expect(r.findings.some((f) => f.cell === "C38" && f.severity === "error")).toBe(true);
    expect(held.some((t) => t.total.endsWith("!C38"))).toBe(false);
    expect(held.length).toBeGreaterThan(50);
  });
});

describe("whom a statement reports on", () => {
  it("is named from its headers: a municipal report's kommun and koncern columns", async () => {
    const r = checkWorkbook(await readXlsx(join(FIXTURES, "corpus", "kramfors-2018.xlsx")));
    const rr = r.statements.find((s) => s.statement === "RR");
    expect(rr?.entities).toEqual(["kommun", "koncern"]);
  });

  it("is left empty where no header names it (a förbund's own report)", async () => {
    const r = checkWorkbook(await readXlsx(join(FIXTURES, "varend-2025-one-sheet-corrected.xlsx")));
    expect(r.statements.every((s) => (s.entities ?? []).length === 0)).toBe(true);
  });
});
