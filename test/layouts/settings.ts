/** How many layouts and mutants the test and scripts/layouts.ts run (the issue asks ≥ 50 layouts per report). */
export const LAYOUTS_PER_REPORT = 54;
export const MUTANTS_PER_LAYOUT = 8;

/** The goals: clean renderings give nothing above info; single errors found, at their cell, named. */
export const GOALS = { detected: 0.98, located: 0.9, classified: 0.9 } as const;
