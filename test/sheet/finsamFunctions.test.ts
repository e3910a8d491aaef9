/**
 * The FINSAM functions as an ekonom types them into a Swedish workbook, evaluated by HyperFormula
 * through a plugin over the same registry Excel calls (finsamHyperFormula.ts), under the names Excel
 * calls them by (functions.json: FINSAM.TRAPPAN.ÖVERSKOTT, FINSAM.BALANSKRAV.ÅTERSTÄLL).
 * Typed amounts use the space as thousands separator; text pasted from a PDF starts with an
 * apostrophe, as in Excel.
 */
import { ErrorType, HyperFormula, RawCellContent } from "hyperformula";
import { at, errorAt, range } from "./sheetValues";
import { finsamSheet } from "./finsamHyperFormula";

function sheet(rows: RawCellContent[][]): HyperFormula {
  return finsamSheet(rows);
}

describe("Värend 2025: the members' contributions and the municipalities' split", () => {
  const hf = sheet([
    ["Medlemsinsatser", "8 524 000"],
    ["Kommun", "Invånare 16–64", "Andel", "Andel per kommun"],
    ["Växjö", "60 920", "=FINSAM.KOMMUNANDEL(B10;B3:B7)", "=FINSAM.KOMMUNANDEL($B$10;$B$3:$B$7;1)"],
    ["Alvesta", "11 280", null, "=FINSAM.KOMMUNANDEL($B$10;$B$3:$B$7;2)"],
    ["Tingsryd", "6 514", null, "=FINSAM.KOMMUNANDEL($B$10;$B$3:$B$7;3)"],
    ["Lessebo", "4 575", null, "=FINSAM.KOMMUNANDEL($B$10;$B$3:$B$7;4)"],
    ["Uppvidinge", "5 153", null, "=FINSAM.KOMMUNANDEL($B$10;$B$3:$B$7;5)"],
    ["Summa", "=SUMMA(B3:B7)", "=SUMMA(C3:C7)", "=SUMMA(D3:D7)"],
    ["Försäkringskassan", '=FINSAM.PARTSANDEL(B1;"FK")'],
    ["Kommunerna", '=FINSAM.PARTSANDEL(B1;"KOMMUNER")'],
    ["Region Kronoberg", '=FINSAM.PARTSANDEL(B1;"Region")'],
    ["Eget kapital, högst", "=FINSAM.TRAPPAN(B1)"],
    ["Eget kapital 2025-12-31", "'2 652 129"],
    ["Över riktlinjen", "=FINSAM.TRAPPAN.ÖVERSKOTT(B1;B13)"],
  ]);

  it("spills the booked contributions down beside the keys, summing to the municipalities' quarter", () => {
    expect(range(hf, "C3", "C7")).toEqual([[1_467_861], [271_790], [156_954], [110_234], [124_161]]);
    expect(at(hf, "C8")).toBe(2_131_000);
  });

  it("gives each municipality's share by position", () => {
    expect(range(hf, "D3", "D7")).toEqual([[1_467_861], [271_790], [156_954], [110_234], [124_161]]);
    expect(at(hf, "D8")).toBe(2_131_000);
  });

  it("splits the contributions in the statutory quarters", () => {
    expect([at(hf, "B9"), at(hf, "B10"), at(hf, "B11")]).toEqual([2_131_000, 2_131_000, 2_131_000]);
  });

  it("gives the staircase ceiling and the equity above it", () => {
    expect(at(hf, "B12")).toBe(1_628_600);
    expect(at(hf, "B14")).toBe(1_023_529);
  });
});

describe("keys in a row, pasted as text", () => {
  it("spill to the right", () => {
    const hf = sheet([
      ["'60 920", "'11 280", "'6 514", "'4 575", "'5 153"],
      ['=FINSAM.KOMMUNANDEL("2 131 000 kr";A1:E1)'],
    ]);
    expect(range(hf, "A2", "E2")).toEqual([[1_467_861, 271_790, 156_954, 110_234, 124_161]]);
  });

  it("and three equal keys share 100 kr as 34, 33, 33", () => {
    const hf = sheet([[1, 1, 1], ["=FINSAM.KOMMUNANDEL(100;A1:C1)"]]);
    expect(range(hf, "A2", "C2")).toEqual([[34, 33, 33]]);
  });
});

describe("a staircase of the förbund's own", () => {
  it("replaces the default tiers with the range gräns | procentsats", () => {
    const hf = sheet([
      ["Gräns", "Procentsats"],
      [0, "=20/100"],
      ["7 000 000", "'15 %"],
      ["15 000 000", 0.1],
      ['=FINSAM.TRAPPAN("16 270 000";A2:B4)', "=FINSAM.TRAPPAN(16270000;A2:B2)"],
    ]);
    expect(at(hf, "A5")).toBe(2_727_000);
    expect(at(hf, "B5")).toBe(3_254_000);
  });
});

