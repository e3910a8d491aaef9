import Decimal from "decimal.js";
import { splitByKeys } from "./kommunandel";
import { fail, ok, Outcome } from "./problem";

/**
 * Finsam's statutory split (lag 2003:1210 om finansiell samordning av rehabiliteringsinsatser):
 * the state pays half, the region a quarter, the municipalities together a quarter. The state's
 * half is paid by Försäkringskassan and shown as two equal lines, FK and AF.
 */
export const PARTS = ["FK", "AF", "REGION", "KOMMUNER"] as const;
export type Part = (typeof PARTS)[number];

/**
 * Each part's share of `total`, adding up exactly to it.
 *
 * A total that does not divide by four is split in halves first (the state's half and the other
 * half), then each half in two, always by whole kronor (or the total's own last decimal) with the
 * odd unit going to the earlier line: 10 kr → FK 3, AF 2, REGION 3, KOMMUNER 2; 11 kr → the state
 * 6 (FK 3, AF 3), REGION 3, KOMMUNER 2. So the state's half is never off by more than half a krona.
 */
export function partsfordelning(total: Decimal): Record<Part, Decimal> {
  const [state, rest] = halves(total);
  const [fk, af] = halves(state);
  const [region, kommuner] = halves(rest);
  return { FK: fk, AF: af, REGION: region, KOMMUNER: kommuner };
}

/** Reads a part's name as users write it: `FK`, `af`, `Region`, `kommunerna`, `Försäkringskassan`... */
export function parsePart(text: string): Outcome<Part> {
  const word = text.trim().toUpperCase();
  const alias: Record<string, Part> = {
    FK: "FK",
    FÖRSÄKRINGSKASSAN: "FK",
    AF: "AF",
    ARBETSFÖRMEDLINGEN: "AF",
    REGION: "REGION",
    REGIONEN: "REGION",
    KOMMUN: "KOMMUNER",
    KOMMUNER: "KOMMUNER",
    KOMMUNERNA: "KOMMUNER",
  };
  const part = alias[word];
  return part ? ok(part) : fail({ code: "unknown-part", part: text });
}

function halves(amount: Decimal): [Decimal, Decimal] {
  const split = splitByKeys(amount, [new Decimal(1), new Decimal(1)]);
  // Two positive equal keys can never fail; a failure here is a programming error.
  if (!split.ok) throw new Error(`halves: ${split.problem.code}`);
  return [split.value[0], split.value[1]];
}
