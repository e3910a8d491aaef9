/**
 * Pasted statements written otherwise than the seeds: a unit after each amount, a label closing in
 * a number, a note column holding a zero, a driftredovisning headed 'Utfall … Budget … Avvikelse',
 * two statements side by side on one line. Every statement below adds up: any finding above info
 * would be a false one, and a line the reader cannot cut is said so, never guessed.
 */
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { splitPasted } from "../../src/engine/check/read/pastedCheck";
import { describeReading, readPastedLine } from "../../src/engine/check/read/pastedRows";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";

function pastedSheet(name: string, lines: readonly string[]): WorkbookSnapshot {
  return {
    name: "inklistrat.xlsx",
    sheets: [{ name, origin: { row: 0, col: 0 }, values: lines.map((l) => [l]), text: lines.map((l) => [l]) }],
  };
}

const above = (w: WorkbookSnapshot) =>
  checkWorkbook(w).findings.filter((f) => f.severity !== "info").map((f) => `${f.ruleId} ${f.message}`);

const cut = (w: WorkbookSnapshot): string[] => {
  const split = splitPasted(w);
  if (!split) return [];
  return split.pasted.lines
    .filter((l) => l.readings)
    .map((l) => {
      const r = split.resolution.choice.get(l);
      return `${l.label}: ${r ? describeReading(r) : "?"}`;
    });
};

describe("a unit written after each amount", () => {
  const note = pastedSheet("Noter", [
    "Not 5 Kortfristiga skulder 2025-12-31 2024-12-31",
    "Leverantörsskulder 412 118 kr 388 004 kr",
    "Upplupna kostnader 98 500 101 200",
    "Konsulter 30 000kr 28 000kr",
    "Summa 540 618 517 204",
  ]);

  it("is read as the amount's unit, the line cut like the others", () => {
    expect(cut(note)).toEqual([
      "Leverantörsskulder: 412 118 | 388 004",
      "Upplupna kostnader: 98 500 | 101 200",
      "Konsulter: 30 000 | 28 000",
      "Summa: 540 618 | 517 204",
    ]);
    expect(above(note)).toEqual([]);
  });
});

describe("a label closing in a number of four digits or more", () => {
  it("is the label's where the figures fill the columns only without it", () => {
    const r = readPastedLine("Konto 4010 120 000 95 000", 2);
    expect(r.kind === "figures" && [r.label, r.readings.map(describeReading)]).toEqual([
      "Konto 4010",
      ["120 000 | 95 000"],
    ]);
    const note = pastedSheet("Noter", [
      "Not 2 Övriga kostnader 2025 2024",
      "Konto 4010 120 000 95 000",
      "Konto 5410 80 000 64 000",
      "Summa 200 000 159 000",
    ]);
    expect(above(note)).toEqual([]);
  });

  it("is an amount where it fills a column", () => {
    const r = readPastedLine("Kassa 4010 1200", 2);
    expect(r.kind === "figures" && r.readings.map(describeReading)).toEqual(["4010 | 1200"]);
  });
});

describe("a zero under the Not column", () => {
  it("is no note: notes are numbered from 1", () => {
    const r = readPastedLine("Justering för ej likviditetspåverkande poster 0 0", 2, true);
    expect(r.kind === "figures" && r.readings.map(describeReading)).toEqual(["0 | 0"]);
  });
});

describe("a header naming the deviation column", () => {
  it("'Utfall 2025 Budget 2025 Avvikelse 2025' heads three columns", () => {
    expect(readPastedLine("Belopp i tkr Utfall 2025 Budget 2025 Avvikelse 2025")).toMatchObject({
      kind: "header",
      periods: ["Utfall 2025", "Budget 2025", "Avvikelse 2025"],
    });
    const drift = pastedSheet("Drift", [
      "Driftredovisning",
      "Belopp i tkr Utfall 2025 Budget 2025 Avvikelse 2025",
      "Medlemsavgifter 6 412,3 6 412,3 0,0",
      "Insatser −4 812,0 −5 100,0 288,0",
      "Administration −1 786,1 −1 700,0 −86,1",
      "Resultat −185,8 −387,7 201,9",
    ]);
    expect(cut(drift)).toContain("Insatser: −4 812,0 | −5 100,0 | 288,0");
    expect(above(drift)).toEqual([]);
  });
});