describe("Kalmar län: balanskravsutredning 2024 and the restore ledger 2020–2024", () => {
  const hf = sheet([
    ["År", "Balanskravsresultat", null, "Årets resultat enligt resultaträkningen", "'-1 318 124"],
    [2020, "404 416", null, "Samtliga realisationsvinster", 0],
    [2021, "1 245 879", null, "Realisationsvinster enligt undantagsmöjlighet", 0],
    [2022, "'\u2212204 794", null, "Realisationsförluster enligt undantagsmöjlighet", 0],
    [2023, "-2 514 752", null, "Orealiserade vinster och förluster i värdepapper", 0],
    [2024, "=E9", null, "Återföring av orealiserade vinster och förluster i värdepapper", 0],
    [null, null, null, "Reservering till resultatutjämningsreserv", null],
    [null, null, null, "Användning av medel från resultatutjämningsreserv", null],
    [null, null, null, "Balanskravsresultat", "=FINSAM.BALANSKRAV(E1;E2;E3;E4;E5;E6;E7;E8)"],
    ["=FINSAM.BALANSKRAV.ÅTERSTÄLL(A2:A6;B2:B6)"],
    [],
    [],
    [],
    [],
    ["Kvar att återställa 2024", "=FINSAM.BALANSKRAV.ÅTERSTÄLL(A2:A6;B2:B6;2024)"],
    ["Kvar att återställa 2023", "=FINSAM.BALANSKRAV.ÅTERSTÄLL(A2:A6;B2:B6;A5)"],
  ]);

  it("computes the balanskravsresultat from the utredning's rows", () => {
    expect(at(hf, "E9")).toBe(-1_318_124);
  });

  it("spills the ledger: år, underskott, återställt, kvar, senast år, försenat", () => {
    expect(range(hf, "A10", "F14")).toEqual([
      [2020, 0, 0, 0, "", ""],
      [2021, 0, 0, 0, "", ""],
      [2022, 204_794, 0, 204_794, 2025, "nej"],
      [2023, 2_514_752, 0, 2_514_752, 2026, "nej"],
      [2024, 1_318_124, 0, 1_318_124, 2027, "nej"],
    ]);
  });

  it("answers how much is left to restore at the end of a year", () => {
    expect(at(hf, "B15")).toBe(4_037_670);
    expect(at(hf, "B16")).toBe(2_719_546);
  });
});

describe("bad input shows Excel's error values with a Swedish message, never a wrong number", () => {
  // Formulas that would spill stand in row 8 with room below and beside them.
  const hf = sheet([
    [
      "60 920",
      "=FINSAM.KOMMUNANDEL(2131000;A1:A3;4)",
      "=FINSAM.TRAPPAN(-1)",
      '=FINSAM.BELOPP("en miljon")',
      0,
    ],
    ["11 280", "=FINSAM.TRAPPAN(1/0)", '=FINSAM.PARTSANDEL(100;"Landstinget")', null, 0],
    ["6 514"],
    ["-5"],
    [null],
    [],
    [],
    [
      "=FINSAM.KOMMUNANDEL(100;A1:A4)",
      null,
      "=FINSAM.KOMMUNANDEL(100;E1:E2)",
      null,
      "=FINSAM.KOMMUNANDEL(2131000;A1:A5)",
      null,
      "=FINSAM.BALANSKRAV.ÅTERSTÄLL(A1:A3;A1:A2)",
    ],
  ]);

  it("#N/A for a position outside the keys", () => {
    expect(errorAt(hf, "B1")).toEqual({
      type: ErrorType.NA,
      message: "Position 4 finns inte: det finns 3 nycklar.",
    });
  });

  it("#VALUE! with the reason for a negative contribution, a negative key, keys that are all zero", () => {
    expect(errorAt(hf, "C1")).toEqual({
      type: ErrorType.VALUE,
      message: "Insatserna kan inte vara negativa.",
    });
    expect(errorAt(hf, "A8")).toEqual({ type: ErrorType.VALUE, message: "Nyckel nr 4 är negativ." });
    expect(errorAt(hf, "C8")).toEqual({
      type: ErrorType.VALUE,
      message: "Alla nycklar är noll: beloppet kan inte fördelas.",
    });
  });

  it("#VALUE! for text that is no amount, an unknown part, a blank key, mismatched series", () => {
    expect(errorAt(hf, "D1")).toEqual({
      type: ErrorType.VALUE,
      message: 'text: "en miljon" är inget belopp.',
    });
    expect(errorAt(hf, "C2").type).toBe(ErrorType.VALUE);
    expect(errorAt(hf, "E8")).toEqual({
      type: ErrorType.VALUE,
      message: "nycklar: värde nr 5 är tomt. Skriv 0 om det ska vara noll.",
    });
    expect(errorAt(hf, "G8")).toEqual({
      type: ErrorType.VALUE,
      message: "Det finns 3 år men 2 resultat: de måste vara lika många.",
    });
  });

  it("passes an error in an argument on unchanged", () => {
    expect(errorAt(hf, "B2").type).toBe(ErrorType.DIV_BY_ZERO);
  });
});
