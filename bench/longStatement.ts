import type { CellValue, WorkbookSnapshot } from "../src/engine/workbook/snapshot";

/**
 * One resultaträkning of `rows` cost lines in two years, closed by "Summa kostnader"; with
 * `sections`, a "Summa grupp N" after every ten lines (a long driftredovisning). The figures foot,
 * so the work measured is recognition and structure, not diagnosis.
 */
export function longStatement(rows: number, sections: boolean): WorkbookSnapshot {
  const values: CellValue[][] = [
    ["Resultaträkning", null, null],
    ["Belopp i kr", "2025", "2024"],
  ];
  let [a, b, ga, gb] = [0, 0, 0, 0];
  for (let i = 0; i < rows; i++) {
    const x = 1000 + ((i * 7919) % 90000);
    const y = 1000 + ((i * 104729) % 90000);
    [a, b, ga, gb] = [a + x, b + y, ga + x, gb + y];
    values.push([`Kostnad ${i + 1}`, -x, -y]);
    if (sections && i % 10 === 9) {
      values.push([`Summa grupp ${(i + 1) / 10}`, -ga, -gb]);
      [ga, gb] = [0, 0];
    }
  }
  values.push(["Summa kostnader", -a, -b]);
  return { name: `rr-${rows}`, sheets: [{ name: "RR", origin: { row: 0, col: 0 }, values }] };
}
