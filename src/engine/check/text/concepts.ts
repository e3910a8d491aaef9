/**
 * The figures the running text of a report quotes that the statements can confirm: what the rule
 * TEXT.{quoted}.BELOPP checks (the catalogue builds its ids from this list).
 * - ARETS_RESULTAT: årets resultat (resultaträkningen, balansräkningen, kassaflödesanalysen, ...);
 * - EGET_KAPITAL: eget kapital at the end of a year;
 * - EK_BORJAN: eget kapital at the start of a year ("vid årets början");
 * - MEDLEMSINSATSER: the members' contributions of a year ("årets tilldelning");
 * - TRAPPAN: the largest eget kapital Nationella rådet's guideline allows (finsam/trappan.ts);
 * - BALANSKRAVSRESULTAT: the balanskravsresultat of a year.
 */
export const QUOTED_CONCEPTS = [
  "ARETS_RESULTAT",
  "EGET_KAPITAL",
  "EK_BORJAN",
  "MEDLEMSINSATSER",
  "TRAPPAN",
  "BALANSKRAVSRESULTAT",
] as const;

export type QuotedConcept = (typeof QUOTED_CONCEPTS)[number];

export const isQuotedConcept = (s: string): s is QuotedConcept =>
  (QUOTED_CONCEPTS as readonly string[]).includes(s);
