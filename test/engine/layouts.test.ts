/**
 * The engine on layouts and wordings that are not in the seed reports: a delårsrapport in tkr with
 * "Utfall" headers, a kassaflödesanalys with investing flows and sign hints in its labels, a
 * balance sheet with nested sums, notes without a note column. The sheets read as an ekonom would
 * have typed them; a clean sheet must give no error or warning, and one slip must be found where it is.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { Finding } from "../../src/engine/check/finding";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";

type Row = CellValue[];

function sheet(name: string, rows: Row[]): WorkbookSnapshot["sheets"][number] {
  return { name, origin: { row: 0, col: 0 }, values: rows };
}

const problems = (findings: readonly Finding[]): string[] =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.sheet}!${f.cell} ${f.kind} ${f.message}`);

/** Samordningsförbundet Exempel, delårsrapport 2025-08-31, in tkr. */
function delarsrapport(): Record<string, Row[]> {
  return {
    "RR delår": [
      ["Resultaträkning (tkr)"],
      [null, "Not", "Utfall 2025-01-01--2025-08-31", "Utfall 2024-01-01--2024-08-31", "Bokslut 2024"],
      ["Verksamhetens intäkter", 1, 5_120, 4_980, 7_470],
      ["Verksamhetens kostnader", 2, -4_310, -5_020, -7_902],
      ["Verksamhetens nettokostnad", null, 810, -40, -432],
      ["Finansiella intäkter", null, 21, 18, 27],
      ["Finansiella kostnader", null, -1, 0, -2],
      ["Resultat efter finansiella poster", null, 830, -22, -407],
      ["Periodens resultat", null, 830, -22, -407],
    ],
    "BR delår": [
      ["Balansräkning, tkr"],
      [null, "Not", "2025-08-31", "2024-12-31"],
      ["TILLGÅNGAR"],
      ["Omsättningstillgångar"],
      ["Kortfristiga fordringar"],
      ["Kundfordringar", null, 12, 40],
      ["Momsfordran", null, 233, 310],
      ["Summa kortfristiga fordringar", null, 245, 350],
      ["Kassa och bank", null, 3_480, 2_390],
      ["Summa omsättningstillgångar", null, 3_725, 2_740],
      ["SUMMA TILLGÅNGAR", null, 3_725, 2_740],
      ["EGET KAPITAL OCH SKULDER"],
      ["Eget kapital"],
      ["Ingående eget kapital", null, 1_910, 2_317],
      ["Periodens resultat", null, 830, -407],
      ["Summa eget kapital", null, 2_740, 1_910],
      ["Kortfristiga skulder", null, 985, 830],
      ["SUMMA EGET KAPITAL OCH SKULDER", null, 3_725, 2_740],
    ],
  };
}

function snapshotOf(sheets: Record<string, Row[]>): WorkbookSnapshot {
  return { sheets: Object.entries(sheets).map(([name, rows]) => sheet(name, rows)) };
}

describe("a delårsrapport in tkr with Utfall and Bokslut columns", () => {
  it("ties out without errors or warnings", () => {
    const result = checkWorkbook(snapshotOf(delarsrapport()));
    expect(problems(result.findings)).toEqual([]);
    expect(result.reportYear).toBe(2025);
    expect(result.statements.map((s) => s.statement).sort()).toEqual(["BR", "RR"]);
  });

  it("finds a sign slip in a nested sum at its cell", () => {
    const s = delarsrapport();
    s["BR delår"][5][2] = -12; // Kundfordringar typed negative
    const found = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(found.map((f) => `${f.sheet}!${f.cell}:${f.kind}`)).toEqual(["BR delår!C6:sign"]);
  });

  it("finds a period result left out of the equity total", () => {
    const s = delarsrapport();
    s["BR delår"][15][2] = 1_910; // Summa eget kapital = ingående only
    s["BR delår"][17][2] = 2_895; // and the grand total follows it
    const found = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(found[0]).toMatchObject({ sheet: "BR delår", cell: "C16", kind: "omission" });
  });
});

