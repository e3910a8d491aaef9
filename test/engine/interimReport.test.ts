/**
 * A delårsrapport as förbund and kommuner print it (test/layouts/municipal.ts renders a whole one in
 * many layouts): the period's outcome "Utfall jan–aug 2025" beside the budget, the full-year
 * prognos and last year's bokslut. A period written in months ends with its last month, so the
 * balance sheet at 2024-12-31 ties to the bokslut, not to January–August 2024; an avvikelse
 * against the prognos is prognos − budget, not the eight months' outcome − budget.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue, SheetSnapshot } from "../../src/engine/workbook/snapshot";

const sheet = (name: string, values: CellValue[][]): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values,
});

const problems = (...sheets: SheetSnapshot[]): string[] =>
  checkWorkbook({ sheets })
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);

const rr = sheet("Resultaträkning", [
  ["Resultaträkning"],
  ["Belopp i kr", "Utfall jan–aug 2025", "Utfall jan–aug 2024", "Bokslut 2024"],
  ["Verksamhetens intäkter", 3200000, 3050000, 4600000],
  ["Verksamhetens kostnader", -2870450, -2912300, -4702380],
  ["Verksamhetens nettokostnad", 329550, 137700, -102380],
  ["Finansiella intäkter", 12340, 9870, 15210],
  ["Finansiella kostnader", -320, -410, -640],
  ["Periodens resultat", 341570, 147160, -87810],
]);

const br = (prior: number): SheetSnapshot =>
  sheet("Balansräkning", [
    ["Balansräkning"],
    ["Belopp i kr", "2025-08-31", "2024-12-31"],
    ["Kortfristiga fordringar", 286400, 312900],
    ["Kassa och bank", 2941230, 2598160],
    ["Summa tillgångar", 3227630, 2911060],
    ["Ingående eget kapital", 2270140, 2357950],
    ["Periodens resultat", 341570, prior],
    ["Summa eget kapital", 2611710, 2357950 + prior],
    ["Kortfristiga skulder", 615920, 2911060 - 2357950 - prior],
    ["Summa eget kapital och skulder", 3227630, 2911060],
  ]);

describe("an interim report's periods written in months", () => {
  it("tie the balance sheet at 2024-12-31 to last year's bokslut: nothing to report", () => {
    expect(problems(rr, br(-87810))).toEqual([]);
  });

  it("still find a result in the balance sheet that is not the bokslut's", () => {
    expect(problems(rr, br(-78810))).toContain("Balansräkning!C7 BR.ARETS_RESULTAT.RR");
  });
});

const drift = (insatserDeviation: number, header = "Avvikelse prognos–budget"): SheetSnapshot =>
  sheet("Driftredovisning", [
    ["Driftredovisning"],
    ["Belopp i kr", "Budget 2025", "Prognos 2025", header, "Utfall jan–aug 2025"],
    ["Medlemsavgifter", 4800000, 4800000, 0, 3200000],
    ["Övriga intäkter", 0, 20000, 20000, 0],
    ["Kansli och administration", -1400000, -1380000, 20000, -902300],
    ["Finansierade insatser", -3700000, -3605000, insatserDeviation, -1968150],
    ["Finansnetto", 9000, 17500, 8500, 12020],
    ["Resultat", -291000, -147500, 143500, 341570],
  ]);

describe("a driftredovisning with a prognos", () => {
  it.each(["Avvikelse prognos–budget", "Avvikelse"])(
    "reads %j as prognos − budget beside an outcome of eight months: nothing to report",
    (header) => expect(problems(drift(95000, header))).toEqual([]),
  );

  it("finds the deviation with the wrong sign", () => {
    expect(problems(drift(-95000))).toContain("Driftredovisning!D6 DRIFT.AVVIKELSE");
  });
});
