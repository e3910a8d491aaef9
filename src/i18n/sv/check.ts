import type { FindingKind, StatementKind } from "../../engine/check/finding";
import { COMPARE } from "./compare";

/**
 * Every word the checking engine says to a user, in Swedish. Amounts arrive already formatted
 * (formatAmount), so this table only arranges words. An English table can follow with the same keys.
 *
 * One name per thing: a statement is named by STATEMENT_NAMES and a cause by CAUSE_NAMES, and every
 * message, the task pane, the export sheet and the command line use those names (test/unit/i18n.test.ts
 * keeps synonyms such as "omkastade" or "Femårsöversikt" out of src/). Messages are keyed by the
 * `messageKey` of the rule catalogue (src/engine/check/rules/catalogue.ts), then by cause.
 */

// ---------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------

/** The statements, by their names in LKBR (lag 2018:597). */
export const STATEMENT_NAMES: Record<StatementKind, string> = {
  RR: "Resultaträkning",
  BR: "Balansräkning",
  KF: "Kassaflödesanalys",
  NOT: "Noter",
  FEMAR: "Översikt över verksamhetens utveckling",
  DRIFT: "Driftredovisning",
  BALANSKRAV: "Balanskravsutredning",
  TEXT: "Förvaltningsberättelsens text",
};

/** The likely cause of a finding, by `Finding.kind`: one name each, as DOMAIN.md names them. */
export const CAUSE_NAMES: Record<FindingKind, string> = {
  sign: "Teckenfel",
  "part-sign": "Fel tecken på en delpost",
  omission: "Utelämnad rad",
  "double-count": "Dubbelräknad rad",
  transposition: "Transponerade siffror",
  "period-swap": "Fel kolumn",
  year: "Fel år",
  unit: "Fel enhet",
  rounding: "Avrundningsdifferens",
  "unusual-sign": "Ovanligt tecken",
  missing: "Belopp saknas",
  "wrong-line": "Fel rad",
  mismatch: "Differens utan känd orsak",
  "excel-error": "Felvärde i Excel",
};

/** @deprecated The same table as CAUSE_NAMES, under its earlier name. */
export const KIND_NAMES = CAUSE_NAMES;

/** What each cause means, said after its name ("Teckenfel: beloppet har fel tecken."). */
export const CAUSE_EXPLANATIONS: Record<FindingKind, string> = {
  sign: "beloppet har fel tecken.",
  "part-sign": "en av delposterna har räknats med fel tecken.",
  omission: "en rad har lämnats utanför summan.",
  "double-count": "en rad har räknats två gånger eller där den inte hör hemma.",
  transposition: "två siffror har bytt plats.",
  "period-swap": "beloppet hör till den andra perioden (fel kolumn eller fel år).",
  year: "kolumnrubriken anger fel år.",
  unit: "beloppet är tusen gånger för stort eller för litet (kr mot tkr).",
  rounding: "inom vad avrundning av delposterna förklarar.",
  "unusual-sign": "tecknet går emot radens natur, till exempel en kostnad angiven som positiv.",
  missing: "en rad som behövs för avstämningen är tom.",
  "wrong-line": "beloppet hör till en annan rad i samma period.",
  mismatch: "beloppen stämmer inte och ingen trolig orsak kunde pekas ut.",
  "excel-error":
    "cellen visar ett av Excels felvärden i stället för ett belopp, oftast en formel som pekar på borttagna celler.",
};

/**
 * What each of Excel's error values means, by its English name (the Swedish Excel shows
 * #REFERENS! for #REF!, #DIVISION/0! for #DIV/0!, #VÄRDEFEL! for #VALUE!, #SAKNAS! for #N/A...).
 */
