/**
 * How a report reader unpacks a zip entry: raw deflate data in, at most `limit` bytes out. The
 * reader is the same in Node and in the browser; only this function differs (inflateNode.ts with
 * zlib, inflateBrowser.ts with a DecompressionStream), so no Node module enters the pane's worker.
 *
 * Either way the output is bounded whatever the zip's directory claims: past `limit` bytes the
 * inflater stops and throws `InflateTooLarge`; data that is no deflate stream throws anything else.
 */
export type InflateRaw = (data: Uint8Array, limit: number) => Uint8Array | Promise<Uint8Array>;

/** The output passed the limit: the caller says "too large" in its own words. */
export class InflateTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`inflated data exceeds ${limit} bytes`);
    this.name = "InflateTooLarge";
  }
}
