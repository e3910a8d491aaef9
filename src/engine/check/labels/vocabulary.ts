import type { StatementKind } from "../finding";

/**
 * The label vocabulary: the lines LKBR's layouts prescribe (RR 5 kap., BR 6 kap., KF 8 kap.),
 * the driftredovisning, the five-year overview and the balanskravsutredning, in the wordings seen
 * in Finsam reports. Patterns are normalised labels (see normaliseLabel) matched with typo
 * tolerance, or keyword sets for lines whose wording varies freely.
 */

/** What a line's amounts are, which tells its normal sign. */
export type Nature =
  | "income"
  | "cost"
  | "result"
  | "asset"
  | "equity"
  | "liability"
  | "cash"
  | "change"
  | "percent"
  | "count"
  | "other";

export interface KeywordPattern {
  /** Every one of these must occur in the label. */
  readonly all: readonly string[];
  /** At least one of these must occur, when given. */
  readonly any?: readonly string[];
  /** None of these may occur. */
  readonly none?: readonly string[];
}

export type Pattern = string | KeywordPattern;

export interface Concept {
  readonly id: string;
  readonly statement: StatementKind;
  readonly patterns: readonly Pattern[];
  readonly nature: Nature;
  /** A line that totals others by definition (a result line, a "Summa"). */
  readonly total?: boolean;
}

const c = (
  id: string,
  statement: StatementKind,
  nature: Nature,
  patterns: Pattern[],
  total = false,
): Concept => ({ id, statement, nature, patterns, total });

