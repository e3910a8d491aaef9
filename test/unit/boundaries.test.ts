/**
 * The shape the project promises: one pure engine, thin adapters around it. These are the import
 * rules that keep it so, read from the source files themselves:
 * - the engine imports no adapter, no React and no Office.js;
 * - the pane talks to its host only through its port (src/taskpane/paneActions.ts): no pane file
 *   but the entry point that wires Office.js in (index.tsx) imports src/excel;
 * - the Excel adapter may import the pane's port (it implements it) and nothing else of the pane.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve, dirname } from "node:path";

const ROOT = resolve(__dirname, "..", "..");
const SRC = join(ROOT, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(e.name) ? [path] : [];
  });
}

/** Every module a file imports, as a path relative to src/ for local ones, else the package name. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)"([^"]+)"/g)].map((m) => m[1]);
  return specs.map((s) => (s.startsWith(".") ? relative(SRC, resolve(dirname(file), s)) : s));
}

const files = sourceFiles(SRC).map((f) => ({ file: relative(SRC, f), imports: importsOf(f) }));

describe("the project's layers", () => {
  it("finds the source files it judges", () => {
    expect(files.filter((f) => f.file.startsWith("engine/")).length).toBeGreaterThan(30);
    expect(files.filter((f) => f.file.startsWith("excel/")).length).toBeGreaterThan(10);
  });

  it("keeps the engine pure: no adapter, React or Office.js", () => {
    const bad = files
      .filter((f) => f.file.startsWith("engine/"))
      .flatMap((f) =>
        f.imports
          .filter(
            (i) =>
              /^(excel|taskpane|workbench|cli|report|functions)\//.test(i) ||
              /^(react|@fluentui|@microsoft\/office-js)/.test(i),
          )
          .map((i) => `${f.file} → ${i}`),
      );
    expect(bad).toEqual([]);
  });

  it("lets the pane reach Excel only through its port, wired in by the entry point", () => {
    const bad = files
      .filter((f) => f.file.startsWith("taskpane/") && f.file !== "taskpane/index.tsx")
      .flatMap((f) => f.imports.filter((i) => i.startsWith("excel/")).map((i) => `${f.file} → ${i}`));
    expect(bad).toEqual([]);
  });

  it("lets the Excel adapter import nothing of the pane but its port", () => {
    const bad = files
      .filter((f) => f.file.startsWith("excel/"))
      .flatMap((f) =>
        f.imports
          .filter((i) => i.startsWith("taskpane/") && i !== "taskpane/paneActions")
          .map((i) => `${f.file} → ${i}`),
      );
    expect(bad).toEqual([]);
  });
});
