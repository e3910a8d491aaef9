import { quotedAmounts, type QuotedAmount } from "./amounts";
import type { QuotedConcept } from "./concepts";
import type { Sentence } from "./prose";

/**
 * What a sentence of running text says a figure of the statements is: "Årets tilldelning från
 * förbundsmedlemmarna uppgår till 8 524 000 kronor" claims the members' contributions of the
 * report year. A claim is made only where the sentence plainly names one figure, of this body, for
 * one year, with one amount tied to it. Budgets, forecasts, comparisons and changes, other years
 * than the one named, percentages, ranges, bounds, other bodies and examples make no claim: a
 * false alarm about the text costs the revisor's trust, a figure left unchecked costs little.
 */

export interface Claim {
  readonly concept: QuotedConcept;
  readonly amount: QuotedAmount;
  /** The year the sentence names; undefined: the report's year. */
  readonly year?: number;
  /** The sign the words give ("underskott", "negativt" → −1), where they give one. */
  readonly sign?: 1 | -1;
  readonly sentence: Sentence;
}

/** The names of the förbund whose report this is, as its text writes them (diacritics folded). */
export type OwnNames = ReadonlySet<string>;

const W = (body: string, flags = "iu"): RegExp => new RegExp(`(?<![\\p{L}])(?:${body})(?![\\p{L}])`, flags);

/** Words that make a sentence about something else than this year's outcome. */
const NOT_OUTCOME = W(
  [
    "budget\\p{L}*",
    "prognos\\p{L}*",
    "plan(?:erat|erad|erade|eras|en|erar)?",
    "beräkna(?:s|t|d|de)",
    "förväntas|förväntat|förväntad\\p{L}*",
    "preliminär\\p{L}*",
    "kommer\\s+att",
    "(?:ska|skall)\\s+(?:uppgå|vara|ligga|användas)",
    "uppskatt\\p{L}*",
    "bevilja\\p{L}*",
    "äska\\p{L}*|äskat",
    "ansök\\p{L}*",
    "mål|målet|målen|målsättning\\p{L}*|ambition\\p{L}*",
    "exempel|t\\.\\s?ex\\.?|exempelvis",
    // Part of the year: a delårsrapport's or a period's figure, not the year's ("per den 31 augusti").
    "delår\\p{L}*|tertial\\p{L}*|halvår\\p{L}*|kvartal\\p{L}*|perioden|periodens",
    "jan(?:uari)?\\s*[-\\u2013]\\s*(?:feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)\\p{L}*",
    "(?:per|den|t\\.?o\\.?m\\.?)\\s+(?:den\\s+)?\\d{1,2}\\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov)\\p{L}*",
    // A month other than the year's last, or months counted: "t.o.m. augusti", "efter åtta månader".
    "januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|månad\\p{L}*",
  ].join("|"),
);
/** Words that compare or tell a change: the amount is a difference, or belongs to another figure. */
const COMPARISON = W(
  [
    "jämför\\p{L}*",
    "ök(?:at|ade|ar|ning\\p{L}*|t)",
    "minsk\\p{L}*",
    "förändr\\p{L}*",
    "skillnad\\p{L}*",
    "avvik\\p{L}*",
    "differens\\p{L}*",
    "förbättr\\p{L}*",
    "försämr\\p{L}*",
    "höj(?:t|de|s|ning\\p{L}*)",
    "sänk(?:t|te|s|ning\\p{L}*)",
    "än",
    "respektive|resp\\.?",
    "föregående",
    "förra",
    "fjol\\p{L}*",
    "tidigare\\s+år",
    "motsvarande\\s+period\\p{L}*",
    "senaste",
    "genomsnitt\\p{L}*|i\\s+snitt",
    "mellan",
    "överstig\\p{L}*|överskrid\\p{L}*|understig\\p{L}*",
    "utöver",
    "samma",
    "sämre|bättre|högre|lägre|större|mindre|starkare|svagare|överskjutande",
    "i\\s+nivå\\s+med|på\\s+nivå\\s+med",
    "att\\s+jämföra",
  ].join("|"),
);
/**
 * A part of a figure, not the figure: "av årets tilldelning har 6 647 678 kr förbrukats", "500 000 kr
 * av det egna kapitalet är öronmärkt", "medlemsavgiften per invånare".
 */