/** A kassaflödesanalys with investing flows and sign hints, beside its balance sheet. */
function withCashFlow(): Record<string, Row[]> {
  return {
    Resultat: [
      ["RESULTATRÄKNING", null, null],
      ["Belopp i kronor", "Utfall 2025", "Utfall 2024"],
      ["Verksamhetens intäkter", "8 000 000", "7 500 000"],
      ["Verksamhetens kostnader", "−7 600 000", "−7 700 000"],
      ["Avskrivningar", "−50 000", "−50 000"],
      ["Verksamhetens resultat", "350 000", "−250 000"],
      ["Finansiella intäkter", "10 000", "5 000"],
      ["Årets resultat", "360 000", "−245 000"],
    ],
    Balans: [
      ["BALANSRÄKNING"],
      ["Belopp i kronor", "2025-12-31", "2024-12-31"],
      ["Anläggningstillgångar"],
      ["Inventarier", "150 000", "100 000"],
      ["Summa anläggningstillgångar", "150 000", "100 000"],
      ["Omsättningstillgångar"],
      ["Kortfristiga fordringar", "300 000", "400 000"],
      ["Kassa och bank", "2 410 000", "1 900 000"],
      ["Summa omsättningstillgångar", "2 710 000", "2 300 000"],
      ["Summa tillgångar", "2 860 000", "2 400 000"],
      ["Eget kapital, avsättningar och skulder"],
      ["Eget kapital vid årets början", "1 500 000", "1 745 000"],
      ["Årets resultat", "360 000", "−245 000"],
      ["Eget kapital vid årets slut", "1 860 000", "1 500 000"],
      ["Kortfristiga skulder", "1 000 000", "900 000"],
      ["Summa eget kapital, avsättningar och skulder", "2 860 000", "2 400 000"],
    ],
    Kassaflöde: [
      ["KASSAFLÖDESANALYS"],
      ["Belopp i kronor", "2025", "2024"],
      ["Den löpande verksamheten"],
      ["Årets resultat", "360 000", "−245 000"],
      ["Justering för avskrivningar", "50 000", "50 000"],
      ["Medel från verksamheten före förändring av rörelsekapital", "410 000", "−195 000"],
      ["Ökning (−)/minskning (+) kortfristiga fordringar", "100 000", "–"],
      ["Ökning (+)/minskning (−) kortfristiga skulder", "100 000", "–"],
      ["Kassaflöde från den löpande verksamheten", "610 000", "−195 000"],
      ["Investeringsverksamheten"],
      ["Investering i inventarier", "−100 000", "–"],
      ["Kassaflöde från investeringsverksamheten", "−100 000", "–"],
      ["Årets kassaflöde", "510 000", "−195 000"],
      ["Likvida medel vid årets början", "1 900 000", "2 095 000"],
      ["Likvida medel vid årets slut", "2 410 000", "1 900 000"],
    ],
  };
}