export const EXCEL_ERROR_MEANINGS = {
  "#REF!":
    "formeln hänvisar till celler som inte längre finns, till exempel en borttagen rad eller ett borttaget blad",
  "#DIV/0!": "formeln delar med noll eller med en tom cell",
  "#VALUE!": "formeln räknar med ett värde av fel slag, till exempel text där ett tal behövs",
  "#N/A": "ett värde som formeln söker finns inte",
  "#NAME?":
    "formeln innehåller ett namn eller en funktion som Excel inte känner igen, till exempel från ett tillägg som saknas",
  "#NUM!": "formeln ger ett ogiltigt tal",
  "#NULL!": "formeln anger områden som inte skär varandra",
  "#SPILL!": "formelns resultat får inte plats i cellerna intill",
  "#CALC!": "formeln kunde inte beräknas",
  "#OTHER": "formeln kunde inte beräknas",
} as const;

/** Swedish Excel's names of its error values, by the English name they stand for. */
export const EXCEL_ERROR_SWEDISH_NAMES: Readonly<Record<string, keyof typeof EXCEL_ERROR_MEANINGS>> = {
  "#REFERENS!": "#REF!",
  "#DIVISION/0!": "#DIV/0!",
  "#VÄRDEFEL!": "#VALUE!",
  "#SAKNAS!": "#N/A",
  "#NAMN?": "#NAME?",
  "#OGILTIGT!": "#NUM!",
  "#SKÄRNING!": "#NULL!",
  "#BERÄKNA!": "#CALC!",
};

/** A cause's name inside a sentence: "teckenfel", "transponerade siffror". */
export const causeWord = (kind: FindingKind): string =>
  CAUSE_NAMES[kind].charAt(0).toLowerCase() + CAUSE_NAMES[kind].slice(1);

/** A cause's name and what it means, as the pane's "Trolig orsak" and the export show it. */
export const causeSentence = (kind: FindingKind): string =>
  `${CAUSE_NAMES[kind]}: ${CAUSE_EXPLANATIONS[kind]}`;

// ---------------------------------------------------------------------------------------------
// Words messages are built from
// ---------------------------------------------------------------------------------------------

/** Words for what a figure is compared with, by identity. */
export const BASIS = {
  footing: "summan av raderna",
  noteFooting: "summan av notens poster",
  /** A part of a sum, judged from the sum: `raden "Summa kostnader" minus övriga poster`. */
  totalLessOtherParts: (totalLabel: string): string => `raden "${totalLabel}" minus övriga poster`,
  /** A total without a label of its own. */
  unnamedTotal: "Delsumma",
  /** The notes a line cites: "Not 3 och 4". */
  citedNotes: (notes: readonly number[]): string => `Not ${notes.join(" och ")}`,
} as const;

/** How a concept of the resultaträkning reads inside a basis: "verksamhetens intäkter". */
export const RR_CONCEPT_WORDS: Readonly<Record<string, string>> = {
  "RR.INTAKTER": "verksamhetens intäkter",
  "RR.FIN_INTAKTER": "finansiella intäkter",
  "RR.KOSTNADER": "verksamhetens kostnader",
  "RR.AVSKRIVNINGAR": "avskrivningar",
  "RR.FIN_KOSTNADER": "finansiella kostnader",
};

/**
 * A definition the overview was found to use, said with the lines it adds up when it adds more
 * than one: "Intäkterna enligt resultaträkningen (verksamhetens intäkter + finansiella intäkter, som
 * övriga år)".
 */
const learnedDefinition =
  (what: string) =>
  (concepts: readonly string[]): string =>
    concepts.length > 1
      ? `${what} (${concepts.map((c) => RR_CONCEPT_WORDS[c]).join(" + ")}, som övriga år)`
      : what;

/**
 * What a figure is compared with, by the id of the identity rule that compares it (the rule
 * catalogue's ids): an identity's `description`, which a finding says as its basis. A rule that
 * compares in more than one way has one entry per way.
 */