const PORTION = W(
  [
    "av\\s+(?:det\\s+|årets\\s+|förbundets\\s+|den\\s+)?(?:eget|egna|tilldelning\\p{L}*|medelstilldelning\\p{L}*|medlemsavgift\\p{L}*|medlemsinsats\\p{L}*|resultat\\p{L}*|överskott\\p{L}*|underskott\\p{L}*|balanskravsresultat\\p{L}*)",
    "(?:en\\s+)?del(?:en)?\\s+av",
    "förbruka\\p{L}*|nyttja\\p{L}*|utnyttja\\p{L}*|outnyttja\\p{L}*|använ\\p{L}*|öronmärk\\p{L}*|reserver\\p{L}*|avsatt\\p{L}*|avsätt\\p{L}*|disponer\\p{L}*|anspråk|kvar|återstå\\p{L}*",
    "per\\s+(?:invånare|deltagare|person|individ|kommun|part|medlem|månad|år|kvartal|capita|anställd|timme|dag|vecka|insats|projekt|förbund)",
  ].join("|"),
);

/** A denial or a supposition: "inte", "skulle", "om förbundet". */
const HYPOTHETICAL = W(
  [
    "inte|ej|icke|aldrig|skulle|hade\\s+varit|om\\s+(?:man|förbundet|resultatet)|kan\\s+komma",
    // "Utan nedskrivningen hade årets resultat varit …", "med hänsyn till", "bortsett från": a figure adjusted in words.
    "hade\\s+(?:[\\p{L}\\d-]+\\s+){0,4}(?:varit|blivit|uppgått|landat)",
    "utan|bortsett\\s+från|frånsett|med\\s+hänsyn\\s+till|rensat\\s+för|korrigerat\\s+för",
  ].join("|"),
);
/** Other bodies than the one reporting, or several of them. */
const OTHER_BODIES = W(
  [
    "koncern\\p{L}*",
    "bolag\\p{L}*|dotterbolag\\p{L}*",
    "nämnd\\p{L}*",
    "(?:samordnings)?förbunden(?:s)?",
    "(?:andra|övriga|flera|samtliga|alla|många|vissa)\\s+(?:samordnings)?förbund",
    "riket|nationellt|i\\s+landet|i\\s+sverige",
    // The sammanställda redovisning is the kommunkoncern's.
    "sammanställd\\p{L}*",
    // Several bodies' figures added up: "tillsammans med Sunnerbo", "förbunden i länet tillsammans".
    "tillsammans",
    // Another body named by a compound: "Bostadsbolaget", "kommunkoncernen", "Socialnämnden", "Räddningstjänstförbundet".
    "\\p{L}+(?:bolag|koncern|nämnd)\\p{L}*",
    "(?!samordnings|finsam)\\p{L}+förbund(?:et|ets|en|ens)?",
  ].join("|"),
);
/** A member body's own figure, named by its definite genitive. */
const MEMBER_BODY = W("kommunens|kommunernas|regionens|regionernas|landstingets|statens|kommunkoncernens");
/** A company: "Kramforsbostäder AB". */
const COMPANY = /(?<![\p{L}])AB(?![\p{L}])/u;
/**
 * A figure of someone's named in the genitive: "Sunnerbos eget kapital", "Växjö kommuns resultat".
 * The definite genitives ("förbundets", "årets", "kommunens", "medlemmarnas") and "2024 års" are
 * the report's own words; a name's genitive has no such ending.
 */
const OWNER = /(?<![\p{L}])(\p{L}[\p{L}-]*s)\s+(?:eget\s|egna\s|årets\s|resultat|balanskrav|tilldelning|medelstilldelning|medlems|överskott|underskott)/giu;
const OWN_GENITIVE = /(?:ets|ens|nas|års|^dess|^vars|^deras|^hans|^hennes)$/iu;
const PERCENT = /%|(?<![\p{L}])procent/iu;

