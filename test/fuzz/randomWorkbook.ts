/**
 * Random workbooks shaped like the reports the checker reads: stacked or one-per-sheet statements
 * with titles, year and unit headers, note columns, labels from the fixtures' own vocabulary,
 * totals that mostly tie (and sometimes do not), amounts as numbers or pasted text, Excel error
 * cells, formulas (also shared), merged titles, dates, cells without `r=`, and odd sheet names.
 * Valid .xlsx files: reading them must succeed (or refuse in Swedish); the engine must not crash.
 */
import { type Part, sheetXml, workbookParts, zip } from "../fixtures/hostile/makeHostile";
import { EXCEL_ERRORS, a1 } from "../../src/engine/workbook/snapshot";
import type { Rng } from "./rng";

const TITLES = [
  "Resultaträkning",
  "3 RESULTATRÄKNING",
  "Balansräkning",
  "4 BALANSRÄKNING",
  "Kassaflödesanalys",
  "Noter",
  "Not 3 Verksamhetens intäkter",
  "Översikt över verksamhetens utveckling",
  "Femårsöversikt (tkr)",
  "Driftredovisning",
  "Balanskravsresultat",
  "Balanskravsutredning",
];
const UNITS = ["Belopp i kr", "Belopp i tkr", "tkr", "mnkr", "Löpande prisnivå, mnkr", ""];
const SHEETS = [
  "Resultaträkning",
  "Balansräkning",
  "Blad1",
  "Noter",
  "Översikt",
  "RR & BR",
  "'Citat'",
  "Blad (2)",
  "Ä",
];
// Odd but possible cell text. Not "NaN" or "undefined": a message may quote a label, and those
// words in a message are what the oracle looks for.
const ODD_TEXT = ["", " ", "-", "–", "Summa", "Därav", "Not", "3,4", "=Summa", "1e400", "#", "∞", "0x1F"];

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An amount as a report writes it: a number, or text pasted from a PDF. */
function amountCell(rng: Rng, n: number): { t?: string; v?: string; text?: string } {
  const r = rng.next();
  if (r < 0.7) return { v: String(n) };
  const abs = Math.abs(n)
    .toLocaleString("sv-SE")
    .replace(/\u00a0/g, rng.pick([" ", "\u00a0", "\u202f"]));
  const minus = rng.pick(["-", "\u2212", "\u2013 ", "("]);
  const text =
    n < 0 ? (minus === "(" ? `(${abs})` : `${minus}${abs}`) : n === 0 ? rng.pick(["-", "0", "–"]) : abs;
  return { text: rng.chance(0.1) ? `${text} kr` : text };
}

export function randomWorkbook(rng: Rng, vocabulary: readonly string[]): Buffer {
  const sheetCount = rng.between(1, 4);
  const sheets: { name: string; xml: string | Part }[] = [];
  const used = new Set<string>();
  for (let s = 0; s < sheetCount; s++) {
    let name = rng.pick(SHEETS);
    while (used.has(name)) name = `${name}${s}`;
    used.add(name);
    sheets.push({ name, xml: sheetXml(...randomSheet(rng, vocabulary)) });
  }
  const parts = workbookParts(sheets.map((s) => ({ name: escapeXml(s.name), xml: s.xml })));
  if (rng.chance(0.5)) parts.push(stylesPart());
  return zip(parts.map((p) => ({ ...p, deflated: rng.chance(0.5) })));
}

/** A styles part with the formats statements use: whole numbers, a date, percent, "kr". */
function stylesPart(): Part {
  const xml =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3">' +
    '<numFmt numFmtId="164" formatCode="# ##0"/><numFmt numFmtId="165" formatCode="yyyy-mm-dd"/><numFmt numFmtId="166" formatCode="0&quot; kr&quot;"/></numFmts>' +
    '<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="9"/><xf numFmtId="166"/></cellXfs></styleSheet>';
  return { name: "xl/styles.xml", data: Buffer.from(xml, "utf8") };
}

