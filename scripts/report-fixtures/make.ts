/**
 * Makes the published-report fixtures in test/fixtures/reports/ the way reports are made: the
 * statements and notes of the fixture workbooks (seeds 000 and 004, with the seeds' errors, and
 * their corrected variants) laid out as a Word document, saved as .docx and exported to PDF by
 * headless LibreOffice; and one workbook printed to PDF by LibreOffice Calc.
 *
 * Run by hand (never by the tests; they read the committed files):
 *   apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui
 *   npx tsx scripts/report-fixtures/make.ts            # everything
 *   npx tsx scripts/report-fixtures/make.ts jamfor     # one part: reports, bench, printed, bad, jamfor
 *
 * Every report has the förvaltningsberättelse's paragraphs before its statements (prose.ts, cut
 * verbatim from the seeds; their quoted amounts in quoted-amounts.json), and the comparison's
 * reports carry planted differences from their workbook (planted.ts, listed in *.planted.json).
 *
 * Layouts vary as real reports do: Värend one statement per page, tables with rules, amounts with
 * no-break spaces and U+2212 minus; Kalmar several statements per page, tables without rules,
 * plain spaces and hyphen-minus.
 */
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CellValue, SheetSnapshot } from "../../src/engine/workbook/snapshot";
import { readXlsx } from "../../src/cli/readXlsx";
import { type Prose, proseFor } from "./prose";
import { quotedAmounts } from "./quotedAmounts";
import { PLANTS, plant } from "./planted";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(ROOT, "test", "fixtures");
const OUT = join(FIXTURES, "reports");

interface Layout {
  /** A page break before every heading (one statement per page) or before every sheet only. */
  readonly breakBefore: "heading" | "sheet";
  /** Tables with rules (borders) or without. */
  readonly rules: boolean;
  /** Amounts with no-break spaces and U+2212, as Word's typography gives them. */
  readonly typographic: boolean;
  /** A running header (the report's title) and a footer with the page number on every page. */
  readonly running?: string;
  /** The förvaltningsberättelse set in newspaper columns (Word's w:cols, Writer's column section). */
  readonly proseColumns?: number;
  /**
   * Notes set side by side, two small tables across the page (each pair by the start of the notes'
   * titles, "Not 3" beside "Not 4"), in a section of two columns with a column break between them.
   */
  readonly sideBySide?: readonly (readonly [string, string])[];
  /** The notes set in two newspaper columns, a note running on from the foot of one column to the next. */
  readonly notesInColumns?: boolean;
  /** Column headers on two lines in their cells, as Word users break them ("Utfall" over "jan-dec 2025"). */
  readonly twoLineHeaders?: "after-first-word" | "year-below";
}

const KALMAR_TITLE = "Samordningsförbundet i Kalmar län – Årsredovisning 2024";

