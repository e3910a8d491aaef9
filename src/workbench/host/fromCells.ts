/** A workbook model from rows of values, the way tests read best: `{ RR: [["Årets resultat", 5]] }`. */
import { cellForWrite, newSheet, type ModelValue, type WorkbookModel } from "./model";

export function modelFromRows(
  sheets: Record<string, readonly (readonly ModelValue[])[]>,
  name = "Test.xlsx",
): WorkbookModel {
  const list = Object.entries(sheets).map(([sheetName, rows]) => {
    const sheet = newSheet(sheetName);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (value === null) return;
        const cell = cellForWrite(sheet, r, c);
        if (typeof value === "string" && value.startsWith("=")) cell.formula = value;
        else cell.value = value;
      }),
    );
    return sheet;
  });
  return { name, sheets: list, activeSheet: list[0]?.name ?? "", selection: "A1" };
}
