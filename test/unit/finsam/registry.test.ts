import { invoke } from "../../../src/functions/registry";
import type { CellArg, FunctionValue } from "../../../src/functions/values";

/** A call as a spreadsheet makes it: numbers, text as pasted from a PDF, blanks as null, ranges as rows. */
const call = (id: string, ...args: CellArg[]): FunctionValue => invoke(id, args);
const column = (...values: (number | string | null)[]) => values.map((v) => [v]);

const VAREND_KEYS = column(60_920, 11_280, 6_514, 4_575, 5_153);
const VAREND_SHARES = [1_467_861, 271_790, 156_954, 110_234, 124_161];

describe("the FINSAM functions read amounts the way they arrive in cells", () => {
  it.each([
    [8_524_000],
    ["8 524 000"],
    ["8\u00A0524\u00A0000"],
    ["8\u202F524\u202F000"],
    ["8 524 000 kr"],
    ["8524000"],
    ["8 524 tkr"],
    ["8 524 000,00"],
  ])("TRAPPAN(%j) = 1 628 600", (insatser) => {
    expect(call("TRAPPAN", insatser)).toBe(1_628_600);
  });

  it.each([
    ["1 920 460", 1_920_460],
    ["\u22121 920 460", -1_920_460],
    ["\u2013 797", -797],
    ["-249", -249],
    ["(1 920 460)", -1_920_460],
    ["-", 0],
    ["\u2013", 0],
    ["10 911,25", 10_911.25],
    ["4 363kr", 4_363],
    ["54 %", 0.54],
    [1_920_460, 1_920_460],
    [null, 0],
  ])("BELOPP(%j) = %p", (text, expected) => {
    expect(call("BELOPP", text)).toBe(expected);
  });

  it.each([["ett belopp"], ["1 92 460"], [true]])("BELOPP(%j) is #VALUE! naming the text", (text) => {
    expect(call("BELOPP", text)).toEqual({
      error: "VALUE",
      message: `text: "${String(text)}" är inget belopp.`,
    });
  });

  it("does not take a percentage for kronor", () => {
    expect(call("TRAPPAN", "20 %")).toMatchObject({ error: "VALUE" });
  });

  it("wants one cell, not a range, where one amount belongs", () => {
    expect(call("BALANSKRAV", column(1, 2))).toEqual({
      error: "VALUE",
      message: "årets_resultat: ange en cell eller ett tal, inte ett område.",
    });
    expect(call("TRAPPAN", [[8_524_000]])).toBe(1_628_600);
  });
});

describe("FINSAM.TRAPPAN and TRAPPAN.OVERSKOTT", () => {
  const TIERS = [
    [0, 0.2],
    ["7 000 000", "15 %"],
    [15_000_000, "10 %"],
    [null, null],
  ];

  it("take a tier table of gräns | procentsats, with rates as percent cells or text", () => {
    expect(call("TRAPPAN", 16_270_000, TIERS)).toBe(2_727_000);
    expect(call("TRAPPAN", 8_524_000, [[0, "10 %"]])).toBe(852_400);
  });

  it("give exact kronor, not binary tails", () => {
    expect(call("TRAPPAN", 7_000_001)).toBe(1_400_000.15);
    expect(call("TRAPPAN.OVERSKOTT", "7 000 001", "1 400 000,25")).toBe(0.1);
  });

  it("show #VALUE! with the reason for a negative contribution and for tiers that do not ascend", () => {
    expect(call("TRAPPAN", "\u22121 000")).toEqual({
      error: "VALUE",
      message: "Insatserna kan inte vara negativa.",
    });
    expect(
      call("TRAPPAN", 1, [
        [0, 0.2],
        [0, 0.1],
      ]),
    ).toEqual({ error: "VALUE", message: "Trappsteg rad 2: gränsen måste vara större än raden före." });
    expect(call("TRAPPAN", 1, [[0, 120]])).toMatchObject({
      error: "VALUE",
      message: expect.stringContaining("20 %"),
    });
  });

  it("read a rate typed as 20, 0,2 or 20 %", () => {
    const tiers = (rate: number | string) => [
      [0, rate],
      [7_000_000, 15],
      [15_000_000, "10 %"],
    ];
    for (const rate of [20, 0.2, "20 %", "0,2", "20"])
      expect(call("TRAPPAN", 16_270_000, tiers(rate))).toBe(2_727_000);
  });

  it("refuse a table written as upper limits, which would give 304 800 without a word", () => {
    expect(
      call("TRAPPAN", 8_524_000, [
        [7_000_000, "20 %"],
        [15_000_000, "15 %"],
        [100_000_000, "10 %"],
      ]),
    ).toEqual({ error: "VALUE", message: expect.stringContaining("nedre gräns") });
  });

  it("spill one ceiling per year over a row of contributions (Värend 2025, Kalmar 2024)", () => {
    expect(call("TRAPPAN", [[8_524_000, "16 270 000"]])).toEqual([[1_628_600, 2_727_000]]);
    expect(call("TRAPPAN.OVERSKOTT", [[8_524_000, 16_270_000]], [[2_652_129, 20_779]])).toEqual([
      [1_023_529, -2_706_221],
    ]);
    // one contribution against a row of equities pairs the one with each
    expect(call("TRAPPAN.OVERSKOTT", 8_524_000, [[2_652_129, 731_670]])).toEqual([[1_023_529, -896_930]]);
    expect(call("TRAPPAN.OVERSKOTT", [[1, 2, 3]], [[1, 2]])).toEqual({
      error: "VALUE",
      message: "insatser har 3 celler och eget_kapital 2: ange lika stora områden, eller en enda cell.",
    });
  });

  it("show #VALUE! for a tier range that is not two columns", () => {
    expect(call("TRAPPAN", 1, column(0, 7_000_000))).toMatchObject({ error: "VALUE" });
  });

  it("compare equity with the ceiling", () => {
    expect(call("TRAPPAN.OVERSKOTT", "8 524 000", "2 652 129")).toBe(1_023_529);
  });
});

