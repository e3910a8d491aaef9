/**
 * What the user reads when Excel refuses an action: a Swedish sentence from the message table for
 * each kind of Office.js error (its `code`), never Excel's own English text or a code.
 */
import { pane } from "../i18n/sv/pane";

const BY_CODE: Readonly<Record<string, string>> = {
  ItemNotFound: pane.excelItemNotFound,
  InvalidReference: pane.excelItemNotFound,
  ResponsePayloadSizeLimitExceeded: pane.excelTooLarge,
  RequestPayloadSizeLimitExceeded: pane.excelTooLarge,
  ApiNotFound: pane.excelTooOld,
  NotImplemented: pane.excelTooOld,
  AccessDenied: pane.excelLocked,
  EditModeCannotAcquireLock: pane.excelLocked,
  InvalidOperationInCellEditMode: pane.excelLocked,
  Conflict: pane.excelLocked,
};

/** The Swedish error for a failure of an action on the workbook. */
export function swedishFailure(e: unknown): Error {
  const code = e && typeof e === "object" ? (e as { code?: unknown }).code : undefined;
  return new Error((typeof code === "string" && BY_CODE[code]) || pane.excelFailed);
}

/** The action, with any failure told in Swedish. */
export function inSwedish<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args) => {
    try {
      return await action(...args);
    } catch (e) {
      throw swedishFailure(e);
    }
  };
}
