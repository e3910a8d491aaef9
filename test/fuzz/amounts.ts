/**
 * Amount strings as they arrive pasted from PDFs, and worse: every kind of space and minus sign,
 * decimal commas and points, units, percent, parentheses, lone dashes, exponents, digit runs far
 * beyond a double, stray letters and control characters. parseAmount must never throw, and what it
 * accepts must be a finite amount whose formatting holds no NaN or Infinity.
 */
import Decimal from "decimal.js";
import { parseAmount } from "../../src/engine/amount/parseAmount";
import { formatAmount } from "../../src/engine/amount/formatAmount";
import type { Rng } from "./rng";

const PIECES = [
  "0",
  "1",
  "9",
  "12",
  "920",
  "460",
  "000",
  "1 920 460",
  "\u00a0",
  "\u202f",
  "\u2007",
  " ",
  "  ",
  "\t",
  "-",
  "\u2212",
  "\u2013",
  "\u2014",
  "(",
  ")",
  ",",
  ".",
  ",25",
  ".5",
  "kr",
  "tkr",
  "mkr",
  "mnkr",
  "SEK",
  ":-",
  "%",
  " %",
  "e",
  "E",
  "e308",
  "e-400",
  "Infinity",
  "NaN",
  "∞",
  "0x1F",
  "+",
  "١٢٣",
  "１２",
  "abc",
  "Summa",
  "\u0000",
  "\ufeff",
  "\u200b",
  "'",
  '"',
  "9".repeat(30),
  "1" + "0".repeat(400),
  "0.000000000000000000001",
];

export function randomAmountText(rng: Rng): string {
  const n = rng.between(0, 6);
  let s = "";
  for (let i = 0; i < n; i++) s += rng.pick(PIECES);
  return s;
}

export function randomAmountInput(rng: Rng): unknown {
  if (rng.chance(0.85)) return randomAmountText(rng);
  return rng.pick([
    NaN,
    Infinity,
    -Infinity,
    -0,
    1e308,
    -1e-308,
    Number.MAX_SAFE_INTEGER + 2,
    0.1 + 0.2,
    null,
    undefined,
    true,
    {},
    [],
  ]);
}

/** What is wrong with parseAmount's answer for `input` (empty when nothing is). */
export function amountProblems(input: unknown): string[] {
  let result;
  try {
    result = parseAmount(input);
  } catch (error) {
    return [`parseAmount threw ${error instanceof Error ? error.message : String(error)}`];
  }
  if (!result.ok) return [];
  const problems: string[] = [];
  if (!(result.value instanceof Decimal) || !result.value.isFinite())
    problems.push(`value ${String(result.value)} is not finite`);
  if (!Number.isInteger(result.decimals) || result.decimals < 0) problems.push(`decimals ${result.decimals}`);
  const shown = formatAmount(result.value);
  if (/NaN|Infinity|undefined/.test(shown)) problems.push(`formatted as "${shown}"`);
  return problems;
}