export const CONCEPTS: readonly Concept[] = [
  // Resultaträkning (LKBR 5 kap.)
  c("RR.INTAKTER", "RR", "income", [
    "verksamhetens intäkter",
    "intäkter",
    "rörelsens intäkter",
    "verksamhetens intäkter och bidrag",
    "medlemsavgifter",
    "erhållna medel",
  ]),
  c("RR.KOSTNADER", "RR", "cost", [
    "verksamhetens kostnader",
    "kostnader",
    "rörelsens kostnader",
    "verksamhetens kostnader exklusive avskrivningar",
  ]),
  c("RR.AVSKRIVNINGAR", "RR", "cost", [
    "avskrivningar",
    "av och nedskrivningar",
    "avskrivningar och nedskrivningar",
    "planenliga avskrivningar",
  ]),
  c(
    "RR.VERKSAMHETENS_RESULTAT",
    "RR",
    "result",
    [
      "verksamhetens resultat",
      "verksamhetens nettokostnad",
      "verksamhetens nettokostnader",
      "nettokostnad",
      "nettokostnader",
      "resultat före finansnetto",
      "resultat före finansiella poster",
      "rörelseresultat",
      "verksamhetens nettoresultat",
    ],
    true,
  ),
  // A municipality's or region's taxes and grants (a förbund has none).
  c("RR.SKATTEINTAKTER", "RR", "income", ["skatteintäkter", "skatteintäkter netto", "kommunalskatt"]),
  c("RR.STATSBIDRAG", "RR", "income", [
    "generella statsbidrag och utjämning",
    "generella statsbidrag",
    "generella statsbidrag netto",
    "statsbidrag och utjämning",
    "kommunalekonomisk utjämning",
  ]),
  c("RR.JAMFORELSESTORANDE", "RR", "other", [
    "jämförelsestörande poster",
    "jämförelsestörande intäkter",
    "jämförelsestörande kostnader",
  ]),
  c("RR.SKATT", "RR", "other", [
    "skatter",
    "skatt",
    "skattekostnad",
    "årets skattekostnad",
    "skatter och minoritetsandelar",
    "uppskjuten skatt",
  ]),
  c(
    "RR.RESULTAT_FORE_EXTRA",
    "RR",
    "result",
    [
      "resultat före extraordinära poster",
      "resultat efter skatteintäkter och finansnetto",
      "resultat efter skatter och finansnetto",
      "resultat efter skatteintäkter och finansiella poster",
    ],
    true,
  ),
  c("RR.FIN_INTAKTER", "RR", "income", [
    "finansiella intäkter",
    "ränteintäkter",
    "finansiella intäkter ränteintäkter",
  ]),
  c("RR.FIN_KOSTNADER", "RR", "cost", ["finansiella kostnader", "räntekostnader"]),
  c("RR.FINANSNETTO", "RR", "result", ["finansnetto", "finansiella poster", "summa finansiella poster"]),
  c(
    "RR.RESULTAT_EFTER_FIN",
    "RR",
    "result",
    ["resultat efter finansiella poster", "resultat efter finansnetto"],
    true,
  ),
  c("RR.EXTRAORDINARA", "RR", "other", [
    "extraordinära poster",
    "extraordinära intäkter",
    "extraordinära kostnader",
    "extraordinära poster netto",
  ]),
  c(
    "RR.ARETS_RESULTAT",
    "RR",
    "result",
    ["årets resultat", "periodens resultat", "resultat", "årets resultat efter extraordinära poster"],
    true,
  ),

  // Balansräkning (LKBR 6 kap.)
  c("BR.TILLGANGAR", "BR", "other", ["tillgångar"]),
  c("BR.ANL", "BR", "other", ["anläggningstillgångar"]),
  c("BR.INVENTARIER", "BR", "asset", [
    "maskiner och inventarier",
    "inventarier",
    "materiella anläggningstillgångar",
    "immateriella anläggningstillgångar",
    "finansiella anläggningstillgångar",
  ]),
  c("BR.SUMMA_ANL", "BR", "asset", ["summa anläggningstillgångar"], true),
  c("BR.OMS", "BR", "other", ["omsättningstillgångar"]),
  c("BR.FORDRINGAR", "BR", "asset", [
    "kortfristiga fordringar",
    "korta fordringar",
    "fordringar",
    "övriga fordringar",
    "kundfordringar",
    "övriga kortfristiga fordringar",
  ]),
  c("BR.FORUTBETALDA", "BR", "asset", [
    "förutbetalda kostnader och upplupna intäkter",
    "upplupna intäkter och förutbetalda kostnader",
    "förutbetalda kostnader",
  ]),
  c("BR.PLACERINGAR", "BR", "cash", ["kortfristiga placeringar", "korta placeringar"]),
  c("BR.KASSA", "BR", "cash", [
    "kassa och bank",
    "kassa och bankmedel",
    "likvida medel",
    "kassa bank",
    "bank",
    "bankmedel",
    "kassa och bank likvida medel",
  ]),
  c("BR.SUMMA_OMS", "BR", "asset", ["summa omsättningstillgångar"], true),
  c(
    "BR.SUMMA_TILLGANGAR",
    "BR",
    "asset",
    ["summa tillgångar", "tillgångar totalt", "summa tillgångar totalt"],
    true,
  ),
  c("BR.EKAS_HEADING", "BR", "other", [
    "eget kapital avsättningar och skulder",
    "eget kapital och skulder",
    "eget kapital avsättningar skulder",
  ]),
  c("BR.EK_BORJAN", "BR", "equity", [
    "eget kapital vid årets början",
    "ingående eget kapital",
    "eget kapital ingående balans",
    "eget kapital vid periodens början",
    "balanserat resultat",
    "balanserat eget kapital",
    "eget kapital",
  ]),
  c("BR.ARETS_RESULTAT", "BR", "result", ["årets resultat", "periodens resultat"]),
  c("BR.OVRIGT_EK", "BR", "equity", ["övrigt eget kapital"]),
  c(
    "BR.EK_SLUT",
    "BR",
    "equity",
    [
      "eget kapital vid årets slut",
      "utgående eget kapital",
      "summa eget kapital",
      "eget kapital vid periodens slut",
      "eget kapital utgående balans",
    ],
    true,
  ),
  c("BR.AVSATTNINGAR", "BR", "liability", [
    "avsättningar",
    "avsättningar för pensioner",
    "avsättning",
    "avsättningar för pensioner och liknande förpliktelser",
    "övriga avsättningar",
  ]),
  c("BR.SUMMA_AVSATTNINGAR", "BR", "liability", ["summa avsättningar"], true),
  c("BR.LANGA_SKULDER", "BR", "liability", ["långfristiga skulder"]),
  c("BR.KORTA_SKULDER", "BR", "liability", [
    "kortfristiga skulder",
    "korta skulder",
    "leverantörsskulder",
    "upplupna kostnader och förutbetalda intäkter",
    "upplupna kostnader",
    "övriga kortfristiga skulder",
  ]),
  c("BR.SUMMA_SKULDER", "BR", "liability", ["summa skulder", "summa kortfristiga skulder"], true),
  c(
    "BR.SUMMA_EKAS",
    "BR",
    "other",
    [
      "summa eget kapital avsättningar och skulder",
      "summa eget kapital och skulder",
      "summa eget kapital avsättningar skulder",
      "summa skulder och eget kapital",
    ],
    true,
  ),
  c("BR.ANSVARSFORBINDELSER", "BR", "other", [
    "ansvarsförbindelser",
    "panter och ansvarsförbindelser",
    "ställda panter och ansvarsförbindelser",
  ]),

  // Kassaflödesanalys (LKBR 8 kap.)
  c("KF.ARETS_RESULTAT", "KF", "result", ["årets resultat", "periodens resultat", "resultat"]),
  c("KF.JUSTERING", "KF", "other", [
    "justering för ej likviditetspåverkande poster",
    "justeringar för ej likviditetspåverkande poster",
    "justering för av och nedskrivningar",
    "justering för avskrivningar",
    "avskrivningar",
    { all: ["justering"] },
  ]),
  c(
    "KF.MEDEL_FORE",
    "KF",
    "result",
    [
      "medel från verksamheten före förändring av rörelsekapital",
      "kassaflöde före förändring av rörelsekapital",
      "medel från den löpande verksamheten före förändring av rörelsekapital",
      { all: ["före", "rörelsekapital"] },
    ],
    true,
  ),
  c("KF.FORDRINGAR", "KF", "change", [{ all: ["fordringar"], any: ["ökning", "minskning", "förändring"] }]),
  c("KF.SKULDER", "KF", "change", [
    {
      all: ["skulder"],
      any: ["ökning", "minskning", "förändring"],
      none: ["långfristiga", "amortering", "upptagna"],
    },
  ]),
  c("KF.FORRAD", "KF", "change", [{ all: ["förråd"], any: ["ökning", "minskning", "förändring"] }]),
  c(
    "KF.LOPANDE",
    "KF",
    "result",
    [{ all: ["kassaflöde", "löpande"] }, "medel från den löpande verksamheten"],
    true,
  ),
  c("KF.INVESTERING_POST", "KF", "other", [
    {
      all: ["investering"],
      any: ["inventarier", "anläggningstillgångar", "materiella", "försäljning"],
      none: ["kassaflöde"],
    },
  ]),
  c("KF.INVESTERING", "KF", "result", [{ all: ["kassaflöde", "investeringsverksamhet"] }], true),
  c("KF.FINANSIERING_POST", "KF", "other", [{ all: ["lån"], any: ["upptagna", "amortering", "nyupptagna"] }]),
  c("KF.FINANSIERING", "KF", "result", [{ all: ["kassaflöde", "finansieringsverksamhet"] }], true),
  c(
    "KF.ARETS_KASSAFLODE",
    "KF",
    "result",
    [
      "årets kassaflöde",
      "periodens kassaflöde",
      "förändring av likvida medel",
      "förändring likvida medel",
      "årets förändring av likvida medel",
    ],
    true,
  ),
  c("KF.LIKVIDA_BORJAN", "KF", "cash", [{ all: ["likvida medel"], any: ["början", "ingående"] }]),
  c("KF.LIKVIDA_SLUT", "KF", "cash", [{ all: ["likvida medel"], any: ["slut", "utgående"] }], true),

  // Översikt över verksamhetens utveckling (femårsöversikt)
  c("FEMAR.INTAKTER", "FEMAR", "income", [
    "verksamhetens intäkter",
    "intäkter",
    "totala intäkter",
    "summa intäkter",
  ]),
  c("FEMAR.KOSTNADER", "FEMAR", "cost", [
    "verksamhetens kostnader",
    "kostnader",
    "totala kostnader",
    "summa kostnader",
  ]),
  c("FEMAR.ARETS_RESULTAT", "FEMAR", "result", ["årets resultat", "resultat"]),
  // A kommun's or region's overview: its result is the net cost, the taxes and grants, and the
  // financial net (RR 5 kap. LKBR), not intäkter − kostnader.
  c("FEMAR.NETTOKOSTNAD", "FEMAR", "cost", ["verksamhetens nettokostnad", "verksamhetens nettokostnader"]),
  c("FEMAR.SKATTER", "FEMAR", "income", [
    "skatteintäkter och generella statsbidrag",
    "skatteintäkter och generella statsbidrag och utjämning",
    "skatteintäkter generella statsbidrag och utjämning",
    "skatteintäkter statsbidrag och utjämning",
  ]),
  c("FEMAR.FINANSNETTO", "FEMAR", "income", ["finansnetto", "finansiella poster netto"]),
  c("FEMAR.SOLIDITET", "FEMAR", "percent", [
    "soliditet",
    "soliditet %",
    "soliditet i %",
    "soliditet enligt balansräkningen",
  ]),
  c("FEMAR.EGET_KAPITAL", "FEMAR", "equity", [
    "eget kapital",
    "eget kapital vid årets slut",
    "utgående eget kapital",
  ]),
  c("FEMAR.BALANSOMSLUTNING", "FEMAR", "asset", ["balansomslutning", "summa tillgångar"]),
  c("FEMAR.ANSTALLDA", "FEMAR", "count", [
    "antal anställda",
    "anställda",
    "antal årsarbetare",
    "årsarbetare",
  ]),
  c("FEMAR.BALANSKRAVSRESULTAT", "FEMAR", "result", ["balanskravsresultat"]),

  // Driftredovisning / budgetuppföljning (LKBR 10 kap.)
  c("DRIFT.NETTOKOSTNAD", "DRIFT", "cost", [
    "nettokostnad",
    "nettokostnader",
    "verksamhetens nettokostnad",
    "verksamhetens kostnader",
    "kostnader",
    "insatser",
    "verksamhetskostnader",
  ]),
  c("DRIFT.MEDLEMSAVGIFT", "DRIFT", "income", [
    "medlemsavgift",
    "medlemsavgifter",
    "medlemsinsatser",
    "insatser från medlemmar",
    "bidrag från medlemmar",
    "intäkter",
    "verksamhetens intäkter",
    "driftbidrag",
  ]),
  c("DRIFT.FINANSIELLA", "DRIFT", "income", [
    "finansiella poster",
    "finansnetto",
    "finansiella intäkter",
    "finansiella kostnader",
  ]),
  c("DRIFT.RESULTAT", "DRIFT", "result", ["resultat", "årets resultat", "periodens resultat"], true),
  c("DRIFT.EGET_KAPITAL", "DRIFT", "equity", [
    "utgående eget kapital",
    "eget kapital",
    "eget kapital vid årets slut",
  ]),
  c("DRIFT.LIKVIDA", "DRIFT", "cash", ["likvida medel", "kassa och bank"]),

  // Balanskravsutredning (kommunallagen 11 kap.)
  c("BK.ARETS_RESULTAT", "BALANSKRAV", "result", [
    "årets resultat enligt resultaträkningen",
    "årets resultat",
    "resultat enligt resultaträkningen",
  ]),
  c("BK.REAVINSTER", "BALANSKRAV", "other", [
    "samtliga realisationsvinster",
    "avgår samtliga realisationsvinster",
    "reducering av samtliga realisationsvinster",
  ]),
  c("BK.REAVINSTER_UNDANTAG", "BALANSKRAV", "other", ["realisationsvinster enligt undantagsmöjlighet"]),
  c("BK.REAFORLUSTER_UNDANTAG", "BALANSKRAV", "other", ["realisationsförluster enligt undantagsmöjlighet"]),
  c("BK.OREALISERADE", "BALANSKRAV", "other", ["orealiserade vinster och förluster i värdepapper"]),
  c("BK.ATERFORING", "BALANSKRAV", "other", [
    "återföring av orealiserade vinster och förluster i värdepapper",
  ]),
  c("BK.EFTER_JUSTERING", "BALANSKRAV", "result", ["årets resultat efter balanskravsjusteringar"], true),
  c("BK.RESERVERING_RUR", "BALANSKRAV", "other", [
    "reservering till resultatutjämningsreserv",
    "medel till resultatutjämningsreserv",
  ]),
  c("BK.ANVANDNING_RUR", "BALANSKRAV", "other", [
    "användning av medel från resultatutjämningsreserv",
    "medel från resultatutjämningsreserv",
  ]),
  c("BK.RESULTAT", "BALANSKRAV", "result", ["balanskravsresultat", "årets balanskravsresultat"], true),
  c("BK.SYNNERLIGA", "BALANSKRAV", "other", ["synnerliga skäl"]),
  c("BK.TIDIGARE_UNDERSKOTT", "BALANSKRAV", "other", ["balanskravsunderskott från tidigare år"]),
  c("BK.ATT_ATERSTALLA", "BALANSKRAV", "result", ["balanskravsresultat att återställa", "att återställa"]),
];

