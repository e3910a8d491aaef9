/**
 * The comparison on reports laid out otherwise than the fixtures: in tkr or mnkr against a
 * workbook in kr, with a budget column the workbook lacks, with the years in the other order, with
 * its notes renumbered, with a statement the workbook lacks, with a cost note's lines printed
 * negative, and in tkr leaving out a line that is zero in tkr. Each report states the workbook's
 * figures: any finding would be a false one.
 */
import { compareReport } from "../../src/engine/compare/compareReport";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { sheetFromRows } from "../../src/report/cells";

type Rows = readonly (readonly string[])[];
const book = (sheets: Record<string, Rows>): WorkbookSnapshot => ({
  name: "x.xlsx",
  sheets: Object.entries(sheets).map(([n, rows]) => sheetFromRows(n, rows.map((cells) => ({ cells: [...cells] })))),
});

const RR: Rows = [
  ["Resultaträkning"],
  ["Belopp i kr", "Not", "2025", "2024"],
  ["Verksamhetens intäkter", "1", "8 525 399", "4 383 155"],
  ["Verksamhetens kostnader", "2", "−6 649 090", "−5 968 280"],
  ["Verksamhetens resultat", "", "1 876 309", "−1 585 125"],
  ["Finansiella intäkter", "", "46 771", "0"],
  ["Finansiella kostnader", "", "−2 620", "−2 110"],
  ["Resultat efter finansiella poster", "", "1 920 460", "−1 587 235"],
  ["Årets resultat", "", "1 920 460", "−1 587 235"],
];
const NOTES: Rows = [
  ["Not 1 Verksamhetens intäkter", "", "2025", "2024"],
  ["Medlemsavgifter", "", "8 524 000", "4 262 000"],
  ["Ränta", "", "399", "121"],
  ["Övriga intäkter", "", "1 000", "121 034"],
  ["Summa", "", "8 525 399", "4 383 155"],
  [],
  ["Not 2 Verksamhetens kostnader", "", "2025", "2024"],
  ["Insatser", "", "5 055 853", "4 500 000"],
  ["Administration", "", "1 593 237", "1 468 280"],
  ["Summa", "", "6 649 090", "5 968 280"],
];
const WORKBOOK = book({ RR, Noter: NOTES });

/** The rows in a coarser unit: every figure divided and rounded, the caption renamed. */
const scaled = (rows: Rows, divisor: number, decimals: number, caption: string): Rows =>
  rows.map((r) =>
    r.map((c, i) => {
      if (c === "Belopp i kr") return caption;
      if (i < 2 || !/^[−-]?\d[\d ]*$/.test(c) || /^20\d\d$/.test(c)) return c;
      const v = Number(c.replace(/ /g, "").replace("−", "-")) / divisor;
      return v
        .toLocaleString("sv-SE", { minimumFractionDigits: decimals, maximumFractionDigits: decimals })
        .replace(/\u00A0/g, " ")
        .replace("-", "−");
    }),
  );
const reversed = (rows: Rows): Rows => rows.map((r) => (r.length >= 4 ? [r[0], r[1], r[3], r[2]] : r));

describe("a report that states the workbook's figures otherwise", () => {
  it.each<[string, Record<string, Rows>]>([
    ["in tkr", { RR: scaled(RR, 1000, 0, "Belopp i tkr"), Noter: [["Belopp i tkr"], ...scaled(NOTES, 1000, 0, "")] }],
    ["in mnkr with one decimal", { RR: scaled(RR, 1e6, 1, "Belopp i mnkr"), Noter: [["Belopp i mnkr"], ...scaled(NOTES, 1e6, 1, "")] }],
    [
      "with a budget column",
      {
        RR: RR.map((r, i) =>
          i === 0 ? r : i === 1 ? ["Belopp i kr", "Not", "Utfall 2025", "Budget 2025", "Utfall 2024"] : [r[0], r[1], r[2], "8 000 000", r[3]],
        ),
        Noter: NOTES,
      },
    ],
    ["with the years in the other order", { RR: reversed(RR), Noter: reversed(NOTES) }],
    [
      "with its notes renumbered",
      {
        RR: RR.map((r) => (r[1] === "1" ? [r[0], "3", r[2], r[3]] : r[1] === "2" ? [r[0], "4", r[2], r[3]] : r)),
        Noter: NOTES.map((r) => (r.length ? [r[0].replace(/^Not 1 /, "Not 3 ").replace(/^Not 2 /, "Not 4 "), ...r.slice(1)] : r)),
      },
    ],
    [
      "with a balansräkning the workbook lacks",
      {
        RR,
        Noter: NOTES,
        BR: [
          ["Balansräkning"],
          ["Belopp i kr", "Not", "2025-12-31", "2024-12-31"],
          ["Kassa och bank", "", "3 848 705", "1 919 856"],
          ["Summa tillgångar", "", "3 848 705", "1 919 856"],
        ],
      },
    ],
    [
      "with the cost note's lines printed negative",
      { RR, Noter: NOTES.map((r, i) => (i >= 7 ? [r[0], r[1], `−${r[2]}`, `−${r[3]}`] : r)) },
    ],
    [
      "in tkr, leaving out the line that is zero in tkr (399 kr, 121 kr)",
      {
        RR: scaled(RR, 1000, 0, "Belopp i tkr"),
        Noter: [["Belopp i tkr"], ...scaled(NOTES.filter((r) => r[0] !== "Ränta"), 1000, 0, "")],
      },
    ],
  ])("%s: no finding", (_, report) => {
    const result = compareReport(WORKBOOK, book(report));
    expect(result.unrelated).toBe(false);
    expect(result.findings.map((f) => f.message)).toEqual([]);
    expect(result.compared).toBeGreaterThan(20);
  });
});

describe("what is still found", () => {
  it("one cost figure with the other sign in a cost note is a difference", () => {
    const notes = NOTES.map((r, i) => (i === 7 ? [r[0], r[1], `−${r[2]}`, r[3]] : r));
    const result = compareReport(WORKBOOK, book({ RR, Noter: notes }));
    expect(result.findings.map((f) => [f.ruleId, f.kind])).toEqual([["JAMFOR.NOT.BELOPP", "sign"]]);
  });

  it("in tkr, a line left out that is not zero in tkr is named", () => {
    const notes = NOTES.filter((r) => r[0] !== "Insatser");
    const result = compareReport(WORKBOOK, book({ RR: scaled(RR, 1000, 0, "Belopp i tkr"), Noter: [["Belopp i tkr"], ...scaled(notes, 1000, 0, "")] }));
    expect(result.findings.map((f) => f.ruleId)).toContain("JAMFOR.NOT.RADER");
  });
});
