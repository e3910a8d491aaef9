/**
 * A page set in columns is read column by column: the förvaltningsberättelse in two newspaper
 * columns, two notes side by side, and, above and below them on the same page, text and tables
 * over the full width. A left-column line is never joined with the right-column line beside it,
 * and a table over the full width is never cut at the space between its labels and its amounts.
 *
 * Pieces placed as pdf.js gives them for an A4 page that Writer exported (points from the bottom
 * left, margin 56.8, the right column beginning at 320.9 after an 18 pt gutter; see
 * test/fixtures/reports/*-spalter.pdf, made by scripts/report-fixtures/make.ts).
 */
import type { ReportRow } from "../../src/report/cells";
import { type TextPiece, pageRows } from "../../src/report/pdfLayout";

const WIDTH = 0.44; // of the font size, per character: near enough for Liberation Sans

/** Text beginning at x. */
const at = (str: string, x: number, y: number, size = 10): TextPiece => ({
  str,
  x,
  y,
  width: str.length * size * WIDTH,
  size,
});
/** Text ending at x (right-aligned, as amounts are). */
const endingAt = (str: string, x: number, y: number, size = 9): TextPiece =>
  at(str, x - str.length * size * WIDTH, y, size);

const LEFT = 56.8;
const RIGHT = 320.9;

/** The rows' cells without trailing empty cells, blank rows as []. */
const cells = (rows: readonly ReportRow[]): string[][] =>
  rows.map((r) => {
    const out = [...r.cells];
    while (out.length > 0 && !out[out.length - 1]) out.pop();
    return out;
  });

/** Lines of a paragraph, 13.2 pt apart, from y downwards. */
const paragraph = (lines: readonly string[], x: number, y: number): TextPiece[] =>
  lines.map((text, i) => at(text, x, y - 13.2 * i));

const LEFT_TEXT = [
  "Årets tilldelning från förbundsmedlemmarna uppgår till",
  "8 524 000 kronor, där Försäkringskassan och",
  "Arbetsförmedlingen bidrar med hälften av medlen,",
  "Region Kronoberg med en fjärdedel. Budget 2026",
  "bygger på beviljad tilldelning av 8 524 000 kr, samt",
  "preliminärt överskott 2",
];
const RIGHT_TEXT = [
  "652 129 kr från år 2025. För Samordningsförbundet",
  "Varend innebär detta ett eget kapital på maximalt",
  "1 628 600 kr. Förbundets egna kapital ligger över",
  "den rekommenderade nivån. Förbundet redovisar",
  "2025-12-31 ett positivt eget kapital på 2 652 129 kr.",
];

describe("two columns of text", () => {
  const pieces = [
    at("1. FÖRVALTNINGSBERÄTTELSE", LEFT, 793.4, 14),
    ...paragraph(LEFT_TEXT, LEFT, 760),
    ...paragraph(RIGHT_TEXT, RIGHT, 760),
  ];
  const rows = cells(pageRows(pieces));

  it("reads the left column, then the right, each line a row of its own", () => {
    const text = rows.filter((r) => r.length > 0).map((r) => r.join(" | "));
    expect(text).toEqual(["1. FÖRVALTNINGSBERÄTTELSE", ...LEFT_TEXT, ...RIGHT_TEXT]);
  });

  it("never joins a left-column line with the right-column line on its baseline", () => {
    const printed = new Set(["1. FÖRVALTNINGSBERÄTTELSE", ...LEFT_TEXT, ...RIGHT_TEXT]);
    for (const row of rows.filter((r) => r.length > 0)) {
      expect(row).toHaveLength(1);
      expect(printed.has(row[0])).toBe(true);
    }
    // The amount broken across the columns stays broken, as printed: "2" ends one column.
    expect(rows).toContainEqual(["preliminärt överskott 2"]);
  });

  it("keeps the same text in one column as before: one flow, one row per line", () => {
    const one = cells(pageRows(paragraph(LEFT_TEXT, LEFT, 760)));
    expect(one).toEqual(LEFT_TEXT.map((t) => [t]));
  });
});

/** A note as a small table: its title, then label and two amounts ending at the given right edges. */
function note(
  title: string,
  items: readonly [string, string, string][],
  x: number,
  ends: [number, number],
  y: number,
) {
  const pieces = [at(title, x, y, 9)];
  items.forEach(([label, a, b], i) => {
    const yy = y - 14.4 * (i + 1);
    pieces.push(at(label, x, yy, 9), endingAt(a, ends[0], yy), endingAt(b, ends[1], yy));
  });
  return pieces;
}

