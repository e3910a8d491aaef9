/**
 * The pane's shipped JavaScript (dist/, built by the jest global set-up) carries no ExcelJS and no
 * workbench code: those are for the workbench page only. The source maps are the inventory.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = join(__dirname, "..", "..", "dist");
const sources = (file: string): string[] =>
  (JSON.parse(readFileSync(join(dist, `${file}.map`), "utf8")) as { sources: string[] }).sources;

describe("the pane's bundle", () => {
  it.each(["taskpane.js", "engine-worker.js"])("%s holds neither ExcelJS nor workbench code", (file) => {
    const list = sources(file);
    expect(list.filter((s) => /node_modules\/exceljs\//.test(s))).toEqual([]);
    expect(list.filter((s) => /src\/workbench\//.test(s))).toEqual([]);
  });

  it("keeps the pane itself (without the engine worker) under 150 KB gzip", () => {
    const gz = gzipSync(readFileSync(join(dist, "taskpane.js")), { level: 9 }).length;
    expect(gz).toBeLessThan(150 * 1024);
  });
});