const REPORTS: {
  workbook: string;
  name?: string;
  layout: Layout;
  /** Kronor per unit of the workbook's amounts (1000 for tkr), for the quoted amounts' truth. */
  statementUnit?: number;
}[] = [
  { workbook: "varend-2025-one-sheet", layout: { breakBefore: "heading", rules: true, typographic: true } },
  {
    workbook: "varend-2025-one-sheet-corrected",
    layout: { breakBefore: "heading", rules: true, typographic: true },
  },
  {
    workbook: "kalmar-2024-per-sheet",
    layout: { breakBefore: "sheet", rules: false, typographic: false, running: KALMAR_TITLE },
  },
  {
    workbook: "kalmar-2024-per-sheet-corrected",
    layout: { breakBefore: "sheet", rules: false, typographic: false, running: KALMAR_TITLE },
  },
  // A report in tkr, as Kalmar's workbook in thousands would be printed.
  {
    workbook: "kalmar-2024-tkr",
    layout: { breakBefore: "sheet", rules: false, typographic: false, running: KALMAR_TITLE },
    statementUnit: 1000,
  },
  // Column headers on two lines in their cells ("Utfall" over "jan-dec 2025").
  {
    workbook: "varend-2025-one-sheet",
    name: "varend-2025-one-sheet-tvaradsrubriker",
    layout: { breakBefore: "heading", rules: true, typographic: true, twoLineHeaders: "after-first-word" },
  },
  // The year alone on a header's second line ("Utfall jan-dec" over "2025"), in reports with and
  // without the seeds' errors.
  {
    workbook: "varend-2025-one-sheet-corrected",
    name: "varend-2025-one-sheet-corrected-arsrad",
    layout: { breakBefore: "heading", rules: true, typographic: true, twoLineHeaders: "year-below" },
  },
  {
    workbook: "kalmar-2024-per-sheet",
    name: "kalmar-2024-per-sheet-arsrad",
    layout: {
      breakBefore: "sheet",
      rules: false,
      typographic: false,
      running: KALMAR_TITLE,
      twoLineHeaders: "year-below",
    },
  },
  // The notes in two newspaper columns, a note running on into the next column.
  {
    workbook: "kalmar-2024-per-sheet",
    name: "kalmar-2024-per-sheet-notspalter",
    layout: {
      breakBefore: "sheet",
      rules: false,
      typographic: false,
      running: KALMAR_TITLE,
      notesInColumns: true,
    },
  },
  {
    workbook: "varend-2025-one-sheet",
    name: "varend-2025-one-sheet-notspalter",
    layout: { breakBefore: "heading", rules: true, typographic: true, notesInColumns: true },
  },
  // Two-column pages: the förvaltningsberättelse in newspaper columns, notes side by side, the
  // statements over the full width.
  {
    workbook: "varend-2025-one-sheet",
    name: "varend-2025-one-sheet-spalter",
    layout: {
      breakBefore: "heading",
      rules: true,
      typographic: true,
      proseColumns: 2,
      sideBySide: [
        ["Not 3", "Not 4"],
        ["Not 6", "Not 7"],
      ],
    },
  },
  {
    workbook: "kalmar-2024-per-sheet",
    name: "kalmar-2024-per-sheet-spalter",
    layout: {
      breakBefore: "sheet",
      rules: false,
      typographic: false,
      running: KALMAR_TITLE,
      proseColumns: 2,
      sideBySide: [["Not 3", "Not 4"]],
    },
  },
];

/**
 * The two-column layouts once more from the corrected workbooks: the reports without the seeds'
 * errors, where any error found would be a false one.
 */
for (const r of [...REPORTS])
  if (r.name?.endsWith("spalter") && !r.workbook.endsWith("-corrected"))
    REPORTS.push({
      ...r,
      workbook: `${r.workbook}-corrected`,
      name: r.name.replace(r.workbook, `${r.workbook}-corrected`),
    });

/** Workbooks printed from Calc as they are. */
const PRINTED = [
  "kalmar-2024-per-sheet",
  "varend-2025-per-sheet",
  "kalmar-2024-per-sheet-corrected",
  "varend-2025-per-sheet-corrected",
];

const escape = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellText(sheet: SheetSnapshot, r: number, c: number, layout: Layout): string {
  const value: CellValue = sheet.values[r]?.[c] ?? null;
  if (value === null || value === "") return "";
  if (typeof value !== "number") return String(value);
  const shown = sheet.text?.[r]?.[c] ?? String(value);
  return layout.typographic ? shown.replace(/^-/, "\u2212").replace(/ /g, "\u00a0") : shown;
}

const filled = (row: readonly CellValue[] | undefined): boolean =>
  (row ?? []).some((v) => v !== null && v !== "");

