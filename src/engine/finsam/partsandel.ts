import Decimal from "decimal.js";
import { splitByKeys } from "./kommunandel";
import { fail, ok, Outcome } from "./problem";

/**
 * Finsam's statutory split (lag 2003:1210 om finansiell samordning av rehabiliteringsinsatser):
 * the state pays half, the region a quarter, the municipalities together a quarter. The state's
 * half is paid by Försäkringskassan and shown either as two equal lines, FK and AF (Värend), or
 * as one line for the state (Kalmar län: "Driftbidrag från staten 8 010 000").
 */
export const PARTS = ["FK", "AF", "REGION", "KOMMUNER"] as const;
export type Part = (typeof PARTS)[number];
/** What a user may ask for: a part, or the state's half (FK + AF). */
export type PartOrState = Part | "STATEN";

const FOUR_EQUAL = PARTS.map(() => new Decimal(1));

/**
 * Each part's share of `total` in whole kronor, adding up exactly to the total rounded to kronor.
 *
 * The four quarters by largest remainder; on equal remainders the earlier part in the order FK,
 * AF, REGION, KOMMUNER gets the krona: 10 kr → 3, 3, 2, 2; 11 kr → 3, 3, 3, 2. The same rule as
 * FINSAM.MEDLEMSINSATSER, so both functions book the same quarters.
 */
export function partsfordelning(total: Decimal): Record<Part, Decimal> {
  const split = splitByKeys(total, FOUR_EQUAL);
  // Four positive equal keys can never fail; a failure here is a programming error.
  if (!split.ok) throw new Error(`partsfordelning: ${split.problem.code}`);
  const [fk, af, region, kommuner] = split.value;
  return { FK: fk, AF: af, REGION: region, KOMMUNER: kommuner };
}

/** The share of one part, or of the state (FK + AF). */
export function partsandel(total: Decimal, part: PartOrState): Decimal {
  const shares = partsfordelning(total);
  return part === "STATEN" ? shares.FK.plus(shares.AF) : shares[part];
}

const ALIAS: Readonly<Record<string, PartOrState>> = {
  FK: "FK",
  FÖRSÄKRINGSKASSAN: "FK",
  AF: "AF",
  ARBETSFÖRMEDLINGEN: "AF",
  REGION: "REGION",
  REGIONEN: "REGION",
  KOMMUN: "KOMMUNER",
  KOMMUNER: "KOMMUNER",
  KOMMUNERNA: "KOMMUNER",
  STAT: "STATEN",
  STATEN: "STATEN",
};

/** Reads a part's name as users write it: `FK`, `af`, `Region`, `kommunerna`, `Staten`, `Försäkringskassan`... */
export function parsePart(text: string): Outcome<PartOrState> {
  const part = ALIAS[text.trim().toUpperCase()];
  return part ? ok(part) : fail({ code: "unknown-part", part: text });
}
