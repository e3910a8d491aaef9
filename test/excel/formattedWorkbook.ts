import { modelFromRows } from "../../src/workbench/host/fromCells";
import { cellKey, type WorkbookModel } from "../../src/workbench/host/model";

/**
 * A small RR/BR workbook whose cells carry the user's own formats (a blue fill, a hatched yellow
 * fill with a red pattern, a bold font, a border): what a mark or an export must leave exactly as
 * it was. `extraRows` are added below the RR lines (a note reference, say).
 */
export function workbookWithFormats(extraRows: (string | number)[][] = []): WorkbookModel {
  const model = modelFromRows({
    RR: [["Verksamhetens resultat", -1876309], ["Årets resultat", -1920460], ...extraRows],
    BR: [["Eget kapital", 2652130]],
  });
  const rr = model.sheets[0];
  rr.cells.get(cellKey(0, 1))!.fill = { pattern: "Solid", color: "#DDEBF7", patternColor: null };
  rr.cells.get(cellKey(1, 1))!.fill = { pattern: "LightUp", color: "#FFFF00", patternColor: "#FF0000" };
  rr.cells.get(cellKey(1, 1))!.font = { color: "#1F4E79", bold: true };
  rr.cells.get(cellKey(1, 1))!.borders = { top: { style: "thin", color: "#000000" } };
  return model;
}
