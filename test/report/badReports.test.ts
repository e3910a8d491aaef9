/**
 * Reports the command cannot check are told in Swedish, with what to do, and exit code 2: never a
 * crash, a stack trace or pdf.js's own words. The scanned, encrypted and prose-only PDFs were made
 * by LibreOffice (scripts/report-fixtures/make.ts); damaged files are cut from the real reports here.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { report } from "../../src/i18n/sv/report";

const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "finsam-check.js");
const REPORTS = join(ROOT, "test", "fixtures", "reports");
const tmp = mkdtempSync(join(tmpdir(), "finsam-report-"));

jest.setTimeout(120_000);

beforeAll(() => {
  const { cliState, buildCli } = require("../../bin/build-cli.js") as {
    cliState(): string;
    buildCli(): { ok: boolean; output: string };
  };
  if (cliState() !== "fresh") expect(buildCli()).toMatchObject({ ok: true });
});

function run(path: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [BIN, path], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** A part of a file, as a download cut short leaves it. */
function cut(file: string, keep: number, as: string): string {
  const path = join(tmp, as);
  writeFileSync(path, readFileSync(join(REPORTS, file)).subarray(0, keep));
  return path;
}

it.each([
  ["a scanned report (no text layer)", join(REPORTS, "skannad.pdf"), report.scannedPdf("skannad.pdf")],
  ["a password-protected PDF", join(REPORTS, "krypterad.pdf"), report.encryptedPdf("krypterad.pdf")],
  [
    "a PDF with no statement",
    join(REPORTS, "utan-rakenskaper.pdf"),
    report.noStatementInReport("utan-rakenskaper.pdf"),
  ],
  ["a PDF cut short", cut("varend-2025-one-sheet.pdf", 3000, "trasig.pdf"), report.damagedPdf("trasig.pdf")],
  [
    "a Word document cut short",
    cut("varend-2025-one-sheet.docx", 4000, "trasig.docx"),
    report.damagedDocx("trasig.docx"),
  ],
  [
    "a password-protected Word document (an OLE container)",
    (() => {
      const path = join(tmp, "skyddad.docx");
      writeFileSync(path, Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]));
      return path;
    })(),
    report.encryptedDocx("skyddad.docx"),
  ],
  [
    "a workbook named .docx",
    (() => {
      const path = join(tmp, "arbetsbok.docx");
      writeFileSync(path, readFileSync(join(ROOT, "test", "fixtures", "varend-2025-one-sheet.xlsx")));
      return path;
    })(),
    report.notDocx("arbetsbok.docx"),
  ],
])("tells %s in Swedish, exit 2", (_, path, message) => {
  const r = run(path);
  expect(r.err).toBe(message + "\n");
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
});
