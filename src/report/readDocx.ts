/**
 * Reads a published report from Word (.docx) into a workbook snapshot: one sheet ("Rapport") with
 * the document's paragraphs and tables in order, each row remembering its page where the file
 * tells it. The zip is opened with the command line's bounded zip reader and only the main part
 * is inflated, with a hard output limit, by the inflater the caller passes (zlib in Node, a
 * DecompressionStream in the pane's worker: inflate.ts), so one reader serves both.
 */
import { compressedBytes, zipEntries } from "../cli/xlsx/zip";
import { report as words } from "../i18n/sv/report";
import { checkSheetBudget } from "./cells";
import { docxBody } from "./docxBody";
import { ReportError } from "./errors";
import { type InflateRaw, InflateTooLarge } from "./inflate";
import { REPORT_LIMITS } from "./limits";
import { type ReportReading, stackPages } from "./reading";

const MAIN_PART = "word/document.xml";

export async function readDocx(
  data: Uint8Array,
  file: string,
  inflate: InflateRaw,
  limits = REPORT_LIMITS,
): Promise<ReportReading> {
  const entries = zipEntries(data);
  if (!entries) throw new ReportError("damaged", words.damagedDocx(file));
  const entry = entries.find((e) => e.name === MAIN_PART);
  if (!entry) throw new ReportError("not-docx", words.notDocx(file));
  const xml = await unpack(data, entry, file, limits.maxDocumentXmlBytes, inflate);
  let body;
  try {
    body = docxBody(new TextDecoder("utf-8").decode(xml));
  } catch {
    throw new ReportError("damaged", words.damagedDocx(file));
  }
  if (!body.rows.some((r) => r.cells.length > 1)) throw new ReportError("no-tables", words.noTables(file));
  // Pages counted from explicit breaks alone are not the printed pages (text flows over pages
  // between them): only Word's own saved layout names them.
  const byPage = new Map<number, typeof body.rows>();
  for (const row of body.rows) {
    const page = body.renderedPages ? row.laidOutPage : row.page;
    const list = byPage.get(page) ?? [];
    list.push(row);
    byPage.set(page, list);
  }
  const { sheet, rowPages } = stackPages(
    words.reportSheet,
    [...byPage].map(([page, rows]) => ({ page: body.renderedPages ? page : undefined, rows })),
  );
  checkSheetBudget(file, [sheet]);
  return { snapshot: { name: file, sheets: [sheet] }, rowPages: new Map([[sheet.name, rowPages]]) };
}

async function unpack(
  data: Uint8Array,
  entry: { method: number; compressedSize: number; offset: number; size: number; name: string },
  file: string,
  limit: number,
  inflate: InflateRaw,
): Promise<Uint8Array> {
  const raw = compressedBytes(data, entry);
  if (!raw) throw new ReportError("damaged", words.damagedDocx(file));
  let out: Uint8Array;
  if (entry.method === 0) out = raw;
  else if (entry.method === 8) {
    try {
      out = await inflate(raw, limit);
    } catch (error) {
      if (error instanceof InflateTooLarge)
        throw new ReportError("too-large", words.tooLargeDocx(file, Math.round(limit / 1024 / 1024)));
      throw new ReportError("damaged", words.damagedDocx(file));
    }
  } else throw new ReportError("damaged", words.damagedDocx(file));
  if (out.length > limit)
    throw new ReportError("too-large", words.tooLargeDocx(file, Math.round(limit / 1024 / 1024)));
  return out;
}