/** Nationella rådet's guideline for eget kapital: the ceiling, not the equity. */
const CEILING = W(
  [
    "maximalt|maximal\\p{L}*|högst|max",
    "tak|taket",
    "riktlinje\\p{L}*",
    "rekommend\\p{L}*",
    "trappa\\p{L}*",
    "nationella\\s+rådet\\p{L}*",
    "tillåt\\p{L}*",
    "gräns\\p{L}*",
    "(?:bör|får|kan)\\s+uppgå",
    "kunna\\s+uppgå",
  ].join("|"),
);
/** How a ceiling is phrased ("bör inte överstiga", "skulle kunna uppgå"), said before the words above judge it. */
const CEILING_PHRASES = W(
  "(?:bör|får|ska|skall)\\s+(?:inte|ej)\\s+överstiga|(?:inte|ej)\\s+(?:bör|får)\\s+överstiga|skulle\\s+(?:\\p{L}+\\s+){0,4}kunna\\s+uppgå",
);

/** The guideline itself, not any maximum: "trappan", "riktlinjen", "taket", "den rekommenderade nivån". */
const GUIDELINE = W("trappa\\p{L}*|riktlinje\\p{L}*|tak|taket|rekommenderad\\p{L}*\\s+nivå\\p{L}*|nationella\\s+rådet\\p{L}*");
const TRAPPA = W("trappa\\p{L}*");
const MAXIMUM = W("maximalt|maximal\\p{L}*|högst|max|maximum");

