import type { ProblemCode, ProblemOf } from "../../functions/problems";

/**
 * Every Swedish word the FINSAM functions show: error messages (Excel shows them in the error
 * indicator of the cell) and the words inside spilled tables. One table, so a translation or a
 * change of wording touches one file.
 */
export const FUNCTION_MESSAGES: { readonly [C in ProblemCode]: (p: ProblemOf<C>) => string } = {
  "not-an-amount": (p) => `${p.param}: "${p.text}" är inget belopp.`,
  "range-not-allowed": (p) => `${p.param}: ange en cell eller ett tal, inte ett område.`,
  "empty-in-range": (p) => `${p.param}: värde nr ${p.position} är tomt. Skriv 0 om det ska vara noll.`,
  "not-whole-number": (p) => `${p.param}: ange ett heltal.`,
  "not-text": (p) => `${p.param}: ange en text, t.ex. "FK".`,
  "tiers-shape": (p) => `${p.param}: ange ett område med två kolumner, gräns och procentsats.`,
  "negative-contributions": () => "Insatserna kan inte vara negativa.",
  "tiers-empty": () => "Trappstegen är tomma.",
  "tier-limit": (p) => `Trappsteg rad ${p.row}: gränsen måste vara minst 0 och större än raden före.`,
  "tier-rate": (p) =>
    `Trappsteg rad ${p.row}: procentsatsen måste ligga mellan 0 % och 100 % (skriv 20 % eller 0,2).`,
  "no-keys": () => "Det finns inga fördelningsnycklar.",
  "negative-key": (p) => `Nyckel nr ${p.position} är negativ.`,
  "zero-keys": () => "Alla nycklar är noll: beloppet kan inte fördelas.",
  "position-outside": (p) => `Position ${p.position} finns inte: det finns ${p.count} nycklar.`,
  "unknown-part": (p) => `Okänd part "${p.part}": ange FK, AF, REGION eller KOMMUNER.`,
  "years-count": (p) => `Det finns ${p.years} år men ${p.results} resultat: de måste vara lika många.`,
  "year-not-whole": (p) => `År nr ${p.position} är inget årtal.`,
  "years-order": (p) => `År nr ${p.position} kommer inte efter året före: åren måste stå i stigande ordning.`,
  "per-year-outside": (p) => `Året ${p.year} ligger utanför serien ${p.first}–${p.last}.`,
};

/** The words of FINSAM.BALANSKRAV.ATERSTALL's "försenat" column. */
export const FUNCTION_WORDS = {
  yes: "ja",
  no: "nej",
} as const;
