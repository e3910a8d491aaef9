import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { loadFixtureModel } from "./loadModel";

describe("the engine on a workbook read through the Excel adapter", () => {
  it("finds seed 000's sign error on the resultaträkning's Årets resultat, after two syncs", async () => {
    const host = createHostDouble(await loadFixtureModel("varend-2025-per-sheet.xlsx"));
    const snapshot = await readWorkbookSnapshot(host.run);
    const result = checkWorkbook(snapshot, {});
    // Names; then the used ranges' sizes (checked against the workbook budget, issue 9) with the cells.
    expect(host.syncCount).toBe(2);
    const sign = result.findings.filter(
      (f) => f.statement === "RR" && f.kind === "sign" && f.severity === "error",
    );
    expect(sign.map((f) => f.label)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Årets resultat/i)]),
    );
  });
});
