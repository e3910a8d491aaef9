import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/cli/readXlsx";
import { ReadError } from "../../src/cli/readError";
import { readWithExcelJs } from "../../src/cli/readWithExcelJs";
import { type BudgetLimits, WORKBOOK_BUDGET } from "../../src/engine/workbook/budget";
import { type SheetSnapshot, excelError, parseA1 } from "../../src/engine/workbook/snapshot";
import { bomb, sheetXml, workbookParts, zip } from "../fixtures/hostile/makeHostile";
import { ERROR_CELLS } from "../fixtures/hostile/makeErrorCells";
import { minimalXlsx, numberRows, storedZip } from "./storedZip";

const FIXTURES = join(__dirname, "..", "fixtures");
const tmp = mkdtempSync(join(tmpdir(), "finsam-read-"));

function cellOf(
  sheet: SheetSnapshot,
  address: string,
): { value: unknown; text?: string; formula?: unknown; fmt?: string } {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].charCodeAt(0) - 65 - sheet.origin.col;
  const row = Number(m[2]) - 1 - sheet.origin.row;
  return {
    value: sheet.values[row]?.[col] ?? null,
    text: sheet.text?.[row]?.[col],
    formula: sheet.formulas?.[row]?.[col],
    fmt: sheet.numberFormat?.[row]?.[col],
  };
}

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(tmp, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const pick = ({ value, text, formula }: ReturnType<typeof cellOf>) => ({ value, text, formula });

async function readError(path: string, limits?: BudgetLimits): Promise<ReadError> {
  try {
    await readXlsx(path, limits);
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error(`${path} was read without error`);
}

describe("readXlsx: the fixtures", () => {
  it.each([
    "varend-2025-per-sheet",
    "varend-2025-one-sheet",
    "varend-2025-text",
    "kalmar-2024-per-sheet",
    "kalmar-2024-tkr",
    "varend-2025-per-sheet-corrected",
    "kalmar-2024-tkr-corrected",
  ])("reads %s", async (name) => {
    const wb = await readXlsx(join(FIXTURES, `${name}.xlsx`));
    expect(wb.name).toBe(`${name}.xlsx`);
    expect(wb.sheets.length).toBeGreaterThan(0);
    for (const s of wb.sheets) {
      expect(s.text).toHaveLength(s.values.length);
      expect(s.formulas).toHaveLength(s.values.length);
      expect(s.numberFormat).toHaveLength(s.values.length);
    }
  });

  it("gives one sheet per statement, with numbers as numbers and their number format", async () => {
    const wb = await readXlsx(join(FIXTURES, "varend-2025-per-sheet.xlsx"));
    expect(wb.sheets.map((s) => s.name)).toEqual([
      "Översikt",
      "Balanskrav",
      "Driftredovisning",
      "Resultaträkning",
      "Balansräkning",
      "Kassaflödesanalys",
      "Noter",
    ]);
    const rr = wb.sheets.find((s) => s.name === "Resultaträkning")!;
    expect(cellOf(rr, "A1").value).toBe("3 RESULTATRÄKNING");
    expect(cellOf(rr, "C3").value).toBe("2025-01-01 -2025-12-31");
    expect(cellOf(rr, "A11").value).toBe("Årets resultat");
    expect(cellOf(rr, "C11")).toMatchObject({ value: -1920460, text: "-1\u00A0920\u00A0460", fmt: "# ##0" });
    const br = wb.sheets.find((s) => s.name === "Balansräkning")!;
    expect(cellOf(br, "B6").value).toBe("3,4");
  });

  it("keeps amounts pasted from a PDF as text, with their spaces and minus signs", async () => {
    const wb = await readXlsx(join(FIXTURES, "varend-2025-text.xlsx"));
    const all = wb.sheets.flatMap((s) => s.values.flat());
    const strings = all.filter((v): v is string => typeof v === "string");
    expect(all.some((v) => typeof v === "number")).toBe(false);
    expect(strings.some((s) => s.includes("\u00A0"))).toBe(true);
    expect(strings.some((s) => s.includes("\u202F"))).toBe(true);
    expect(strings.some((s) => s.startsWith("\u2212"))).toBe(true);
    expect(strings.some((s) => s.startsWith("\u2013 "))).toBe(true);
    expect(strings).toContain("-");
  });

  it("stacks every statement on one sheet", async () => {
    const wb = await readXlsx(join(FIXTURES, "varend-2025-one-sheet.xlsx"));
    expect(wb.sheets).toHaveLength(1);
    const titles = wb.sheets[0].values
      .map((r) => r[0])
      .filter((v) => typeof v === "string" && /^[0-9.: ]*[A-ZÅÄÖ]{4}/.test(v));
    expect(titles).toEqual(
      expect.arrayContaining(["3 RESULTATRÄKNING", "4 BALANSRÄKNING", "5 KASSAFLÖDESANALYS", "7. NOTER"]),
    );
  });

  it("gives dates as Excel serial numbers with their displayed text, as Office.js does", async () => {
    const wb = await readXlsx(join(FIXTURES, "kalmar-2024-per-sheet.xlsx"));
    const br = wb.sheets.find((s) => s.name === "Balansräkning")!;
    expect(cellOf(br, "C3")).toMatchObject({ value: 45657, text: "2024-12-31", fmt: "yyyy-mm-dd" });
  });
});

describe("readXlsx: cells", () => {
  let sheet: SheetSnapshot;
  beforeAll(async () => {
    const path = await writeWorkbook("cells.xlsx", (wb) => {
      const ws = wb.addWorksheet("Blad");
      ws.getCell("B2").value = "Resultaträkning";
      ws.mergeCells("B2:D2");
      ws.getCell("B3").value = 10;
      ws.getCell("C3").value = 20;
      ws.getCell("D3").value = { formula: "SUM(B3:C3)", result: 30 } as ExcelJS.CellFormulaValue;
      ws.getCell("B4").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
      ws.getCell("C4").value = {
        formula: "B3/0",
        result: { error: "#DIV/0!" },
      } as unknown as ExcelJS.CellFormulaValue;
      ws.getCell("D4").value = {
        richText: [{ text: "Summa " }, { font: { bold: true }, text: "tillgångar" }],
      };
      ws.getCell("B5").value = 0.54;
      ws.getCell("B5").numFmt = "0%";
      ws.getCell("C5").value = true;
      ws.getCell("D5").value = { formula: "B3*2" } as ExcelJS.CellFormulaValue;
    });
    [sheet] = (await readXlsx(path)).sheets;
  });

  it("starts the arrays at the used range, not at A1", () => {
    expect(sheet.origin).toEqual({ row: 1, col: 1 });
    expect(sheet.values).toHaveLength(4);
  });

  it("keeps a merged range's value in its top-left cell only", () => {
    expect(cellOf(sheet, "B2").value).toBe("Resultaträkning");
    expect(cellOf(sheet, "C2").value).toBeNull();
    expect(cellOf(sheet, "D2").value).toBeNull();
  });

  it("gives a formula cell its cached result as value and its formula with =", () => {
    expect(cellOf(sheet, "D3")).toMatchObject({ value: 30, text: "30", formula: "=SUM(B3:C3)" });
    expect(cellOf(sheet, "B3")).toMatchObject({ value: 10, formula: 10 });
  });

  it("gives error values as their text, constant or formula result", () => {
    expect(cellOf(sheet, "B4")).toMatchObject({ value: "#DIV/0!", text: "#DIV/0!" });
    expect(cellOf(sheet, "C4")).toMatchObject({ value: "#DIV/0!", formula: "=B3/0" });
  });

  it("flattens rich text, shows percentages and booleans as Swedish Excel does", () => {
    expect(cellOf(sheet, "D4").value).toBe("Summa tillgångar");
    expect(cellOf(sheet, "B5")).toMatchObject({ value: 0.54, text: "54\u00A0%" });
    expect(cellOf(sheet, "C5")).toMatchObject({ value: true, text: "SANT" });
  });

  it("gives a formula without a cached result an empty value but keeps the formula", () => {
    expect(cellOf(sheet, "D5")).toMatchObject({ value: null, formula: "=B3*2" });
  });
});

describe("readXlsx: files that cannot be checked", () => {
  it("names a missing file", async () => {
    const e = await readError(join(tmp, "finns-inte.xlsx"));
    expect(e.code).toBe("missing");
    expect(e.message).toMatch(/finns inte/);
  });

  it("refuses a folder", async () => {
    expect((await readError(tmp)).code).toBe("not-a-file");
  });

  it.each([
    [
      "a CSV",
      "rapport.csv",
      Buffer.from("Årets resultat;1 920 460\n", "utf8"),
      "not-xlsx",
      /ingen Excel-arbetsbok/,
    ],
    ["a PDF renamed", "rapport.xlsx", Buffer.from("%PDF-1.7\n%âãÏÓ\n", "latin1"), "pdf", /PDF/],
    ["an empty file", "tom.xlsx", Buffer.alloc(0), "not-xlsx", /ingen Excel-arbetsbok/],
    [
      "a zip that is no workbook",
      "arkiv.xlsx",
      storedZip([{ name: "readme.txt", data: Buffer.from("hej") }]),
      "not-xlsx",
      /ingen Excel-arbetsbok/,
    ],
    ["a truncated zip", "trasig.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), "corrupt", /skadad/],
  ])("refuses %s", async (_what, name, bytes, code, message) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    const e = await readError(path);
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it("names a symbolic link that loops in words, not by the system's code", async () => {
    const path = join(tmp, "slinga.xlsx");
    symlinkSync(path, path);
    const e = await readError(path);
    expect(e.message).not.toMatch(/ELOOP|Error/);
    expect(e.message).toMatch(/slinga/);
  });

  it("tells an encrypted workbook (or an old .xls) by its OLE signature", async () => {
    const path = join(tmp, "krypterad.xlsx");
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]),
    );
    const e = await readError(path);
    expect(e.code).toBe("encrypted");
    expect(e.message).toMatch(/krypterad eller i gammalt \.xls-format/);
  });

  it("refuses a workbook without any filled cell", async () => {
    const path = await writeWorkbook("tom-arbetsbok.xlsx", (wb) => {
      wb.addWorksheet("Blad1");
      wb.addWorksheet("Blad2").getCell("C3").numFmt = "0%"; // formatted but empty
    });
    const e = await readError(path);
    expect(e.code).toBe("empty");
    expect(e.message).toMatch(/tom/);
  });

  it("reads a sheet without any statement (recognising statements is the engine's job)", async () => {
    const path = await writeWorkbook("inkopslista.xlsx", (wb) => {
      const ws = wb.addWorksheet("Inköp");
      ws.addRow(["Mjölk", 2]);
      ws.addRow(["Bröd", 1]);
    });
    const wb = await readXlsx(path);
    expect(wb.sheets[0].values).toEqual([
      ["Mjölk", 2],
      ["Bröd", 1],
    ]);
  });

  it("reads a hand-built minimal .xlsx", async () => {
    const path = join(tmp, "minimal.xlsx");
    writeFileSync(path, minimalXlsx(numberRows(3)));
    const wb = await readXlsx(path);
    expect(wb.sheets[0].values).toEqual([[1], [2], [3]]);
  });

  it("refuses a sheet of a million rows at once, with a clear message", async () => {
    const path = join(tmp, "miljon.xlsx");
    writeFileSync(path, minimalXlsx(numberRows(1_000_000)));
    const started = Date.now();
    const e = await readError(path);
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/för stor/);
    expect(Date.now() - started).toBeLessThan(10_000); // refused before parsing: no minutes of XML
  }, 30_000);

  it("refuses a used range beyond the cell limit", async () => {
    const path = await writeWorkbook("glest.xlsx", (wb) => {
      const ws = wb.addWorksheet("Glest");
      ws.getCell("A1").value = 1;
      ws.getCell("Z100000").value = 2; // two cells, but a used range of 2,6 million
    });
    const e = await readError(path);
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/Glest/);
  });
});

