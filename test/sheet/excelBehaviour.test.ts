/**
 * Issue 11: the FINSAM functions as Excel really runs them, in a Swedish sheet evaluated by
 * HyperFormula under the names of functions.json. Each sheet is built twice: with blank cells
 * passed as desktop Excel passes them (0) and as Excel on the web does (null); both must give the
 * same figures.
 */
import { ErrorType, HyperFormula, RawCellContent } from "hyperformula";
import { at, errorAt, range } from "./sheetValues";
import { BlankMode, finsamSheet } from "./finsamHyperFormula";

const MODES: readonly BlankMode[] = ["zero", "null"];

/** The same rows built in both blank modes. */
const both = (rows: RawCellContent[][]) =>
  MODES.map((blanks) => [blanks, finsamSheet(rows, { blanks })] as const);

describe("names: Excel calls a function by its name in functions.json, not its id", () => {
  it("evaluates FINSAM.TRAPPAN.ÖVERSKOTT and FINSAM.BALANSKRAV.ÅTERSTÄLL, and answers the ASCII ids with #NAME?", () => {
    const hf = finsamSheet([
      ["=FINSAM.TRAPPAN.ÖVERSKOTT(8524000;2652129)", "=FINSAM.TRAPPAN.OVERSKOTT(8524000;2652129)"],
      [2024, -100, "=FINSAM.BALANSKRAV.ÅTERSTÄLL(A2;B2;2024)", "=FINSAM.BALANSKRAV.ATERSTALL(A2;B2;2024)"],
    ]);
    expect(at(hf, "A1")).toBe(1_023_529);
    expect(errorAt(hf, "B1").type).toBe(ErrorType.NAME);
    expect(at(hf, "C2")).toBe(100);
    expect(errorAt(hf, "D2").type).toBe(ErrorType.NAME);
  });
});

describe.each(MODES)("blank cells passed as %s", (blanks) => {
  it("a tier range drawn larger than its table gives Kalmar's 2 727 000", () => {
    const hf = finsamSheet(
      [
        [0, "20 %"],
        [7_000_000, 15],
        [15_000_000, 0.1],
        [null, null],
        [null, null],
        ["=FINSAM.TRAPPAN(16270000;A1:B5)", "=FINSAM.TRAPPAN.ÖVERSKOTT(16270000;20779;A1:B5)"],
      ],
      { blanks },
    );
    expect([at(hf, "A6"), at(hf, "B6")]).toEqual([2_727_000, -2_706_221]);
  });

  it("a blank position gives all the shares, spilled beside the keys", () => {
    const hf = finsamSheet(
      [
        [2_131_000, 60_920, "=FINSAM.KOMMUNANDEL(A1;B1:B5;D1)", null],
        [null, 11_280],
        [null, 6_514],
        [null, 4_575],
        [null, 5_153],
      ],
      { blanks },
    );
    expect(range(hf, "C1", "C5")).toEqual([[1_467_861], [271_790], [156_954], [110_234], [124_161]]);
  });

  it("a blank year at the end of the series leaves an empty row; per_år and synnerliga_skäl left blank give the table", () => {
    const hf = finsamSheet(
      [
        ["År", "Balanskravsresultat"],
        [2022, -204_794],
        [2023, -2_514_752],
        [2024, -1_318_124],
        [null, null],
        ["=FINSAM.BALANSKRAV.ÅTERSTÄLL(A2:A5;B2:B5;H1;H2)"],
      ],
      { blanks },
    );
    expect(range(hf, "A6", "F9")).toEqual([
      [2022, 204_794, 0, 204_794, 2025, "nej"],
      [2023, 2_514_752, 0, 2_514_752, 2026, "nej"],
      [2024, 1_318_124, 0, 1_318_124, 2027, "nej"],
      ["", "", "", "", "", ""],
    ]);
  });

  it("a blank cell for trappsteg, enhet or procent means the default, not an error", () => {
    const hf = finsamSheet(
      [
        [null, null, null],
        ["=FINSAM.TRAPPAN(8524000;A1)", '=FINSAM.AVRUNDA("1 920 460";B1)', "=FINSAM.AVVIKELSE(5;4;C1)"],
      ],
      { blanks },
    );
    expect(range(hf, "A2", "C2")).toEqual([[1_628_600, 1_920, 1]]);
  });

  it("blank amounts in a row of years count as 0, as Excel's own arithmetic does", () => {
    const hf = finsamSheet(
      [[8_524_000, null, "16 270 000"], ["=FINSAM.TRAPPAN(A1:C1)"], ["=FINSAM.AVRUNDA(A1:C1)"]],
      { blanks },
    );
    expect(range(hf, "A2", "C2")).toEqual([[1_628_600, 0, 2_727_000]]);
    expect(range(hf, "A3", "C3")).toEqual([[8_524, 0, 16_270]]);
  });
});

