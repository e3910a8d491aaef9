/**
 * Which lines a total covers, read as a revisor reads it: labels first, arithmetic over every column
 * where labels leave it open, and one wrong figure never changes the structure.
 */
import { footStatement } from "../../src/engine/check/identities/footing";
import { findStatements } from "../../src/engine/check/read/findStatements";
import { readGrid } from "../../src/engine/check/read/grid";
import type { CellValue } from "../../src/engine/workbook/snapshot";

function structure(rows: CellValue[][]): Array<[string, string]> {
  const [st] = findStatements("Blad", readGrid({ name: "Blad", origin: { row: 0, col: 0 }, values: rows }));
  const { structure: s } = footStatement(st);
  return st.lines.map((l, i) => {
    const spans = s.spans.get(i) ?? [];
    const covers = spans
      .map((sp) =>
        st.lines
          .slice(sp.from, sp.to + 1)
          .filter((_l, k) => s.owner.get(sp.from + k) === i)
          .map((c) => c.label)
          .join(" + "),
      )
      .join(" | ");
    return [l.label, covers];
  });
}

describe("the structure of a statement", () => {
  it("reads section totals printed above their lines (Grästorp 2020)", () => {
    const rows: CellValue[][] = [
      ["Balansräkning", "Not", "2020", "2019"],
      ["TILLGÅNGAR"],
      ["ANLÄGGNINGSTILLGÅNGAR", null, 382_396, 314_852],
      ["Mark, byggnader och tekniska anläggningar", "9", 359_745, 294_144],
      ["Maskiner och inventarier", "10", 22_651, 20_708],
      ["OMSÄTTNINGSTILLGÅNGAR", null, 88_300, 85_745],
      ["Fordringar", "14", 39_331, 34_153],
      ["Kassa och bank", "15", 48_969, 51_592],
      ["SUMMA TILLGÅNGAR", null, 470_696, 400_597],
    ];
    expect(structure(rows)).toEqual([
      ["TILLGÅNGAR", ""],
      ["ANLÄGGNINGSTILLGÅNGAR", "Mark, byggnader och tekniska anläggningar + Maskiner och inventarier"],
      ["Mark, byggnader och tekniska anläggningar", ""],
      ["Maskiner och inventarier", ""],
      ["OMSÄTTNINGSTILLGÅNGAR", "Fordringar + Kassa och bank"],
      ["Fordringar", ""],
      ["Kassa och bank", ""],
      ["SUMMA TILLGÅNGAR", "ANLÄGGNINGSTILLGÅNGAR + OMSÄTTNINGSTILLGÅNGAR"],
    ]);
  });

  it("keeps the structure when one figure under a section is wrong", () => {
    const rows: CellValue[][] = [
      ["Balansräkning", "2020", "2019", "2018"],
      ["OMSÄTTNINGSTILLGÅNGAR", 88_300, 85_745, 96_768],
      ["Fordringar", 39_331, 34_153, 32_399],
      ["Kassa och bank", 48_996, 51_592, 64_369], // 48 969 transposed
      ["SUMMA TILLGÅNGAR", 88_300, 85_745, 96_768],
    ];
    expect(structure(rows)[0]).toEqual(["OMSÄTTNINGSTILLGÅNGAR", "Fordringar + Kassa och bank"]);
  });

  it("finds a total the vocabulary does not know when it sums the lines above it in every column", () => {
    const rows: CellValue[][] = [
      ["Resultaträkning", "2018", "2017"],
      ["Verksamhetens intäkter", 421_300, 469_100],
      ["Verksamhetens kostnader", -1_628_500, -1_616_000],
      ["Verksamhetens nettokostnader", -1_207_200, -1_146_900],
      ["Skatteintäkter", 836_500, 832_600],
      ["Generella statsbidrag netto", 363_600, 382_700],
      ["Resultat före bokslutsdispositioner", -7_100, 68_400],
      ["Årets resultat", -7_100, 68_400],
    ];
    const s = structure(rows);
    expect(s[5]).toEqual([
      "Resultat före bokslutsdispositioner",
      "Verksamhetens nettokostnader + Skatteintäkter + Generella statsbidrag netto",
    ]);
    expect(s[6]).toEqual(["Årets resultat", "Resultat före bokslutsdispositioner"]);
  });

  it("does not make a total of a line that equals its neighbours by law (staten = region + kommuner)", () => {
    const rows: CellValue[][] = [
      ["Not 1 Verksamhetens intäkter", "2025", "2024"],
      ["Statlig insats", 3_000_000, 2_800_000],
      ["Region", 1_500_000, 1_400_000],
      ["Kommuner", 1_500_000, 1_400_000],
      ["Summa", 6_000_000, 5_600_000],
    ];
    expect(structure(rows)).toEqual([
      ["Statlig insats", ""],
      ["Region", ""],
      ["Kommuner", ""],
      ["Summa", "Statlig insats + Region + Kommuner"],
    ]);
  });

  it("closes a Därav sub-table with its own Summa, not the note's", () => {
    const rows: CellValue[][] = [
      ["Not 2 Verksamhetens kostnader", "2018", "2017"],
      ["Kostnader enligt driftredovisningen", 1_783_900, 1_767_100],
      ["Avgår interna poster", -155_400, -151_100],
      ["Summa", 1_628_500, 1_616_000],
      ["Därav Pensionskostnader"],
      ["Årets utbetalningar", 36_100, 35_600],
      ["Årets intjänade del", 42_400, 38_500],
      ["Summa", 78_500, 74_100],
    ];
    const s = structure(rows);
    expect(s[2]).toEqual(["Summa", "Kostnader enligt driftredovisningen + Avgår interna poster"]);
    expect(s[6]).toEqual(["Summa", "Årets utbetalningar + Årets intjänade del"]);
  });
});