describe("a kassaflödesanalys with investing flows and sign hints, amounts pasted as text", () => {
  it("ties out against the balance sheet without errors or warnings", () => {
    const result = checkWorkbook(snapshotOf(withCashFlow()));
    expect(problems(result.findings)).toEqual([]);
  });

  it("blames the change in receivables when its sign is wrong", () => {
    const s = withCashFlow();
    s["Kassaflöde"][6][1] = "−100 000";
    const errors = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(errors[0]).toMatchObject({ sheet: "Kassaflöde", cell: "B7", kind: "sign" });
    expect(errors).toHaveLength(1);
  });

  it("says which year a header got wrong", () => {
    const s = withCashFlow();
    s["Kassaflöde"][1][2] = "2023";
    const errors = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.sheet}!${f.cell}:${f.kind}`)).toEqual(["Kassaflöde!C2:year"]);
  });
});

/** An annual report written differently: notes named in labels, "varav" lines, soliditet as plain numbers, budget first. */
function otherWording(): Record<string, Row[]> {
  return {
    "3 Resultat": [
      ["Resultaträkning", null, null],
      ["(kr)", "2025", "2024"],
      ["Verksamhetens intäkter (not 1)", 6_000_000, 6_000_000],
      ["Verksamhetens kostnader (not 2)", -5_400_000, -6_300_000],
      ["Verksamhetens nettokostnader", 600_000, -300_000],
      ["Finansnetto", 12_000, 9_000],
      ["Årets resultat", 612_000, -291_000],
    ],
    "4 Balans": [
      ["Balansräkning", null, null],
      ["(kr)", "2025-12-31", "2024-12-31"],
      ["Kortfristiga fordringar", 250_000, 180_000],
      ["Kassa och bank", 2_100_000, 1_400_000],
      ["Summa tillgångar", 2_350_000, 1_580_000],
      ["Eget kapital", 1_512_000, 900_000],
      ["varav årets resultat", 612_000, -291_000],
      ["Kortfristiga skulder", 838_000, 680_000],
      ["Summa eget kapital och skulder", 2_350_000, 1_580_000],
    ],
    Noter: [
      ["Not 1 Verksamhetens intäkter", "2025", "2024"],
      ["Statlig insats", 3_000_000, 3_000_000],
      ["Region", 1_500_000, 1_500_000],
      ["Kommuner", 1_500_000, 1_500_000],
      ["Summa", 6_000_000, 6_000_000],
      [],
      ["Not 2 Verksamhetens kostnader", "2025", "2024"],
      ["Insatser", 4_600_000, 5_500_000],
      ["Administration", 800_000, 800_000],
      ["Summa", 5_400_000, 6_300_000],
    ],
    Nyckeltal: [
      ["Fem år i sammandrag"],
      [null, 2025, 2024, 2023, 2022, 2021],
      ["Intäkter", 6_012_000, 6_009_000, 5_500_000, 5_400_000, 5_300_000],
      ["Kostnader", 5_400_000, 6_300_000, 5_300_000, 5_000_000, 5_450_000],
      ["Årets resultat", 612_000, -291_000, 200_000, 400_000, -150_000],
      ["Soliditet (%)", 64, 57, 60, 55, 50],
    ],
    Budgetuppföljning: [
      ["Budgetuppföljning 2025"],
      [null, "Budget 2025", "Utfall 2025", "Avvikelse"],
      ["Intäkter", 6_000_000, 6_012_000, 12_000],
      ["Kostnader", -6_000_000, -5_400_000, 600_000],
      ["Resultat", 0, 612_000, 612_000],
    ],
  };
}

describe("an annual report with other wordings", () => {
  it("reads notes named in labels, varav lines, plain-number soliditet and a budget-first follow-up", () => {
    const result = checkWorkbook(snapshotOf(otherWording()));
    expect(problems(result.findings)).toEqual([]);
    expect(result.statements.map((s) => s.statement).sort()).toEqual([
      "BR",
      "DRIFT",
      "FEMAR",
      "NOT",
      "NOT",
      "RR",
    ]);
  });

  it("says a note's items no longer add up, without guessing which item is wrong", () => {
    const s = otherWording();
    s.Noter[8][1] = 880_000; // Administration 2025 mistyped; Summa still agrees with the RR
    const errors = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      sheet: "Noter",
      cell: "B10",
      kind: "mismatch",
      expected: 5_480_000,
      actual: 5_400_000,
    });
    expect(errors[0].related).toEqual(expect.arrayContaining(["Noter!B8", "Noter!B9"]));
    expect(errors[0].message).toContain("Någon av posterna");
  });

  it("blames the item when the prior year tells which one was mistyped into the other column", () => {
    const s = otherWording();
    s.Noter[7][1] = 5_500_000; // Insatser 2025 holds the 2024 amount
    s.Noter[7][2] = 4_600_000; // and 2024 the 2025 amount
    const errors = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.cell}:${f.kind}`).sort()).toEqual(["B8:period-swap", "C8:period-swap"]);
  });

  it("finds a deviation with the wrong sign in the budget follow-up", () => {
    const s = otherWording();
    s.Budgetuppföljning[3][3] = -600_000;
    const errors = checkWorkbook(snapshotOf(s)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.sheet}!${f.cell}:${f.kind}`)).toEqual(["Budgetuppföljning!D4:sign"]);
  });
});

describe("a resultaträkning that shows costs as positive amounts", () => {
  const rr = (costs2025: number): WorkbookSnapshot =>
    snapshotOf({
      Resultaträkning: [
        ["Resultaträkning", "2025", "2024"],
        ["Verksamhetens intäkter", 5_000_000, 4_800_000],
        ["Verksamhetens kostnader", costs2025, 4_900_000],
        ["Verksamhetens resultat", 500_000, -100_000],
        ["Finansiella intäkter", 3_000, 2_000],
        ["Finansiella kostnader", 1_000, 500],
        ["Årets resultat", 502_000, -98_500],
      ],
    });

  it("subtracts them when every cost line is positive", () => {
    expect(problems(checkWorkbook(rr(4_500_000)).findings)).toEqual([]);
  });

  it("still finds a cost line that does not fit", () => {
    const errors = checkWorkbook(rr(4_050_000)).findings.filter((f) => f.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
  });
});

describe("the members' contributions follow the partsfördelning", () => {
  const note = (vaxjo2025: number, region2024 = 1_065_500): WorkbookSnapshot =>
    snapshotOf({
      Noter: [
        ["Not 1 Verksamhetens intäkter", "2025", "2024"],
        ["Insats från Försäkringskassan", 2_131_000, 1_065_500],
        ["Insats från Arbetsförmedlingen", 2_131_000, 1_065_500],
        ["Insats från Region Kronoberg", 2_131_000, region2024],
        ["Insats från Växjö kommun", vaxjo2025, 728_561],
        ["Insats från Alvesta kommun", 271_790, 137_579],
        ["Insats från Tingsryds kommun", 156_954, 79_732],
        ["Insats från Lessebo kommun", 110_234, 55_784],
        ["Insats från Uppvidinge kommun", 124_161, 63_844],
        ["Summa", 8_524_000, 4_262_000 - 1_065_500 + region2024],
      ],
    });

  it("blames the municipality whose amount breaks both the sum and the split", () => {
    const errors = checkWorkbook(note(1_476_861)).findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => `${f.cell}:${f.kind}`)).toEqual(["B5:transposition"]);
  });

  it("accepts a split the members agreed otherwise, when it is so in every year", () => {
    const result = checkWorkbook(
      snapshotOf({
        Noter: [
          ["Not 1 Verksamhetens intäkter", "2025", "2024"],
          ["Insats från Försäkringskassan", 2_000_000, 2_000_000],
          ["Insats från Arbetsförmedlingen", 2_000_000, 2_000_000],
          ["Insats från Region Kalmar län", 1_500_000, 1_500_000],
          ["Insats från Kalmar kommun", 2_500_000, 2_500_000],
          ["Summa", 8_000_000, 8_000_000],
        ],
      }),
    );
    expect(problems(result.findings)).toEqual([]);
  });
});

describe("a driftredovisning per insats with costs shown positive", () => {
  const drift = (costA: number): WorkbookSnapshot =>
    snapshotOf({
      Driftredovisning: [
        ["Driftredovisning 2025"],
        ["Belopp i kr", "Budget 2025", "Utfall 2025", "Avvikelse"],
        ["Insats Samverkansteam", 3_000_000, costA, 3_000_000 - costA],
        ["Insats Gruppverksamhet", 1_300_000, 1_321_948, -21_948],
        ["Administrationskostnader", 1_600_000, 1_591_826, 8_174],
        ["Summa kostnader", 5_900_000, costA + 2_913_774, 5_900_000 - costA - 2_913_774],
        ["Medlemsavgifter", 8_524_000, 8_524_000, 0],
        ["Resultat", 2_624_000, 8_524_000 - costA - 2_913_774, 8_524_000 - costA - 2_913_774 - 2_624_000],
      ],
    });

  it("subtracts the costs, reads deviations of costs as budget minus outcome, and finds nothing to report", () => {
    expect(problems(checkWorkbook(drift(3_024_814)).findings)).toEqual([]);
  });

  it("finds a deviation that was not recomputed after the outcome changed", () => {
    const s = drift(3_024_814);
    const sheetRows = s.sheets[0].values as CellValue[][];
    sheetRows[2][2] = 3_042_814; // outcome mistyped, deviation and totals still from the right figure
    const errors = checkWorkbook(s).findings.filter((f) => f.severity === "error");
    expect(errors[0]).toMatchObject({ cell: "C3", kind: "transposition" });
  });
});

describe("a resultaträkning with its income and costs specified in the statement itself", () => {
  const rr = (other2025: number): WorkbookSnapshot =>
    snapshotOf({
      RR: [
        ["Resultaträkning", "Not", "2025", "2024"],
        ["Medlemsavgifter", null, 8_524_000, 8_524_000],
        ["Övriga intäkter", null, other2025, 57_858],
        ["Summa verksamhetens intäkter", 1, 8_525_399, 8_581_858],
        ["Köp av insatser", null, -4_669_114, -4_100_000],
        ["Övriga kostnader", null, -1_979_976, -1_868_280],
        ["Summa verksamhetens kostnader", 2, -6_649_090, -5_968_280],
        ["Verksamhetens resultat", null, 1_876_309, 2_613_578],
        ["Finansiella intäkter", null, 46_771, 63_297],
        ["Årets resultat", null, 1_923_080, 2_676_875],
      ],
    });

  it("foots the subtotals and the result lines", () => {
    expect(problems(checkWorkbook(rr(1_399)).findings)).toEqual([]);
  });

  it("finds an income line that breaks its subtotal", () => {
    const errors = checkWorkbook(rr(1_939)).findings.filter((f) => f.severity === "error");
    expect(errors[0]).toMatchObject({ cell: "C3", kind: "transposition" });
  });
});

describe("kortfristiga placeringar counted as cash, or not", () => {
  const workbook = (closingCash: string): WorkbookSnapshot => {
    const s = withCashFlow();
    // 500 000 placed short term both years, the bank balance 500 000 lower.
    s.Balans.splice(
      7,
      1,
      ["Kortfristiga placeringar", "500 000", "500 000"],
      ["Kassa och bank", "1 910 000", "1 400 000"],
    );
    s.Kassaflöde[13][1] = closingCash === "with" ? "1 900 000" : "1 400 000";
    s.Kassaflöde[13][2] = closingCash === "with" ? "2 095 000" : "1 595 000";
    s.Kassaflöde[14][1] = closingCash === "with" ? "2 410 000" : "1 910 000";
    s.Kassaflöde[14][2] = closingCash === "with" ? "1 900 000" : "1 400 000";
    return snapshotOf(s);
  };

  it.each(["with", "without"])("ties out when the cash flow counts them %s", (how) => {
    expect(problems(checkWorkbook(workbook(how)).findings)).toEqual([]);
  });
});

describe("a workbook that also keeps last year's resultaträkning", () => {
  it("ties this year's statements to each other, not to last year's", () => {
    const s = withCashFlow();
    const older: Record<string, Row[]> = {
      "Resultat 2024": [
        ["RESULTATRÄKNING 2024"],
        ["Belopp i kronor", "Utfall 2024", "Utfall 2023"],
        ["Verksamhetens intäkter", "7 500 000", "7 400 000"],
        ["Verksamhetens kostnader", "−7 700 000", "−7 000 000"],
        ["Avskrivningar", "−50 000", "−50 000"],
        ["Verksamhetens resultat", "−250 000", "350 000"],
        ["Finansiella intäkter", "5 000", "4 000"],
        ["Årets resultat", "−245 000", "354 000"],
      ],
    };
    const result = checkWorkbook(snapshotOf({ ...older, ...s }));
    const crossErrors = result.findings.filter((f) => f.severity !== "info");
    expect(crossErrors.map((f) => `${f.sheet}!${f.cell} ${f.message}`)).toEqual([]);
    expect(result.reportYear).toBe(2025);
  });
});