const RESULT = W("årets\\s+(?:resultat|överskott|underskott)");
/** "Resultatet för 2025", "förbundets resultat 2025": a result with a year, read with the year. */
const RESULT_OF_YEAR = W(
  "(?:förbundets|kommunens|regionens|det\\s+ekonomiska|det\\s+totala)\\s+resultat(?:et)?|resultat(?:et)?\\s+(?:för|under)\\s+(?:år\\s+|räkenskapsåret\\s+|verksamhetsåret\\s+)?(?:\\d{4}|året)",
);
/** A result that is not årets resultat: a part of it, adjusted, or of a part of the body. */
const OTHER_RESULT = W(
  [
    "verksamhetens\\s+(?:resultat|nettokostnad)",
    "resultat(?:et)?\\s+(?:efter|före|av|från|inom|per|exklusive|inklusive|exkl\\.?|inkl\\.?)",
    "finansiell\\p{L}*",
    "balanskrav\\p{L}*",
    "jämförelsestörande",
    "exklusive|inklusive|exkl\\.?|inkl\\.?",
    "justera\\p{L}*",
    "realisation\\p{L}*|reavinst\\p{L}*",
    "insats\\p{L}*|projekt\\p{L}*",
    "resultatmål\\p{L}*|resultatutjämning\\p{L}*",
    // "Årets resultat för VA-verksamheten", "för Kramforsbostäder AB": a part's or another's result.
    "resultat(?:et)?\\s+för\\s+(?!(?:år\\s+|räkenskapsåret\\s+|verksamhetsåret\\s+)?\\d{4}|året|räkenskapsåret|verksamhetsåret|helåret|hela\\s|kommunen|förbundet|samordningsförbundet|regionen|landstinget)[\\p{L}\\d-]+",
  ].join("|"),
);
/** A result in any wording ("det positiva resultatet", "överskottet"): with the equity, the amount may be either's. */
const A_RESULT = W("\\p{L}*resultat\\p{L}*|överskott\\p{L}*|underskott\\p{L}*");
const EQUITY = W("eget\\s+kapital(?:et)?|egna\\s+kapital(?:et)?");
/** The other side of the balance sheet said with the equity: a total, not the equity. */
const NOT_EQUITY_ALONE = W(
  "skulder|avsättning\\p{L}*|tillgångar|soliditet\\p{L}*|per\\s+invånare|andel\\p{L}*|exklusive|inklusive|exkl\\.?|inkl\\.?|justera\\p{L}*|pensionsförpliktelse\\p{L}*|ansvarsförbindelse\\p{L}*",
);
const OPENING = W(
  "(?:vid|per|i)\\s+(?:årets|periodens|räkenskapsårets)\\s+(?:början|ingång|start)|ingående|vid\\s+ingången|i\\s+början\\s+av",
);
const MEMBERS = W(
  [
    "(?:årets|periodens|den\\s+totala|totala|sammanlagda)\\s+(?:medels)?tilldelning",
    "(?:medels)?tilldelning(?:en)?\\s+(?:för|under)\\s+(?:år\\s+)?(?:\\d{4}|året)",
    "medlemsavgift\\p{L}*|medlemsinsats\\p{L}*|medlemsbidrag\\p{L}*|medlemstilldelning\\p{L}*",
    // "Insatser från medlemmarna" is the whole only as the year's or in total; else it may be a gift for a purpose.
    "(?:årets|totala|sammanlagda)\\s+(?:insatser|bidrag|medel)\\s+från\\s+(?:förbunds)?(?:medlemmar|medlemmarna|parterna|huvudmännen|medlemsparterna)",
    "(?:förbunds)?(?:medlemmarnas|parternas|medlemsparternas|huvudmännens)\\s+(?:insatser|bidrag|tilldelning|avgifter)",
  ].join("|"),
);
/** One member's part ("Försäkringskassan och Arbetsförmedlingen bidrar med 4 262 000 kronor"). */
const MEMBER_PARTY = W(
  "försäkringskassa\\p{L}*|arbetsförmedling\\p{L}*|stat|staten|statens|statlig\\p{L}*|region\\p{L}*|landsting\\p{L}*|kommun\\p{L}*|vardera|var\\s+och\\s+en|hälften|fjärdedel\\p{L}*|andel\\p{L}*|insats|insatsen|projekt\\p{L}*|utbildning\\p{L}*|konferens\\p{L}*|extra|särskil\\p{L}*|ytterligare|tillfällig\\p{L}*|engångs\\p{L}*|återbetal\\p{L}*",
);
const BALANSKRAV = W("(?:årets\\s+)?balanskravsresultat(?:et)?");
const OTHER_BALANSKRAV = W(
  "återställ\\p{L}*|ackumuler\\p{L}*|sammanlag\\p{L}*|tidigare|underskott\\s+från|synnerliga|justera\\p{L}*",
);
/** The verbs a sentence stating a figure uses; a line without any is a table's row or a heading. */
const FINITE_VERB = W(
  [
    "är|var|blev|blir|bli|vara|varit|blivit",
    "uppgår|uppgick|uppgått|uppgå|landade|landar|slutade|slutar|hamnade|hamnar|stannade|stannar",
    "redovisa(?:r|de|s|t)?|visa(?:r|de|t)?|uppvisa(?:r|de)?|innebär|innebar|inneburit|motsvara(?:r|de)?",
    "ha|har|hade|haft|fanns|finns|ger|gav|gett|ligger|låg|legat|fick|får|fått|erhöll|erhåller|erhållit",
    "bidrar|bidrog|tillförs|tillfördes|förs|fördes|överförs|överfördes|avsattes|avsätts|uppstod|uppstår",
  ].join("|"),
);
/** "årets", "under året": the report's own year, said without a number. */
const THIS_YEAR = W("årets|under\\s+året|för\\s+året|räkenskapsåret|verksamhetsåret");