export const IDENTITY_BASIS = {
  // Årets resultat, the same in every statement.
  "BR.ARETS_RESULTAT.RR": "Årets resultat enligt resultaträkningen",
  "KF.ARETS_RESULTAT.RR": "Årets resultat enligt resultaträkningen",
  "BALANSKRAV.ARETS_RESULTAT.RR": "Årets resultat enligt resultaträkningen",
  "DRIFT.RESULTAT.RR": "Årets resultat enligt resultaträkningen",
  // The balance sheet and the kassaflödesanalys.
  "BR.BALANSERAR": "Summa tillgångar",
  "BR.EK_BORJAN.FOREG_AR": "Eget kapital vid föregående års slut",
  "NOT.INGAENDE.FOREG_AR": "Det utgående värdet föregående år",
  "KF.LIKVIDA_SLUT.BR": "Kassa och bank i balansräkningen",
  "KF.LIKVIDA_BORJAN.BR": "Kassa och bank vid föregående års slut",
  "KF.LIKVIDA_BORJAN.FOREG_AR": "Likvida medel vid föregående års slut",
  "KF.FORDRINGAR.BR": "Förändringen av fordringarna i balansräkningen",
  "KF.SKULDER.BR": "Förändringen av de kortfristiga skulderna i balansräkningen",
  // The driftredovisning.
  "DRIFT.AVVIKELSE": {
    /** Avvikelse = utfall − budget. */
    outcomeLessBudget: "Utfall minus budget",
    /** For costs shown as positive amounts: avvikelse = budget − utfall. */
    budgetLessOutcome: "Budget minus utfall",
    /** A delårsrapport's avvikelse against the full-year forecast: prognos − budget. */
    forecastLessBudget: "Prognos minus budget",
    /** The same for costs shown as positive amounts: budget − prognos. */
    budgetLessForecast: "Budget minus prognos",
  },
  "DRIFT.BOKSLUT.UTFALL": "Utfallet för samma år",
  "DRIFT.EGET_KAPITAL.BR": "Eget kapital i balansräkningen",
  "DRIFT.LIKVIDA.BR": "Kassa och bank i balansräkningen",
  // Översikt över verksamhetens utveckling.
  "FEMAR.ARETS_RESULTAT.SUM": {
    /** Årets resultat = intäkter − kostnader. */
    incomeLessCosts: "Intäkter minus kostnader",
    /** A kommun's overview: its result from the net cost, the taxes and grants and the financial net. */
    municipal: "Verksamhetens nettokostnad, skatteintäkter och generella statsbidrag och finansnetto",
  },
  "FEMAR.ARETS_RESULTAT.RR": "Årets resultat enligt resultaträkningen",
  "FEMAR.INTAKTER.RR": learnedDefinition("Intäkterna enligt resultaträkningen"),
  "FEMAR.KOSTNADER.RR": learnedDefinition("Kostnaderna enligt resultaträkningen"),
  "FEMAR.EGET_KAPITAL.BR": "Eget kapital i balansräkningen",
  "FEMAR.BALANSOMSLUTNING.BR": "Summa tillgångar i balansräkningen",
  "FEMAR.EGET_KAPITAL.ARETS_RESULTAT": "Föregående års eget kapital plus årets resultat",
  // Partsfördelningen, by the relation between the members.
  "NOT.PARTSFORDELNING": {
    /** Arbetsförmedlingen's line = Försäkringskassan's. */
    afLikeFk: "Försäkringskassans insats (staten delar lika)",
    /** The region's line = half the state's. */
    regionHalfState: "Hälften av statens insats",
    /** The region's line = the municipalities' together. */
    regionLikeMunicipalities: "Kommunernas insatser tillsammans",
  },
} as const;

/** The id of a rule with words in IDENTITY_BASIS. */
export type IdentityBasisId = keyof typeof IDENTITY_BASIS;

/** A line that explains a difference: `"Finansiella kostnader" 2025 i resultaträkning (2 110)`. */
export const witnessWords = (p: {
  label: string;
  period?: string;
  statement: string;
  amount: string;
}): string => `"${p.label}"${p.period ? ` ${p.period}` : ""} i ${p.statement.toLowerCase()} (${p.amount})`;

