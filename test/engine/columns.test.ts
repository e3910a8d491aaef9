/**
 * The column model: each value column gets what its header says (whom it reports on, which year),
 * however the columns are ordered, and ties are built per body: koncern to koncern.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CellValue, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";

type Rows = CellValue[][];
const snapshot = (sheets: Record<string, Rows>): WorkbookSnapshot => ({
  sheets: Object.entries(sheets).map(([name, values]) => ({ name, origin: { row: 0, col: 0 }, values })),
});
const problems = (s: WorkbookSnapshot): string[] =>
  checkWorkbook(s)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.sheet}!${f.cell} ${f.kind}`);

/** A municipal RR with KOMMUNEN | KONCERNEN above the years (Nynäshamn 2021, tkr). */
const rr = (years: [CellValue, CellValue, CellValue, CellValue]): Rows => [
  ["Resultaträkning"],
  ["TKR", null, "KOMMUN", null, "KONCERN", null],
  [null, "NOT", ...years],
  ["Verksamhetens intäkter", "2", 408_653, 444_112, 587_780, 619_255],
  ["Verksamhetens kostnader", "3", -1_930_976, -1_867_968, -2_051_062, -1_980_371],
  ["Avskrivningar", "5", -87_453, -75_659, -126_273, -114_701],
  ["Verksamhetens nettokostnader", null, -1_609_776, -1_499_515, -1_589_555, -1_475_817],
  ["Skatteintäkter", "6", 1_336_927, 1_263_926, 1_336_927, 1_263_926],
  ["Generella statsbidrag och utjämning", "7", 382_928, 343_654, 382_928, 343_654],
  ["Verksamhetens resultat", null, 110_079, 108_065, 130_300, 131_763],
  ["Årets resultat", null, 110_079, 108_065, 130_300, 131_763],
];

describe("columns read by what their headers say", () => {
  it("reads the koncern's repeated years as the same years, not older ones", () => {
    expect(problems(snapshot({ RR: rr(["2021", "2020", "2021", "2020"]) }))).toEqual([]);
  });

  it("places years by the header, also oldest first, and names a wrong year at its header", () => {
    const s = rr(["2020", "2021", "2020", "2021"]);
    // Oldest first, every column swapped: still clean.
    const swapped = s.map((row, i) => (i < 3 ? row : [row[0], row[1], row[3], row[2], row[5], row[4]]));
    expect(problems(snapshot({ RR: swapped }))).toEqual([]);
    swapped[2] = [null, "NOT", "2019", "2021", "2020", "2021"];
    expect(problems(snapshot({ RR: swapped }))).toEqual(["RR!C3 year"]);
  });

  it("ties a koncern's statements on their own sheet to each other, not to the kommun's", () => {
    const br = (k: number): Rows => [
      ["Kassa och bank", 50_000 * k, 45_000 * k],
      ["Summa tillgångar", 50_000 * k, 45_000 * k],
      ["Eget kapital vid årets början", 30_000 * k, 28_000 * k],
      ["Årets resultat", 5_000 * k, 2_000 * k],
      ["Eget kapital vid årets slut", 35_000 * k, 30_000 * k],
      ["Kortfristiga skulder", 15_000 * k, 15_000 * k],
      ["Summa eget kapital och skulder", 50_000 * k, 45_000 * k],
    ];
    const result = (k: number): Rows => [
      ["Verksamhetens intäkter", 100_000 * k, 90_000 * k],
      ["Verksamhetens kostnader", -95_000 * k, -88_000 * k],
      ["Årets resultat", 5_000 * k, 2_000 * k],
    ];
    const head: Rows = [["tkr", "2025", "2024"]];
    const s = snapshot({
      Koncernen: [
        ["Resultaträkning koncernen"],
        ...head,
        ...result(2),
        [],
        ["Balansräkning koncernen"],
        ...head,
        ...br(2),
      ],
      RR: [["Resultaträkning"], ...head, ...result(1)],
      BR: [["Balansräkning"], ...head, ...br(1)],
    });
    expect(problems(s)).toEqual([]);
  });

  it("takes 'Bokslut 2025 | Bokslut 2024' as a year-end report's two years", () => {
    const s = snapshot({
      BR: [
        ["Balansräkning", "Bokslut 2025", "Bokslut 2024"],
        ["Kassa och bank", 3_849, 1_920],
        ["Kortfristiga fordringar", 1_064, 538],
        ["Summa tillgångar", 4_913, 2_458],
      ],
    });
    expect(problems(s)).toEqual([]);
    expect(checkWorkbook(s).statements[0].periods).toEqual(["2025", "2024"]);
  });
});

describe("a delårsrapport's full-year column", () => {
  const rr = (bokslut: string): Rows => [
    ["Resultaträkning (tkr)"],
    [null, "Not", "Utfall 2025-01-01--2025-08-31", "Utfall 2024-01-01--2024-08-31", bokslut],
    ["Verksamhetens intäkter", 1, 5_120, 4_980, 7_470],
    ["Verksamhetens kostnader", 2, -4_310, -5_020, -7_902],
    ["Verksamhetens nettokostnad", null, 810, -40, -432],
    ["Periodens resultat", null, 810, -40, -432],
  ];

  it("names last year's bokslut; a bokslut of the report year cannot exist in August", () => {
    expect(problems(snapshot({ RR: rr("Bokslut 2024") }))).toEqual([]);
    expect(problems(snapshot({ RR: rr("Bokslut 2025") }))).toEqual(["RR!E2 year"]);
  });
});
