/**
 * Every formula the user documentation shows is evaluated here, as written, under the names Excel
 * calls (functions.json), in a sheet built from the cells the example names, with blank cells
 * passed as desktop Excel (0) and as Excel on the web (null) pass them. A documented result that
 * the functions do not give fails this test, and so does a formula the test could not read.
 *
 * The documentation's example format (README "## Funktionerna" code blocks, and the help page's
 * `<pre class="exempel">` blocks):
 *   B2:B6 = 60 920; 11 280; 6 514        cells: `;` between rows, `|` between columns
 *   =FINSAM.X(…)        → 1 628 600      a formula and its result (`;`/`|` between cells, one row per line)
 *   (…) after two spaces is a comment; `tom` is an empty cell; #VÄRDEFEL! and #SAKNAS! are errors.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DetailedCellError, ErrorType, HyperFormula, RawCellContent } from "hyperformula";
import { FINSAM_FUNCTIONS } from "../../src/functions/registry";
import { BlankMode, finsamSheet, formulaName } from "./finsamHyperFormula";

const ROOT = join(__dirname, "..", "..");

interface Setup {
  readonly address: string;
  readonly rows: RawCellContent[][];
}
interface Example {
  readonly source: string;
  readonly setups: readonly Setup[];
  readonly formula: string;
  readonly expected: string;
}

const COMMENT = /\s{2,}\(.*\)\s*$/;
const SETUP = /^\s*([A-Z]{1,2}\d+(?::[A-Z]{1,2}\d+)?)\s+=\s+(.+)$/;
const FORMULA = /^\s*(=FINSAM\..*?)\s*(?:→\s*(.*))?$/;

/** A cell as the example writes it: a Swedish number (with % for percent), "text", or a word. */
function setupCell(text: string): RawCellContent {
  const t = text.trim();
  if (/^".*"$/.test(t)) return t.slice(1, -1);
  const percent = t.endsWith("%");
  const digits = t
    .replace(/%$/, "")
    .replace(/[\s\u00A0\u202F]/g, "")
    .replace("\u2212", "-")
    .replace(",", ".");
  if (/^-?\d+(\.\d+)?$/.test(digits)) return percent ? Number(digits) / 100 : Number(digits);
  return t;
}

function parseBlock(block: string, source: string): Example[] {
  const examples: Example[] = [];
  const setups: Setup[] = [];
  const lines = block.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const setup = SETUP.exec(line);
    if (setup && !line.trim().startsWith("=")) {
      const rows = setup[2]
        .replace(COMMENT, "")
        .split(";")
        .map((row) => row.split("|").map(setupCell));
      setups.push({ address: setup[1], rows });
      continue;
    }
    const formula = FORMULA.exec(line);
    if (!formula) continue;
    const resultLines = formula[2] !== undefined ? [formula[2]] : [];
    // A result on the following lines: one starting with →, then indented continuation lines.
    while (i + 1 < lines.length) {
      const next = lines[i + 1];
      const trimmed = next.trim();
      if (trimmed === "" || trimmed.startsWith("=") || SETUP.test(next)) break;
      if (resultLines.length === 0 && !trimmed.startsWith("→")) break;
      resultLines.push(trimmed.replace(/^→\s*/, ""));
      i++;
    }
    examples.push({
      source,
      setups: [...setups],
      formula: formula[1].trim(),
      expected: resultLines.map((l) => l.replace(COMMENT, "")).join("\n"),
    });
  }
  return examples;
}