/** One sheet as headings (a lone label between blank rows) and tables (runs of filled rows). */
function sheetHtml(sheet: SheetSnapshot, layout: Layout, first: boolean): string {
  const parts: string[] = [];
  const rows = sheet.values;
  let r = 0;
  let firstBlock = true;
  while (r < rows.length) {
    if (!filled(rows[r])) {
      r++;
      continue;
    }
    // A heading: a lone label with blank rows around it (or first on its sheet).
    const isHeading = (i: number): boolean =>
      filled(rows[i]) &&
      !filled(rows[i + 1]) &&
      (i === 0 || !filled(rows[i - 1])) &&
      rows[i].filter((v) => v !== null && v !== "").length === 1 &&
      !!rows[i][0];
    // A table runs on over a single blank row (a space inside a statement), not over two or into a heading.
    let end = r;
    if (!isHeading(r))
      while (
        end + 1 < rows.length &&
        (filled(rows[end + 1]) ? !isHeading(end + 1) : filled(rows[end + 2]) && !isHeading(end + 2))
      )
        end++;
    const lone = end === r && isHeading(r);
    const breaks = layout.breakBefore === "heading" ? lone : firstBlock;
    const brk = breaks && !(first && firstBlock) ? ' style="page-break-before: always"' : "";
    if (lone) parts.push(`<h2${brk}>${escape(cellText(sheet, r, 0, layout))}</h2>`);
    else {
      if (brk) parts.push(`<p${brk}></p>`);
      const tables = tablesHtml(sheet, r, end, layout).join("\n");
      const notes = rows.slice(r, end + 1).some((row) => /^Not \d/.test(String(row[0] ?? "")));
      parts.push(
        layout.notesInColumns && notes ? `<multicol cols="2" gutter="24">${tables}</multicol>` : tables,
        "<p></p>",
      );
    }
    firstBlock = false;
    r = end + 1;
  }
  return parts.join("\n");
}

/**
 * A column header broken onto two lines in its cell: after its first word ("Utfall<br>jan-dec
 * 2025", "2025-01-01<br>-2025-12-31") or with its year alone below ("Utfall jan-dec<br>2025").
 * Amounts and one-word headers stay on one line.
 */
function twoLines(text: string, how: "after-first-word" | "year-below"): string {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || !/\d{4}/.test(text) || /^[\u2212-]?[\d\u00a0 ]+$/.test(text)) return escape(text);
  const cut = how === "after-first-word" ? 1 : words.length - 1;
  if (how === "year-below" && !/^(19|20)\d\d$/.test(words[cut])) return escape(text);
  return `${escape(words.slice(0, cut).join(" "))}<br>${escape(words.slice(cut).join(" "))}`;
}

/** Rows `from`..`to` of a sheet as one table over the page's width (or the cell's, when nested). */
function tableHtml(sheet: SheetSnapshot, from: number, to: number, layout: Layout): string {
  const rows = sheet.values;
  const cols = Math.max(
    ...rows
      .slice(from, to + 1)
      .map((row) => row.reduce<number>((m, v, i) => (v !== null && v !== "" ? i + 1 : m), 0)),
  );
  const border = layout.rules ? ' border="1" cellspacing="0"' : ' border="0" cellspacing="0"';
  const body = rows.slice(from, to + 1).map((_, i) => {
    const cells = Array.from({ length: cols }, (_, c) => {
      const shown = cellText(sheet, from + i, c, layout);
      const text = layout.twoLineHeaders && c > 0 ? twoLines(shown, layout.twoLineHeaders) : escape(shown);
      const align = c === 0 ? "left" : "right";
      // Top-aligned, as Word sets a cell: a label wrapped onto two lines has its amounts on the first.
      return `<td align="${align}" valign="top"${c === 0 ? ' width="55%"' : ""}>${text}</td>`;
    });
    return `<tr>${cells.join("")}</tr>`;
  });
  return `<table width="100%"${border} cellpadding="3">${body.join("\n")}</table>`;
}

/**
 * A column break, as Word's w:br w:type="column": Writer's HTML import knows none, so the paragraph
 * holding this word is made one in the .docx (`withColumnBreaks`).
 */
const COLUMN_BREAK = "KOLUMNBRYT";

