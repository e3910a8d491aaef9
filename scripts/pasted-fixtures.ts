/**
 * Writes test/fixtures/pasted/*.xlsx: the seed workbooks (test/fixtures/, made from seeds 000 and
 * 004 by scripts/build-fixtures.ts) with their statements pasted as a PDF viewer pastes them, one
 * line per cell: label, note and amounts in one text, single spaces between them. Beside each
 * workbook a *.source.json says, for every pasted line, the cells of the seed workbook it came from,
 * so tests can ask for exactly the source's amounts and findings at the pasted cells. Run:
 *   npx tsx scripts/pasted-fixtures.ts
 * Each statement is pasted one of three ways: plain spaces and "-" (from A1); no-break spaces
 * between thousands and "−" minus (some from B4, under a paragraph of prose); every line in the
 * first row's cell only (one cell of many lines). The Kalmar workbook in tkr is pasted too.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../src/cli/readXlsx";
import { a1, qualifiedAddress, type SheetSnapshot } from "../src/engine/workbook/snapshot";

const ROOT = join(__dirname, "..");
const SOURCES = join(ROOT, "test", "fixtures");
const OUT = join(SOURCES, "pasted");

/** The statements a revisor copies out of the PDF; the other sheets stay as the ekonom typed them. */
const PASTED_SHEETS = ["Översikt", "Resultaträkning", "Balansräkning", "Kassaflödesanalys", "Noter"];

type Style = "plain" | "nbsp" | "one-cell";

/** How one statement sheet is pasted. */
interface Paste {
  readonly style: Style;
  /** Where the first line goes (0-based). */
  readonly at: { row: number; col: number };
  /** A paragraph pasted above the statement: it must not be read as a statement row. */
  readonly prose?: string;
}

interface Variant {
  readonly name: string;
  readonly source: string;
  /** Per pasted sheet; a sheet not named is pasted plain from A1. */
  readonly sheets: Readonly<Record<string, Paste>>;
}

const PROSE = "Årets resultat blev 1 920 460 kr vilket är 1 920 460 kr bättre än budget 0 kr.";
const PLAIN: Paste = { style: "plain", at: { row: 0, col: 0 } };
const NBSP_UNDER_PROSE: Paste = { style: "nbsp", at: { row: 2, col: 1 }, prose: PROSE };
const ONE_CELL: Paste = { style: "one-cell", at: { row: 0, col: 0 } };
const NBSP: Paste = { style: "nbsp", at: { row: 0, col: 0 } };

/**
 * Each seed once as published, every statement pasted in another way, and once corrected (no
 * errors to find); the Kalmar workbook in tkr with no-break spaces throughout.
 */
const VARIANTS: readonly Variant[] = [
  {
    name: "varend-2025-pasted",
    source: "varend-2025-per-sheet",
    sheets: { Balansräkning: NBSP_UNDER_PROSE, Noter: ONE_CELL },
  },
  { name: "varend-2025-corrected-pasted", source: "varend-2025-per-sheet-corrected", sheets: {} },
  {
    name: "kalmar-2024-pasted",
    source: "kalmar-2024-per-sheet",
    sheets: { Resultaträkning: NBSP, Kassaflödesanalys: ONE_CELL, Noter: NBSP_UNDER_PROSE },
  },
  { name: "kalmar-2024-corrected-pasted", source: "kalmar-2024-per-sheet-corrected", sheets: {} },
  {
    name: "kalmar-2024-tkr-pasted",
    source: "kalmar-2024-tkr",
    sheets: Object.fromEntries(PASTED_SHEETS.map((s) => [s, NBSP])),
  },
];

/** One pasted line and the seed cells it came from. */
export interface SourceLine {
  /** The pasted cell, `Sheet!A14`. */
  readonly cell: string;
  /** For a cell of many lines: the line's index in it. */
  readonly lineNo?: number;
  readonly text: string;
  /** The seed's label cell, `Sheet!A6`. */
  readonly source: string;
  /** The seed's cells per period column of the sheet (left to right), with their values; null where blank. */
  readonly amounts: ReadonlyArray<{ readonly source: string; readonly value: number | null }> | null;
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  for (const v of VARIANTS) {
    const file = join(SOURCES, `${v.source}.xlsx`);
    const snapshot = await readXlsx(file);
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(file);
    const wb = new ExcelJS.Workbook();
    const lines: SourceLine[] = [];
    for (const ws of original.worksheets) {
      const out = wb.addWorksheet(ws.name);
      const sheet = snapshot.sheets.find((s) => s.name === ws.name);
      // A corrected seed keeps its overview as typed: its soliditet of two years out of five cannot
      // say from text alone which years they are (pastedRows.test.ts has that case).
      const pasted =
        PASTED_SHEETS.includes(ws.name) && !(ws.name === "Översikt" && v.name.includes("corrected"));
      if (!sheet || !pasted) {
        copySheet(ws, out);
        continue;
      }
      lines.push(...pasteSheet(sheet, out, v.sheets[ws.name] ?? PLAIN));
    }
    const target = join(OUT, `${v.name}.xlsx`);
    // A fixed date keeps the committed file the same from run to run.
    wb.created = new Date("2026-01-01T00:00:00Z");
    wb.modified = wb.created;
    await wb.xlsx.writeFile(target);
    writeFileSync(
      join(OUT, `${v.name}.source.json`),
      `${JSON.stringify({ source: `${v.source}.xlsx`, lines }, null, 1)}\n`,
    );
    console.log(`${target}: ${lines.length} rader`);
  }
}