function randomSheet(rng: Rng, vocabulary: readonly string[]): [string, string] {
  const rows = new Map<number, string[]>();
  const put = (r: number, c: number, cell: string) => {
    if (!rows.has(r)) rows.set(r, []);
    rows.get(r)!.push(`<c r="${a1(r, c)}"${cell}`);
  };
  const str = (s: string) => ` t="inlineStr"><is><t xml:space="preserve">${escapeXml(s)}</t></is></c>`;
  const merges: string[] = [];
  let row = rng.between(0, 5);
  const col0 = rng.between(0, 3);
  const statements = rng.between(1, 3);
  for (let k = 0; k < statements; k++) {
    const years = rng.between(1, 5);
    const first = rng.between(2015, 2026);
    const noteCol = rng.chance(0.5);
    put(row, col0, str(rng.pick(TITLES)));
    if (rng.chance(0.3)) merges.push(`${a1(row, col0)}:${a1(row, col0 + 2)}`);
    row++;
    put(row, col0, str(rng.pick(UNITS)));
    if (noteCol) put(row, col0 + 1, str("Not"));
    const amountCol = col0 + (noteCol ? 2 : 1);
    for (let y = 0; y < years; y++) {
      const header = rng.pick([
        String(first - y),
        `${first - y}-12-31`,
        `Utfall ${first - y}`,
        `Budget ${first - y}`,
      ]);
      if (rng.chance(0.15)) put(row, amountCol + y, ` s="${2}"><v>${45000 + rng.int(4000)}</v></c>`);
      else put(row, amountCol + y, str(header));
    }
    row++;
    const lines = rng.between(2, 25);
    const sums = new Array<number>(years).fill(0);
    for (let l = 0; l < lines; l++) {
      const isTotal = l === lines - 1 || rng.chance(0.1);
      put(
        row,
        col0,
        str(
          isTotal
            ? rng.pick(["Summa", "Årets resultat", "Summa tillgångar", rng.pick(vocabulary)])
            : rng.pick(vocabulary),
        ),
      );
      if (noteCol && rng.chance(0.3))
        put(
          row,
          col0 + 1,
          rng.chance(0.5)
            ? `><v>${rng.between(1, 20)}</v></c>`
            : str(`${rng.between(1, 9)},${rng.between(1, 9)}`),
        );
      for (let y = 0; y < years; y++) {
        const c = amountCol + y;
        if (rng.chance(0.05)) continue;
        if (rng.chance(0.03)) {
          put(
            row,
            c,
            ` t="e">${rng.chance(0.5) ? `<f>${a1(row - 1, c)}/0</f>` : ""}<v>${escapeXml(rng.pick(EXCEL_ERRORS).en)}</v></c>`,
          );
          continue;
        }
        if (rng.chance(0.02)) {
          put(row, c, str(rng.pick(ODD_TEXT)));
          continue;
        }
        let n = isTotal
          ? sums[y]
          : rng.chance(0.5)
            ? rng.between(-99999, 99999)
            : rng.between(-9999999, 9999999);
        if (isTotal && rng.chance(0.2)) n += rng.pick([1, -1, 9, 90, 1000, -2 * n]);
        if (!isTotal) sums[y] += n;
        else sums[y] = 0;
        if (rng.chance(0.01)) n = rng.pick([0.5, -0.25, 1e15, 123456789.123, 1e308, -1e308, 5e-324]);
        const shown = amountCell(rng, n);
        const formula = isTotal && rng.chance(0.3) ? `<f>SUM(${a1(row - l, c)}:${a1(row - 1, c)})</f>` : "";
        const style = rng.chance(0.5) ? ` s="${rng.pick([1, 3, 4])}"` : "";
        put(row, c, shown.text !== undefined ? str(shown.text) : `${style}>${formula}<v>${shown.v}</v></c>`);
      }
      row++;
    }
    row += rng.between(0, 3);
  }
  if (rng.chance(0.05)) put(rng.between(0, 3000), rng.between(0, 60), "><v>1</v></c>"); // a stray far cell
  let xml = [...rows.keys()]
    .sort((a, b) => a - b)
    .map((r) => `<row r="${r + 1}">${rows.get(r)!.join("")}</row>`)
    .join("");
  if (rng.chance(0.1)) xml = xml.replace(/ r="[A-Z]+\d+"/g, ""); // r= is optional; rows keep theirs
  const after = merges.length
    ? `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return [xml, after];
}