const NEGATIVE = W("underskott\\p{L}*|negativ\\p{L}*|förlust\\p{L}*|minus");
const POSITIVE = W("överskott\\p{L}*|positiv\\p{L}*|vinst\\p{L}*|plus");
const SIGN_WORD = "underskott\\p{L}*|negativ\\p{L}*|förlust\\p{L}*|minus|överskott\\p{L}*|positiv\\p{L}*|vinst\\p{L}*|plus";
const FIGURE_NOUN = "(?:årets\\s+)?(?:resultat|eget\\s+kapital|egna\\s+kapital|balanskravsresultat)\\p{L}*";
/** "ett underskott på ", "minus ", "ett överskott om drygt ": the word of sign just before the amount. */
const SIGN_JUST_BEFORE = new RegExp(
  `(?<![\\p{L}])(${SIGN_WORD})\\s*(?:på|om|av|med|:|,)?\\s*(?:(?:cirka|ca\\.?|c:a|drygt|knappt|nästan|närmare|omkring|ungefär|runt)\\s+)?$`,
  "iu",
);
/** "ett negativt resultat", "ett positivt eget kapital": the figure's noun called so. */
const SIGN_OF_FIGURE = new RegExp(`(?<![\\p{L}])(negativ\\p{L}*|positiv\\p{L}*)\\s+${FIGURE_NOUN}`, "iu");
/** "Årets resultat blev negativt, …", "balanskravsresultatet är negativt om …", "Resultatet för 2025 är positivt och …". */
const SIGN_OF_FIGURE_SAID = new RegExp(
  `${FIGURE_NOUN}(?:\\s+[\\p{L}\\d-]+){0,3}?\\s+(?:är|blev|var|blir)\\s+(negativ\\p{L}*|positiv\\p{L}*)(?=\\s*(?:[,.:]|och\\s|om\\s|på\\s|med\\s|[-\\u2212\\u2013]?\\d|$))`,
  "iu",
);
/** "Underskottet för 2024 uppgick till …", "Årets överskott blev …": the clause's subject. */
const SIGN_SUBJECT = /^\s*(?:(?:årets|förbundets|periodens)\s+)?(underskott\p{L}*|överskott\p{L}*|förlust\p{L}*|vinst\p{L}*)/iu;

/** A year (1950–2049), not a law's number ("2003:1210") nor part of a figure. */
const YEAR = /(?<![\p{L}\d:/,.])(19[5-9]\d|20[0-4]\d)(?![\d:,])/gu;
/** A förbund named: "Samordningsförbundet Värend", "Samordningsförbundet i Kalmar län". */
const FORBUND_NAME =
  /(?<![\p{L}])[Ss]amordningsförbund(?:et)?\s+((?:i\s+)?\p{Lu}[\p{Ll}-]*(?:\s+(?:län|läns|\p{Lu}\p{Ll}[\p{Ll}-]*))*)/gu;

/** The clause separators: punctuation (not a decimal comma) and words joining two statements. */
const CLAUSE_BREAK = /(?<!\d),|,(?!\d)|;|(?<!\d):|:(?!\d)|[()]|\s(?:och|samt|medan|men|varav|vilket|vilken|därav|respektive)\s/giu;

/**
 * The claims a sentence makes; `own` names the reporting förbund where its text names it, and
 * `reportYear` is the year "årets" means.
 */
