/** How many layouts and mutants the test and scripts/layouts.ts run (the issue asks ≥ 50 layouts per report). */
export const LAYOUTS_PER_REPORT = 54;
export const MUTANTS_PER_LAYOUT = 8;

/**
 * The goals: clean renderings give nothing above info; single errors detected (all kinds),
 * at their cell and with their cause named (sign, transposition, period swap, year: the kinds the
 * issue names). A delta on one of several parts of one sum leaves no trace of which part it was:
 * the engine then blames the sum and says any part may be wrong (test/engine/layouts.test.ts, "says
 * a note's items no longer add up, without guessing"), so deltas count for detection only; their
 * location is printed beside (summaryLine) and reported, not hidden.
 */
export const GOALS = { detected: 0.98, located: 0.9, classified: 0.9 } as const;
