import Decimal from "decimal.js";
import { medlemsinsatser, Outcome, parsePart, partsandel, splitByKeys } from "../../engine/finsam";
import type { AmountGrid } from "../coerce";
import { define, fromOutcome, kronor, SCALAR } from "../define";
import { problemToError } from "../errors";
import { reshape } from "../grid";
import type { FunctionValue, ResultCell } from "../values";

/**
 * FINSAM.KOMMUNANDEL, FINSAM.PARTSANDEL and FINSAM.MEDLEMSINSATSER: the members' contributions in
 * whole kronor that add up exactly.
 */

/** Keys in several rows and several columns: one split per column (one municipality per row). */
const isTable = (keys: AmountGrid): boolean => keys.shape.rows > 1 && keys.shape.cols > 1;

/**
 * A sheet often holds one KOMMUNANDEL per municipality over the same keys and amount
 * (`=FINSAM.KOMMUNANDEL($B$1; $B$2:$B$6; 3)`): the split is computed once and reused for the
 * other positions. Small and bounded, keyed by the exact decimal text of amount and keys.
 */
const splitCache = new Map<string, Outcome<Decimal[]>>();
const SPLIT_CACHE_SIZE = 64;

function splitCached(amountValue: Decimal, keys: readonly Decimal[]): Outcome<Decimal[]> {
  const cacheKey = amountValue.toString() + "|" + keys.map((k) => k.toString()).join(",");
  const cached = splitCache.get(cacheKey);
  if (cached) return cached;
  const outcome = splitByKeys(amountValue, keys);
  if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.delete(splitCache.keys().next().value as string);
  splitCache.set(cacheKey, outcome);
  return outcome;
}

/** One amount over a row or a column of keys: all shares in the keys' shape, or one by position. */
function splitOne(amount: Decimal, keys: AmountGrid, position: number | undefined): FunctionValue {
  return fromOutcome(splitCached(amount, keys.values), (shares) => {
    if (position === undefined) return reshape(shares.map(kronor), keys.shape);
    if (position < 1 || position > shares.length) {
      return problemToError({ code: "position-outside", position, count: shares.length });
    }
    return kronor(shares[position - 1]);
  });
}

/** One amount per column over a table of keys: each column split on its own; a position picks a row. */
function splitColumns(amounts: AmountGrid, keys: AmountGrid, position: number | undefined): FunctionValue {
  const { rows, cols } = keys.shape;
  if (amounts.shape.rows !== 1 || amounts.values.length !== cols) {
    return problemToError({ code: "keys-columns", columns: cols });
  }
  const table: ResultCell[][] = Array.from({ length: rows }, () => new Array<ResultCell>(cols));
  for (let c = 0; c < cols; c++) {
    const column = Array.from({ length: rows }, (_, r) => keys.values[r * cols + c]);
    const split = splitCached(amounts.values[c], column);
    if (!split.ok) return problemToError(split.problem);
    split.value.forEach((share, r) => (table[r][c] = kronor(share)));
  }
  if (position === undefined) return table;
  if (position < 1 || position > rows)
    return problemToError({ code: "position-outside", position, count: rows });
  return [table[position - 1]];
}

export const CONTRIBUTIONS = [
  define({
    id: "KOMMUNANDEL",
    name: "KOMMUNANDEL",
    params: [
      { name: "belopp", kind: "amountGrid" },
      { name: "nycklar", kind: "amounts" },
      { name: "position", kind: "wholeNumber", optional: true },
    ],
    resultShape: (shapes) => {
      const keys = shapes[1] ?? SCALAR;
      const table = keys.rows > 1 && keys.cols > 1;
      if (shapes[2]) return table ? { rows: 1, cols: keys.cols } : SCALAR;
      return keys;
    },
    run: ([belopp, nycklar, position]) => {
      // Desktop Excel passes a blank position cell as 0, the web as null: both mean "all shares".
      const at = position === 0 ? undefined : position;
      if (isTable(nycklar)) return splitColumns(belopp, nycklar, at);
      if (belopp.values.length !== 1) return problemToError({ code: "range-not-allowed", param: "belopp" });
      return splitOne(belopp.values[0], nycklar, at);
    },
  }),
  define({
    id: "PARTSANDEL",
    name: "PARTSANDEL",
    params: [
      { name: "total", kind: "amount" },
      { name: "part", kind: "text" },
    ],
    run: ([total, part]) => fromOutcome(parsePart(part), (p) => kronor(partsandel(total, p))),
  }),
  define({
    id: "MEDLEMSINSATSER",
    name: "MEDLEMSINSATSER",
    params: [
      { name: "total", kind: "amount" },
      { name: "nycklar", kind: "amounts" },
    ],
    resultShape: (shapes) => ({ rows: 3 + (shapes[1] ? shapes[1].rows * shapes[1].cols : 1), cols: 1 }),
    run: ([total, nycklar]) =>
      fromOutcome(medlemsinsatser(total, nycklar.values), (lines) => lines.map((line) => [kronor(line)])),
  }),
];
