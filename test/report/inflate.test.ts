/**
 * One Word reader, two inflaters: zlib for the command line, a DecompressionStream for the pane's
 * worker (Node has it too, so both run here on the same fixture). Both stop at the limit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { InflateTooLarge } from "../../src/report/inflate";
import { inflateBrowser } from "../../src/report/inflateBrowser";
import { inflateNode } from "../../src/report/inflateNode";
import { REPORT_LIMITS } from "../../src/report/limits";
import { readDocx } from "../../src/report/readDocx";

const REPORTS = join(__dirname, "..", "fixtures", "reports");

it.each([
  ["zlib", inflateNode],
  ["DecompressionStream", inflateBrowser],
])("%s inflates within the limit and refuses past it", async (_name, inflate) => {
  const text = "Balansräkning ".repeat(10_000);
  const packed = deflateRawSync(Buffer.from(text, "utf8"));
  const out = await inflate(packed, 1_000_000);
  expect(new TextDecoder().decode(out)).toBe(text);
  await expect(Promise.resolve().then(() => inflate(packed, 1000))).rejects.toBeInstanceOf(InflateTooLarge);
  await expect(
    Promise.resolve().then(() => inflate(new Uint8Array([1, 2, 3, 4]), 1000)),
  ).rejects.toBeDefined();
});

it("reads the same Word report with either inflater", async () => {
  const data = new Uint8Array(readFileSync(join(REPORTS, "varend-2025-one-sheet.docx")));
  const node = await readDocx(data, "v.docx", inflateNode);
  const browser = await readDocx(data, "v.docx", inflateBrowser);
  expect(browser.snapshot).toEqual(node.snapshot);
  expect(node.snapshot.sheets[0].values.length).toBeGreaterThan(50);
});

it("says a Word document too large to unpack is too large, in Swedish", async () => {
  const data = new Uint8Array(readFileSync(join(REPORTS, "varend-2025-one-sheet.docx")));
  const limits = { ...REPORT_LIMITS, maxDocumentXmlBytes: 1000 };
  await expect(readDocx(data, "v.docx", inflateBrowser, limits)).rejects.toMatchObject({
    code: "too-large",
    message: expect.stringMatching(/mer text än granskningen tar emot/),
  });
});
