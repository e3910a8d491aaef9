/**
 * Pages of a Word document: Word saves where it last broke the pages (w:lastRenderedPageBreak),
 * after a hard page break too; LibreOffice saves only the hard breaks, which say nothing of the
 * pages text flows over. The body below is Word's own markup for a page break before a table.
 */
import { docxBody } from "../../src/report/docxBody";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const p = (inner: string) => `<w:p>${inner}</w:p>`;
const run = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;
const cell = (text: string) => `<w:tc>${p(run(text))}</w:tc>`;
const row = (...texts: string[]) => `<w:tr>${texts.map(cell).join("")}</w:tr>`;
const doc = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

const TABLE = `<w:tbl>${row("Belopp i kr.", "Not", "2025-12-31")}${row("Korta fordringar", "3,4", "1\u00a0063\u00a0673")}</w:tbl>`;

it("takes the pages Word laid out, not hard breaks and laid-out breaks added up", () => {
  const body = docxBody(
    doc(
      p(run("Förvaltningsberättelse")) +
        p(`<w:r><w:br w:type="page"/></w:r>`) +
        p(`<w:r><w:lastRenderedPageBreak/><w:t>4 BALANSRÄKNING</w:t></w:r>`) +
        TABLE,
    ),
  );
  expect(body.renderedPages).toBe(true);
  const balans = body.rows.find((r) => r.cells[0] === "Korta fordringar");
  expect(balans).toMatchObject({ laidOutPage: 2, cells: ["Korta fordringar", "3,4", "1\u00a0063\u00a0673"] });
  expect(balans?.noteColumns?.has(1)).toBe(true);
});

it("counts only hard breaks, and says the pages are not laid out, in a LibreOffice document", () => {
  const body = docxBody(doc(p(run("Översikt")) + p(`<w:r><w:br w:type="page"/></w:r>`) + TABLE));
  expect(body.renderedPages).toBe(false);
  expect(body.rows.find((r) => r.cells[0] === "Korta fordringar")?.page).toBe(2);
});

it("reads no deleted text and keeps a cell spanning columns in its place", () => {
  const body = docxBody(
    doc(
      `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>${p(run("Rubrik"))}</w:tc>${cell("2025")}</w:tr></w:tbl>` +
        p(`<w:del><w:r><w:delText>borttaget</w:delText></w:r></w:del>${run("kvar")}`),
    ),
  );
  expect(body.rows.map((r) => r.cells)).toEqual([["Rubrik", "", "2025"], ["kvar"]]);
});
