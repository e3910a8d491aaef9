/**
 * Ways of laying out a report that real reports use and the first fixtures did not: a title naming
 * whom the statement reports on ("Femårsöversikt – förbundet"), negatives shown in parentheses by
 * the number format ("(0,1)"). Each read as the same report; test/layouts renders them at scale.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { matchStatementTitle } from "../../src/engine/check/labels/matchLabel";
import { normaliseLabel } from "../../src/engine/check/labels/normaliseLabel";
import { findStatements } from "../../src/engine/check/read/findStatements";
import { readGrid } from "../../src/engine/check/read/grid";
import type { CellValue, SheetSnapshot } from "../../src/engine/workbook/snapshot";

const sheet = (
  name: string,
  values: CellValue[][],
  text?: string[][],
  numberFormat?: string[][],
): SheetSnapshot => ({
  name,
  origin: { row: 0, col: 0 },
  values,
  ...(text ? { text } : {}),
  ...(numberFormat ? { numberFormat } : {}),
});

describe("a title that names whom the statement reports on", () => {
  it.each([
    ["Femårsöversikt – förbundet", "FEMAR"],
    ["Femårsöversikt, kommunen och koncernen", "FEMAR"],
    ["Fem år i sammandrag – kommunen", "FEMAR"],
    ["Resultaträkning – kommunen", "RR"],
    ["Driftredovisning, förbundet", "DRIFT"],
    ["Balanskravsutredning – kommunen", "BALANSKRAV"],
    ["Investeringsredovisning", "DRIFT"],
    ["Investeringsredovisning – kommunen", "DRIFT"],
  ])("%j is still the statement's title", (title, kind) => {
    expect(matchStatementTitle(normaliseLabel(title))).toBe(kind);
  });

  it.each(["Kommunen", "Koncernen", "Förbundet och kommunen"])("%j alone names no statement", (title) => {
    expect(matchStatementTitle(normaliseLabel(title))).toBeUndefined();
  });

  it("starts the overview after the notes on one sheet, so its rows are not read as a note's", () => {
    const s = sheet("Årsredovisning", [
      ["Noter", null, null],
      ["Belopp i kr", "2025", "2024"],
      ["Not 6 Upplupna kostnader", null, null],
      ["Upplupna semesterlöner", 84230, 79180],
      ["Revision och bokslut", 45000, 42000],
      ["Summa", 129230, 121180],
      [null, null, null],
      ["Femårsöversikt – förbundet", null, null],
      ["Belopp i kr", "2025", "2024"],
      ["Totala intäkter", 6279730, 6065110],
      ["Totala kostnader", -6414020, -5732920],
      ["Årets resultat", -134290, 332190],
      ["Eget kapital", 1653500, 1787790],
      ["Summa tillgångar", 2463850, 2613730],
    ]);
    const kinds = findStatements(s.name, readGrid(s)).map((st) => st.kind);
    expect(kinds).toEqual(["NOT", "FEMAR"]);
    const problems = checkWorkbook({ sheets: [s] }).findings.filter((f) => f.severity !== "info");
    expect(problems).toEqual([]);
  });
});

describe("a negative shown in parentheses by its number format", () => {
  it("keeps the decimals it shows: (0,1) is rounded to tenths, as 0,1 is", () => {
    const s = sheet(
      "BR",
      [[-0.1, 0.1, -1234.5]],
      [["(0,1)", "0,1", "(1 234,5)"]],
      [["0.0;(0.0)", "0.0;(0.0)", "# ##0.0;(# ##0.0)"]],
    );
    expect(readGrid(s)[0].cells.map((c) => c.decimals)).toEqual([1, 1, 1]);
  });

  it("so a total in mnkr is held to tenths, and a difference of 0,3 on two lines is an error", () => {
    const fmt = "0.0;(0.0)";
    const s = sheet(
      "RR",
      [
        ["Belopp i mnkr", "2025"],
        ["Verksamhetens intäkter", 6.2],
        ["Verksamhetens kostnader", -6.4],
        ["Verksamhetens nettokostnad", -0.5],
      ],
      [
        ["Belopp i mnkr", "2025"],
        ["Verksamhetens intäkter", "6,2"],
        ["Verksamhetens kostnader", "(6,4)"],
        ["Verksamhetens nettokostnad", "(0,5)"],
      ],
      [
        ["General", "General"],
        ["General", fmt],
        ["General", fmt],
        ["General", fmt],
      ],
    );
    const errors = checkWorkbook({ sheets: [s] }).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toContain("B4");
  });
});

describe("a total printed without 'Summa', in bold alone", () => {
  const balance = (currentAssets: number): SheetSnapshot =>
    sheet("Balansräkning", [
      ["Balansräkning"],
      ["Belopp i mnkr", "Not", "2025", "2024"],
      ["Tillgångar"],
      ["Omsättningstillgångar"],
      ["Kortfristiga fordringar", null, 0.5, 1.1],
      ["Kassa och bank", "13", 1.9, 3.8],
      ["Omsättningstillgångar", null, currentAssets, 4.9],
      ["Summa tillgångar", null, 2.4, 4.9],
      ["Eget kapital, avsättningar och skulder"],
      ["Ingående eget kapital", null, 2.7, 0.8],
      ["Årets resultat", null, -2.0, 1.9],
      ["Eget kapital", null, 0.7, 2.7],
      ["Kortfristiga skulder"],
      ["Leverantörsskulder", null, 1.7, 2.2],
      ["Summa eget kapital och skulder", null, 2.4, 4.9],
    ]);
  const notes = sheet("Noter", [
    ["Noter"],
    ["Belopp i mnkr", "2025", "2024"],
    ["Not 13 Kassa och bank"],
    ["Bankmedel", 1.9, 3.8],
    ["Kassa och bank", 1.9, 3.8],
  ]);
  const problems = (...sheets: SheetSnapshot[]) =>
    checkWorkbook({ sheets })
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.sheet}!${f.cell} ${f.ruleId}`);

  it("closes the section its heading names, the equity under its opening balance and result, the note its subject names", () => {
    expect(problems(balance(2.4), notes)).toEqual([]);
  });

  it("still finds a section total that does not add up", () => {
    expect(problems(balance(3.4), notes)).toContain("Balansräkning!C7 BR.OMS.SUM");
  });
});

describe("the balance sheet's grand totals printed without 'Summa'", () => {
  // LKBR 6 kap.: summa tillgångar closes the assets, summa eget kapital, avsättningar och skulder the
  // claims; printed in bold alone they read "Tillgångar" and "Eget kapital, avsättningar och skulder".
  const rows = (assets: number, claims: number, pageBreak = false): CellValue[][] => [
    ["Balansräkning"],
    ["Kr", "Not", "2025-12-31", "2024-12-31"],
    ["TILLGÅNGAR"],
    ["Omsättningstillgångar"],
    ["Kortfristiga fordringar", "3", 1063673, 537519],
    ["Kassa och bank", "5", 3848705, 1919856],
    ["Omsättningstillgångar", null, 4912378, 2457375],
    ...(pageBreak ? [[], ["Kr", "Not", "2025-12-31", "2024-12-31"]] : []),
    ["Tillgångar", null, assets, 2457375],
    ["Eget kapital, avsättningar och skulder"],
    ["Eget kapital"],
    ["Ingående eget kapital", null, 731670, 2318905],
    ["Årets resultat", null, 1920460, -1587235],
    ["Utgående eget kapital", null, 2652130, 731670],
    ["Kortfristiga skulder", "6", 2260248, 1725705],
    ["Eget kapital, avsättningar och skulder", null, claims, 2457375],
    ["Ansvarsförbindelser", null, "Inga", "Inga"],
  ];
  const problems = (values: CellValue[][]) =>
    checkWorkbook({ sheets: [sheet("Balansräkning", values)] })
      .findings.filter((f) => f.severity !== "info")
      .map((f) => `${f.cell} ${f.ruleId}`);

  it("reads each as its side's total, where the law puts the summa", () => {
    expect(problems(rows(4912378, 4912378))).toEqual([]);
    const [st] = findStatements("Balansräkning", readGrid(sheet("Balansräkning", rows(4912378, 4912378))));
    const totals = st.lines.filter((l) => l.role === "total").map((l) => `${l.label} ${l.concept ?? ""}`);
    expect(totals).toContain("Tillgångar BR.SUMMA_TILLGANGAR");
    expect(totals).toContain("Eget kapital, avsättningar och skulder BR.SUMMA_EKAS");
  });

  it("also where a page break repeats the header before the assets' total", () => {
    expect(problems(rows(4912378, 4912378, true))).toEqual([]);
    const [st] = findStatements("Balansräkning", readGrid(sheet("Balansräkning", rows(4912378, 4912378, true))));
    const assets = st.lines.find((l) => l.label === "Tillgångar");
    expect([assets?.role, assets?.concept]).toEqual(["total", "BR.SUMMA_TILLGANGAR"]);
  });

  it("still finds a grand total that does not add up, at its own cell", () => {
    const found = problems(rows(4921378, 4912378));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.startsWith("C8 "))).toBe(true);
  });
});
