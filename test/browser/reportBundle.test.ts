/**
 * The report reader stays out of the pane: taskpane.js carries neither pdf.js nor the Word reader
 * (they are the report worker's, fetched when a report is read), and the report worker itself
 * loads pdf.js only for a PDF (a chunk of its own). The source maps are the inventory.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(__dirname, "..", "..", "dist");
const sources = (file: string): string[] =>
  (JSON.parse(readFileSync(join(dist, `${file}.map`), "utf8")) as { sources: string[] }).sources;
const gz = (file: string): number => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

describe("the report reader's bundles", () => {
  it.each(["taskpane.js", "workbench.js", "engine-worker.js"])(
    "%s holds no pdf.js, no Word reader and no report reader",
    (file) => {
      const list = sources(file);
      expect(list.filter((s) => /node_modules\/(pdfjs-dist|fast-xml-parser)\//.test(s))).toEqual([]);
      expect(
        list.filter((s) => /src\/report\/(readPdf|readDocx|pdfLayout|docxBody|inflate)/.test(s)),
      ).toEqual([]);
    },
  );

  it("report-worker.js loads pdf.js only as a chunk of its own", () => {
    expect(sources("report-worker.js").filter((s) => /pdfjs-dist/.test(s))).toEqual([]);
    const chunks = readdirSync(dist).filter(
      (f) => f.endsWith(".js") && sources(f).some((s) => /pdfjs-dist/.test(s)),
    );
    expect(chunks.length).toBeGreaterThan(0);
    expect(chunks).not.toContain("taskpane.js");
    // The figures for the record (gzip): the worker itself is small; pdf.js is fetched for a PDF only.
    const sizes = Object.fromEntries(["report-worker.js", ...chunks].map((f) => [f, gz(f)]));
    expect(sizes["report-worker.js"]).toBeLessThan(20 * 1024);
  });
});
