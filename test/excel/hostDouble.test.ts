import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";

const workbook = () =>
  modelFromRows({
    RR: [
      ["Resultaträkning", null, 2025],
      ["Verksamhetens intäkter", null, 8525399],
      ["Årets resultat", null, -1920460],
    ],
    BR: [["Eget kapital", 2652130]],
  });

describe("the Office.js host double is as strict as Excel", () => {
  it("throws PropertyNotLoaded when a property is read before load", async () => {
    const host = createHostDouble(workbook());
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("RR").getRange("C3");
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- the point of the test
        return range.values;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("throws PropertyNotLoaded when a loaded property is read before sync", async () => {
    const host = createHostDouble(workbook());
    await expect(
      host.run(async (context) => {
        const range = context.workbook.worksheets.getItem("RR").getRange("C3").load("values");
        const early = range.values;
        await context.sync();
        return early;
      }),
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
  });

  it("answers a loaded and synced property and counts the sync", async () => {
    const host = createHostDouble(workbook());
    const values = await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem("RR").getRange("C3").load("values");
      await context.sync();
      return range.values;
    });
    expect(values).toEqual([[-1920460]]);
    expect(host.syncCount).toBe(1);
  });

  it("does nothing before sync: a queued write is not seen by a load queued before it", async () => {
    const host = createHostDouble(workbook());
    const [before, after] = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("BR");
      const a = sheet.getRange("B1").load("values");
      sheet.getRange("B1").values = [[1]];
      const b = sheet.getRange("B1").load("values");
      await context.sync();
      return [a.values, b.values];
    });
    expect(before).toEqual([[2652130]]);
    expect(after).toEqual([[1]]);
  });

  it("fails a sync whose answer exceeds the payload limit", async () => {
    const host = createHostDouble(workbook());
    host.payloadLimit = 10;
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("RR").getUsedRange().load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });

  it("reports an unknown sheet at sync, as ItemNotFound", async () => {
    const host = createHostDouble(workbook());
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Saknas").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses values whose shape does not match the range, as Excel does", async () => {
    const host = createHostDouble(workbook());
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("RR").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("tells a null object only after a sync", async () => {
    const host = createHostDouble(modelFromRows({ Tom: [] }));
    const isNull = await host.run(async (context) => {
      const used = context.workbook.worksheets.getItem("Tom").getUsedRangeOrNullObject(true);
      // eslint-disable-next-line office-addins/call-sync-before-read -- the point of the test
      expect(() => used.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      return used.isNullObject;
    });
    expect(isNull).toBe(true);
  });
});
