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
    expect(call("TRAPPAN", column(1, 2))).toEqual({
      error: "VALUE",
      message: "insatser: ange en cell eller ett tal, inte ett område.",
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

  it("show #NUM! for a negative contribution and for tiers that do not ascend", () => {
    expect(call("TRAPPAN", "\u22121 000")).toEqual({
      error: "NUM",
      message: "Insatserna kan inte vara negativa.",
    });
    expect(
      call("TRAPPAN", 1, [
        [0, 0.2],
        [0, 0.1],
      ]),
    ).toMatchObject({ error: "NUM" });
    expect(call("TRAPPAN", 1, [[0, 20]])).toMatchObject({
      error: "NUM",
      message: expect.stringContaining("20 %"),
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
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, 0)).toMatchObject({ error: "NA" });
    expect(call("KOMMUNANDEL", 2_131_000, VAREND_KEYS, 2.5)).toMatchObject({ error: "VALUE" });
  });

  it("shows #NUM! for a negative key or keys that are all zero", () => {
    expect(call("KOMMUNANDEL", 100, column(5, -1))).toEqual({
      error: "NUM",
      message: "Nyckel nr 2 är negativ.",
    });
    expect(call("KOMMUNANDEL", 100, column(0, 0))).toMatchObject({ error: "NUM" });
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
    expect(call("BALANSKRAV.ATERSTALL", column(2021, 2020), column(1, 2))).toMatchObject({ error: "VALUE" });
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

  it("shows #VALUE! for a part it does not know", () => {
    expect(call("PARTSANDEL", 100, "Staten")).toMatchObject({
      error: "VALUE",
      message: expect.stringContaining("FK, AF, REGION eller KOMMUNER"),
    });
    expect(call("PARTSANDEL", 100, 4)).toMatchObject({ error: "VALUE" });
  });
});
