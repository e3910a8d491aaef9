/**
 * The förvaltningsberättelse paragraphs the published-report fixtures print before their statements,
 * and the amounts those paragraphs quote (the truth a text rule is tested against).
 *
 * Every paragraph is cut VERBATIM from the seed text (../shared/seeds/*.txt): it is named by its
 * first and last words, and `excerpt` finds it in the seed and only re-wraps it (runs of spaces and
 * line breaks become one space). A paragraph the seed does not hold stops the script, so nothing here
 * is made up. Chosen: the paragraphs that quote the förbund's own amounts (årets tilldelning, eget
 * kapital, the trappa's ceiling, the balanskravsresultat), and, beside them, paragraphs that quote
 * budgets, other years, other parties' money and numbers that are no amounts (an organisation
 * number, a law's number, a head count), which a text rule must not read as the year's figures.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

const SEEDS = join(__dirname, "..", "..", "..", "shared", "seeds");

/** The seed's text with every run of white space (line breaks, tabs, no-break spaces) as one space. */
function seedText(prefix: string): string {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix) && f.endsWith(".txt"));
  if (!file) throw new Error(`seed ${prefix} saknas i ${SEEDS}`);
  return readFileSync(join(SEEDS, file), "utf8").replace(/\s+/gu, " ");
}

/** The seed's words from `start` through `end` (the first such stretch), re-wrapped only. */
function excerpt(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  if (from < 0) throw new Error(`"${start}" finns inte i seed-texten`);
  const to = text.indexOf(end, from);
  if (to < 0) throw new Error(`"${end}" följer inte på "${start}" i seed-texten`);
  return text.slice(from, to + end.length).trim();
}

/** What a quoted amount stands for. */
export type Concept =
  | "arets-resultat"
  | "eget-kapital"
  | "medlemsinsatser"
  | "trappan-tak"
  | "balanskravsresultat"
  /** The year's budget, a budget for another year, costs of the insatser: not a statement's line. */
  | "budget"
  | "insatskostnader"
  /** Money that is not the förbund's (the state's whole allocation to all förbund). */
  | "annat";

/** Where the statements give the same figure: a line's label and the column (0-based) on its sheet. */
export interface StatementSource {
  readonly label: string;
  readonly column: number;
  /** The trappa is computed from the source (the year's member contributions), not read. */
  readonly trappa?: boolean;
}

export interface Quote {
  /** The sentence as in the seed (re-wrapped). */
  readonly sentence: string;
  /** The amount as the sentence writes it ("8 524 000", "1,3 mnkr"). */
  readonly quoted: string;
  readonly concept: Concept;
  /** The amount in kronor, signed as the sentence means it ("negativt om 1,3 mnkr" is −1 300 000). */
  readonly amount: number;
  /** Whole kronor the quote is written in: 1 for kr, 100 000 for "1,3 mnkr". */
  readonly unit: number;
  /** The year ("2025"), the balance day ("2025-12-31", "2025-01-01") or "budget 2026". */
  readonly period: string;
  /** The statement line it must agree with; absent when nothing in the statements is the same figure. */
  readonly source?: StatementSource;
}

export type Block = { readonly heading: string } | { readonly text: string };

export interface Prose {
  readonly blocks: readonly Block[];
  readonly quotes: readonly Quote[];
}