export function claimsIn(sentence: Sentence, own: OwnNames, reportYear?: number, taxFunded = true): Claim[] {
  const text = sentence.text.replace(/[\u00A0\u202F\u2009\u00AD]/g, (c) => (c === "\u00AD" ? "" : " "));
  if (/\?\s*$/u.test(text)) return [];
  const amounts = quotedAmounts(text);
  if (amounts.length === 0) return [];
  const ceilingSentence = CEILING.test(text) || CEILING_PHRASES.test(text);
  // A ceiling's phrasing ("bör inte överstiga") is no denial nor comparison.
  const judged = text.replace(CEILING_PHRASES, " ");
  if (NOT_OUTCOME.test(judged) || COMPARISON.test(judged) || OTHER_BODIES.test(judged) || PERCENT.test(judged))
    return [];
  if (COMPANY.test(text) || otherOwner(text, own) || otherTopic(text, own)) return [];
  // A body without tax income (a förbund) has kommuner, a region and the state as members: their
  // figures ("Kommunens resultat för 2025", "Regionens eget kapital") are not its own.
  if (!taxFunded && MEMBER_BODY.test(text)) return [];
  if (HYPOTHETICAL.test(judged) || PORTION.test(judged)) return [];
  const years = yearsIn(text, amounts);
  if (years.length > 1) return [];
  const year = years[0];
  if (!ownBody(text, own)) return [];
  // A line with no verb ("Eget kapital 731 670 kr") is a row of a table set as text, or a heading:
  // its year stands in a heading or column the sentence does not carry. It claims only where it
  // names its year itself ("Årets resultat: 1 920 460 kr", "Eget kapital 2025-12-31: …").
  if (year === undefined && !THIS_YEAR.test(text) && !FINITE_VERB.test(text)) return [];

  const clauses = clausesOf(text);
  const claims: Claim[] = [];
  for (const amount of amounts) {
    if (amount.range || amount.qualifier === "bound") continue;
    if (/^\s*(?:per(?![\p{L}])|\/|i\s+månaden|om\s+året|årligen)/iu.test(text.slice(amount.end))) continue;
    const clause = clauseOf(clauses, text, amount, amounts);
    if (clause === undefined) continue;
    const concept = conceptOf(clause, text, amounts.length, ceilingSentence, year);
    if (!concept) continue;
    // "Årets resultat blev 1 920 460 kr medan 2024 gav ett underskott": "årets" and another year.
    if (year !== undefined && year !== reportYear && THIS_YEAR.test(clause) && yearsIn(clause, []).length === 0)
      continue;
    // "Revisionen för 2024 visade att årets resultat blev …": "årets" with a year that is another
    // noun's; only a year said of the figure ("årets resultat för 2024", "2024 års resultat") is its.
    if (year !== undefined && year !== reportYear && THIS_YEAR.test(clause) && !yearOfFigure(clause, year)) continue;
    if (amount.qualifier === "ceiling" && concept !== "TRAPPAN") continue;
    claims.push({ concept, amount, year, sign: signOf(text, clause, amount), sentence });
  }
  return claims;
}

const MONTH = /^(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\p{L}*$/iu;

/** A year said of the figure itself: "årets resultat för 2024", "eget kapital 2024", "2024 års resultat". */
function yearOfFigure(clause: string, year: number): boolean {
  return new RegExp(
    `(?:resultat|kapital|kapitalet|tilldelning|överskott|underskott|medlems\\p{L}*|balanskravsresultat)\\p{L}*\\s+(?:(?:för|under|per)\\s+)?(?:år\\s+|räkenskapsåret\\s+)?${year}|${year}\\s+års`,
    "iu",
  ).test(clause);
}

/** The years a sentence names, each once. */
function yearsIn(text: string, amounts: readonly QuotedAmount[]): number[] {
  const years = new Set<number>();
  for (const m of text.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (amounts.some((a) => at >= a.start && at < a.end)) continue;
    // The date of an event ("beslut i styrelsen 2024-11-20", "den 20 november 2024") names no
    // figure's year; a year's end or start ("2025-12-31", "31 december 2024") does.
    const date = /^-(\d{2})-(\d{2})/.exec(text.slice(at + 4));
    if (date && !["12-31", "01-01"].includes(`${date[1]}-${date[2]}`)) continue;
    const dayMonth = /(?<![\p{L}])(\d{1,2})\s+(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 20), at));
    if (dayMonth && MONTH.test(dayMonth[2]) && !(dayMonth[1] === "31" && /^dec/iu.test(dayMonth[2]))) continue;
    years.add(Number(m[1]));
  }
  return [...years];
}

/**
 * No förbund other than the reporting one is named. A name read on into the next words
 * ("Samordningsförbundet Värend Fullmäktige", a heading run into a line) is still the name.
 */
function ownBody(text: string, own: OwnNames): boolean {
  const isOwn = (name: string): boolean =>
    [...own].some((o) => name === o || name.startsWith(`${o} `) || o.startsWith(`${name} `));
  for (const m of text.matchAll(FORBUND_NAME)) if (!isOwn(fold(m[1]))) return false;
  return true;
}

/**
 * A sentence set under a name of its own ("Samverkansteam Värend: årets resultat 200 000 kr",
 * "Insats Steget: …"): the figures are that name's, unless the name is the förbund's or the
 * figure's own words ("Ekonomi:", "Resultat 2025:").
 */
