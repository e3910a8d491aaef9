/**
 * A Word report's tables as workbook cells: amounts as numbers (with the text as printed, U+2212
 * and no-break spaces included), note references as text, headings and labels in column A.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/engine/workbook/snapshot";
import { inflateNode } from "../../src/report/inflateNode";
import { readDocx } from "../../src/report/readDocx";

const REPORTS = join(__dirname, "..", "fixtures", "reports");

async function rows(file: string): Promise<(readonly CellValue[])[]> {
  const reading = await readDocx(new Uint8Array(readFileSync(join(REPORTS, file))), file, inflateNode);
  expect(reading.snapshot.sheets).toHaveLength(1);
  return reading.snapshot.sheets[0].values.map((r) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === null) end--;
    return r.slice(0, end);
  });
}

it("reads the balansräkning of Värend with its note references and signed amounts", async () => {
  const values = await rows("varend-2025-one-sheet.docx");
  expect(values).toContainEqual(["4 BALANSRÄKNING"]);
  expect(values).toContainEqual(["Belopp i kr.", "Not", "2025-12-31", "2024-12-31"]);
  expect(values).toContainEqual(["Korta fordringar", "3,4", 1063673, 537519]);
  expect(values).toContainEqual(["Årets resultat", null, 1920460, -1587235]);
  expect(values).toContainEqual(["Soliditet", 0.54, 0.3, 0.61, 0.58, 0.57]);
});

it("keeps the printed text and its precision beside each number", async () => {
  const reading = await readDocx(
    new Uint8Array(readFileSync(join(REPORTS, "varend-2025-one-sheet.docx"))),
    "v.docx",
    inflateNode,
  );
  const sheet = reading.snapshot.sheets[0];
  const r = sheet.values.findIndex((row) => row[0] === "Verksamhetens resultat");
  expect(sheet.values[r].slice(0, 4)).toEqual(["Verksamhetens resultat", null, -1876309, -1648422]);
  expect(sheet.text?.[r][2]).toBe("\u22121\u00a0876\u00a0309");
  expect(sheet.numberFormat?.[r][2]).toBe("# ##0");
});

it("reads Kalmar's two-row period header and its empty lines", async () => {
  const values = await rows("kalmar-2024-per-sheet.docx");
  expect(values).toContainEqual([null, null, "2024-01-01", "2023-01-01"]);
  expect(values).toContainEqual(["Belopp i kr.", "Not", "2024-12-31", "2023-12-31"]);
  expect(values).toContainEqual(["Avskrivningar"]);
  expect(values).toContainEqual(["Verksamhetens kostnader", "2", -17607130, -18714547]);
});