/** Statement titles as people write them (normalised), and sheet names. */
export const STATEMENT_TITLES: ReadonlyArray<{ statement: StatementKind; patterns: readonly Pattern[] }> = [
  {
    statement: "RR",
    patterns: [
      "resultaträkning",
      "resultaträkningen",
      "rr",
      "resultat",
      "resultatrapport",
      "resultaträkning kr",
      { all: ["resultaträkning"] },
    ],
  },
  {
    statement: "BR",
    patterns: ["balansräkning", "balansräkningen", "br", "balans", { all: ["balansräkning"] }],
  },
  {
    statement: "KF",
    patterns: [
      "kassaflödesanalys",
      "kassaflödesanalysen",
      "kassaflöde",
      "kf",
      "finansieringsanalys",
      "kassaflödesrapport",
      { all: ["kassaflödesanalys"] },
    ],
  },
  {
    statement: "NOT",
    patterns: [
      "noter",
      "not",
      "noter till de finansiella rapporterna",
      "tilläggsupplysningar",
      { all: ["noter"] },
    ],
  },
  {
    statement: "FEMAR",
    patterns: [
      "översikt över verksamhetens utveckling",
      "femårsöversikt",
      "fem år i sammandrag",
      "flerårsöversikt",
      "översikt",
      "nyckeltal",
      "verksamhetens utveckling",
      "femårsjämförelse",
      { all: ["översikt", "utveckling"] },
    ],
  },
  {
    statement: "DRIFT",
    patterns: [
      "driftredovisning",
      "driftsredovisning",
      "budgetuppföljning",
      "budgetavvikelse",
      "budgetutfall",
      "drift och investeringsredovisning",
      // Investments per nämnd or project, budget beside outcome and avvikelse (LKBR 10 kap.): read
      // and checked as a budget follow-up.
      "investeringsredovisning",
      "investeringsredovisningen",
      "budget och utfall",
      "driftredovisningen",
      "drift",
      { all: ["driftredovisning"] },
      { all: ["budget", "uppföljning"] },
    ],
  },
  {
    statement: "BALANSKRAV",
    patterns: [
      "balanskravsresultat",
      "balanskravsutredning",
      "avstämning av balanskravet",
      "balanskrav",
      "balanskravsutredningen",
      { all: ["balanskrav"] },
    ],
  },
];

export function conceptById(id: string): Concept | undefined {
  return CONCEPT_INDEX.get(id);
}

const CONCEPT_INDEX = new Map(CONCEPTS.map((x) => [x.id, x]));