/** Seed 000, Samordningsförbundet Värend, årsredovisning 2025. */
function varend(): Prose {
  const t = seedText("000_");
  const p = (start: string, end: string): Block => ({ text: excerpt(t, start, end) });
  const s = (start: string, end: string): string => excerpt(t, start, end);
  return {
    blocks: [
      { heading: "1. FÖRVALTNINGSBERÄTTELSE" },
      p(
        "Årsredovisningen innehåller en översiktlig redogörelse för verksamhetens",
        "medverkat till under året.",
      ),
      { heading: "Organisation" },
      p("Samordningsförbundet Värend är en fristående juridisk person", "regleras i förbundsordningen."),
      { heading: "Finansiering/medlemsavgifter" },
      p("Årets tilldelning från förbundsmedlemmarna uppgår till", "731 670 kr i eget kapital."),
      p("Budget 2026 bygger på beviljad tilldelning", "från år 2025."),
      { heading: "1.2 Viktiga förhållande för resultat och ekonomisk ställning" },
      p(
        "Med anledning av samordningsförbundens nationellt sett stora",
        "ligger över den rekommenderade nivån.",
      ),
      p("Förbundet redovisar 2025-12-31 ett positivt eget kapital", "överförs till budgetåret 2026."),
      { heading: "1.5 God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning" },
      p("Nätverket har haft två möten under 2025", "använda metoden i praktiken."),
      { heading: "1.7 Förväntad utveckling" },
      p("Ett fortsatt mål är att ta tillvara det engagemang", "för perioden 2027–2029."),
    ],
    quotes: [
      {
        sentence: s("Årets tilldelning från förbundsmedlemmarna uppgår till", "med resterande fjärdedel."),
        quoted: "8 524 000",
        concept: "medlemsinsatser",
        amount: 8_524_000,
        unit: 1,
        period: "2025",
        source: { label: "Medlemsavgift", column: 1 },
      },
      {
        sentence: s("Därutöver fanns vid årets början", "731 670 kr i eget kapital."),
        quoted: "731 670",
        concept: "eget-kapital",
        amount: 731_670,
        unit: 1,
        period: "2025-01-01",
        source: { label: "Eget kapital vid årets början", column: 2 },
      },
      {
        sentence: s("Budget 2026 bygger på beviljad tilldelning", "från år 2025."),
        quoted: "8 524 000",
        concept: "medlemsinsatser",
        amount: 8_524_000,
        unit: 1,
        period: "budget 2026",
      },
      {
        // "Preliminärt överskott från år 2025" is the equity carried into 2026 (the driftredovisning's
        // utgående eget kapital), not the year's result (1 920 460); 1 kr from the balansräkning's
        // 2 652 130 is rounding.
        sentence: s("Budget 2026 bygger på beviljad tilldelning", "från år 2025."),
        quoted: "2 652 129",
        concept: "eget-kapital",
        amount: 2_652_129,
        unit: 1,
        period: "2025-12-31",
        source: { label: "Eget kapital vid årets slut", column: 2 },
      },
      {
        sentence: s("För Samordningsförbundet Varend innebär detta ett eget kapital", "1 628 600 kr."),
        quoted: "1 628 600",
        concept: "trappan-tak",
        amount: 1_628_600,
        unit: 1,
        period: "2025",
        source: { label: "Medlemsavgift", column: 1, trappa: true },
      },
      {
        sentence: s("Förbundet redovisar 2025-12-31 ett positivt eget kapital", "2 652 129 kr."),
        quoted: "2 652 129",
        concept: "eget-kapital",
        amount: 2_652_129,
        unit: 1,
        period: "2025-12-31",
        source: { label: "Eget kapital vid årets slut", column: 2 },
      },
    ],
  };
}

