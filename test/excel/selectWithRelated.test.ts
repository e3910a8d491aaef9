/**
 * Choosing a finding selects its cell and, where Excel can select several areas (ExcelApi 1.18),
 * its related cells on the same sheet with it, so Excel outlines what the tie compares. An older
 * Excel selects the blamed cell alone and nothing fails. The selection Excel reports back names
 * the blamed cell, so the pane keeps showing the finding that was chosen.
 */
import { selectCell } from "../../src/excel/navigate";
import { watchSelection } from "../../src/excel/selection";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";

const rows = () =>
  modelFromRows({
    RR: [
      ["Verksamhetens resultat", -1_920_460],
      ["Finansiella intäkter", 0],
      ["Årets resultat", 1_920_460],
    ],
    BR: [["Årets resultat", 1_920_460]],
  });

const rr = (cell: string) => ({ sheet: "RR", cell });
const related = [rr("B1"), rr("B2"), { sheet: "BR", cell: "B1" }, rr("B3")];

describe("selecting a finding's cell with its related cells", () => {
  it("selects the blamed cell first and the related cells of its sheet with it, in one sync", async () => {
    const host = createHostDouble(rows());
    const before = host.syncCount;
    await selectCell(host.run, rr("B3"), related, (set, v) => host.supports(set, v));
    expect(host.syncCount - before).toBe(1);
    expect(host.model.activeSheet).toBe("RR");
    // The blamed cell once, first; the other sheet's cell is left out (Excel selects on one sheet).
    expect(host.model.selection).toBe("B3,B1,B2");
  });

  it("selects the blamed cell alone in an Excel without RangeAreas.select, and does not fail", async () => {
    const host = createHostDouble(rows());
    host.excelApi = "1.9";
    await selectCell(host.run, rr("B3"), related, (set, v) => host.supports(set, v));
    expect(host.model.selection).toBe("B3");
  });

  it("fails in the double as in Excel when RangeAreas.select is called without ExcelApi 1.18", async () => {
    const host = createHostDouble(rows());
    host.excelApi = "1.9";
    // A caller that does not ask first: the sync fails as Excel's would.
    await expect(selectCell(host.run, rr("B3"), related, () => true)).rejects.toMatchObject({
      code: "ApiNotFound",
    });
  });

  it("tells the pane the blamed cell when the user's selection has several areas", async () => {
    const host = createHostDouble(rows());
    const seen: string[] = [];
    const stop = await watchSelection(host.run, (ref) => seen.push(`${ref.sheet}!${ref.cell}`));
    host.selectCell("RR", "B3,B1:B2");
    await new Promise((r) => setTimeout(r, 20));
    await stop();
    expect(seen).toEqual(["RR!B3"]);
  });
});
