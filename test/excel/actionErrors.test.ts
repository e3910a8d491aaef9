/** Excel's refusals reach the user as Swedish sentences of the message table, never Excel's English. */
import { createExcelActions } from "../../src/excel/excelActions";
import { pane } from "../../src/i18n/sv/pane";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";

const setUp = () => {
  const host = createHostDouble(modelFromRows({ RR: [["Årets resultat", -1920460]] }));
  return { host, actions: createExcelActions(host.run, host.settings) };
};

describe("failures of actions on the workbook, in Swedish", () => {
  it("says a sheet deleted since the check is gone", async () => {
    const { actions } = setUp();
    await expect(actions.selectCell({ sheet: "Borttaget", cell: "B2" })).rejects.toThrow(
      pane.excelItemNotFound,
    );
  });

  it("says the sheets are too large when Excel's answer would exceed its limit", async () => {
    const { host, actions } = setUp();
    host.payloadLimit = 10;
    await expect(actions.countFinsamFormulas(["RR"])).rejects.toThrow(pane.excelTooLarge);
  });

  it("says Excel could not do it, in Swedish, for any other refusal", async () => {
    const { actions } = setUp();
    const error = await actions
      .markCells([{ sheet: "RR", cell: "ZZZZ1", level: "error" }])
      .catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(pane.excelFailed);
  });
});
