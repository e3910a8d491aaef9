/**
 * Raw inflate in a browser (the pane's report worker): a DecompressionStream("deflate-raw") read
 * chunk by chunk and cancelled as soon as the output passes the limit, as the workbench does for
 * an .xlsx (src/workbench/host/unpackXlsx.ts). A zip bomb never grows past `limit` bytes.
 */
import { type InflateRaw, InflateTooLarge } from "./inflate";

export const inflateBrowser: InflateRaw = async (data, limit) => {
  const copy = new Uint8Array(data); // a Blob part must own plain ArrayBuffer bytes
  const reader = new Blob([copy]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let r = await reader.read(); !r.done; r = await reader.read()) {
    total += r.value.length;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw new InflateTooLarge(limit);
    }
    chunks.push(r.value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};
