/**
 * Reads one file and checks it: an .xlsx workbook, or a published report (PDF, or Word .docx)
 * read into a workbook first. Every way this can fail becomes a Swedish sentence in `failure`
 * (exit code 2), so the command line never shows a stack trace or a library's own words.
 */
import { promises as fs } from "node:fs";
import { basename, extname } from "node:path";
import type { CheckOptions, CheckResult } from "../engine/check/finding";
import { BudgetExceeded, checkFileSize } from "../engine/workbook/budget";
import type { WorkbookSnapshot } from "../engine/workbook/snapshot";
import { cli } from "../i18n/sv/cli";
import { report as reportWords } from "../i18n/sv/report";
import { loadChecker } from "./engine";
import { ReadError } from "./readError";
import { readXlsx } from "./readXlsx";
import { fileKind } from "./zipProbe";

export interface FileOutcome {
  readonly path: string;
  readonly result?: CheckResult;
  readonly failure?: string;
  /** For a report read from PDF or Word: the page a finding's cell was printed on, where known. */
  readonly pageOf?: (sheet: string, cell: string) => number | undefined;
}

export interface Reading {
  readonly snapshot: WorkbookSnapshot;
  readonly pageOf?: FileOutcome["pageOf"];
  /** What to say when no statement is recognised. */
  readonly noStatement: string;
}

export async function checkFile(path: string, options: CheckOptions): Promise<FileOutcome> {
  const read = await readFile(path);
  return "failure" in read ? { path, failure: read.failure } : checkReading(path, read.reading, options);
}

/** A workbook or a report read into a snapshot, or why it could not be, in Swedish. */
export async function readFile(path: string): Promise<{ reading: Reading } | { failure: string }> {
  const name = basename(path);
  try {
    return { reading: await readAny(path, name) };
  } catch (error) {
    if (error instanceof ReadError) return { failure: error.message };
    const { ReportError } = await import("../report/errors");
    if (error instanceof ReportError || error instanceof BudgetExceeded) return { failure: error.message };
    debugDetail(error);
    const code = (error as NodeJS.ErrnoException).code;
    return { failure: cli.unreadable(name, cli.errnoReason(code)) };
  }
}

/** Checks what `readFile` read. */
export async function checkReading(
  path: string,
  reading: Reading,
  options: CheckOptions,
): Promise<FileOutcome> {
  const name = basename(path);
  try {
    const result = await loadChecker()(reading.snapshot, options);
    if (result.statements.length === 0) return { path, failure: reading.noStatement };
    return { path, result, pageOf: reading.pageOf };
  } catch (error) {
    // A bug of ours, or the stack overflowing on a strange file: the user learns which file, a
    // developer gets the details with FINSAM_DEBUG=1.
    debugDetail(error);
    return { path, failure: cli.internalFailure(name) };
  }
}

/** Which reader a file needs: a PDF by its signature, a Word document by its name, else a workbook. */
async function readAny(path: string, name: string): Promise<Reading> {
  const head = await firstBytes(path);
  const ext = extname(path).toLowerCase();
  const kind = head ? fileKind(head) : "other";
  if (kind !== "pdf" && ext !== ".pdf" && ext !== ".docx")
    return { snapshot: await readXlsx(path), noStatement: cli.noStatement(name) };
  const data = await readBytes(path, name);
  const [{ pageOfCell }, read] = await Promise.all([
    import("../report/reading"),
    readReport(data, kind, name),
  ]);
  return {
    snapshot: read.snapshot,
    pageOf: (sheet, cell) => pageOfCell(read, sheet, cell),
    noStatement: reportWords.noStatementInReport(name),
  };
}

/** pdf.js is loaded here only, for a PDF: `--help` and workbooks never pay for it. */
async function readReport(data: Uint8Array, kind: string, name: string) {
  if (kind === "pdf") return (await import("../report/readPdf")).readPdf(data, name);
  const { ReportError } = await import("../report/errors");
  // Word keeps a password-protected .docx in an OLE container, as Excel does an .xlsx.
  if (kind === "ole") throw new ReportError("encrypted", reportWords.encryptedDocx(name));
  if (kind !== "zip") throw new ReportError("not-docx", reportWords.notReport(name));
  const [{ readDocx }, { inflateNode }] = await Promise.all([
    import("../report/readDocx"),
    import("../report/inflateNode"),
  ]);
  return readDocx(data, name, inflateNode);
}

/** The file's first bytes, or null where it cannot be opened (the workbook reader then says why). */
async function firstBytes(path: string): Promise<Uint8Array | null> {
  let handle;
  try {
    handle = await fs.open(path, "r");
    const buf = new Uint8Array(8);
    const { bytesRead } = await handle.read(buf, 0, 8, 0);
    return buf.subarray(0, bytesRead);
  } catch {
    return null;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** The whole file, within the workbook budget's file size; missing or unreadable files in Swedish. */
async function readBytes(path: string, name: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(path);
    if (!stat.isFile()) throw new ReadError("not-a-file", cli.notAFile(name));
    checkFileSize(name, stat.size);
    return new Uint8Array(await fs.readFile(path));
  } catch (error) {
    if (error instanceof ReadError) throw error;
    if (error instanceof BudgetExceeded) throw new ReadError("too-large", error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new ReadError("missing", cli.missingFile(path));
    throw new ReadError("unreadable", cli.unreadable(name, cli.errnoReason(code)));
  }
}

/** The raw error for a developer who asks for it; users never see it. */
export function debugDetail(error: unknown): void {
  if (process.env.FINSAM_DEBUG !== "1") return;
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