describe("two statements side by side on one line", () => {
  it("a header after another table's dates heads nothing", () => {
    expect(readPastedLine("Balansräkning 2025-12-31 2024-12-31 Resultaträkning 2025 2024").kind).not.toBe("header");
    expect(readPastedLine("Balansräkning 2025 2024 Resultaträkning 2025 2024").kind).not.toBe("header");
  });

  it("a line with amounts inside its label is not cut, and no sum is judged on it", () => {
    expect(
      readPastedLine("Kassa och bank 1 204 331 1 378 920 Verksamhetens intäkter 6 412 300 6 105 000", 2).kind,
    ).toBe("unreadable");
    const w = pastedSheet("Rapport", [
      "Balansräkning 2025-12-31 2024-12-31 Resultaträkning 2025 2024",
      "Kassa och bank 1 204 331 1 378 920 Verksamhetens intäkter 6 412 300 6 105 000",
      "Summa tillgångar 1 204 331 1 378 920 Verksamhetens kostnader −6 598 114 −5 874 221",
    ]);
    expect(checkWorkbook(w).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a footnote's mark or a word after the amounts", () => {
  it("a mark after the figures is no word of the line", () => {
    const note = pastedSheet("Noter", [
      "Not 2 Övriga kostnader 2025 2024",
      "Lokalhyra 120 000 115 000 *",
      "Återbetalning 1 000 0 ¹",
      "Revision 45 000 42 500",
      "Summa 166 000 157 500",
      "* Hyran avser kontor i Växjö.",
    ]);
    expect(cut(note)).toEqual([
      "Lokalhyra: 120 000 | 115 000",
      "Återbetalning: 1 000 | 0",
      "Revision: 45 000 | 42 500",
      "Summa: 166 000 | 157 500",
    ]);
    expect(above(note)).toEqual([]);
  });

  it("amounts before a word no cut reads make the line unreadable, not text whose figures vanish", () => {
    expect(readPastedLine("Lokalhyra 120 000 115 000 se not", 2).kind).toBe("unreadable");
    const note = pastedSheet("Noter", [
      "Not 2 Övriga kostnader 2025 2024",
      "Lokalhyra 120 000 115 000 se not",
      "Revision 45 000 42 500",
      "Summa 165 000 157 500",
    ]);
    expect(checkWorkbook(note).findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("a paste of the statements with only some of their notes", () => {
  it("a line citing a note not pasted is still read with its note where the balance sheet says so", () => {
    const w = pastedSheet("BR", [
      "Balansräkning",
      "Belopp i kr Not 2025-12-31 2024-12-31",
      "Kortfristiga fordringar 3 412 118 388 004",
      "Kassa och bank 1 204 331 1 378 920",
      "Summa tillgångar 1 616 449 1 766 924",
      "Eget kapital 1 204 331 1 378 920",
      "Kortfristiga skulder 4 412 118 388 004",
      "Summa eget kapital och skulder 1 616 449 1 766 924",
      "Not 3 Kortfristiga fordringar",
      "Momsfordran 412 118 388 004",
      "Summa 412 118 388 004",
    ]);
    expect(cut(w)).toContain("Kortfristiga skulder: not 4 | 412 118 | 388 004");
    expect(cut(w)).toContain("Eget kapital: 1 204 331 | 1 378 920");
    expect(above(w)).toEqual([]);
  });
});

describe("a per cent sign naming the row's unit", () => {
  it("'Soliditet, % 61,2 64,0' is cut after the sign", () => {
    const r = readPastedLine("Soliditet, % 61,2 64,0", 2);
    expect(r.kind === "figures" && [r.label, r.readings.map(describeReading)]).toEqual(["Soliditet, %", ["61,2 | 64,0"]]);
  });
});