function otherTopic(text: string, own: OwnNames): boolean {
  const m = /^([^:\d]{2,60}?):\s/u.exec(text);
  if (!m) return false;
  const topic = m[1].trim();
  if (topic.split(/\s+/).length > 4) return false;
  if (/(?<![\p{L}])(?:ekonomi\p{L}*|resultat\p{L}*|kapital\p{L}*|tilldelning\p{L}*|medlems\p{L}*|balanskrav\p{L}*|finansiering\p{L}*|förbund\p{L}*|samordningsförbund\p{L}*|sammanfattning\p{L}*|utfall\p{L}*|årets|året)/iu.test(topic))
    return false;
  return !own.has(fold(topic));
}

/** A figure named as another's in the genitive ("Sunnerbos eget kapital"), not the reporting förbund's. */
function otherOwner(text: string, own: OwnNames): boolean {
  for (const m of text.matchAll(OWNER)) {
    const word = m[1];
    if (OWN_GENITIVE.test(word)) continue;
    const name = fold(word);
    if ([...own].some((o) => o === name || o.endsWith(` ${name}`))) continue;
    return true;
  }
  return false;
}

/** A förbund's name for comparison: lower case, diacritics folded ("Värend" = "Varend"). */
export function fold(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim()
      // The genitive is the same name: "Samordningsförbundet Värends verksamhet".
      .replace(/s$/, "")
  );
}

/**
 * The name of the förbund whose report this is: the one its text names most, by a clear lead
 * (twice as often as any other). Without a clear lead none is its own, and a sentence naming a
 * förbund makes no claim: a chapter about a neighbour's joint project must not be read as ours.
 */
export function ownNames(all: readonly Sentence[]): OwnNames {
  const counts = new Map<string, number>();
  for (const s of all)
    for (const m of s.text.matchAll(FORBUND_NAME)) {
      const name = fold(m[1]);
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  // A name cut short ("Samordningsförbundet i Kalm", a signature field's width) is the longer name.
  for (const [name, n] of [...counts]) {
    const longer = [...counts.keys()].find(
      (other) => other.length > name.length && other.startsWith(name) && /\p{L}/u.test(other[name.length]),
    );
    if (longer === undefined) continue;
    counts.set(longer, (counts.get(longer) ?? 0) + n);
    counts.delete(name);
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || (second && first[1] < 2 * second[1])) return new Set();
  return new Set([first[0]]);
}

interface Clause {
  readonly start: number;
  readonly end: number;
  /** What set it off from the clause before: "," or " och " (trimmed, lower case), "" for the first. */
  readonly after: string;
}

function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  let after = "";
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const at = m.index ?? 0;
    out.push({ start, end: at, after });
    after = m[0].trim().toLowerCase();
    start = at + m[0].length;
  }
  out.push({ start, end: text.length, after });
  return out;
}

/** A clause that only says how much ("uppgår till 1 920 460 kr"), its subject in the clause before. */
const PREDICATE_ONLY = /^\s*(?:uppgår|uppgick|uppgått|landade|landar|slutade|slutar|hamnade|blev|blir|är|var|visar|visade)(?![\p{L}])/iu;

/**
 * The clause an amount stands in, with one amount only. An amount set off by a comma after its
 * words ("Årets resultat blev negativt, −1 318 124 kr"), or a clause joined by "och" that only
 * says how much ("Årets resultat är positivt och uppgår till 1 920 460 kr"), takes the clause
 * before it along, where that one holds no amount.
 */
function clauseOf(
  clauses: readonly Clause[],
  text: string,
  amount: QuotedAmount,
  amounts: readonly QuotedAmount[],
): string | undefined {
  const i = clauses.findIndex((c) => amount.start >= c.start && amount.start < c.end);
  if (i < 0) return undefined;
  const inside = (c: Clause) => amounts.filter((a) => a.start >= c.start && a.start < c.end);
  if (inside(clauses[i]).length !== 1) return undefined;
  const own = text.slice(clauses[i].start, clauses[i].end);
  const joins = clauses[i].after === "," || (clauses[i].after === "och" && PREDICATE_ONLY.test(own));
  if (hasConcept(own) || i === 0 || !joins) return own;
  const before = clauses[i - 1];
  return inside(before).length === 0 ? text.slice(before.start, clauses[i].end) : own;
}