describe("FINSAM.KOMMUNANDEL", () => {
  it("spills the shares in the keys' own shape: a column for a column", () => {
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS)).toEqual(VAREND_SHARES.map((v) => [v]));
  });

  it("and a row for a row", () => {
    expect(call("KOMMUNANDEL", "2 131 000", [[60_920, 11_280, 6_514, 4_575, 5_153]])).toEqual([
      VAREND_SHARES,
    ]);
  });

  it("reads keys pasted as text", () => {
    expect(
      call("KOMMUNANDEL", 2_131_000, column("60 920", "11\u00A0280", "6 514", "4 575", "5 153")),
    ).toEqual(VAREND_SHARES.map((v) => [v]));
  });

  it("gives one municipality's share with a position", () => {
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, 1)).toBe(1_467_861);
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, "5")).toBe(124_161);
  });

  it("shows #N/A for a position outside the keys, #VALUE! for a position that is no whole number", () => {
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, 6)).toEqual({
      error: "NA",
      message: "Position 6 finns inte: det finns 5 nycklar.",
    });
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, 2.5)).toMatchObject({ error: "VALUE" });
  });

  it("gives all shares for a blank position, passed as null (web) or 0 (desktop) alike", () => {
    const all = VAREND_SHARES.map((v) => [v]);
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, null)).toEqual(all);
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, 0)).toEqual(all);
  });

  it("shows #VALUE! with the reason for a negative key or keys that are all zero", () => {
    expect(call("KOMMUNANDEL", 100, column(5, -1))).toEqual({
      error: "VALUE",
      message: "Nyckel nr 2 är negativ.",
    });
    expect(call("KOMMUNANDEL", 100, column(0, 0))).toEqual({
      error: "VALUE",
      message: "Alla nycklar är noll: beloppet kan inte fördelas.",
    });
  });

  it("gives whole kronor for an amount with öre or float noise, summing to the amount rounded to kronor", () => {
    expect(call("KOMMUNANDEL", 1.1 * 3 * 1_000_000, [[1, 1, 1]])).toEqual([
      [1_100_000, 1_100_000, 1_100_000],
    ]);
    expect(call("KOMMUNANDEL", "100,50", [[1, 1]])).toEqual([[51, 50]]);
  });

  it("splits each column on its own when keys stand in several columns and amounts in a row", () => {
    // two years of Värend's keys side by side, with the municipalities' quarter of each year
    const keys = [
      [60_920, 60_920],
      [11_280, 11_280],
      [6_514, 6_514],
      [4_575, 4_575],
      [5_153, 5_153],
    ];
    expect(call("KOMMUNANDEL", [[2_131_000, 1_065_500]], keys)).toEqual([
      [1_467_861, 733_930],
      [271_790, 135_895],
      [156_954, 78_477],
      [110_234, 55_117],
      [124_161, 62_081],
    ]);
    expect(call("KOMMUNANDEL", [[2_131_000, 1_065_500]], keys, 2)).toEqual([[271_790, 135_895]]);
    expect(call("KOMMUNANDEL", 2_131_000, keys)).toEqual({
      error: "VALUE",
      message:
        "nycklar har 2 kolumner: ange belopp som en rad med ett belopp per kolumn, eller nycklarna i en enda kolumn.",
    });
  });

  it("shows #VALUE! for a blank key rather than give that municipality nothing", () => {
    expect(call("KOMMUNANDEL", 100, column(5, null, 3))).toMatchObject({
      error: "VALUE",
      message: expect.stringContaining("nr 2"),
    });
    expect(call("KOMMUNANDEL", 100, column(5, "många"))).toMatchObject({ error: "VALUE" });
  });
});

