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

describe("the double's conditional formats, sheets and spills are as strict as Excel's", () => {
  it("throws PropertyNotLoaded for a rule's items and formula until they are loaded and synced", async () => {
    const host = createHostDouble(workbook());
    await host.run(async (context) => {
      const rule = context.workbook.worksheets.getItem("RR").getRange("C3").conditionalFormats.add("Custom");
      rule.custom.rule.formula = "=C3=-1920460";
      rule.custom.format.fill.color = "#ffc7ce";
      await context.sync();
    });
    const formula = await host.run(async (context) => {
      const rules = context.workbook.worksheets.getItem("RR").getRange().conditionalFormats;
      expect(() => rules.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      rules.load("items/type");
      await context.sync();
      const rule = rules.items[0].custom.rule;
      expect(() => rule.formula).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      rule.load("formula");
      await context.sync();
      return rule.formula;
    });
    expect(formula).toBe("=C3=-1920460");
    host.insertRows("RR", 1);
    expect(host.model.sheets[0].conditionalFormats[0]).toMatchObject({
      range: { r0: 3, r1: 3 },
      fill: "#FFC7CE",
    });
  });

  it("reads a moved rule's formula from where its cells are now", async () => {
    const host = createHostDouble(workbook());
    await host.run(async (context) => {
      const rule = context.workbook.worksheets.getItem("RR").getRange("C3").conditionalFormats.add("Custom");
      rule.custom.rule.formula = '=AND(ISTEXT("x"),C3=1,$A$1="Resultaträkning")';
      await context.sync();
    });
    host.insertRows("RR", 2, 2);
    host.insertColumns("RR", "A");
    const formula = await host.run(async (context) => {
      const rules = context.workbook.worksheets
        .getItem("RR")
        .getRange()
        .conditionalFormats.load("items/type");
      await context.sync();
      const rule = rules.items[0].custom.rule.load("formula");
      await context.sync();
      return rule.formula;
    });
    expect(formula).toBe('=AND(ISTEXT("x"),D5=1,$A$1="Resultaträkning")');
  });

  it("finds a sheet by its id after a rename, and refuses to hide or delete the last visible sheet", async () => {
    const host = createHostDouble(modelFromRows({ Ensam: [["x"]] }));
    const id = host.model.sheets[0].id;
    host.renameSheet("Ensam", "Omdöpt");
    const name = await host.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(id).load("name");
      await context.sync();
      return sheet.name;
    });
    expect(name).toBe("Omdöpt");
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Omdöpt").visibility = "VeryHidden";
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      host.run(async (context) => {
        context.workbook.worksheets.getItem("Omdöpt").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("takes a formula's spilled values away when the formula is overwritten, as Excel does", async () => {
    const host = createHostDouble(modelFromRows({ Budget: [["=FINSAM.AVRUNDA(A5:A6)"]] }));
    host.calculate("Budget", "A1", [[1], [2]]);
    expect(host.model.sheets[0].cells.get("1,0")).toMatchObject({ value: 2, spilledFrom: "0,0" });
    await host.run(async (context) => {
      context.workbook.worksheets.getItem("Budget").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(host.model.sheets[0].cells.get("1,0")).toMatchObject({ value: null, spilledFrom: null });
  });

  it("raises onChanged for a row insert, as Excel does", async () => {
    const host = createHostDouble(workbook());
    const events: unknown[] = [];
    await host.run(async (context) => {
      context.workbook.worksheets.onChanged.add(async (e) => void events.push(e));
      await context.sync();
    });
    host.insertRows("RR", 2, 3);
    expect(events).toEqual([expect.objectContaining({ changeType: "RowInserted", address: "2:4" })]);
  });
});

describe("the double's row and column edits carry formulas along, as Excel's do", () => {
  const sheet = () =>
    modelFromRows({
      RR: [
        ["Intäkter", 8525399],
        ["Kostnader", -6649090],
        ["Resultat", "=SUM(B1:B2)"],
        ["Kontroll", '=IF(B3=$B$1+B2,"ok","B3 fel")'],
      ],
    });
  const formula = (host: ReturnType<typeof createHostDouble>, row: number, col: number) =>
    host.model.sheets[0].cells.get(`${row},${col}`)?.formula;

  it("moves references below an inserted row, absolute ones too, and never text in quotes", () => {
    const host = createHostDouble(sheet());
    host.insertRows("RR", 2);
    expect(formula(host, 3, 1)).toBe("=SUM(B1:B3)");
    expect(formula(host, 4, 1)).toBe('=IF(B4=$B$1+B3,"ok","B3 fel")');
  });

  it("cuts a range around a deleted row and turns a reference to a deleted cell into #REF!", () => {
    const host = createHostDouble(sheet());
    host.deleteRows("RR", 2);
    expect(formula(host, 1, 1)).toBe("=SUM(B1:B1)");
    expect(formula(host, 2, 1)).toBe('=IF(B2=$B$1+#REF!,"ok","B3 fel")');
  });

  it("moves references right of an inserted column", () => {
    const host = createHostDouble(sheet());
    host.insertColumns("RR", "B");
    expect(formula(host, 2, 2)).toBe("=SUM(C1:C2)");
  });
});
