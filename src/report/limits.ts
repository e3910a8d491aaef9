/**
 * How much of a published report the reader takes on, besides the workbook budget that bounds the
 * sheets it becomes (src/engine/workbook/budget.ts). An annual report is 20–60 pages with a few
 * thousand pieces of text; the limits leave room for ten times that and keep a reading to seconds.
 */
export const REPORT_LIMITS = {
  /** Pages of a PDF read at most (a 40-page report is the expected size). */
  maxPages: 500,
  /** Text pieces pdf.js may hand over across all pages (a dense page has about a thousand). */
  maxTextItems: 500_000,
  /** Unpacked bytes of a Word document's main part (word/document.xml). */
  maxDocumentXmlBytes: 32 * 1024 * 1024,
} as const;