/** The .docx with each COLUMN_BREAK paragraph's text replaced by a column break, as Word writes it. */
function withColumnBreaks(work: string, docx: string): void {
  const xml = execFileSync("unzip", ["-p", docx, "word/document.xml"], { cwd: work, encoding: "utf8" });
  const run = new RegExp(`<w:r>(?:<w:rPr></w:rPr>)?<w:t>${COLUMN_BREAK}</w:t></w:r>`, "g");
  if (!run.test(xml)) throw new Error(`${docx}: ingen kolumnbrytning att sätta in`);
  const dir = mkdtempSync(join(work, "docx-"));
  mkdirSync(join(dir, "word"));
  writeFileSync(join(dir, "word", "document.xml"), xml.replace(run, '<w:r><w:br w:type="column"/></w:r>'));
  execFileSync("zip", ["-q", join(work, docx), "word/document.xml"], { cwd: dir });
}

/**
 * A table block, with the notes the layout sets side by side taken out of it: the rows before a
 * pair, the pair in a section of two columns (a column break between the two notes, as Word users
 * place two small tables across a page), the rows after.
 */
function tablesHtml(sheet: SheetSnapshot, from: number, to: number, layout: Layout): string[] {
  const pairs = layout.sideBySide ?? [];
  const label = (r: number) => String(sheet.values[r]?.[0] ?? "");
  const filledRow = (r: number) => filled(sheet.values[r]);
  // A note runs from its title to the row before the next title or the block's end, blank rows trimmed.
  const noteEnd = (start: number) => {
    let e = start + 1;
    while (e <= to && !/^Not \d/.test(label(e))) e++;
    e--;
    while (e > start && !filledRow(e)) e--;
    return e;
  };
  const out: string[] = [];
  let start = from;
  for (let r = from; r <= to; r++) {
    const pair = pairs.find(([a]) => label(r).startsWith(a));
    if (!pair) continue;
    const aEnd = noteEnd(r);
    let b = aEnd + 1;
    while (b <= to && !filledRow(b)) b++;
    if (!label(b).startsWith(pair[1])) throw new Error(`${pair[1]} följer inte på ${pair[0]}`);
    const bEnd = noteEnd(b);
    let before = r - 1;
    while (before >= start && !filledRow(before)) before--;
    if (before >= start) out.push(tableHtml(sheet, start, before, layout), "<p></p>");
    out.push(
      `<multicol cols="2" gutter="24">${tableHtml(sheet, r, aEnd, layout)}` +
        `<p>${COLUMN_BREAK}</p>${tableHtml(sheet, b, bEnd, layout)}</multicol>`,
    );
    start = bEnd + 1;
    while (start <= to && !filledRow(start)) start++;
    r = start - 1;
    if (start <= to) out.push("<p></p>");
  }
  if (start <= to) out.push(tableHtml(sheet, start, to, layout));
  return out;
}

/**
 * The förvaltningsberättelse as a Word report has it before the statements: headings and running
 * paragraphs (cut verbatim from the seed), then the statements from a new page.
 */
function proseHtml(prose: Prose, columns = 1): string {
  const html = prose.blocks
    .map((b) => ("heading" in b ? `<h3>${escape(b.heading)}</h3>` : `<p>${escape(b.text)}</p>`))
    .join("\n");
  // Writer reads <multicol> as a section in columns; Word has it as w:cols in a section break.
  return columns > 1 ? `<multicol cols="${columns}" gutter="24">\n${html}\n</multicol>` : html;
}

