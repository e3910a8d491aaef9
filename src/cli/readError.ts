/**
 * Why a file could not be read. The command line turns it into exit code 2 with `message` on
 * stderr (Swedish, from src/i18n/sv/cli.ts): users see a sentence, never a stack trace.
 */
export type ReadErrorCode =
  | "missing"
  | "not-a-file"
  | "unreadable"
  | "not-xlsx"
  | "encrypted"
  | "pdf"
  | "corrupt"
  | "empty"
  | "too-large";

export class ReadError extends Error {
  constructor(
    readonly code: ReadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "ReadError";
  }
}
