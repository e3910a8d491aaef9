/**
 * The checking engine, loaded on first use: the pane's first paint does not wait for it, and its
 * code lives in a chunk of its own.
 */
import type { Checker } from "./paneActions";

export const lazyChecker: Checker = async (snapshot, options) => {
  const { checkWorkbook } = await import(/* webpackChunkName: "engine" */ "../engine/check/checkWorkbook");
  return checkWorkbook(snapshot, options);
};