/** The sign most lines of a layout carry, for the unusual-sign message. */
export const SIGN_WORDS = { positive: "positiva", negative: "negativa" } as const;

// ---------------------------------------------------------------------------------------------
// Messages, by the catalogue's message key, then by cause
// ---------------------------------------------------------------------------------------------

export interface DifferenceParams {
  /** The blamed line, e.g. "Årets resultat". */
  readonly label: string;
  readonly period?: string;
  readonly actual: string;
  readonly expected: string;
  readonly difference: string;
  /** What the figure should agree with, e.g. "årets resultat enligt resultaträkningen". */
  readonly basis: string;
  /** A line that explains the difference (omitted line, the line the value belongs to...). */
  readonly witness?: string;
  readonly unit: string;
}

/** The causes an identity's difference can have; `year`, `unusual-sign` and `missing` have rules of their own. */
export type DifferenceCause = Exclude<FindingKind, "year" | "unusual-sign" | "missing" | "excel-error">;

/** The line and its year, the year left out when the label already names it ("Utfall jan-dec 2025"). */
const where = (p: { label: string; period?: string }): string =>
  `${p.label}${p.period && !p.label.includes(p.period) ? ` ${p.period}` : ""}`;

/** What was left unchecked for a cell without a figure. */
const unjudgedSentence = (n: number): string =>
  n === 1
    ? "En summa som bygger på cellen har inte kontrollerats."
    : n > 1
      ? `${n} summor som bygger på cellen har inte kontrollerats.`
      : "Summor som bygger på cellen kan inte kontrolleras.";

const differenceMessages: Record<DifferenceCause, (p: DifferenceParams) => string> = {
  sign: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ska vara ${p.expected} ${p.unit} (${p.basis}). Beloppet har fel tecken (${causeWord("sign")}).`,
  "part-sign": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}. Differensen är dubbla ${p.witness ?? "en delpost"}: den posten har troligen räknats med fel tecken.`,
  omission: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}. Differensen motsvarar ${p.witness ?? "en rad"}: raden har troligen utelämnats.`,
  "double-count": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}. Differensen motsvarar ${p.witness ?? "en rad"}: raden har troligen räknats med två gånger eller där den inte hör hemma.`,
  transposition: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ska vara ${p.expected} ${p.unit} (${p.basis}). Differensen ${p.difference} är delbar med 9 och siffrorna är desamma: två siffror har troligen bytt plats (${causeWord("transposition")}).`,
  "period-swap": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ska vara ${p.expected} ${p.unit} (${p.basis}). Beloppet är ${p.witness ?? "det andra årets"}: troligen har fel kolumn eller fel år använts.`,
  unit: (p) =>
    `${where(p)} är ${p.actual} men ska vara ${p.expected} (${p.basis}). Beloppet är 1 000 gånger för stort eller för litet: troligen blandas kr och tkr.`,
  "wrong-line": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}. Beloppet är detsamma som ${p.witness ?? "en annan rad"}: troligen har fel rad använts.`,
  mismatch: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}.`,
  rounding: (p) =>
    `${where(p)} skiljer sig med ${p.difference} ${p.unit} från ${p.basis} (${p.expected} ${p.unit}). Differensen ryms inom avrundningen av de ingående beloppen (${causeWord("rounding")}).`,
};

/** The causes a quoted amount's difference can have (text/quotedAmounts.ts). */
export type QuotedCause = "sign" | "unit" | "period-swap" | "transposition" | "mismatch";

export interface QuotedParams {
  /** What the text quotes: "eget kapital", "årets tilldelning från medlemmarna". */
  readonly what: string;
  readonly period: string;
  /** The amount as the text writes it ("1 628 600 kr", "1,3 mnkr"). */
  readonly quoted: string;
  /** What the statements give, formatted in kronor. */
  readonly expected: string;
  /** Where that comes from: "balansräkningen", "trappan på årets medlemsinsatser". */
  readonly basis: string;
  readonly difference: string;
  /** For a period swap: the year whose figure the text gives. */
  readonly witness?: string;
  /** The sentence the amount stands in. */
  readonly sentence: string;
}