function readmeExamples(): Example[] {
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const start = readme.indexOf("## Funktionerna");
  const end = readme.indexOf("\n## ", start + 1);
  const section = readme.slice(start, end);
  const blocks = [...section.matchAll(/```[a-z]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  return blocks.flatMap((b) => parseBlock(b, "README.md"));
}

const HELP_PAGE = join("assets", "help", "funktioner.html");

function unescapeHtml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

function helpExamples(): Example[] {
  const html = readFileSync(join(ROOT, HELP_PAGE), "utf8");
  const blocks = [...html.matchAll(/<pre class="exempel">([\s\S]*?)<\/pre>/g)].map((m) => unescapeHtml(m[1]));
  return blocks.flatMap((b) => parseBlock(b, HELP_PAGE));
}

type Expected =
  | { kind: "number"; value: number; decimals: number }
  | { kind: "text"; value: string }
  | { kind: "error"; type: ErrorType };

function expectedCell(token: string): Expected {
  const t = token.trim();
  if (t === "#VÄRDEFEL!") return { kind: "error", type: ErrorType.VALUE };
  if (t === "#SAKNAS!") return { kind: "error", type: ErrorType.NA };
  if (t === "tom") return { kind: "text", value: "" };
  const digits = t.replace(/[\s\u00A0\u202F]/g, "").replace("\u2212", "-");
  if (/^-?\d+(,\d+)?$/.test(digits)) {
    const decimals = digits.includes(",") ? digits.split(",")[1].length : 0;
    return { kind: "number", value: Number(digits.replace(",", ".")), decimals };
  }
  return { kind: "text", value: t };
}

function expectedCells(expected: string): Expected[] {
  return expected.split(/[\n;|]/).map(expectedCell);
}

const FORMULA_CELL = "K40";

function build(example: Example, blanks: BlankMode): HyperFormula {
  const hf = finsamSheet([[]], { blanks });
  for (const setup of example.setups) {
    const at = hf.simpleCellAddressFromString(setup.address.split(":")[0], 0)!;
    hf.setCellContents(at, setup.rows);
  }
  return hf;
}

/** The example's formula evaluated, its result flattened row by row (a spill read to its last value). */
function evaluate(example: Example, blanks: BlankMode, cells: number): unknown[] {
  // The cells first, then the formula: entered as a user would, in one sheet.
  const hf = build(example, blanks);
  const at = hf.simpleCellAddressFromString(FORMULA_CELL, 0)!;
  hf.setCellContents(at, [[example.formula]]);
  const values: unknown[] = [];
  const width = Math.max(
    1,
    ...[0, 1, 2, 3, 4, 5]
      .filter((c) => hf.getCellValue({ ...at, col: at.col + c }) !== null)
      .map((c) => c + 1),
  );
  for (let r = 0; values.length < cells; r++)
    for (let c = 0; c < width && values.length < cells; c++)
      values.push(hf.getCellValue({ ...at, row: at.row + r, col: at.col + c }));
  hf.destroy();
  return values;
}

function matches(actual: unknown, expected: Expected): boolean {
  switch (expected.kind) {
    case "error":
      return actual instanceof DetailedCellError && actual.type === expected.type;
    case "text":
      return actual === expected.value;
    case "number":
      return typeof actual === "number" && Number(actual.toFixed(expected.decimals)) === expected.value;
  }
}

const EXAMPLES = [...readmeExamples(), ...helpExamples()];

describe("the documented formulas", () => {
  it("are read from README and the help page, every =FINSAM. formula of them", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(
      readme.indexOf("## Funktionerna"),
      readme.indexOf("\n## ", readme.indexOf("## Funktionerna") + 1),
    );
    const html = readFileSync(join(ROOT, HELP_PAGE), "utf8");
    const written = (text: string) => (text.match(/^\s*=FINSAM\./gm) ?? []).length;
    expect(EXAMPLES.filter((e) => e.source === "README.md")).toHaveLength(written(section));
    expect(EXAMPLES.filter((e) => e.source === HELP_PAGE)).toHaveLength(written(html));
    for (const e of EXAMPLES)
      expect({ formula: e.formula, expected: e.expected.length > 0 }).toEqual({
        formula: e.formula,
        expected: true,
      });
  });

  it.each(FINSAM_FUNCTIONS.map((fn) => formulaName(fn)))(
    "show %s in README and on the help page, by its Excel name",
    (name) => {
      for (const source of ["README.md", HELP_PAGE]) {
        expect({
          source,
          shown: EXAMPLES.some((e) => e.source === source && e.formula.startsWith(`=${name}(`)),
        }).toEqual({
          source,
          shown: true,
        });
      }
    },
  );

  describe.each(["null", "zero"] as const)("with blank cells as %s", (blanks) => {
    it.each(EXAMPLES.map((e) => [`${e.source}: ${e.formula}`, e] as const))("%s", (_label, example) => {
      const expected = expectedCells(example.expected);
      const actual = evaluate(example, blanks, expected.length);
      const shown = actual.map((a) => (a instanceof DetailedCellError ? a.value : a));
      expect({
        formula: example.formula,
        ok: expected.every((e, i) => matches(actual[i], e)),
        shown,
      }).toEqual({
        formula: example.formula,
        ok: true,
        shown,
      });
    });
  });
});