describe("every error is #VALUE! or #N/A with a Swedish message (the two Excel shows a message for)", () => {
  const ROWS: RawCellContent[][] = [
    ["60 920", 0, 7_000_000, "20 %", 2021, "Landstinget"],
    ["11 280", 0, 15_000_000, "15 %", 2021, null],
    ["6 514", null, null, null, null, null],
    ["-5", null, null, null, null, null],
  ];
  const CASES: readonly [string, ErrorType, string][] = [
    ["=FINSAM.TRAPPAN(-1)", ErrorType.VALUE, "Insatserna kan inte vara negativa."],
    ["=FINSAM.TRAPPAN(8524000;C1:D2)", ErrorType.VALUE, "Trappsteg rad 1: gränsen måste vara 0."],
    ["=FINSAM.TRAPPAN(8524000;A1:A2)", ErrorType.VALUE, "trappsteg: ange ett område med två kolumner"],
    ["=FINSAM.KOMMUNANDEL(100;A1:A4)", ErrorType.VALUE, "Nyckel nr 4 är negativ."],
    ["=FINSAM.KOMMUNANDEL(100;B1:B2)", ErrorType.VALUE, "Alla nycklar är noll: beloppet kan inte fördelas."],
    ["=FINSAM.KOMMUNANDEL(2131000;A1:A3;4)", ErrorType.NA, "Position 4 finns inte: det finns 3 nycklar."],
    ['=FINSAM.BELOPP("en miljon")', ErrorType.VALUE, 'text: "en miljon" är inget belopp.'],
    ["=FINSAM.PARTSANDEL(100;F1)", ErrorType.VALUE, 'Okänd part "Landstinget"'],
    ["=FINSAM.BALANSKRAV.ÅTERSTÄLL(E1:E2;A1:A2)", ErrorType.VALUE, "Året 2021 står två gånger."],
    ["=FINSAM.BALANSKRAV.ÅTERSTÄLL(A1:A3;A1:A2)", ErrorType.VALUE, "Det finns 3 år men 2 resultat"],
    ["=FINSAM.BALANSKRAV.ÅTERSTÄLL(E1;A1;2030)", ErrorType.NA, "Året 2030 ligger utanför serien 2021–2021."],
    ["=FINSAM.SOLIDITET(5;0)", ErrorType.VALUE, "Summa tillgångar är 0: soliditeten kan inte beräknas."],
    ["=FINSAM.AVVIKELSE(5;0;SANT())", ErrorType.VALUE, "Budgeten är 0: avvikelsen kan inte anges i procent."],
    ['=FINSAM.AVRUNDA(A1:A2;"hundra")', ErrorType.VALUE, 'enhet: "hundra" är inget belopp.'],
    ["=FINSAM.AVRUNDA(A1:A2;-1000)", ErrorType.VALUE, "enhet: ange ett belopp större än 0"],
    ["=FINSAM.MEDLEMSINSATSER(8524000;B1:B2)", ErrorType.VALUE, "Alla nycklar är noll"],
    ['=FINSAM.BELOPP("' + "9".repeat(400) + '")', ErrorType.VALUE, "Resultatet är för stort för Excel."],
  ];

  it.each(MODES)("with blanks as %s", (blanks) => {
    const formulas = CASES.map(([formula]) => [formula]);
    const hf = finsamSheet([...ROWS, ...formulas.flatMap((f) => [f, [], [], [], [], []])], { blanks });
    CASES.forEach(([formula, type, message], i) => {
      const error = errorAt(hf, `A${ROWS.length + 1 + i * 6}`);
      expect({ formula, type: error.type, message: error.message }).toEqual({
        formula,
        type,
        message: expect.stringContaining(message),
      });
      expect(error.message).not.toMatch(/NaN|Infinity|undefined|object Object/);
    });
  });
});