describe("readXlsx: Excel's error values", () => {
  const path = join(FIXTURES, "hostile", "error-cells.xlsx");

  it("gives every error cell its error text as value, with its formula, from a real .xlsx", async () => {
    const wb = await readXlsx(path);
    for (const e of ERROR_CELLS) {
      const sheet = wb.sheets.find((s) => s.name === e.sheet)!;
      expect({ at: `${e.sheet}!${e.cell}`, ...pick(cellOf(sheet, e.cell)) }).toEqual({
        at: `${e.sheet}!${e.cell}`,
        value: e.value,
        text: e.value,
        formula: e.formula ?? e.value,
      });
    }
  });

  it("gives the same through ExcelJS, the reader of files the fast scan leaves", async () => {
    const buf = readFileSync(path);
    const full = await readWithExcelJs(buf, "error-cells.xlsx");
    for (const e of ERROR_CELLS) {
      const { row, col } = parseA1(e.cell)!;
      const cell = full.find((s) => s.name === e.sheet)!.cells.find((c) => c.row === row && c.col === col);
      expect({ at: `${e.sheet}!${e.cell}`, value: cell?.value, formula: cell?.formula }).toEqual({
        at: `${e.sheet}!${e.cell}`,
        value: e.value,
        formula: e.formula ?? e.value,
      });
    }
  });

  it("knows every error by its English and its Swedish name", () => {
    expect(
      ["#REF!", "#REFERENS!", "#DIV/0!", "#DIVISION/0!", "#VÄRDEFEL!", "#SAKNAS!", "#NAMN?"].map(excelError),
    ).toEqual(["#REF!", "#REF!", "#DIV/0!", "#DIV/0!", "#VALUE!", "#N/A", "#NAME?"]);
    expect(["#OGILTIGT!", "#SKÄRNING!", "#SPILL!", "#CALC!"].map(excelError)).toEqual([
      "#NUM!",
      "#NULL!",
      "#SPILL!",
      "#CALC!",
    ]);
    expect([" 1 920", "#", "# Not", 12, null, "Summa"].map((v) => excelError(v))).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe("readXlsx: one budget per workbook", () => {
  const write = (name: string, bytes: Buffer) => {
    const path = join(tmp, name);
    writeFileSync(path, bytes);
    return path;
  };

  it("stops inflating at the limit when the zip directory lies about a sheet's size", async () => {
    const path = write(
      "bomb.xlsx",
      zip(
        workbookParts([
          { name: "Blad1", xml: bomb("xl/worksheets/sheet1.xml", "<worksheet><sheetData>", "<row/>", 2e5) },
        ]),
      ),
    );
    const limits = { ...WORKBOOK_BUDGET, maxCellXmlBytes: 1024 * 1024 }; // the bomb unpacks to ~200 MB
    const e = await readError(path, limits);
    expect(e.code).toBe("too-large");
    expect(e.message).toBe(
      "Arbetsboken bomb.xlsx är för stor för granskning: uppackad blir den större än 1 MB, gränsen för en granskning. Kopiera rapporterna till en mindre arbetsbok.",
    );
  });

  it("counts the used ranges of all sheets together, naming the largest", async () => {
    const sheet = (bottom: number) =>
      sheetXml(
        `<row r="1"><c r="A1"><v>1</v></c></row><row r="${bottom}"><c r="B${bottom}"><v>2</v></c></row>`,
      );
    const path = write(
      "glesa-blad.xlsx",
      zip(
        workbookParts([
          { name: "Ett", xml: sheet(300_000) },
          { name: "Två", xml: sheet(400_000) },
        ]),
      ),
    );
    const e = await readError(path); // 600 000 + 800 000 cells: each sheet alone is within the budget
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(
      /sammanlagt 1\s400\s000 celler \(högst 1\s000\s000\)\. Störst är bladet ”Två” \(A1:B400000\)\./,
    );
  });

  it("places cells without r= after their neighbours, as Excel does", async () => {
    const rows =
      '<row r="2"><c><v>1</v></c><c t="inlineStr"><is><t>x</t></is></c></row><row><c r="C3"><v>3</v></c><c><v>4</v></c></row>';
    const wb = await readXlsx(write("utan-r.xlsx", minimalXlsx(rows)));
    expect(wb.sheets[0].origin).toEqual({ row: 1, col: 0 });
    expect(wb.sheets[0].values).toEqual([
      [1, "x", null, null],
      [null, null, 3, 4],
    ]);
  });

  it.each([
    ["A0", '<row r="1"><c r="A0"><v>1</v></c></row>', /adressen A0, som ligger utanför kalkylbladet/],
    ["XFE1", '<row r="1"><c r="XFE1"><v>1</v></c></row>', /adressen XFE1, som ligger utanför kalkylbladet/],
    ["A1048577", '<row r="1"><c r="A1048577"><v>1</v></c></row>', /adressen A1048577/],
    [
      "1e400",
      '<row r="1"><c r="A1"><v>1e400</v></c></row>',
      /cellen A1 på bladet ”Data” har ett tal som inte går att läsa/,
    ],
  ])("refuses %s as damaged, in our words", async (name, rows, message) => {
    const e = await readError(write(`trasig-${name}.xlsx`, minimalXlsx(rows)));
    expect(e.code).toBe("corrupt");
    expect(e.message).toMatch(message);
  });
});
