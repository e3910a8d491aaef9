/**
 * The workbench opens .xlsx files in the browser through its own reader (unpack within the budget,
 * then ExcelJS): the hostile workbooks must be refused there in the same Swedish words as on the
 * command line, and the valid ones (cells without `r=`) read the same as the command line reads them.
 */
import { readXlsxBytes } from "../../src/cli/readXlsx";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { loadXlsxModel } from "../../src/workbench/host/loadXlsx";
import { hostileWorkbooks } from "../fixtures/hostile/makeHostile";
import { notOurs } from "./ourText";

const files = hostileWorkbooks();
const open = (name: string) => {
  const bytes = files[name];
  return loadXlsxModel(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
    name,
  );
};

describe("the workbench's reader on hostile workbooks", () => {
  it.each([
    [
      "bomb-3_8mb.xlsx",
      /^Arbetsboken bomb-3_8mb\.xlsx är för stor för granskning: uppackad blir den större än 12 MB/,
    ],
    ["bomb-7_6mb.xlsx", /uppackad blir den större än 12 MB/],
    ["bomb-styles.xlsx", /uppackad blir den större än 64 MB/],
    [
      "sparse-40-sheets.xlsx",
      /sammanlagt 80\s000\s000 celler \(högst 1\s000\s000\)\. Störst är bladet ”Blad1” \(A1:B1000000\)/,
    ],
    ["corner-xfd1048576.xlsx", /”Blad1” \(A1:XFD1048576\)/],
    [
      "address-a0.xlsx",
      /skadad \(bladet ”Blad1” har en cell med adressen A0, som ligger utanför kalkylbladet\)/,
    ],
    ["address-xfe1.xlsx", /adressen XFE1, som ligger utanför kalkylbladet/],
    ["address-row-0.xlsx", /en rad med nummer 0, som ligger utanför kalkylbladet/],
    ["truncated-zip.xlsx", /skadad \(zip-katalogen saknas eller pekar utanför filen\)/],
  ])(
    "refuses %s in Swedish",
    async (name, message) => {
      const error = await open(name).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(message);
      expect(notOurs((error as Error).message)).toEqual([]);
    },
    30_000,
  );

  it("reads cells without r= where the command line reads them", async () => {
    const viaPane = await readWorkbookSnapshot(createHostDouble(await open("cells-without-r.xlsx")).run);
    const viaCli = await readXlsxBytes(files["cells-without-r.xlsx"], "cells-without-r.xlsx");
    expect(viaPane.sheets.map((s) => ({ origin: s.origin, values: s.values }))).toEqual(
      viaCli.sheets.map((s) => ({ origin: s.origin, values: s.values })),
    );
    expect(viaCli.sheets[0].values[0][0]).toBe("Resultaträkning");
  });
});