/** The body as a Word document (`name`.docx, via Writer's HTML import) and its PDF export, in `work`. */
function writeReport(work: string, name: string, layout: Layout, body: string): void {
  const html =
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>${name}</title>` +
    `<style>body { font-family: 'Liberation Sans'; font-size: 10pt } td { font-size: 9pt; white-space: nowrap }</style>` +
    `</head><body>\n${running(layout)}${body}\n</body></html>\n`;
  writeFileSync(join(work, `${name}.html`), html);
  soffice(["--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML", `${name}.html`], work);
  if (body.includes(COLUMN_BREAK)) withColumnBreaks(work, `${name}.docx`);
  soffice(["--convert-to", "pdf", `${name}.docx`], work);
}

/** Writer's HTML form of a page header and footer (as its own HTML export writes them). */
function running(layout: Layout): string {
  if (!layout.running) return "";
  return (
    `<div title="header"><p align="right">${escape(layout.running)}</p></div>\n` +
    `<div title="footer"><p align="center"><sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield></p></div>\n`
  );
}

function soffice(args: string[], cwd: string): void {
  execFileSync("soffice", ["--headless", "--norestore", ...args], {
    cwd,
    stdio: "inherit",
    env: { ...process.env, LANG: "sv_SE.UTF-8", LC_ALL: "sv_SE.UTF-8" },
  });
}

/**
 * Reports the reader must refuse in Swedish: a scanned report (a page rendered to an image, with no
 * text layer), a password-protected PDF, and a PDF of prose with no statement in it.
 */
async function badReports(work: string): Promise<void> {
  // The resultaträkning's page as a 100 dpi image: what a scanner gives.
  const source = join(OUT, "varend-2025-one-sheet.pdf");
  const rr = String(
    execFileSync("pdftotext", ["-layout", source, "-"], { encoding: "utf8" })
      .split("\f")
      .findIndex((p) => p.includes("RESULTATRÄKNING")) + 1,
  );
  execFileSync("pdftoppm", ["-f", rr, "-l", rr, "-r", "100", "-gray", "-png", source, join(work, "scan")]);
  const [image] = readdirSync(work).filter((f) => f.startsWith("scan") && f.endsWith(".png"));
  const page = (body: string) =>
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"></head><body>${body}</body></html>`;
  writeFileSync(join(work, "skannad.html"), page(`<p><img src="${image}" width="600"></p>`));
  writeFileSync(
    join(work, "utan-rakenskaper.html"),
    page(
      "<h1>Verksamhetsplan</h1><p>Förbundet arbetar med samverkan mellan parterna. Här finns inga tabeller med belopp.</p>",
    ),
  );
  for (const name of ["skannad", "utan-rakenskaper"]) {
    soffice(["--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", `${name}.html`], work);
    copyFileSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
  }
  copyFileSync(join(OUT, "kalmar-2024-per-sheet.docx"), join(work, "krypterad.docx"));
  const encrypt = JSON.stringify({
    EncryptFile: { type: "boolean", value: "true" },
    DocumentOpenPassword: { type: "string", value: "hemligt" },
  });
  soffice(["--convert-to", `pdf:writer_pdf_Export:${encrypt}`, "krypterad.docx"], work);
  copyFileSync(join(work, "krypterad.pdf"), join(OUT, "krypterad.pdf"));
}

/**
 * Reports made from a workbook with planted differences (planted.ts), as <workbook>-jamfor.docx and
 * .pdf with <workbook>-jamfor.planted.json; the unchanged report of the same workbook is the case
 * without differences.
 */
async function plantedReports(work: string): Promise<void> {
  for (const [workbook, plants] of Object.entries(PLANTS)) {
    const layout = REPORTS.find((r) => r.workbook === workbook)?.layout;
    if (!layout) throw new Error(`ingen layout för ${workbook}`);
    const { book, planted } = plant(await readXlsx(join(FIXTURES, `${workbook}.xlsx`)), plants);
    const name = `${workbook}-jamfor`;
    const body = [proseHtml(proseFor(workbook)), ...book.sheets.map((s) => sheetHtml(s, layout, false))].join(
      "\n",
    );
    writeReport(work, name, layout, body);
    for (const ext of ["docx", "pdf"])
      copyFileSync(join(work, `${name}.${ext}`), join(OUT, `${name}.${ext}`));
    // The PDF's page of each changed line: its label and the report's amount on one line of text.
    const pages = execFileSync("pdftotext", ["-layout", join(OUT, `${name}.pdf`), "-"], { encoding: "utf8" })
      .replace(/\u00a0/g, " ")
      .replace(/\u2212/g, "-")
      .split("\f");
    const withPage = planted.map((p) => {
      const amount =
        (p.reportValue < 0 ? "-" : "") + Math.abs(p.reportValue).toLocaleString("sv-SE").replace(/\s/g, " ");
      const page = pages.findIndex((t) =>
        t.split("\n").some((l) => l.includes(p.label) && l.includes(amount)),
      );
      if (page < 0) throw new Error(`${name}: "${p.label}" ${amount} finns inte i PDF:en`);
      return { ...p, page: page + 1 };
    });
    const json = {
      workbook: `${workbook}.xlsx`,
      reports: [`${name}.pdf`, `${name}.docx`],
      planted: withPage,
    };
    writeFileSync(join(OUT, `${name}.planted.json`), JSON.stringify(json, null, 2) + "\n");
  }
}