describe("FINSAM.BALANSKRAV", () => {
  it("applies the operators of the utredning's rows to amounts entered as the rows name them", () => {
    expect(call("BALANSKRAV", "\u22121 318 124", 0, 0, 0, 0, 0)).toBe(-1_318_124);
    expect(
      call("BALANSKRAV", 1_000_000, "50 000", 20_000, 5_000, "\u2013 3 000", 1_000, 100_000, 40_000),
    ).toBe(919_000);
  });

  it("counts rows left out or blank as 0", () => {
    expect(call("BALANSKRAV", "1 920 460")).toBe(1_920_460);
    expect(call("BALANSKRAV", 100, null, null, null, null, null, 30)).toBe(70);
  });
});

describe("FINSAM.BALANSKRAV.ATERSTALL", () => {
  const YEARS = column(2020, 2021, 2022, 2023, 2024);
  const RESULTS = column(404_416, "1 245 879", "\u2212204 794", -2_514_752, "\u22121 318 124");

  it("spills one row per year: år, underskott, återställt, kvar, senast år, försenat", () => {
    expect(call("BALANSKRAV.ATERSTALL", YEARS, RESULTS)).toEqual([
      [2020, 0, 0, 0, "", ""],
      [2021, 0, 0, 0, "", ""],
      [2022, 204_794, 0, 204_794, 2025, "nej"],
      [2023, 2_514_752, 0, 2_514_752, 2026, "nej"],
      [2024, 1_318_124, 0, 1_318_124, 2027, "nej"],
    ]);
  });

  it("flags a deficit left open past its third year", () => {
    const table = call("BALANSKRAV.ATERSTALL", [[2020, 2021, 2022, 2023]], [[-100, 10, 10, 10]]);
    expect(table).toEqual([
      [2020, 100, 30, 70, 2023, "ja"],
      [2021, 0, 0, 0, "", ""],
      [2022, 0, 0, 0, "", ""],
      [2023, 0, 0, 0, "", ""],
    ]);
  });

  it("gives the amount still to restore at the end of a year with per_år", () => {
    expect(call("BALANSKRAV.ATERSTALL", YEARS, RESULTS, 2024)).toBe(4_037_670);
    expect(call("BALANSKRAV.ATERSTALL", YEARS, RESULTS, "2023")).toBe(2_719_546);
  });

  it("shows #N/A for per_år outside the series and #VALUE! for mismatched or unordered years", () => {
    expect(call("BALANSKRAV.ATERSTALL", YEARS, RESULTS, 2026)).toMatchObject({ error: "NA" });
    expect(call("BALANSKRAV.ATERSTALL", YEARS, column(1, 2))).toEqual({
      error: "VALUE",
      message: "Det finns 5 år men 2 resultat: de måste vara lika många.",
    });
    expect(call("BALANSKRAV.ATERSTALL", column(2021, 2021), column(1, 2))).toEqual({
      error: "VALUE",
      message: "Året 2021 står två gånger.",
    });
  });

  it("reads years newest first, Excel dates and column headings, and dates the due year as a year", () => {
    const newestFirst = column(2024, 2023, 2022, 2021, 2020);
    const results = column("\u22121 318 124", -2_514_752, "\u2212204 794", "1 245 879", 404_416);
    const table = call("BALANSKRAV.ATERSTALL", newestFirst, results);
    expect(table).toEqual([
      [2024, 1_318_124, 0, 1_318_124, 2027, "nej"],
      [2023, 2_514_752, 0, 2_514_752, 2026, "nej"],
      [2022, 204_794, 0, 204_794, 2025, "nej"],
      [2021, 0, 0, 0, "", ""],
      [2020, 0, 0, 0, "", ""],
    ]);
    // 45657 is 2024-12-31 as Excel stores it: the year 2024, due 2027 (not 45660)
    const dates = column(45657, 45291, 44926, 44561, 44196);
    expect(call("BALANSKRAV.ATERSTALL", dates, results)).toEqual(table);
    const headings = column(
      "Utfall 2024",
      "2023-12-31",
      "2022-01-01 -2022-12-31",
      "Bokslut 2021",
      "12/31/2020",
    );
    expect(call("BALANSKRAV.ATERSTALL", headings, results)).toEqual(table);
    expect(call("BALANSKRAV.ATERSTALL", headings, results, "Utfall 2023")).toBe(2_719_546);
    expect(call("BALANSKRAV.ATERSTALL", column("2023/2024"), column(1))).toEqual({
      error: "VALUE",
      message:
        'år: värde nr 1 ("2023/2024") är inget årtal. Skriv t.ex. 2025, ett datum eller "Utfall 2025".',
    });
  });

  it("leaves a blank year at the end of the range as an empty row, blank as null or as 0 alike", () => {
    const expected = [
      [2023, 100, 0, 100, 2026, "nej"],
      [2024, 0, 0, 0, "", ""],
      ["", "", "", "", "", ""],
    ];
    expect(call("BALANSKRAV.ATERSTALL", column(2023, 2024, null), column(-100, 0, null))).toEqual(expected);
    expect(call("BALANSKRAV.ATERSTALL", column(2023, 2024, 0), column(-100, 0, 0))).toEqual(expected);
    expect(call("BALANSKRAV.ATERSTALL", column(2023, 2024, null), column(-100, 0, 5))).toEqual({
      error: "VALUE",
      message: "år: rad nr 3 har ett belopp men inget år.",
    });
  });

  it("takes synnerliga skäl and a deficit brought in from before the series", () => {
    expect(
      call("BALANSKRAV.ATERSTALL", column(2023, 2024), column(-300, 200), null, column(100, 0), "-50", null),
    ).toEqual([
      ["tidigare", 50, 50, 0, "", ""],
      [2023, 200, 150, 50, 2026, "nej"],
      [2024, 0, 0, 0, "", ""],
    ]);
    expect(call("BALANSKRAV.ATERSTALL", column(2023, 2024), column(-300, 200), 2024, null, 50, 2022)).toBe(
      150,
    );
  });
});

