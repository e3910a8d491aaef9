/**
 * A Word document's body (word/document.xml) as rows, in the order they are printed: a paragraph
 * is a row with its text as the label, each table row a row with one cell per table cell (a cell
 * spanning columns keeps the others' places). Pages are known where Word marks them: an explicit
 * page break, "page break before", or the break where Word last laid the page out
 * (lastRenderedPageBreak, which Word writes and LibreOffice does not).
 *
 * The XML is parsed by fast-xml-parser (with element order kept), never by regular expressions.
 */
import { XMLParser } from "fast-xml-parser";
import { NOTE_HEADER, type ReportRow } from "./cells";

/** fast-xml-parser's ordered form: each node is `{ tag: children, ":@"?: attributes }` or `{ "#text": … }`. */
type XmlNode = Record<string, unknown>;

export interface DocxRow extends ReportRow {
  /** 1-based page by the explicit page breaks before it (a page break, "page break before"). */
  readonly page: number;
  /**
   * 1-based page by the breaks Word saved where it last laid the pages out (lastRenderedPageBreak):
   * the printed page, where the file holds them. Word saves them after explicit breaks too, so
   * the two counts are never added.
   */
  readonly laidOutPage: number;
}

export interface DocxBody {
  readonly rows: DocxRow[];
  /** Whether Word's own page layout was saved in the file, so that page numbers are the printed ones. */
  readonly renderedPages: boolean;
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
});

/** Elements whose text is not printed: deleted text, field codes, properties, drawings' alt text. */
const SKIP = new Set([
  "w:pPr",
  "w:rPr",
  "w:tblPr",
  "w:trPr",
  "w:tcPr",
  "w:del",
  "w:instrText",
  "w:delText",
  "mc:Fallback",
]);

const tagOf = (node: XmlNode): string | undefined => Object.keys(node).find((k) => k !== ":@");
const childrenOf = (node: XmlNode, tag: string): XmlNode[] => (node[tag] as XmlNode[] | undefined) ?? [];
const attr = (node: XmlNode, name: string): string | undefined =>
  (node[":@"] as Record<string, string> | undefined)?.[name];

/** Parses document.xml; throws on XML that is not well formed. */
export function docxBody(xml: string): DocxBody {
  const doc = parser.parse(xml) as XmlNode[];
  const root = doc.find((n) => tagOf(n) === "w:document");
  const body = root ? childrenOf(root, "w:document").find((n) => tagOf(n) === "w:body") : undefined;
  const state: State = { page: 1, laidOutPage: 1, rendered: false, rows: [] };
  if (body) walkBlocks(childrenOf(body, "w:body"), state);
  return { rows: state.rows, renderedPages: state.rendered };
}

interface State {
  page: number;
  laidOutPage: number;
  rendered: boolean;
  rows: DocxRow[];
}

/** Body-level content: paragraphs, tables, and the containers that hold them (content controls, insertions). */
function walkBlocks(nodes: readonly XmlNode[], state: State): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === "w:p") paragraph(node, state);
    else if (tag === "w:tbl") table(node, state);
    else if (tag === "w:sdt" || tag === "w:sdtContent" || tag === "w:ins" || tag === "w:customXml")
      walkBlocks(childrenOf(node, tag), state);
  }
}

function paragraph(node: XmlNode, state: State): void {
  if (breaksBefore(node)) state.page++;
  const pieces: string[] = [];
  collectText(childrenOf(node, "w:p"), pieces, state);
  const text = pieces
    .join("")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
  // An empty paragraph is the space between blocks: one blank row, however many there are.
  const last = state.rows[state.rows.length - 1];
  if (text === "" && (!last || last.cells.length === 0)) return;
  state.rows.push({ cells: text === "" ? [] : [text], page: state.page, laidOutPage: state.laidOutPage });
}

/** "Page break before" in the paragraph's properties. */
function breaksBefore(p: XmlNode): boolean {
  const pPr = childrenOf(p, "w:p").find((n) => tagOf(n) === "w:pPr");
  const flag = pPr && childrenOf(pPr, "w:pPr").find((n) => tagOf(n) === "w:pageBreakBefore");
  if (!flag) return false;
  const val = attr(flag, "w:val");
  return val === undefined || !["0", "false", "off"].includes(val);
}

/** The printed text under a node, counting the page breaks it holds. */
function collectText(nodes: readonly XmlNode[], out: string[], state: State): void {
  for (const node of nodes) {
    const tag = tagOf(node);
    if (tag === undefined || SKIP.has(tag)) continue;
    if (tag === "#text") {
      out.push(String(node["#text"]));
      continue;
    }
    if (tag === "w:br") {
      if (attr(node, "w:type") === "page") state.page++;
      else out.push(" ");
      continue;
    }
    if (tag === "w:lastRenderedPageBreak") {
      state.rendered = true;
      state.laidOutPage++;
      continue;
    }
    if (tag === "w:tab" || tag === "w:cr") out.push(" ");
    else if (tag === "w:noBreakHyphen") out.push("-");
    else if (tag === "w:t") collectText(childrenOf(node, tag), out, state);
    else collectText(childrenOf(node, tag), out, state);
  }
}

/** A table's rows; a column headed "Not" keeps its cells as note references. */
function table(node: XmlNode, state: State): void {
  const rows: { cells: string[]; page: number; laidOutPage: number }[] = [];
  for (const tr of childrenOf(node, "w:tbl").filter((n) => tagOf(n) === "w:tr")) {
    const cells: string[] = [];
    for (const tc of childrenOf(tr, "w:tr").filter((n) => tagOf(n) === "w:tc")) {
      const texts: string[] = [];
      for (const block of childrenOf(tc, "w:tc")) {
        const tag = tagOf(block);
        if (tag !== "w:p" && tag !== "w:tbl" && tag !== "w:sdt") continue;
        const pieces: string[] = [];
        collectText([block], pieces, state);
        const text = pieces
          .join("")
          .replace(/[ \t\r\n]+/g, " ")
          .trim();
        if (text) texts.push(text);
      }
      cells.push(texts.join(" "));
      for (let span = Number(gridSpan(tc)) - 1; span > 0; span--) cells.push("");
    }
    rows.push({ cells, page: state.page, laidOutPage: state.laidOutPage });
  }
  const noteColumns = new Set<number>();
  for (const r of rows.slice(0, 3))
    r.cells.forEach((c, i) => {
      if (i > 0 && NOTE_HEADER.test(c)) noteColumns.add(i);
    });
  for (const r of rows) state.rows.push({ ...r, noteColumns });
}

function gridSpan(tc: XmlNode): number {
  const tcPr = childrenOf(tc, "w:tc").find((n) => tagOf(n) === "w:tcPr");
  const span = tcPr && childrenOf(tcPr, "w:tcPr").find((n) => tagOf(n) === "w:gridSpan");
  const n = span ? Number(attr(span, "w:val")) : 1;
  return Number.isInteger(n) && n > 1 && n <= 64 ? n : 1;
}
