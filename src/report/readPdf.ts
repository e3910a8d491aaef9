/**
 * Reads a published report from PDF into a workbook snapshot, keeping each row's page so every
 * finding can name it. pdf.js (its legacy build, for Node) gives each
 * page's text pieces with their positions; pdfLayout rebuilds the tables from them.
 *
 * pdf.js is imported here only, when a PDF is read: it is large, and the command line's `--help`
 * and .xlsx checks never load it. In Node it runs its worker in the same thread (a "fake worker"
 * it sets up itself from the worker module beside it); no worker thread or file is configured.
 */
import { report as words } from "../i18n/sv/report";
import { checkSheetBudget } from "./cells";
import { ReportError } from "./errors";
import { REPORT_LIMITS } from "./limits";
import { type TextPiece, pagesRows } from "./pdfLayout";
import { type ReportReading, stackPages } from "./reading";
import { withoutRunningText } from "./runningText";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/** The report's pages as text pieces; throws ReportError for what is no readable PDF. */
export async function pdfPages(
  data: Uint8Array,
  file: string,
  limits = REPORT_LIMITS,
  /** Told after each page (the pane shows "sida 3 av 40"). */
  onPage?: (read: number, total: number) => void,
): Promise<TextPiece[][]> {
  const pdfjs: PdfJs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = pdfjs.getDocument({
    data,
    // Nothing is drawn: no fonts loaded, no code generated from the file, nothing printed to the console.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS - 1,
  });
  let doc;
  try {
    // pdf.js's loading task, no Office proxy: the rule takes getDocument for an Office.js getter.
    // eslint-disable-next-line office-addins/call-sync-before-read
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: unknown } | null)?.name;
    if (name === "PasswordException") throw new ReportError("encrypted", words.encryptedPdf(file));
    throw new ReportError("damaged", words.damagedPdf(file));
  }
  try {
    if (doc.numPages > limits.maxPages)
      throw new ReportError("too-large", words.tooManyPages(file, doc.numPages, limits.maxPages));
    const pages: TextPiece[][] = [];
    let items = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const pieces: TextPiece[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        if (++items > limits.maxTextItems)
          throw new ReportError(
            "too-large",
            words.tooManyItems(file, limits.maxTextItems.toLocaleString("sv-SE")),
          );
        const [, , c, d, x, y] = item.transform as number[];
        pieces.push({ str: item.str, x, y, width: item.width, size: Math.hypot(c, d) || item.height });
      }
      pages.push(pieces);
      page.cleanup();
      onPage?.(n, doc.numPages);
    }
    return pages;
  } catch (error) {
    if (error instanceof ReportError) throw error;
    throw new ReportError("damaged", words.damagedPdf(file));
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

/**
 * A PDF report → one sheet ("Rapport") with its pages one below the other, as a report pasted into
 * one sheet would be: a statement or a note continued on the next page stays one table.
 */
export async function readPdf(
  data: Uint8Array,
  file: string,
  limits = REPORT_LIMITS,
  onPage?: (read: number, total: number) => void,
): Promise<ReportReading> {
  const pages = await pdfPages(data, file, limits, onPage);
  const { sheet, rowPages } = stackPages(
    words.reportSheet,
    pagesRows(withoutRunningText(pages)).map((rows, i) => ({ page: i + 1, rows })),
  );
  if (sheet.values.length === 0) throw new ReportError("scanned", words.scannedPdf(file));
  checkSheetBudget(file, [sheet]);
  return { snapshot: { name: file, sheets: [sheet] }, rowPages: new Map([[sheet.name, rowPages]]) };
}