const quotedSentence = (p: QuotedParams): string => `Meningen: "${p.sentence}"`;

/** The statements in their definite form, as a sentence's subject. */
const STATEMENTS_DEFINITE: Record<StatementKind, string> = {
  RR: "resultaträkningen",
  BR: "balansräkningen",
  KF: "kassaflödesanalysen",
  NOT: "noterna",
  FEMAR: "översikten över verksamhetens utveckling",
  DRIFT: "driftredovisningen",
  BALANSKRAV: "balanskravsutredningen",
  TEXT: "texten",
};

/** Words for the amounts the running text quotes (TEXT.{quoted}.BELOPP). */
export const QUOTED_WORDS = {
  concept: {
    ARETS_RESULTAT: "årets resultat",
    EGET_KAPITAL: "eget kapital vid årets slut",
    EK_BORJAN: "eget kapital vid årets början",
    MEDLEMSINSATSER: "medlemmarnas insatser (årets tilldelning)",
    TRAPPAN: "det högsta egna kapitalet enligt trappan",
    BALANSKRAVSRESULTAT: "balanskravsresultatet",
  },
  /** The finding's label, as a line's label would be. */
  label: {
    ARETS_RESULTAT: "Årets resultat i texten",
    EGET_KAPITAL: "Eget kapital i texten",
    EK_BORJAN: "Eget kapital vid årets början i texten",
    MEDLEMSINSATSER: "Medlemsinsatser i texten",
    TRAPPAN: "Trappans tak i texten",
    BALANSKRAVSRESULTAT: "Balanskravsresultat i texten",
  },
  /** A statement as the subject of "ger": "resultaträkningen ger 1 920 460 kr". */
  statement: (kind: StatementKind): string => STATEMENTS_DEFINITE[kind],
  /** The trappa's ceiling, computed on the contributions of the statements or of the text itself. */
  trappaBasis: (budget: boolean, fromText: boolean, base?: string): string =>
    (fromText
      ? "trappan (20 % upp till 7 mnkr, 15 % upp till 15 mnkr, 10 % därutöver) på årets tilldelning enligt texten"
      : budget
        ? "trappan (20 % upp till 7 mnkr, 15 % upp till 15 mnkr, 10 % därutöver) på driftredovisningens budgeterade medlemsavgift"
        : "trappan (20 % upp till 7 mnkr, 15 % upp till 15 mnkr, 10 % därutöver) på årets medlemsinsatser") +
    (base ? ` (${base})` : ""),
  /** An amount whose sign the words give: "1 920 460 kr (negativt)". */
  signed: (amount: string, sign: 1 | -1): string => `${amount} (${sign < 0 ? "negativt" : "positivt"})`,
  membersNote: "medlemmarnas insatser i noten tillsammans",
  computedEquity: "eget kapital vid årets början plus årets resultat i balansräkningen",
} as const;

const quotedMessages: Record<QuotedCause, (p: QuotedParams) => string> = {
  sign: (p) =>
    `Texten anger ${p.what} ${p.period} till ${p.quoted} men ${p.basis} ger ${p.expected}: texten har fel tecken (${causeWord("sign")}). ${quotedSentence(p)}`,
  unit: (p) =>
    `Texten anger ${p.what} ${p.period} till ${p.quoted} men ${p.basis} ger ${p.expected}: beloppet är 1 000 gånger för stort eller för litet, troligen blandas kr och tkr. ${quotedSentence(p)}`,
  "period-swap": (p) =>
    `Texten anger ${p.what} ${p.period} till ${p.quoted} men ${p.basis} ger ${p.expected}. Beloppet är ${p.witness ? `det för ${p.witness}` : "ett annat års"}: troligen har fel år använts. ${quotedSentence(p)}`,
  transposition: (p) =>
    `Texten anger ${p.what} ${p.period} till ${p.quoted} men ${p.basis} ger ${p.expected}. Differensen ${p.difference} är delbar med 9 och siffrorna är desamma: två siffror har troligen bytt plats (${causeWord("transposition")}). ${quotedSentence(p)}`,
  mismatch: (p) =>
    `Texten anger ${p.what} ${p.period} till ${p.quoted} men ${p.basis} ger ${p.expected}, en differens på ${p.difference}. ${quotedSentence(p)}`,
};

