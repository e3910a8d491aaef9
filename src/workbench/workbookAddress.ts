/**
 * Where the workbench may fetch a workbook from: `?workbook=ADRESS` resolved against the page, and
 * accepted only on the page's own origin. A link to the workbench with someone else's address
 * must not make it fetch (and show, and check) a file from there; the Content-Security-Policy's
 * connect-src says the same, and this gives the user a Swedish sentence instead of a blocked fetch.
 */
import { wb } from "./strings";

export type WorkbookAddress = { ok: true; url: URL; fileName: string } | { ok: false; message: string };

export function workbookAddress(requested: string, page: URL): WorkbookAddress {
  let url: URL;
  try {
    url = new URL(requested, page);
  } catch {
    return { ok: false, message: wb.badWorkbookAddress(requested) };
  }
  // Only a plain web address: data: has the opaque origin "null", and blob: would borrow the page's.
  const web = url.protocol === "https:" || url.protocol === "http:";
  if (!web || url.origin !== page.origin)
    return { ok: false, message: wb.foreignWorkbook(requested, page.origin) };
  const last = url.pathname.split("/").pop() ?? "";
  let fileName = last;
  try {
    fileName = decodeURIComponent(last);
  } catch {
    // A malformed %-escape: show the name as written.
  }
  return { ok: true, url, fileName: fileName || requested };
}