const NOT_3: [string, string, string][] = [
  ["Momsfordran staten", "1 035 936", "482 961"],
  ["Fordran hos anställd", "0", "1 057"],
  ["Fordran hos leverantör", "2 000", "2 000"],
  ["Summa", "1 037 936", "486 018"],
];
const NOT_4: [string, string, string][] = [
  ["Konferenskostnader", "1 500", "0"],
  ["Konsulttjänster", "6 070", "6 232"],
  ["Licenser", "11 217", "8 508"],
  ["Telefoni", "1 621", "31 538"],
  ["Försäkring", "5 330", "5 223"],
  ["Summa", "25 738", "51 501"],
];
const NOT_5: [string, string, string][] = [
  ["Kassa", "40", "40"],
  ["Bankkonton Swedbank", "3 848 665", "1 919 816"],
  ["Summa", "3 848 705", "1 919 856"],
];

describe("two notes side by side, a note over the full width below", () => {
  // The right note begins a line lower (the column break's empty paragraph), so its rows fall
  // between the left note's baselines as well as on them.
  const pieces = [
    ...note("Not 3 Kortfristiga fordringar", NOT_3, LEFT, [230, 290], 700),
    ...note("Not 4 Förutbetalda kostnader", NOT_4, RIGHT, [480, 540], 693),
    ...note("Not 5 Kassa och bank", NOT_5, LEFT, [430, 540], 560),
  ];
  const rows = cells(pageRows(pieces));
  const row = (label: string) => rows.filter((r) => r[0] === label);

  it("reads each note's lines with their own amounts", () => {
    expect(row("Momsfordran staten")).toEqual([["Momsfordran staten", "1 035 936", "482 961"]]);
    expect(row("Konferenskostnader")).toEqual([["Konferenskostnader", "1 500", "0"]]);
    expect(row("Bankkonton Swedbank")).toEqual([["Bankkonton Swedbank", "3 848 665", "1 919 816"]]);
    expect(row("Summa")).toEqual([
      ["Summa", "1 037 936", "486 018"],
      ["Summa", "25 738", "51 501"],
      ["Summa", "3 848 705", "1 919 856"],
    ]);
  });

  it("reads the left note, then the right, then the note below, a blank row between", () => {
    const titles = rows.filter((r) => r[0]?.startsWith("Not ")).map((r) => r[0]);
    expect(titles).toEqual([
      "Not 3 Kortfristiga fordringar",
      "Not 4 Förutbetalda kostnader",
      "Not 5 Kassa och bank",
    ]);
    const i4 = rows.findIndex((r) => r[0] === "Not 4 Förutbetalda kostnader");
    expect(rows[i4 - 1]).toEqual([]);
  });

  it("never puts three amounts or two labels on one row", () => {
    for (const r of rows) expect(r.length).toBeLessThanOrEqual(3);
  });
});

describe("pages without columns read as before", () => {
  it("a statement over the full width, amounts right of the page's middle, is not cut", () => {
    const lines: [string, string, string][] = [
      ["Verksamhetens intäkter", "8 525 399", "4 319 858"],
      ["Verksamhetens kostnader", "−6 649 090", "−5 968 280"],
      ["Verksamhetens resultat", "1 876 309", "−1 648 422"],
      ["Finansiella intäkter", "46 771", "63 297"],
      ["Årets resultat", "1 920 460", "−1 587 235"],
    ];
    const pieces = [at("Belopp i kr.", LEFT, 720, 9), endingAt("2025", 440, 720), endingAt("2024", 535, 720)];
    lines.forEach(([label, a, b], i) =>
      pieces.push(
        at(label, LEFT, 700 - 14.4 * i, 9),
        endingAt(a, 440, 700 - 14.4 * i),
        endingAt(b, 535, 700 - 14.4 * i),
      ),
    );
    expect(cells(pageRows(pieces)).filter((r) => r.length > 0)).toEqual([
      ["Belopp i kr.", "2025", "2024"],
      ...lines,
    ]);
  });

  it("header words left-aligned over a column (as Calc prints them) do not make a column", () => {
    const pieces = [
      at("Belopp tkr", LEFT, 720, 9),
      at("Utfall", 330, 720, 9),
      at("jan-dec 2025", 330, 710, 9),
      at("Budget", 430, 720, 9),
      at("helår 2025", 430, 710, 9),
    ];
    const items: [string, string, string][] = [
      ["Nettokostnad", "1 876 309", "0"],
      ["Medlemsavgift", "8 524 000", "8 524 000"],
      ["Resultat", "1 920 460", "0"],
    ];
    items.forEach(([label, a, b], i) =>
      pieces.push(
        at(label, LEFT, 690 - 14.4 * i, 9),
        endingAt(a, 400, 690 - 14.4 * i),
        endingAt(b, 500, 690 - 14.4 * i),
      ),
    );
    const rows = cells(pageRows(pieces)).filter((r) => r.length > 0);
    expect(rows.slice(-3)).toEqual(items);
    expect(rows[0][0]).toBe("Belopp tkr");
  });

  it("a list of amounts set at a right tab stop stays one label and one amount a line", () => {
    const items = [
      ["Individinriktade insatser:", "4 549 570 kr"],
      ["Strukturövergripande insatser:", "506 283 kr"],
      ["Administration och drift:", "1 591 825 kr"],
      ["Totalt", "6 647 678 kr"],
    ];
    const pieces = items.flatMap(([label, amount], i) => [
      at(label, LEFT, 700 - 13.2 * i),
      endingAt(amount, 400, 700 - 13.2 * i, 10),
    ]);
    expect(cells(pageRows(pieces))).toEqual(items);
  });

  it("a table with a column of short words beside its amounts keeps each line together", () => {
    const items = [
      ["KRUS", "2 453 000", "Kalmar"],
      ["Pontibus", "1 411 976", "Borgholm"],
      ["Kompass", "1 240 300", "Mörbylånga"],
      ["Knutpunkten", "1 185 000", "Västervik"],
      ["RESA", "949 199", "Torsås"],
    ];
    const pieces = items.flatMap(([label, amount, place], i) => [
      at(label, LEFT, 700 - 14.4 * i, 9),
      endingAt(amount, 300, 700 - 14.4 * i),
      at(place, 340, 700 - 14.4 * i, 9),
    ]);
    const rows = cells(pageRows(pieces));
    // Short words beside a table are no column of text: the page is not cut, each label keeps its amount.
    for (const [label, amount, place] of items) {
      const row = rows.find((r) => r[0] === label)?.join(" ");
      expect(row).toContain(amount);
      expect(row).toContain(place);
    }
  });
});

