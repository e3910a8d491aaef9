/**
 * stdout and stderr of the command line as a process. A reader that goes away early
 * (`finsam-check MAPP | head -1`) closes the pipe: that is the reader's choice, not a failure, so
 * the command stops writing and ends quietly instead of dying with an EPIPE stack trace. Any other
 * failure to write (a full disk behind `> fil`) is said in Swedish, exit code 2.
 */
import { cli } from "../i18n/sv/cli";

export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export interface ProcessIo extends Io {
  /** True once stdout's reader has gone: nothing more is worth doing. */
  readonly outClosed: () => boolean;
}

/** Errors of a stream whose other end is gone. */
const GONE = new Set(["EPIPE", "ECONNRESET", "ERR_STREAM_DESTROYED"]);

export function processIo(): ProcessIo {
  let outClosed = false;
  let errClosed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    outClosed = true;
    if (GONE.has(error.code ?? "")) return;
    process.exitCode = 2;
    if (!errClosed) process.stderr.write(cli.outputFailed(cli.errnoReason(error.code)) + "\n");
  });
  // Nowhere left to say anything: stay quiet.
  process.stderr.on("error", () => {
    errClosed = true;
  });
  return {
    out: (text) => {
      if (!outClosed) process.stdout.write(text);
    },
    err: (text) => {
      if (!errClosed) process.stderr.write(text);
    },
    outClosed: () => outClosed,
  };
}