/** The parts to make (all by default): `npx tsx scripts/report-fixtures/make.ts jamfor` makes one. */
const PARTS = ["reports", "bench", "printed", "bad", "jamfor"] as const;

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(PARTS as readonly string[]).includes(a));
  if (unknown.length) throw new Error(`okänd del ${unknown.join(", ")}; delar: ${PARTS.join(", ")}`);
  const wanted = (part: (typeof PARTS)[number]) => asked.length === 0 || asked.includes(part);
  const work = mkdtempSync(join(tmpdir(), "report-fixtures-"));
  try {
    if (wanted("reports")) {
      const truth: unknown[] = [];
      for (const { workbook, name = workbook, layout, statementUnit = 1 } of REPORTS) {
        const snapshot = await readXlsx(join(FIXTURES, `${workbook}.xlsx`));
        const prose = proseFor(workbook);
        const body = [
          proseHtml(prose, layout.proseColumns),
          ...snapshot.sheets.map((s) => sheetHtml(s, layout, false)),
        ].join("\n");
        writeReport(work, name, layout, body);
        copyFileSync(join(work, `${name}.docx`), join(OUT, `${name}.docx`));
        copyFileSync(join(work, `${name}.pdf`), join(OUT, `${name}.pdf`));
        truth.push(...quotedAmounts(workbook, snapshot, prose, join(OUT, `${name}.pdf`), statementUnit));
      }
      writeFileSync(join(OUT, "quoted-amounts.json"), JSON.stringify(truth, null, 2) + "\n");
    }
    // A report of 40 pages, the size the reading is measured on (npm run bench report): the
    // Värend statements five times over, each time from a new page.
    if (wanted("bench")) {
      const layout = REPORTS[1].layout;
      const snapshot = await readXlsx(join(FIXTURES, `${REPORTS[1].workbook}.xlsx`));
      const once = snapshot.sheets.map((s) => sheetHtml(s, layout, false)).join("\n");
      const body =
        proseHtml(proseFor(REPORTS[1].workbook)) + Array.from({ length: 5 }, () => once).join("\n");
      writeReport(work, "rapport-40-sidor", layout, body);
      copyFileSync(join(work, "rapport-40-sidor.pdf"), join(OUT, "rapport-40-sidor.pdf"));
    }
    if (wanted("printed"))
      for (const workbook of PRINTED) {
        // Printed as an ekonom prints a statement: landscape, each sheet fitted to the page's width.
        const book = new ExcelJS.Workbook();
        await book.xlsx.readFile(join(FIXTURES, `${workbook}.xlsx`));
        for (const sheet of book.worksheets)
          sheet.pageSetup = {
            ...sheet.pageSetup,
            orientation: "landscape",
            fitToPage: true,
            fitToWidth: 1,
            fitToHeight: 0,
          };
        await book.xlsx.writeFile(join(work, `${workbook}-utskrift.xlsx`));
        soffice(["--convert-to", "pdf", `${workbook}-utskrift.xlsx`], work);
        copyFileSync(join(work, `${workbook}-utskrift.pdf`), join(OUT, `${workbook}-utskrift.pdf`));
      }
    if (wanted("bad")) await badReports(work);
    if (wanted("jamfor")) await plantedReports(work);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
