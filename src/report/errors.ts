/**
 * Why a published report could not be read. `message` is Swedish (src/i18n/sv/report.ts): the
 * command line prints it with exit code 2, never the PDF or zip library's own words.
 */
export type ReportErrorCode = "encrypted" | "damaged" | "scanned" | "too-large" | "not-docx" | "no-tables";

export class ReportError extends Error {
  constructor(
    readonly code: ReportErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReportError";
  }
}
