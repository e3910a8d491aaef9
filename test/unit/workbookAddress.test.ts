/** `?workbook=` of the workbench: its own server only, whatever form the address takes. */
import { workbookAddress } from "../../src/workbench/workbookAddress";

const PAGE = new URL("https://localhost:3000/workbench.html?workbook=x");

describe("workbookAddress", () => {
  it.each([
    ["samples/varend-2025.xlsx", "https://localhost:3000/samples/varend-2025.xlsx", "varend-2025.xlsx"],
    [
      "/fixtures/kalmar%202024.xlsx",
      "https://localhost:3000/fixtures/kalmar%202024.xlsx",
      "kalmar 2024.xlsx",
    ],
    ["https://localhost:3000/a/b.xlsx", "https://localhost:3000/a/b.xlsx", "b.xlsx"],
  ])("opens %s from the page's own server", (requested, href, fileName) => {
    expect(workbookAddress(requested, PAGE)).toEqual({ ok: true, url: new URL(href), fileName });
  });

  it.each([
    "https://example.org/rapport.xlsx",
    "//example.org/rapport.xlsx",
    "http://localhost:3000/rapport.xlsx", // another scheme is another origin
    "https://localhost:3001/rapport.xlsx", // another port too
    "data:application/octet-stream;base64,UEsDBA==",
    "blob:https://localhost:3000/0f0e",
    "javascript:alert(1)",
  ])("refuses %s with a Swedish sentence naming the own server", (requested) => {
    const result = workbookAddress(requested, PAGE);
    expect(result).toEqual({
      ok: false,
      message: `Arbetsbänken öppnar bara arbetsböcker från sin egen server (https://localhost:3000), inte ${requested}. Ladda ned filen och öppna den med ”Öppna arbetsbok (.xlsx)”.`,
    });
  });

  it("says an address that is no address is none", () => {
    expect(workbookAddress("http://[::1", PAGE)).toEqual({
      ok: false,
      message: "”http://[::1” är ingen giltig adress till en arbetsbok.",
    });
  });
});