describe("what the seed reports compute by hand", () => {
  it.each(MODES)("Värend 2025's Not 1 from the total and the keys (blanks as %s)", (blanks) => {
    const hf = finsamSheet(
      [
        ["Medlemsinsatser", 8_524_000, "=FINSAM.MEDLEMSINSATSER(B1;B3:B7)"],
        ["Kommun", "Invånare 16–64"],
        ["Växjö", "60 920"],
        ["Alvesta", "11 280"],
        ["Tingsryd", "6 514"],
        ["Lessebo", "4 575"],
        ["Uppvidinge", "5 153"],
        [null, null, null],
        ["Summa", null, "=SUMMA(C1:C8)"],
      ],
      { blanks },
    );
    expect(range(hf, "C1", "C8")).toEqual([
      [2_131_000],
      [2_131_000],
      [2_131_000],
      [1_467_861],
      [271_790],
      [156_954],
      [110_234],
      [124_161],
    ]);
    expect(at(hf, "C9")).toBe(8_524_000);
  });

  it("Kalmar's driftredovisning: the deviations in a column, the right sign where the report prints +100 130", () => {
    const hf = finsamSheet([
      [
        "Nettokostnad",
        -17_607_130,
        -17_507_000,
        "=FINSAM.AVVIKELSE(B1:B3;C1:C3)",
        "=FINSAM.AVVIKELSE(B1:B3;C1:C3;SANT())",
      ],
      ["Medlemsavgift", "16 189 674", "16 270 000"],
      ["Resultat", "−1 318 124", "−1 237 000"],
    ]);
    expect(range(hf, "D1", "D3")).toEqual([[-100_130], [-80_326], [-81_124]]);
    const shares = range(hf, "E1", "E3").map(([v]) => Number((v as number).toFixed(4)));
    expect(shares).toEqual([-0.0057, -0.0049, -0.0656]);
  });

  it("a five-year overview's soliditet row, with an error only in the year that has no assets", () => {
    const hf = finsamSheet([
      ["Eget kapital", 2_652_130, 731_670, 5],
      ["Summa tillgångar", 4_912_378, 2_457_375, 0],
      ["Soliditet", "=FINSAM.SOLIDITET(B1:D1;B2:D2)"],
    ]);
    expect((range(hf, "B3", "C3")[0] as number[]).map((v) => Number(v.toFixed(2)))).toEqual([0.54, 0.3]);
    expect(errorAt(hf, "D3")).toEqual({
      type: ErrorType.VALUE,
      message: "Summa tillgångar är 0: soliditeten kan inte beräknas.",
    });
  });

  it("the trappa over Värend's and Kalmar's years side by side, and ÅTERSTÄLL over dates and headings newest first", () => {
    const hf = finsamSheet([
      [8_524_000, 16_270_000],
      [2_652_129, 20_779],
      ["=FINSAM.TRAPPAN.ÖVERSKOTT(A1:B1;A2:B2)"],
      ["Utfall 2024", "−1 318 124"],
      [45291, -2_514_752],
      ["2022-12-31", -204_794],
      ["=FINSAM.BALANSKRAV.ÅTERSTÄLL(A4:A6;B4:B6)"],
    ]);
    expect(range(hf, "A3", "B3")).toEqual([[1_023_529, -2_706_221]]);
    expect(range(hf, "A7", "F9")).toEqual([
      [2024, 1_318_124, 0, 1_318_124, 2027, "nej"],
      [2023, 2_514_752, 0, 2_514_752, 2026, "nej"],
      [2022, 204_794, 0, 204_794, 2025, "nej"],
    ]);
  });

  it("KOMMUNANDEL of an amount with float noise gives whole kronor summing to the amount", () => {
    const hf = finsamSheet([[1, 1, 1], ["=FINSAM.KOMMUNANDEL(1,1*3*1000000;A1:C1)"], ["=SUMMA(A2:C2)"]]);
    expect(range(hf, "A2", "C2")).toEqual([[1_100_000, 1_100_000, 1_100_000]]);
    expect(at(hf, "A3")).toBe(3_300_000);
  });

  it("BELOPP reads the scale words of Kalmar's report", () => {
    const hf = finsamSheet([
      [
        '=FINSAM.BELOPP("1,3 mnkr")',
        '=FINSAM.BELOPP("kr 13 624 000")',
        '=FINSAM.PARTSANDEL(16020000;"STATEN")',
      ],
    ]);
    expect(range(hf, "A1", "C1")).toEqual([[1_300_000, 13_624_000, 8_010_000]]);
  });
});

describe("both blank modes agree on every sheet above", () => {
  it("gives identical values for a sheet mixing all the functions", () => {
    const rows: RawCellContent[][] = [
      [8_524_000, 60_920, 2021, -300_000, 0, "20 %"],
      [null, 11_280, 2022, 100_000, 7_000_000, "15 %"],
      [null, 6_514, 2023, 50_000, 15_000_000, "10 %"],
      [null, 4_575, 2024, -80_000, null, null],
      [null, 5_153, 2025, 400_000, null, null],
      [null, null, null, null, null, null],
      [
        "=FINSAM.MEDLEMSINSATSER(A1;B1:B5)",
        "=FINSAM.TRAPPAN(A1;E1:F5)",
        "=FINSAM.BALANSKRAV.ÅTERSTÄLL(C1:C6;D1:D6)",
      ],
    ];
    const [[, desktop], [, web]] = both(rows);
    const all = (hf: HyperFormula) => range(hf, "A7", "H15");
    expect(all(desktop)).toEqual(all(web));
    expect(at(web, "B7")).toBe(1_628_600);
  });
});
