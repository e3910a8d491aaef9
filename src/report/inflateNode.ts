/** Raw inflate for the command line: zlib, its output capped by `maxOutputLength`. */
import { inflateRawSync } from "node:zlib";
import { type InflateRaw, InflateTooLarge } from "./inflate";

export const inflateNode: InflateRaw = (data, limit) => {
  try {
    return inflateRawSync(data, { maxOutputLength: limit + 1 });
  } catch (error) {
    if ((error as { code?: unknown }).code === "ERR_BUFFER_TOO_LARGE") throw new InflateTooLarge(limit);
    throw error;
  }
};
