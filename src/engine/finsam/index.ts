/** The Finsam calculations: pure, exact in decimals, no Office globals. */
export { DEFAULT_TIERS, trappan, trappanOverskott, validateTiers } from "./trappan";
export type { Tier } from "./trappan";
export { splitByKeys, toKronor } from "./kommunandel";
export { balanskrav } from "./balanskrav";
export type { BalanskravRows, Balanskravsutredning } from "./balanskrav";
export { restoreLedger, remainingAtEndOf, validateYears, YEARS_TO_RESTORE } from "./aterstall";
export type { BroughtIn, LedgerRow, YearResult } from "./aterstall";
export { PARTS, partsandel, partsfordelning, parsePart } from "./partsandel";
export type { Part, PartOrState } from "./partsandel";
export { medlemsinsatser } from "./medlemsinsatser";
export { avvikelse, avvikelseAndel, soliditet } from "./ratios";
export { roundToUnit } from "./avrunda";
export { ok, fail } from "./problem";
export type { FinsamProblem, FinsamProblemCode, Outcome } from "./problem";
