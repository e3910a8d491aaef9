/**
 * Writing text that stays text. Excel takes `Range.values` as if the user typed it: a string that
 * begins with `=`, `+`, `-` or `@` can become a live formula (`= Balanskravsresultat`, a comment
 * `=WEBSERVICE(…)`). A cell formatted as Text (`@`) keeps whatever is written exactly, so every
 * string cell gets that format in the same batch, before its value is written.
 */
export const TEXT_FORMAT = "@";

export type WrittenValue = string | number | boolean;

/**
 * The number format for each cell of `rows`: Text for strings, `numberFormat` (or General) for
 * the rest and for empty cells (nothing in them can become a formula, and a number typed there
 * later should stay a number). Assign it to the range before its values.
 */
export function formatsKeepingText(
  rows: readonly (readonly WrittenValue[])[],
  numberFormat: (row: number, col: number) => string = () => "General",
): string[][] {
  return rows.map((row, r) =>
    row.map((v, c) => (typeof v === "string" && v !== "" ? TEXT_FORMAT : numberFormat(r, c))),
  );
}

/** Queues a write of `rows` into `range` in which no string can become a formula. */
export function writeKeepingText(
  range: Excel.Range,
  rows: readonly (readonly WrittenValue[])[],
  numberFormat?: (row: number, col: number) => string,
): void {
  range.numberFormat = formatsKeepingText(rows, numberFormat);
  range.values = rows.map((row) => [...row]);
}