/**
 * Every message a finding can carry. The top-level keys are the catalogue's message keys; where a
 * rule says different things for different causes, the next level is the cause.
 */
export const MESSAGES = {
  /** An identity that does not hold (footing, cross-statement, note reference, overview, member shares). */
  difference: differenceMessages,
  /** Added to a mismatch when any of several parts could be the wrong one. */
  ambiguousPart: "Någon av posterna är troligen fel, men vilken går inte att avgöra av beloppen.",
  /** A total left blank where its lines have amounts. */
  missingTotal: (p: { label: string; period?: string; expected: string; unit: string }): string =>
    `${where(p)} saknar belopp, men raderna den summerar ger ${p.expected} ${p.unit}. Beloppet bör fyllas i.`,
  /** A line whose sign is against the others of its layout. */
  unusualSign: (p: {
    label: string;
    period?: string;
    actual: string;
    unit: string;
    majority: keyof typeof SIGN_WORDS;
  }): string =>
    `${where(p)} är ${p.actual} ${p.unit} medan övriga rader i samma uppställning är ${SIGN_WORDS[p.majority]}. Kontrollera om beloppet har fel tecken (det kan vara en återföring).`,
  /** A column header naming the wrong year, by why it is wrong. */
  headerYear: {
    wrong: (p: { header: string; year: number; expected: number; statement: string }): string =>
      `Kolumnrubriken "${p.header}" i ${p.statement.toLowerCase()} anger år ${p.year}, men kolumnen ska avse ${p.expected}. Rubriken har troligen fel år.`,
    outside: (p: { header: string; year: number; reportYear: number; statement: string }): string =>
      `Kolumnrubriken "${p.header}" i ${p.statement.toLowerCase()} anger år ${p.year}, som ligger efter rapportåret ${p.reportYear}.`,
    sequence: (p: { header: string; year: number; expected: number; statement: string }): string =>
      `Kolumnrubriken "${p.header}" i ${p.statement.toLowerCase()} anger år ${p.year}, men årsföljden i översikten kräver ${p.expected}.`,
  },
  /** A unit caption the figures contradict. */
  unitCaption: (p: { header: string; stated: string; actual: string; statement: string }): string =>
    `${p.statement} anger "${p.header}" men beloppen stämmer med övriga uppställningar först om de läses i ${p.actual}, inte i ${p.stated}. Enhetsangivelsen är troligen fel.`,
  /** A soliditet row holding amounts instead of percentages. */
  solidityNotPercent: (p: { label: string; period?: string; actual: string; expected?: string }): string =>
    `${where(p)} är ${p.actual}, vilket inte är en procentsats${p.expected ? `; eget kapital genom summa tillgångar ger ${p.expected}` : ""}. Raden innehåller troligen belopp (eget kapital) i stället för soliditet.`,
  /** A soliditet that is not eget kapital / summa tillgångar. */
  solidityMismatch: (p: { label: string; period?: string; actual: string; expected: string }): string =>
    `${where(p)} är ${p.actual} men eget kapital genom summa tillgångar i balansräkningen ger ${p.expected}.`,
  /** A cell showing an Excel error value where a figure belongs. */
  excelError: (p: {
    label: string;
    period?: string;
    error: string;
    meaning: string;
    unjudged: number;
  }): string =>
    `${p.label ? `${where(p)} visar` : "Cellen visar"} Excels felvärde ${p.error} i stället för ett belopp: ${p.meaning}. ${unjudgedSentence(p.unjudged)} Rätta formeln och granska igen.`,
  /** A cell whose figure no report can hold (forty digits): a damaged cell. */
  impossibleFigure: (p: { label: string; period?: string; text: string; unjudged: number }): string =>
    `${p.label ? `${where(p)} innehåller` : "Cellen innehåller"} ${p.text}, som är för stort för att vara ett belopp i en rapport. ${unjudgedSentence(p.unjudged)} Rätta cellen och granska igen.`,
  solidityOwnMismatch: (p: { label: string; period?: string; actual: string; expected: string }): string =>
    `${where(p)} är ${p.actual} men översiktens eget kapital genom dess summa tillgångar ger ${p.expected}.`,
  /** A line pasted as text whose figures the statement's arithmetic cannot cut one way only. */
  pastedAmbiguous: (p: { label: string; readings: readonly string[] }): string =>
    `Raden ${p.label ? `"${p.label}" ` : ""}kan läsas på ${p.readings.length === 2 ? "två" : "flera"} sätt: ${p.readings.slice(0, 4).map((r) => `"${r}"`).join(" eller ")}${p.readings.length > 4 ? ` med flera (${p.readings.length} i allt)` : ""}, och summorna avgör inte vilket. Beloppen som skiljer sig åt kontrolleras inte; skriv dem i var sin cell eller klistra in raden med kolumnerna kvar.`,
  /** A line pasted as text whose figures do not fit the header's columns at all. */
  pastedUnreadable: (p: { label: string; columns: number }): string =>
    `Raden ${p.label ? `"${p.label}" ` : ""}går inte att dela i not och ${p.columns} belopp efter rubrikens kolumner; dess belopp kontrolleras inte. Skriv dem i var sin cell.`,
  /** The published report states another figure than the workbook (src/i18n/sv/compare.ts). */
  compareAmount: COMPARE.amount,
  /** A report's statement most of whose figures differ from the workbook's (src/i18n/sv/compare.ts). */
  compareStatement: COMPARE.statement,
  /** Lines only the report or only the workbook has (src/i18n/sv/compare.ts). */
  compareLines: COMPARE.lines,
  /** An amount the running text quotes that the statements contradict (TEXT.{quoted}.BELOPP), by cause. */
  quotedAmount: quotedMessages,
} as const;

