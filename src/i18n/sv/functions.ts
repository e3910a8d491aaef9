import type { ProblemCode, ProblemOf } from "../../functions/problems";

/**
 * Every Swedish word the FINSAM functions show: error messages (Excel shows them in the error
 * indicator of the cell, for #VÄRDEFEL! and #SAKNAS!) and the words inside spilled tables. One
 * table, so a translation or a change of wording touches one file.
 */
export const FUNCTION_MESSAGES: { readonly [C in ProblemCode]: (p: ProblemOf<C>) => string } = {
  "not-an-amount": (p) => `${p.param}: "${p.text}" är inget belopp.`,
  "data-type": (p) =>
    `${p.param}: cellen innehåller en datatyp (t.ex. länkad data), inget belopp. Hänvisa till ett fält i den eller skriv beloppet.`,
  "not-a-number": (p) => `${p.param}: värdet är inget tal.`,
  "range-not-allowed": (p) => `${p.param}: ange en cell eller ett tal, inte ett område.`,
  "empty-in-range": (p) => `${p.param}: värde nr ${p.position} är tomt. Skriv 0 om det ska vara noll.`,
  "not-whole-number": (p) => `${p.param}: ange ett heltal.`,
  "not-text": (p) => `${p.param}: ange en text, t.ex. "FK".`,
  "not-a-flag": (p) => `${p.param}: ange SANT eller FALSKT.`,
  "tiers-shape": (p) => `${p.param}: ange ett område med två kolumner, gräns och procentsats.`,
  "not-a-year": (p) =>
    `${p.param}: värde nr ${p.position} ("${p.text}") är inget årtal. Skriv t.ex. 2025, ett datum eller "Utfall 2025".`,
  "year-missing": (p) => `år: rad nr ${p.position} har ett belopp men inget år.`,
  "shapes-differ": (p) =>
    `${p.first} har ${p.firstCells} celler och ${p.second} ${p.secondCells}: ange lika stora områden, eller en enda cell.`,
  "keys-columns": (p) =>
    `nycklar har ${p.columns} kolumner: ange belopp som en rad med ett belopp per kolumn, eller nycklarna i en enda kolumn.`,
  "too-large": () => "Resultatet är för stort för Excel.",
  internal: () => "FINSAM-funktionen kunde inte räkna på de här värdena.",
  "negative-contributions": () => "Insatserna kan inte vara negativa.",
  "tiers-empty": () => "Trappstegen är tomma.",
  "tier-first-not-zero": () =>
    "Trappsteg rad 1: gränsen måste vara 0. Tabellen anger varje stegs nedre gräns (0 | 20 %, 7 000 000 | 15 %, 15 000 000 | 10 %), inte dess övre.",
  "tier-limit": (p) => `Trappsteg rad ${p.row}: gränsen måste vara större än raden före.`,
  "tier-rate": (p) =>
    `Trappsteg rad ${p.row}: procentsatsen måste ligga mellan 0 % och 100 % (skriv 20 %, 0,2 eller 20).`,
  "no-keys": () => "Det finns inga fördelningsnycklar.",
  "negative-key": (p) => `Nyckel nr ${p.position} är negativ.`,
  "zero-keys": () => "Alla nycklar är noll: beloppet kan inte fördelas.",
  "position-outside": (p) => `Position ${p.position} finns inte: det finns ${p.count} nycklar.`,
  "unknown-part": (p) => `Okänd part "${p.part}": ange FK, AF, STATEN, REGION eller KOMMUNER.`,
  "years-count": (p) => `Det finns ${p.years} år men ${p.results} resultat: de måste vara lika många.`,
  "year-duplicate": (p) => `Året ${p.year} står två gånger.`,
  "per-year-outside": (p) => `Året ${p.year} ligger utanför serien ${p.first}–${p.last}.`,
  "zero-assets": () => "Summa tillgångar är 0: soliditeten kan inte beräknas.",
  "zero-budget": () => "Budgeten är 0: avvikelsen kan inte anges i procent.",
  "bad-unit": () => 'enhet: ange ett belopp större än 0, t.ex. 1000, eller "tkr".',
};

/** The words inside FINSAM.BALANSKRAV.ÅTERSTÄLL's table. */
export const FUNCTION_WORDS = {
  yes: "ja",
  no: "nej",
  /** The year cell of a deficit brought in from before the series, when its year is not given. */
  earlierYears: "tidigare",
} as const;