function copySheet(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const target = to.getCell(r, c);
      target.value = cell.value;
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
  });
}

/** Writes a statement sheet's rows as a PDF viewer pastes them; returns where each line came from. */
function pasteSheet(sheet: SheetSnapshot, out: ExcelJS.Worksheet, v: Paste): SourceLine[] {
  const periodCols = periodColumns(sheet);
  const noteCol = noteColumn(sheet);
  const texts: Array<{ text: string; srcRow: number; amounts: SourceLine["amounts"] }> = [];
  sheet.values.forEach((row, r) => {
    const shown = sheet.text?.[r] ?? [];
    const parts: string[] = [];
    (row ?? []).forEach((value, c) => {
      if (value === null || value === undefined || value === "") return;
      const text = (shown[c] || String(value)).trim();
      parts.push(
        typeof value === "number" && c !== noteCol && !isHeaderRow(sheet, r) ? styled(text, v.style) : text,
      );
    });
    if (parts.length === 0) return;
    const hasFigures =
      !isHeaderRow(sheet, r) && periodCols.some((c) => typeof row?.[c] === "number" || row?.[c] === "-");
    const amounts = hasFigures
      ? periodCols.map((c) => {
          const value = row?.[c];
          return {
            source: qualifiedAddress(sheet.name, a1(sheet.origin.row + r, sheet.origin.col + c)),
            value: typeof value === "number" ? value : value === "-" ? 0 : null,
          };
        })
      : null;
    texts.push({ text: parts.join(" "), srcRow: sheet.origin.row + r, amounts });
  });
  const lines: SourceLine[] = [];
  let row = v.at.row;
  if (v.prose) out.getCell(++row, v.at.col + 1).value = v.prose;
  if (v.style === "one-cell") {
    const cell = out.getCell(v.at.row + 1, v.at.col + 1);
    cell.value = texts.map((t) => t.text).join("\n");
    cell.alignment = { wrapText: true };
    texts.forEach((t, lineNo) =>
      lines.push({
        cell: qualifiedAddress(sheet.name, a1(v.at.row, v.at.col)),
        lineNo,
        text: t.text,
        source: qualifiedAddress(sheet.name, a1(t.srcRow, sheet.origin.col)),
        amounts: t.amounts,
      }),
    );
    return lines;
  }
  for (const t of texts) {
    row++;
    out.getCell(row, v.at.col + 1).value = t.text;
    lines.push({
      cell: qualifiedAddress(sheet.name, a1(row - 1, v.at.col)),
      text: t.text,
      source: qualifiedAddress(sheet.name, a1(t.srcRow, sheet.origin.col)),
      amounts: t.amounts,
    });
  }
  return lines;
}

/** An amount as the PDF shows it: no-break spaces between thousands and a true minus in the "nbsp" style. */
function styled(text: string, style: Style): string {
  if (style !== "nbsp") return text;
  return text.replace(/(\d) (?=\d{3})/g, "$1\u00A0").replace(/^-/, "\u2212");
}

/** Rows that only head columns: their numbers are dates or years (written as the header shows them). */
function isHeaderRow(sheet: SheetSnapshot, r: number): boolean {
  const row = sheet.values[r] ?? [];
  const numbers = row.map((v, c) => ({ v, c })).filter((x) => x.c > 0 && typeof x.v === "number");
  const shown = (c: number): string => sheet.text?.[r]?.[c] ?? "";
  return (
    numbers.length > 0 &&
    numbers.every((x) => /^\d{4}-\d{2}-\d{2}$/.test(shown(x.c)) || /^(19|20)\d{2}$/.test(shown(x.c)))
  );
}

/** The columns right of the labels that hold figures in any row, but not the note column. */
function periodColumns(sheet: SheetSnapshot): number[] {
  const note = noteColumn(sheet);
  const cols = new Set<number>();
  sheet.values.forEach((row) =>
    (row ?? []).forEach((v, c) => {
      if (c > 0 && c !== note && v !== null && v !== "") cols.add(c);
    }),
  );
  return [...cols].sort((a, b) => a - b);
}

function noteColumn(sheet: SheetSnapshot): number | undefined {
  for (const row of sheet.values) {
    const c = (row ?? []).findIndex((v) => typeof v === "string" && /^not$/i.test(v.trim()));
    if (c > 0) return c;
  }
  return undefined;
}

void main();