describe("what a column of text may hold", () => {
  it("a right-column line that begins with an amount, and a last line lower than the other column's", () => {
    const left = [
      "En balanskravsutredning har upprättats och",
      "balanskravsresultatet är negativt om 1,3 mnkr. I och",
      "med årets negativa resultat är det ackumulerade egna",
      "kapitalet inom Finsamförbundets riktlinjer. Större",
      "kostnader och mindre intäkter är en svårlöst ekvation.",
    ];
    const right = [
      "Förbundet har som inriktning att 75% av budgeten ska",
      "gå till individinriktade insatser. Totalt låg",
      "helårsbudgeten för insats- och projektmedel år 2024 på",
      "kr 13 624 000.",
      "Den ekonomiska prognosen utgår från budget för",
    ];
    const pieces = [
      ...paragraph(left, LEFT, 700),
      ...paragraph(right, RIGHT, 700),
      // The right column's last line, a few points above the left column's last.
      at("2025.", RIGHT, 700 - 13.2 * 5 + 5),
    ];
    const rows = cells(pageRows(pieces)).filter((r) => r.length > 0);
    expect(rows.map((r) => r.join(" | "))).toEqual([...left, ...right, "2025."]);
  });

  it("small notes side by side, three lines each, are read apart", () => {
    const pieces = [
      ...note(
        "Not 5 Kassa och bank",
        [
          ["Kassa", "40", "40"],
          ["Summa", "40", "40"],
        ],
        LEFT,
        [230, 290],
        700,
      ),
      ...note(
        "Not 8 Avsättningar",
        [
          ["Pensioner", "12 000", "0"],
          ["Summa", "12 000", "0"],
        ],
        RIGHT,
        [480, 540],
        700,
      ),
    ];
    const rows = cells(pageRows(pieces));
    expect(rows.filter((r) => r[0] === "Summa")).toEqual([
      ["Summa", "40", "40"],
      ["Summa", "12 000", "0"],
    ]);
    expect(rows).toContainEqual(["Pensioner", "12 000", "0"]);
  });

  it("a header wrapped onto three lines in a narrow table is no column", () => {
    const pieces = [
      at("Belopp tkr", LEFT, 720, 9),
      at("Aktuell", 197, 720, 9),
      at("budget jan-", 197, 709, 9),
      at("dec 2024", 197, 698, 9),
      at("Avvikelse", 252, 720, 9),
      at("utfall-", 252, 709, 9),
      at("budget", 252, 698, 9),
      at("Bokslut År", 309, 720, 9),
      at("helår 2024", 309, 709, 9),
    ];
    const items: [string, string, string, string][] = [
      ["Nettokostnad", "-17 507 000", "100 130", "-17 607 130"],
      ["Medlemsavgift", "16 270 000", "-80 326", "16 189 674"],
    ];
    items.forEach(([label, a, b, c], i) => {
      const y = 680 - 12 * i;
      pieces.push(at(label, LEFT, y, 9), endingAt(a, 245, y), endingAt(b, 300, y), endingAt(c, 360, y));
    });
    const rows = cells(pageRows(pieces)).filter((r) => r.length > 0);
    expect(rows.slice(-2)).toEqual(items);
  });
});

it("reads a small table in the left column and text in the right apart", () => {
  const pieces = [...note("Nyckeltal", NOT_5, LEFT, [230, 290], 700), ...paragraph(RIGHT_TEXT, RIGHT, 700)];
  const rows = cells(pageRows(pieces)).filter((r) => r.length > 0);
  expect(rows).toEqual([["Nyckeltal"], ...NOT_5, ...RIGHT_TEXT.map((t) => [t])]);
});
