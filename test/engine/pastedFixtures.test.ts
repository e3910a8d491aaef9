/**
 * Statements pasted as a PDF viewer pastes them, one line per cell (test/fixtures/pasted/, made by
 * scripts/pasted-fixtures.ts from the seed workbooks): each line is cut back into exactly the
 * amounts of the seed's cells, and the pasted workbook is found to hold the same errors as the seed
 * workbook, at the pasted cells.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Decimal from "decimal.js";
import { parseAmount } from "../../src/engine/amount/parseAmount";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CheckResult, Finding } from "../../src/engine/check/finding";
import { splitPasted } from "../../src/engine/check/read/pastedCheck";
import { HOLE } from "../../src/engine/check/read/pastedSheets";
import { readXlsx } from "../../src/cli/readXlsx";
import { parseA1, parseQualified, qualifiedAddress } from "../../src/engine/workbook/snapshot";

const PASTED = join(__dirname, "..", "fixtures", "pasted");
const FIXTURES = join(__dirname, "..", "fixtures");

interface SourceLine {
  readonly cell: string;
  readonly lineNo?: number;
  readonly text: string;
  readonly source: string;
  readonly amounts: ReadonlyArray<{ readonly source: string; readonly value: number | null }> | null;
}
interface SourceFile {
  readonly source: string;
  readonly lines: readonly SourceLine[];
}

const names = readdirSync(PASTED)
  .filter((f) => f.endsWith(".source.json"))
  .map((f) => f.replace(/\.source\.json$/, ""))
  .sort();

const sourceOf = (name: string): SourceFile =>
  JSON.parse(readFileSync(join(PASTED, `${name}.source.json`), "utf8")) as SourceFile;

const checked = new Map<string, CheckResult>();
async function check(file: string): Promise<CheckResult> {
  let r = checked.get(file);
  if (!r) {
    r = checkWorkbook(await readXlsx(file));
    checked.set(file, r);
  }
  return r;
}

/** A seed cell's address → the pasted cell its row was pasted into (only for pasted rows). */
function addressMap(src: SourceFile): (address: string) => string {
  const byRow = new Map<string, string>();
  for (const l of src.lines) {
    const ref = parseQualified(l.source);
    const at = ref && parseA1(ref.cell);
    if (ref && at) byRow.set(`${ref.sheet}|${at.row}`, l.cell);
  }
  return (address) => {
    const ref = parseQualified(address);
    const at = ref && parseA1(ref.cell);
    return (ref && at && byRow.get(`${ref.sheet}|${at.row}`)) ?? address;
  };
}

/** What must agree between the seed's finding and the pasted one. */
function essence(f: Finding, move: (a: string) => string = (a) => a): string {
  const cell = move(qualifiedAddress(f.sheet, f.cell));
  const related = [...new Set(f.related.map(move))].filter((r) => r !== cell).sort();
  return [
    cell,
    f.ruleId,
    f.severity,
    f.kind,
    f.period ?? "",
    f.expected ?? "",
    f.actual ?? "",
    related.join(","),
  ].join(" ");
}

describe.each(names)("%s", (name) => {
  const src = sourceOf(name);

  it("cuts every pasted line back into exactly the seed's amounts, cell by cell", async () => {
    const snapshot = await readXlsx(join(PASTED, `${name}.xlsx`));
    const split = splitPasted(snapshot);
    expect(split).toBeDefined();
    const { pasted, resolution } = split!;
    const wrong: string[] = [];
    let amounts = 0;
    const withFigures = src.lines.filter((l) => l.amounts !== null);
    for (const expected of withFigures) {
      const ref = parseQualified(expected.cell)!;
      const at = parseA1(ref.cell)!;
      const line = pasted.lines.find(
        (l) => l.sheet === ref.sheet && l.row === at.row && l.col === at.col && l.lineNo === expected.lineNo,
      );
      const reading = line && resolution.choice.get(line);
      if (!reading) {
        wrong.push(`${expected.cell} "${expected.text}": not cut`);
        continue;
      }
      expected.amounts!.forEach((a, i) => {
        amounts++;
        const text = reading.amounts[i];
        const got = text === undefined ? null : text === HOLE ? "hole" : parseAmount(text);
        const same =
          got === null || got === "hole"
            ? got === null && a.value === null
            : got.ok && a.value !== null && got.value.equals(new Decimal(a.value));
        if (!same)
          wrong.push(`${expected.cell} "${expected.text}" amount ${i + 1}: ${String(text)} ≠ ${a.value}`);
      });
    }
    expect(wrong).toEqual([]);
    expect(withFigures.length).toBeGreaterThan(40);
    expect(amounts).toBeGreaterThan(80);
    expect([...resolution.ambiguous.keys()].map((l) => l.text)).toEqual([]);
  });

  it("gives the seed workbook's findings, at the pasted cells", async () => {
    const original = await check(join(FIXTURES, src.source));
    const pasted = await check(join(PASTED, `${name}.xlsx`));
    const move = addressMap(src);
    const want = original.findings.map((f) => essence(f, move)).sort();
    const got = pasted.findings.map((f) => essence(f)).sort();
    expect(got).toEqual(want);
    // The seeds' planted errors are there to be found (the corrected seeds have none).
    if (!name.includes("corrected")) expect(want.filter((w) => / error /.test(w)).length).toBeGreaterThan(2);
  });

  it("names only cells that hold the pasted text, and says which amount of the line", async () => {
    const snapshot = await readXlsx(join(PASTED, `${name}.xlsx`));
    const { findings } = await check(join(PASTED, `${name}.xlsx`));
    const filled = (address: string): boolean => {
      const ref = parseQualified(address)!;
      const at = parseA1(ref.cell)!;
      const sheet = snapshot.sheets.find((s) => s.name === ref.sheet)!;
      const v = sheet.values[at.row - sheet.origin.row]?.[at.col - sheet.origin.col];
      return v !== null && v !== undefined && v !== "";
    };
    const pastedCells = new Set(src.lines.map((l) => l.cell));
    for (const f of findings) {
      const at = qualifiedAddress(f.sheet, f.cell);
      expect(filled(at)).toBe(true);
      for (const r of f.related) expect(filled(r)).toBe(true);
      if (pastedCells.has(at) && f.period !== undefined) expect(f.message).toMatch(/beloppet, \d{4}\)/);
    }
  });
});