function hasConcept(clause: string): boolean {
  return [RESULT, RESULT_OF_YEAR, EQUITY, MEMBERS, BALANSKRAV].some((re) => re.test(clause));
}

/** The one figure a clause names, or undefined where it names none or several. */
function conceptOf(
  clause: string,
  sentence: string,
  amountsInSentence: number,
  ceilingSentence: boolean,
  year: number | undefined,
): QuotedConcept | undefined {
  const found = new Set<QuotedConcept>();
  const datedOrThisYear = year !== undefined || THIS_YEAR.test(sentence);

  if (BALANSKRAV.test(clause)) {
    if (!OTHER_BALANSKRAV.test(clause)) found.add("BALANSKRAVSRESULTAT");
    else return undefined;
  }
  const resultWords = RESULT.test(clause) || (year !== undefined && RESULT_OF_YEAR.test(clause));
  if (resultWords && !BALANSKRAV.test(clause)) {
    if (OTHER_RESULT.test(clause)) return undefined;
    found.add("ARETS_RESULTAT");
  }
  const ceilingHere = CEILING.test(clause) || CEILING_PHRASES.test(clause);
  if (EQUITY.test(clause)) {
    if (NOT_EQUITY_ALONE.test(clause)) return undefined;
    // "Det positiva resultatet på 1 920 460 kr förs över till eget kapital": the amount is a result's.
    if (A_RESULT.test(clause)) return undefined;
    // A ceiling said without the guideline or a maximum ("Eget kapital bör uppgå till 1 000 000 kr")
    // may be the förbund's own target: no claim about the trappa.
    const guideline = GUIDELINE.test(sentence) || MAXIMUM.test(clause);
    if ((ceilingHere || (ceilingSentence && amountsInSentence === 1)) && !guideline) return undefined;
    if (ceilingHere || (ceilingSentence && amountsInSentence === 1)) found.add("TRAPPAN");
    else if (ceilingSentence) return undefined;
    else if (OPENING.test(clause)) found.add("EK_BORJAN");
    else found.add("EGET_KAPITAL");
  } else if (ceilingHere && GUIDELINE.test(clause) && (EQUITY.test(sentence) || TRAPPA.test(sentence))) {
    // "taket enligt trappan är 1 628 600 kr": the guideline's figure, said without "eget kapital" beside it.
    found.add("TRAPPAN");
  }
  if (MEMBERS.test(clause)) {
    if (MEMBER_PARTY.test(clause) || !datedOrThisYear) return undefined;
    found.add("MEDLEMSINSATSER");
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The sign a clause's words give the amount: a minus written; a word of sign just before it ("ett
 * underskott på 1,3 mnkr", "minus 1 318 124 kronor", "ett överskott om 412 tkr"); the figure's own
 * noun called so ("ett negativt resultat på", "balanskravsresultatet är negativt om 1,3 mnkr"); or
 * the clause's subject ("Underskottet uppgick till …"). A word of sign elsewhere in the clause says
 * something else's sign ("trots negativa ränteeffekter", "tidigare års underskott har täckts"): the
 * text then gives the size only.
 */
function signOf(text: string, clause: string, amount: QuotedAmount): 1 | -1 | undefined {
  if (amount.signed) return -1;
  const from = text.lastIndexOf(clause, amount.start);
  const before = from < 0 ? "" : text.slice(from, amount.start);
  const words = [
    SIGN_JUST_BEFORE.exec(before)?.[1],
    SIGN_OF_FIGURE.exec(clause)?.[1],
    SIGN_OF_FIGURE_SAID.exec(clause)?.[1],
    SIGN_SUBJECT.exec(clause)?.[1],
  ].filter((w): w is string => w !== undefined);
  const negative = words.some((w) => NEGATIVE.test(w));
  const positive = words.some((w) => POSITIVE.test(w));
  if (negative === positive) return undefined;
  return negative ? -1 : 1;
}