describe("FINSAM.PARTSANDEL", () => {
  it.each([
    ["FK", 2_131_000],
    ["AF", 2_131_000],
    ["region", 2_131_000],
    ["KOMMUNER", 2_131_000],
  ])("gives %s a quarter of Värend's 8 524 000", (part, expected) => {
    expect(call("PARTSANDEL", "8 524 000 kr", part)).toBe(expected);
  });

  it("gives the state's half as one line, as Kalmar län books it", () => {
    expect(call("PARTSANDEL", 16_020_000, "STATEN")).toBe(8_010_000);
  });

  it("shows #VALUE! for a part it does not know", () => {
    expect(call("PARTSANDEL", 100, "Landstinget")).toMatchObject({
      error: "VALUE",
      message: expect.stringContaining("FK, AF, STATEN, REGION eller KOMMUNER"),
    });
    expect(call("PARTSANDEL", 100, 4)).toMatchObject({ error: "VALUE" });
  });
});

describe("a year that is no number (NaN or Infinity, as a caller may pass)", () => {
  it("is refused with a Swedish message that quotes no NaN or Infinity", () => {
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const r = call("BALANSKRAV.ATERSTALL", [[bad], [2025]], [[-100], [50]]);
      expect(r).toEqual({ error: "VALUE", message: "år: värdet är inget tal." });
      const one = call("BALANSKRAV.ATERSTALL", [[2024], [2025]], [[-100], [50]], bad);
      expect(JSON.stringify(one)).not.toMatch(/NaN|Infinity/);
    }
  });
});