/** A key of the message table, as the rule catalogue names it. */
export type MessageKey = keyof typeof MESSAGES;

/** @deprecated Use MESSAGES.difference. */
export const DIFFERENCE_MESSAGES = differenceMessages;

/** @deprecated Use MESSAGES; kept under the earlier names for callers not yet moved. */
export const OTHER_MESSAGES = {
  ambiguousPart: MESSAGES.ambiguousPart,
  rounding: differenceMessages.rounding,
  missing: MESSAGES.missingTotal,
  unusualSign: MESSAGES.unusualSign,
  yearWrong: MESSAGES.headerYear.wrong,
  yearOutside: MESSAGES.headerYear.outside,
  yearSequence: MESSAGES.headerYear.sequence,
  unitHeader: MESSAGES.unitCaption,
  solidityNotPercent: MESSAGES.solidityNotPercent,
  solidityWrong: MESSAGES.solidityMismatch,
} as const;

const ORDINALS = ["första", "andra", "tredje", "fjärde", "femte", "sjätte", "sjunde", "åttonde", "nionde", "tionde"];

/**
 * Where in a line pasted as text (one line per cell) a finding's figure stands, added to the
 * finding's message: "(inklistrad rad: det andra beloppet, 2024)".
 */
export const PASTED_PLACE = (p: { amount?: number; period?: string; note?: boolean; lineNo?: number }): string => {
  const line = p.lineNo === undefined ? "inklistrad rad" : `rad ${p.lineNo + 1} i den inklistrade texten`;
  const what =
    p.note === true
      ? "notnumret"
      : p.amount === undefined
        ? undefined
        : `det ${ORDINALS[p.amount] ?? `${p.amount + 1}:e`} beloppet${p.period ? `, ${p.period}` : ""}`;
  return `(${line}${what ? `: ${what}` : ""})`;
};
