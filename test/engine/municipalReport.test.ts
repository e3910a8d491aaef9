/**
 * A kommun's report read as the law lays it out (LKBR; test/layouts/municipal.ts renders the whole
 * of it in many layouts): the driftredovisning per nämnd adds its nämnder, the finansförvaltning,
 * skatteintäkter and finansnetto up to årets resultat; it is the kommun's, so it ties to the
 * kommun's resultaträkning and not to the koncern's column beside it; and two kassaflöde lines
 * citing the loans' note ("Nyupptagna lån", "Amortering") each tie to their own row of it.
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

const rr = (): SheetSnapshot =>
  sheet("Resultaträkning", [
    ["Resultaträkning"],
    ["Belopp i tkr", "Not", "Kommunen", null, "Koncernen", null],
    [null, null, "2025", "2024", "2025", "2024"],
    ["Verksamhetens intäkter", null, 268350, 256120, 398600, 381200],
    ["Verksamhetens kostnader", null, -1486190, -1429520, -1560300, -1497800],
    ["Avskrivningar", null, -43980, -42300, -71200, -68400],
    ["Jämförelsestörande poster", null, 6200, 0, 6200, 0],
    ["Verksamhetens nettokostnader", null, -1255620, -1215700, -1226700, -1185000],
    ["Skatteintäkter", null, 1012400, 968300, 1012400, 968300],
    ["Generella statsbidrag och utjämning", null, 285600, 271900, 285600, 271900],
    ["Verksamhetens resultat", null, 42380, 24500, 71300, 55200],
    ["Finansiella intäkter", null, 6800, 5900, 3100, 2700],
    ["Finansiella kostnader", null, -7950, -6400, -19800, -17600],
    ["Resultat efter finansiella poster", null, 41230, 24000, 54600, 40300],
    ["Skatt på årets resultat", null, null, null, -2900, -2100],
    ["Årets resultat", null, 41230, 24000, 51700, 38200],
  ]);

const drift = (result: number): SheetSnapshot =>
  sheet("Driftredovisning", [
    ["Driftredovisning per nämnd"],
    ["Belopp i tkr", "Budget 2025", "Utfall 2025", "Avvikelse", "Utfall 2024"],
    ["Kommunstyrelsen", -85000, -83420, 1580, -81200],
    ["Barn- och utbildningsnämnden", -610000, -616300, -6300, -592400],
    ["Socialnämnden", -495000, -490250, 4750, -471100],
    ["Tekniska nämnden", -62000, -61130, 870, -60050],
    ["Summa nämnder", -1252000, -1251100, 900, -1204750],
    ["Finansförvaltning", -3000, -4520, -1520, -10950],
    ["Verksamhetens nettokostnader", -1255000, -1255620, -620, -1215700],
    ["Skatteintäkter och generella statsbidrag", 1294000, 1298000, 4000, 1240200],
    ["Finansnetto", -4000, -1150, 2850, -500],
    ["Årets resultat", 35000, result, result - 35000, 24000],
  ]);

describe("a kommun's driftredovisning per nämnd", () => {
  it("reads verksamhetens nettokostnader as the nämnder and the finansförvaltning together: nothing to report", () => {
    expect(problems(drift(41230))).toEqual([]);
  });

  it("ties to the kommun's resultaträkning, not the koncern's column beside it", () => {
    expect(problems(rr(), drift(41230))).toEqual([]);
  });

  it("still finds a result that neither adds up nor agrees with the resultaträkning", () => {
    const found = problems(rr(), drift(41320));
    expect(found.some((p) => p.startsWith("Driftredovisning!C12 "))).toBe(true);
  });
});

const kf = (amortering: number): SheetSnapshot =>
  sheet("Kassaflödesanalys", [
    ["Kassaflödesanalys"],
    ["Belopp i tkr", "Not", "2025", "2024"],
    ["Finansieringsverksamheten"],
    ["Nyupptagna lån", "16", 41500, 20000],
    ["Amortering av skulder", "16", amortering, -10250],
    ["Kassaflöde från finansieringsverksamheten", null, 41500 + amortering, 9750],
  ]);

const loansNote = (): SheetSnapshot =>
  sheet("Noter", [
    ["Noter"],
    ["Belopp i tkr", "2025", "2024"],
    ["Not 16 Långfristiga skulder"],
    ["Ingående skuld", 309750, 300000],
    ["Nyupptagna lån", 41500, 20000],
    ["Amorteringar", -15250, -10250],
    ["Utgående skuld", 336000, 309750],
  ]);

describe("kassaflöde lines citing one roll-forward note", () => {
  it("tie each to the note's row of their own flow: nothing to report", () => {
    expect(problems(kf(-15250), loansNote())).toEqual([]);
  });

  it("an amortering that is not the note's is found at that line", () => {
    const found = problems(kf(-16250), loansNote());
    expect(found).toContain("Kassaflödesanalys!C5 NOT.KF.HANVISNING");
    expect(found.some((p) => p.startsWith("Kassaflödesanalys!C4 NOT.KF"))).toBe(false);
  });
});

describe("the kommun's and the koncern's statements printed apart, under the same years", () => {
  const part = (title: string, rows: CellValue[][]): CellValue[][] => [
    [title],
    ["Belopp i tkr", "2025", "2024"],
    ...rows,
    [null],
  ];
  const kommun = [
    ["Verksamhetens intäkter", 268350, 256120],
    ["Verksamhetens kostnader", -1486190, -1429520],
    ["Avskrivningar", -43980, -42300],
    ["Jämförelsestörande poster", 6200, 0],
    ["Verksamhetens nettokostnader", -1255620, -1215700],
    ["Skatteintäkter", 1012400, 968300],
    ["Generella statsbidrag och utjämning", 285600, 271900],
    ["Verksamhetens resultat", 42380, 24500],
    ["Finansiella intäkter", 6800, 5900],
    ["Finansiella kostnader", -7950, -6400],
    ["Årets resultat", 41230, 24000],
  ];
  const koncern = (first: CellValue[][], second: CellValue[][]) => [
    ...part("Resultaträkning – koncernen", first),
    // The next page: its title again without the body, then the header.
    ...part("Resultaträkning (forts.)", second),
  ];
  const koncernRows: CellValue[][] = [
    ["Verksamhetens intäkter", 398600, 381200],
    ["Verksamhetens kostnader", -1560300, -1497800],
    ["Avskrivningar", -71200, -68400],
    ["Jämförelsestörande poster", 6200, 0],
    ["Verksamhetens nettokostnader", -1226700, -1185000],
    ["Skatteintäkter", 1012400, 968300],
    ["Generella statsbidrag och utjämning", 285600, 271900],
    ["Verksamhetens resultat", 71300, 55200],
    ["Finansiella intäkter", 3100, 2700],
    ["Finansiella kostnader", -19800, -17600],
    ["Skatt på årets resultat", -2900, -2100],
    ["Årets resultat", 51700, 38200],
  ];

  it.each([
    [
      "the kommun first",
      () => [
        ...part("Resultaträkning – kommunen", kommun),
        ...koncern(koncernRows.slice(0, 7), koncernRows.slice(7)),
      ],
    ],
    [
      "the koncern first",
      () => [
        ...koncern(koncernRows.slice(0, 7), koncernRows.slice(7)),
        ...part("Resultaträkning – kommunen", kommun),
      ],
    ],
  ])("reads two statements, each adding up on its own: %s", (_name, values) => {
    expect(problems(sheet("Resultaträkning", values()))).toEqual([]);
  });
});

describe("a kommun's five-year overview", () => {
  const overview = (finansnetto2022: number): SheetSnapshot =>
    sheet("Översikt", [
      ["Fem år i sammandrag"],
      ["Belopp i tkr", "2025", "2024", "2023", "2022", "2021"],
      ["Antal invånare 31 december", 24512, 24380, 24210, 24105, 23990],
      ["Skattesats, kr", 22.14, 22.14, 21.89, 21.89, 21.89],
      ["Verksamhetens nettokostnader", -1255620, -1215700, -1168300, -1110400, -1062900],
      ["Skatteintäkter och generella statsbidrag", 1298000, 1240200, 1191600, 1138900, 1082300],
      ["Finansnetto", -1150, -500, 2100, finansnetto2022, 900],
      ["Årets resultat", 41230, 24000, 25400, 30300, 20300],
      ["Nettoinvesteringar", 77280, 75300, 68900, 71200, 59800],
    ]);

  it("adds the net cost, the taxes and grants and the financial net up to the result: nothing to report", () => {
    expect(problems(overview(1800))).toEqual([]);
  });

  it("finds the year that does not add up", () => {
    expect(problems(overview(8100)).some((p) => p.includes("FEMAR.ARETS_RESULTAT.SUM"))).toBe(true);
  });
});