/** Seed 004, Samordningsförbundet i Kalmar län, årsredovisning 2024 (with the tjänsteskrivelse before it). */
function kalmar(): Prose {
  const t = seedText("004_");
  const p = (start: string, end: string): Block => ({ text: excerpt(t, start, end) });
  const s = (start: string, end: string): string => excerpt(t, start, end);
  return {
    blocks: [
      { heading: "Bedömning" },
      p("Revisorerna gör följande bedömning:", "Revisorerna gör följande bedömning:"),
      p("Vi bedömer att räkenskaperna i allt väsentligt är rättvisande", "inom Finsamförbundets riktlinjer"),
      { heading: "1. Förvaltningsberättelse" },
      p("Förvaltningsberättelsen beskriver områden i enlighet med lagen", "Finsam-förbundens struktur."),
      p("Till redovisningen hör 8 bilagor", "finansierat under 2024."),
      p("Förbundet har under 2024 äskat om mer pengar", "process med medelstilldelning."),
      { heading: "1.2. Viktiga förhållanden för resultat och ekonomisk ställning" },
      p("Politiken har heller inte tillfört några mer medel", "en svårlöst ekvation."),
      { heading: "1.5. God ekonomisk hushållning, måluppfyllelse och ekonomisk ställning" },
      p("Förbundet har som inriktning att 75% av budgeten", "på kr 13 624 000."),
      p("*miljonen har en total budget på 350 000 kr", "för verksamhetsår 2024"),
      p("Utfallet för 2024 års behållning", "behållning blev 20 779 kr."),
      p("Utfallet mäts genom att jämföra", "2,7 % i avvikelser."),
      p("Enligt medlemsintäkter på", "motsvarar 81,2 %"),
      p("Förbundet har haft negativa resultat de två senaste åren.", "avslutades först 2024."),
      { heading: "1.6. Väsentliga personalförhållanden" },
      p("Vi är 2,875 tjänster", "förbundets kansli."),
      { heading: "Ekonomisk prognos för 2025" },
      p("Den ekonomiska prognosen utgår från verksamhetsplan", "kommer råda under 2025."),
    ],
    quotes: [
      {
        sentence: s("En balanskravsutredning har upprättats", "negativt om 1,3 mnkr."),
        quoted: "1,3 mnkr",
        concept: "balanskravsresultat",
        amount: -1_300_000,
        unit: 100_000,
        period: "2024",
        source: { label: "= Balanskravsresultat", column: 1 },
      },
      {
        sentence: s("Totalt låg helårsbudgeten", "på kr 13 624 000."),
        quoted: "13 624 000",
        concept: "budget",
        amount: 13_624_000,
        unit: 1,
        period: "budget 2024",
      },
      {
        sentence: s("*miljonen har en total budget på 350 000 kr", "för verksamhetsår 2024"),
        quoted: "350 000",
        concept: "budget",
        amount: 350_000,
        unit: 1,
        period: "budget 2024",
      },
      {
        // The staircase on the year's budgeted member contributions (the driftredovisning's budget
        // column, 16 270 000) gives 2 727 000; the text gives it rounded to ten thousands.
        sentence: s("I enlighet med NR riktlinjer skulle eget kapital", "behållning blev 20 779 kr."),
        quoted: "2 730 000",
        concept: "trappan-tak",
        amount: 2_730_000,
        unit: 10_000,
        period: "2024",
        source: { label: "Medlemsavgift", column: 2, trappa: true },
      },
      {
        sentence: s("I enlighet med NR riktlinjer skulle eget kapital", "behållning blev 20 779 kr."),
        quoted: "20 779",
        concept: "eget-kapital",
        amount: 20_779,
        unit: 1,
        period: "2024-12-31",
        source: { label: "Utgående eget Kapital", column: 1 },
      },
      {
        sentence: s("Budgeterade insatskostnader var", "2,7 % i avvikelser."),
        quoted: "13 524 000",
        concept: "budget",
        amount: 13_524_000,
        unit: 1,
        period: "budget 2024",
      },
      {
        // The insatser's outcome: note 2's "Lämnade bidrag", a line of a note, not a statement total.
        sentence: s("Budgeterade insatskostnader var", "2,7 % i avvikelser."),
        quoted: "13 155 934",
        concept: "insatskostnader",
        amount: 13_155_934,
        unit: 1,
        period: "2024",
        source: { label: "Lämnade bidrag", column: 1 },
      },
      {
        sentence: s("Enligt medlemsintäkter på", "motsvarar 81,2 %"),
        quoted: "16 189 674",
        concept: "medlemsinsatser",
        amount: 16_189_674,
        unit: 1,
        period: "2024",
        source: { label: "Medlemsavgift", column: 1 },
      },
      {
        sentence: s("Politiken har heller inte tillfört", "har legat stilla."),
        quoted: "339 miljoner",
        concept: "annat",
        amount: 339_000_000,
        unit: 1_000_000,
        period: "2016–2024",
      },
    ],
  };
}

/** The prose of each fixture workbook, by the seed it was transcribed from. */
export function proseFor(workbook: string): Prose {
  if (workbook.startsWith("varend-")) return varend();
  if (workbook.startsWith("kalmar-")) return kalmar();
  throw new Error(`ingen förvaltningsberättelse för ${workbook}`);
}
