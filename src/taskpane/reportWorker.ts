/**
 * Reads a published report (PDF or Word .docx) in a Web Worker (webpack entry `report-worker`), so
 * the pane never freezes on a 40-page PDF and never carries the readers itself: taskpane.js stays
 * within its budget, and pdf.js (a chunk of its own) is fetched only when a PDF is read.
 *
 * pdf.js normally starts a worker of its own. Here we already are one, so its worker code runs in
 * this same thread: importing pdf.worker.mjs sets `globalThis.pdfjsWorker`, which pdf.js takes for
 * its "fake worker" instead of loading a script (nothing fetched from elsewhere, no blob: URL, so
 * the Content-Security-Policy holds). readPdf asks for no eval (`isEvalSupported: false`). That
 * worker code also greets the page on its own when it finds itself in a worker: our messages carry
 * REPORT_SOURCE so the pane tells them apart (reportProtocol.ts).
 *
 * The Word reader is the command line's, given a DecompressionStream as its inflater.
 */
import { BudgetExceeded, checkFileSize } from "../engine/workbook/budget";
import { report as words } from "../i18n/sv/report";
import { ReportError } from "../report/errors";
import type { ReportReading } from "../report/reading";
import { REPORT_SOURCE, type ReportRequest, type ReportResponse } from "./reportProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReportRequest>) => void) | null;
  postMessage(message: ReportResponse): void;
};

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** What the file is by its first bytes (a renamed file is told by what it is, not by its name). */
function kindOf(bytes: Uint8Array): "pdf" | "zip" | "ole" | "other" {
  const head = bytes.subarray(0, 8);
  if (head.length >= 5 && String.fromCharCode(...head.subarray(0, 5)) === "%PDF-") return "pdf";
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
    return "zip";
  if (head.length >= 8 && OLE.every((b, i) => head[i] === b)) return "ole";
  return "other";
}

async function readPdfHere(bytes: Uint8Array, file: string): Promise<ReportReading> {
  // The worker code first: with `globalThis.pdfjsWorker` set, pdf.js runs it in this thread.
  await import(/* webpackChunkName: "pdfjs-worker" */ "pdfjs-dist/legacy/build/pdf.worker.mjs");
  const { readPdf } = await import(/* webpackChunkName: "report-pdf" */ "../report/readPdf");
  const { REPORT_LIMITS } = await import("../report/limits");
  return readPdf(bytes, file, REPORT_LIMITS, (read, total) =>
    scope.postMessage({ source: REPORT_SOURCE, type: "progress", read, total }),
  );
}

async function readDocxHere(bytes: Uint8Array, file: string): Promise<ReportReading> {
  const [{ readDocx }, { inflateBrowser }] = await Promise.all([
    import(/* webpackChunkName: "report-docx" */ "../report/readDocx"),
    import(/* webpackChunkName: "report-docx" */ "../report/inflateBrowser"),
  ]);
  return readDocx(bytes, file, inflateBrowser);
}

async function read({ data, file }: ReportRequest): Promise<ReportReading> {
  checkFileSize(file, data.byteLength);
  const bytes = new Uint8Array(data);
  const kind = kindOf(bytes);
  if (kind === "pdf") return readPdfHere(bytes, file);
  // Word keeps a password-protected .docx in an OLE container, as Excel does an .xlsx.
  if (kind === "ole") throw new ReportError("encrypted", words.encryptedDocx(file));
  if (kind === "zip") return readDocxHere(bytes, file);
  throw new ReportError("not-docx", words.notReport(file));
}

scope.onmessage = (event) => {
  const { file } = event.data;
  read(event.data).then(
    (reading) => scope.postMessage({ source: REPORT_SOURCE, type: "result", reading }),
    (error: unknown) => {
      // The readers' own refusals are Swedish sentences; anything else (a library's English, a
      // bug of ours) is told as a file that could not be read, never in the library's words.
      const message =
        error instanceof ReportError || error instanceof BudgetExceeded
          ? error.message
          : words.unreadable(file);
      scope.postMessage({ source: REPORT_SOURCE, type: "refused", message });
    },
  );
};
