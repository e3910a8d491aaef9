/**
 * TEXT.{quoted}.BELOPP: the amounts a report's running text quotes, checked against its
 * statements. The statements are the fixture workbooks of seeds 000 (Värend 2025, corrected: årets
 * resultat 1 920 460, eget kapital 731 670 → 2 652 130, medlemsinsatser 8 524 000, trappan
 * 1 628 600, balanskravsresultat 1 920 460) and 004 (Kalmar 2024: balanskravsresultat −1 318 124,
 * the driftredovisning's budgeted medlemsavgift 16 270 000, trappan 2 727 000); the text is a
 * sheet of sentences beside them, one paragraph per row, as a Word report is read.
 *
 * Most of the sentences below must give no finding: the rule speaks only where a sentence plainly
 * states one of the year's figures, for this förbund, with one amount.
 */
import { join } from "node:path";
import { readXlsx } from "../../src/cli/readXlsx";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { Finding } from "../../src/engine/check/finding";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { claimsIn } from "../../src/engine/check/text/claims";
import type { Sentence } from "../../src/engine/check/text/prose";
import { sheetFromRows } from "../../src/report/cells";

const FIXTURES = join(__dirname, "..", "fixtures");
const workbooks = new Map<string, WorkbookSnapshot>();

async function workbook(name: string): Promise<WorkbookSnapshot> {
  let w = workbooks.get(name);
  if (!w) {
    w = await readXlsx(join(FIXTURES, `${name}.xlsx`));
    workbooks.set(name, w);
  }
  return w;
}

/** The report's own name, as its text says it (any report names itself more than once). */
const PREFACE: Record<string, string> = {
  "varend-2025-one-sheet-corrected":
    "Samordningsförbundet Värend är en fristående juridisk person. Samordningsförbundet Värend leds av en styrelse.",
  "kalmar-2024-per-sheet-corrected":
    "Samordningsförbundet i Kalmar län finansieras av sina medlemmar. Samordningsförbundet i Kalmar län leds av en styrelse.",
};

/** The workbook with a sheet "Förvaltningsberättelse": the preface, then one paragraph per row, a blank row between. */
async function textFindings(name: string, paragraphs: readonly string[]): Promise<Finding[]> {
  const w = await workbook(name);
  const rows = [...(PREFACE[name] ? [PREFACE[name]] : []), ...paragraphs].flatMap((p) => [
    { cells: [p] },
    { cells: [] },
  ]);
  const text = sheetFromRows("Förvaltningsberättelse", rows);
  const result = checkWorkbook({ ...w, sheets: [...w.sheets, text] });
  return result.findings.filter((f) => f.ruleId.startsWith("TEXT."));
}

const VAREND = "varend-2025-one-sheet-corrected";
const KALMAR = "kalmar-2024-per-sheet-corrected";

describe("amounts that agree with the statements give no finding", () => {
  it.each([
    // Verbatim from seed 000.
    "Årets tilldelning från förbundsmedlemmarna uppgår till 8 524 000 kronor, där Försäkringskassan och Arbetsförmedlingen bidrar med hälften av medlen, Region Kronoberg med en fjärdedel och kommunerna Alvesta, Lessebo, Tingsryd, Uppvidinge och Växjö med resterande fjärdedel. Därutöver fanns vid årets början 731 670 kr i eget kapital.",
    "För Samordningsförbundet Varend innebär detta ett eget kapital på maximalt 1 628 600 kr.",
    // 1 kr from the balansräkning's 2 652 130 (the driftredovisning says 2 652 129): rounding.
    "Förbundet redovisar 2025-12-31 ett positivt eget kapital på 2 652 129 kr.",
    // The same figures, rounded as texts round them.
    "Årets resultat uppgår till 1 920 460 kr.",
    "Årets resultat blev ett överskott på 1,9 mnkr.",
    "Årets resultat blev 1 920 tkr.",
    "Årets resultat är knappt 2 miljoner kronor.",
    "Årets resultat uppgick till ca 1,9 miljoner kronor.",
    "Årets resultat för 2024 var −1 587 235 kr.",
    "Eget kapital uppgick vid årets slut till 2 652 130 kr.",
    "Eget kapital uppgick den 31 december 2025 till 2,7 mnkr.",
    "Förbundets eget kapital uppgår till 2 652 130 kr.",
    "Eget kapital vid utgången av 2024 var 731 670 kr.",
    "Eget kapital 2 652 130 kr (731 670 kr).",
    "Balanskravsresultatet för 2025 uppgår till 1 920 460 kr.",
    "Enligt trappan bör förbundets eget kapital inte överstiga 1,6 mnkr.",
    "Årets tilldelning, 8,5 mnkr, fördelas enligt förbundsordningen.",
    "Förbundets ekonomiska resultat för 2025 blev ett överskott på 1 920 460 kr.",
    "Årets resultat, 1 920 460 kr, förs över till nästa år.",
    "Det egna kapitalet uppgår vid årets slut till 2 652 130 kr.",
    "Medlemsinsatserna för 2025 uppgick till 8 524 000 kr och har fördelats enligt förbundsordningen.",
    "För 2025 erhöll förbundet 8 524 000 kr i medlemsavgifter.",
    "Enligt trappan får förbundet ha ett eget kapital på 1 628 600 kr, men har 2 652 130 kr.",
    "Balanskravsresultatet är positivt, 1 920 460 kr, och inget underskott behöver återställas.",
    "Årets resultat var 1 920 460 kr (−1 587 235 kr).",
  ])("%s", async (sentence) => {
    expect(await textFindings(VAREND, [sentence])).toEqual([]);
  });

  it.each([
    "En balanskravsutredning har upprättats och balanskravsresultatet är negativt om 1,3 mnkr.",
    // The trappa on the budgeted contributions (16 270 000 → 2 727 000), rounded to ten thousands.
    "I enlighet med NR riktlinjer skulle eget kapital kunna uppgå till 2 730 000 kr och utfallet blev 2024 att förbundets behållning blev 20 779 kr.",
    "Årets resultat blev negativt, −1 318 124 kr.",
    "Årets resultat visar ett underskott på 1,3 mnkr.",
  ])("Kalmar: %s", async (sentence) => {
    expect(await textFindings(KALMAR, [sentence])).toEqual([]);
  });
});

describe("amounts the statements bear out are listed as held ties (the working paper's coverage)", () => {
  it("the seed's four quotes, the 1 kr of eget kapital as rounding", async () => {
    const w = await workbook(VAREND);
    const text = sheetFromRows("Förvaltningsberättelse", [
      { cells: [PREFACE[VAREND]] },
      {
        cells: [
          "Årets tilldelning från förbundsmedlemmarna uppgår till 8 524 000 kronor. Därutöver fanns vid årets början 731 670 kr i eget kapital.",
        ],
      },
      { cells: ["För Samordningsförbundet Varend innebär detta ett eget kapital på maximalt 1 628 600 kr."] },
      { cells: ["Förbundet redovisar 2025-12-31 ett positivt eget kapital på 2 652 129 kr."] },
    ]);
    const held = (checkWorkbook({ ...w, sheets: [...w.sheets, text] }).held ?? []).filter(
      (t) => t.statement === "TEXT",
    );
    expect(held.map((t) => [t.ruleId, t.total, t.period, t.basis, t.rounded])).toEqual([
      ["TEXT.MEDLEMSINSATSER.BELOPP", "Förvaltningsberättelse!A2", "2025", "medlemmarnas insatser i noten tillsammans", false],
      ["TEXT.EK_BORJAN.BELOPP", "Förvaltningsberättelse!A2", "2025", "balansräkningen", false],
      ["TEXT.TRAPPAN.BELOPP", "Förvaltningsberättelse!A3", "2025", "trappan (20 % upp till 7 mnkr, 15 % upp till 15 mnkr, 10 % därutöver) på årets medlemsinsatser (8\u00A0524\u00A0000 kr)", false],
      ["TEXT.EGET_KAPITAL.BELOPP", "Förvaltningsberättelse!A4", "2025", "balansräkningen", true],
    ]);
    expect(held.every((t) => t.cells.length > 0)).toBe(true);
  });
});

describe("what a sentence is read to claim", () => {
  const sentence = (text: string): Sentence => ({
    sheet: "Text",
    text,
    pieces: [{ row: 0, col: 0, start: 0, end: text.length }],
  });
  const own = new Set(["varend"]);
  const claimed = (text: string) =>
    claimsIn(sentence(text), own, 2025).map((c) => [c.concept, c.amount.value.toNumber(), c.year ?? null, c.sign ?? null]);

  it.each([
    ["Årets tilldelning från förbundsmedlemmarna uppgår till 8 524 000 kronor, där Försäkringskassan bidrar med hälften.", "MEDLEMSINSATSER", 8_524_000, null, null],
    ["Därutöver fanns vid årets början 731 670 kr i eget kapital.", "EK_BORJAN", 731_670, null, null],
    ["För Samordningsförbundet Varend innebär detta ett eget kapital på maximalt 1 628 600 kr.", "TRAPPAN", 1_628_600, null, null],
    ["Förbundet redovisar 2025-12-31 ett positivt eget kapital på 2 652 129 kr.", "EGET_KAPITAL", 2_652_129, 2025, 1],
    ["En balanskravsutredning har upprättats och balanskravsresultatet är negativt om 1,3 mnkr.", "BALANSKRAVSRESULTAT", 1_300_000, null, -1],
    ["I enlighet med NR riktlinjer skulle eget kapital kunna uppgå till 2 730 000 kr och utfallet blev 2024 att förbundets behållning blev 20 779 kr.", "TRAPPAN", 2_730_000, 2024, null],
    ["Förbundets ekonomiska resultat för 2025 blev ett överskott på 1 920 460 kr.", "ARETS_RESULTAT", 1_920_460, 2025, 1],
    ["Årets resultat, 1 920 460 kr, förs över till nästa år.", "ARETS_RESULTAT", 1_920_460, null, null],
    ["Årets resultat blev negativt, −1 318 124 kr.", "ARETS_RESULTAT", -1_318_124, null, -1],
    ["Årets resultat är knappt 2 miljoner kronor.", "ARETS_RESULTAT", 2_000_000, null, null],
    ["Det egna kapitalet uppgår vid årets slut till 2 652 130 kr.", "EGET_KAPITAL", 2_652_130, null, null],
    ["Medlemsinsatserna för 2025 uppgick till 8 524 000 kr och har fördelats enligt förbundsordningen.", "MEDLEMSINSATSER", 8_524_000, 2025, null],
    ["För 2025 erhöll förbundet 8 524 000 kr i medlemsavgifter.", "MEDLEMSINSATSER", 8_524_000, 2025, null],
    ["Enligt trappan får förbundet ha ett eget kapital på 1 628 600 kr, men har 2 652 130 kr.", "TRAPPAN", 1_628_600, null, null],
    ["Taket enligt trappan är 1 628 600 kr för förbundets eget kapital.", "TRAPPAN", 1_628_600, null, null],
    ["Totalt låg årets resultat på kr 1 920 460.", "ARETS_RESULTAT", 1_920_460, null, null],
    ["Resultatet för 2025 är positivt och uppgår till 1 920 460 kr.", "ARETS_RESULTAT", 1_920_460, 2025, 1],
  ] as const)("%s → %s", (text, concept, value, year, sign) => {
    expect(claimed(text)).toEqual([[concept, value, year, sign]]);
  });
});

describe("sentences that state no figure of this year's statements give no finding", () => {
  // Every amount below differs from the statements: a rule that read any of them as the year's
  // figure would cry wolf.
  const NOT_CLAIMS = [
    "Budget 2026 bygger på beviljad tilldelning av 8 000 000 kr, samt preliminärt överskott 2 000 000 kr från år 2025.",
    "Årets resultat är 300 000 kr bättre än budgeterat.",
    "Eget kapital har ökat med 1 920 460 kr under året.",
    "Årets resultat motsvarar 22 % av intäkterna, 1 900 000 kr.",
    "Eget kapital beräknas uppgå till 1 500 000 kr vid utgången av 2026.",
    "Förra årets resultat var −1 000 000 kr.",
    "Föregående år uppgick eget kapital till 500 000 kr.",
    "Årets tilldelning från Försäkringskassan uppgår till 2 000 000 kr.",
    "Region Kronobergs tilldelning för 2025 uppgår till 1 000 000 kr.",
    "Hälften av årets tilldelning, 4 262 000 kr, kommer från staten.",
    "Kommunernas andel av årets tilldelning är 2 131 000 kr.",
    "Samordningsförbundet Sunnerbo redovisar ett eget kapital på 3 000 000 kr.",
    "Många förbund har ett eget kapital på över 5 000 000 kr.",
    "Eget kapital bör ligga mellan 1 000 000 och 1 600 000 kr.",
    "Årets resultat blev 1–2 mnkr.",
    "Årets resultat efter finansiella poster uppgår till 1 800 000 kr.",
    "Verksamhetens resultat blev 1 876 309 kr.",
    "Årets resultat exklusive jämförelsestörande poster uppgår till 1 500 000 kr.",
    "Koncernens eget kapital uppgår till 10 000 000 kr.",
    "Målet är ett eget kapital på 1 000 000 kr.",
    "Om förbundet hade följt riktlinjen skulle eget kapital ha varit 1 000 000 kr.",
    "Eget kapital överstiger riktlinjen med 1 023 530 kr.",
    "Eget kapital per invånare uppgår till 500 kr.",
    "Det statliga anslaget till samordningsförbunden är 339 miljoner kronor.",
    "Årets tilldelning ligger på samma nivå som 2024, 8 000 000 kr.",
    "Eget kapital uppgick till 2 000 000 kr, att jämföra med 731 670 kr året innan.",
    "Medlemsavgifterna för 2026 uppgår till 8 000 000 kr.",
    "Årets resultat blev drygt 300 000 kr sämre än prognosen.",
    "Kostnaderna för administration uppgick till 1 591 825 kr.",
    "Eget kapital, avsättningar och skulder uppgår till 4 912 378 kr.",
    "Balanskravsresultat att återställa uppgår till 500 000 kr.",
    "Under perioden 2023–2025 var det sammanlagda resultatet 300 000 kr.",
    "Årets resultat för insatsen Samkraft Värend var 200 000 kr.",
    "Förbundet fick 100 000 kr i bidrag från medlemmarna för konferensen.",
    "Enligt förbundsordningen ska medlemmarnas insatser uppgå till 8 000 000 kr per år.",
    "Eget kapital uppgår till 2 000 000 kr, vilket är 371 400 kr över den rekommenderade nivån på 1 628 600 kr.",
    "Prognosen för helåret visar ett resultat på 500 000 kr.",
    "Resultatet för perioden januari–augusti uppgår till 900 000 kr.",
    "Årets tilldelning från staten uppgår till 4 262 000 kr.",
    "Ett förbund med insatser på 10 mnkr får till exempel ha ett eget kapital på högst 1 850 000 kr.",
    "Vad blir årets resultat om intäkterna blir 9 000 000 kr?",
    "Årets resultat blev inte 1 000 000 kr som befarat.",
    "Eget kapital uppgår enligt balansräkningen till 2 652 130 kr respektive 731 670 kr.",
    "Den totala medelstilldelningen till förbundet uppgår därmed till 9 000 000 kronor.",
    "Balanskravsresultatet för de senaste tre åren uppgår till 100 000 kr.",
    "Årets resultat på 1 000 000 kr i insatsen överfördes.",
    "Årets resultat blev över 2 mnkr.",
    "Eget kapital ligger under 3 mnkr.",
    "Verksamheten kostade 300 kr per deltagare och årets resultat blev 1 000 kr per deltagare.",
    "Av årets tilldelning har 6 647 678 kr förbrukats.",
    "Under 2025 har förbundet använt 1 000 000 kr av det egna kapitalet.",
    "Förbundet har 500 000 kr i eget kapital öronmärkt för projekt.",
    "Årets medlemsavgift per invånare är 20 kr.",
    "Förbundet har under året fått 50 000 kr i bidrag från medlemmarna för utbildningen.",
    "Årets tilldelning för insatsen Samverkansteam uppgick till 2 000 000 kr.",
    "En del av årets resultat, 500 000 kr, avser ränteintäkter.",
    "Förbundets egna kapital har under året ökat till 3 000 000 kr.",
    "Årets resultat på 1 920 460 kr innebär att eget kapital ökar till 3 000 000 kr.",
    "Det ackumulerade resultatet uppgår till 3 000 000 kr.",
    "Förbundets resultat 2025 blev 1 900 000 kr och förbundets resultat 2024 blev −1 000 000 kr.",
    "Årets tilldelning om 8 000 000 kr är oförändrad jämfört med 2024.",
    "Eget kapital överstiger trappan med 1 023 530 kr och uppgår till 3 000 000 kr.",
    "Det egna kapitalet ska minska till 1 000 000 kr.",
    "Periodens resultat uppgår till 900 000 kr.",
    "Årets resultat beräknas bli 1,2 mnkr.",
    "Årets resultat blev 1 920 460 kr medan 2024 gav ett underskott.",
    "Årets resultat blev 600 000 kr sämre.",
    "Eget kapital är 1 023 530 kr högre.",
    "Årets resultat om 1 000 000 kr har förts till eget kapital.",
    "Eget kapital inklusive pensionsförpliktelser uppgår till 1 500 000 kr.",
    "Årets resultat påverkades av låga kostnader och projekten uppgick till 300 000 kr.",
    "Eget kapital redovisas i balansräkningen och insatserna kostade 4 549 570 kr.",
    "Vid årets början fanns 2 318 905 kr i eget kapital och 2024 inleddes med ett underskott.",
  ];

  it("none of them, each in its own paragraph", async () => {
    const findings = await textFindings(VAREND, NOT_CLAIMS);
    expect(findings.map((f) => f.message)).toEqual([]);
  });

  it("none of them as one paragraph (a report's lines run on)", async () => {
    const findings = await textFindings(VAREND, [NOT_CLAIMS.join(" ")]);
    expect(findings.map((f) => f.message)).toEqual([]);
  });
});

describe("amounts that disagree are found, at their cell, with the cause and the sentence", () => {
  it.each([
    ["Årets resultat uppgår till 1 902 460 kr.", "TEXT.ARETS_RESULTAT.BELOPP", "transposition", 1_902_460, 1_920_460],
    ["Årets resultat blev ett underskott på 1 920 460 kr.", "TEXT.ARETS_RESULTAT.BELOPP", "sign", -1_920_460, 1_920_460],
    ["Eget kapital uppgick vid årets slut till 731 670 kr.", "TEXT.EGET_KAPITAL.BELOPP", "period-swap", 731_670, 2_652_130],
    ["Förbundet redovisar 2025-12-31 ett eget kapital på 2 652 kr.", "TEXT.EGET_KAPITAL.BELOPP", "unit", 2_652, 2_652_130],
    ["Årets tilldelning från förbundsmedlemmarna uppgår till 8 254 000 kronor.", "TEXT.MEDLEMSINSATSER.BELOPP", "transposition", 8_254_000, 8_524_000],
    ["För Samordningsförbundet Värend innebär detta ett eget kapital på maximalt 1 682 600 kr.", "TEXT.TRAPPAN.BELOPP", "transposition", 1_682_600, 1_628_600],
    ["Därutöver fanns vid årets början 2 318 905 kr i eget kapital.", "TEXT.EK_BORJAN.BELOPP", "period-swap", 2_318_905, 731_670],
    ["Balanskravsresultatet uppgår till 1,2 mnkr.", "TEXT.BALANSKRAVSRESULTAT.BELOPP", "mismatch", 1_200_000, 1_920_460],
    ["Årets resultat uppgick till ca 2,5 mnkr.", "TEXT.ARETS_RESULTAT.BELOPP", "mismatch", 2_500_000, 1_920_460],
  ] as const)("%s", async (sentence, ruleId, kind, actual, expected) => {
    const findings = await textFindings(VAREND, [sentence]);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    // A trappa that differs is a warning: the förbund may have counted on another base or tiers.
    const severity = ruleId === "TEXT.TRAPPAN.BELOPP" ? "warning" : "error";
    expect(f).toMatchObject({ ruleId, kind, severity, statement: "TEXT", period: "2025", actual, expected });
    // The preface is row 1, the sentence row 3 (a blank row between paragraphs).
    expect(`${f.sheet}!${f.cell}`).toBe("Förvaltningsberättelse!A3");
    expect(f.message).toContain(sentence);
    expect(f.related.length).toBeGreaterThan(0);
  });

  it("a wrong year's figure named by its year is checked against that year", async () => {
    const [f, ...rest] = await textFindings(VAREND, ["Årets resultat för 2024 var −1 578 235 kr."]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "TEXT.ARETS_RESULTAT.BELOPP", period: "2024", kind: "transposition" });
  });

  it("Kalmar: a balanskravsresultat said positive where the utredning is negative is a sign error", async () => {
    const [f, ...rest] = await textFindings(KALMAR, [
      "En balanskravsutredning har upprättats och balanskravsresultatet är positivt om 1,3 mnkr.",
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "TEXT.BALANSKRAVSRESULTAT.BELOPP", kind: "sign", period: "2024" });
  });

  it("Kalmar: a trappa no base of the year's contributions gives is found", async () => {
    const [f, ...rest] = await textFindings(KALMAR, [
      "I enlighet med NR riktlinjer skulle eget kapital kunna uppgå till 3 730 000 kr och utfallet blev 2024 att förbundets behållning blev 20 779 kr.",
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "TEXT.TRAPPAN.BELOPP", period: "2024" });
    expect(f.message).toMatch(/trappan/);
  });

  it("a sentence wrapped over several rows is one sentence; the finding stands at the amount's row", async () => {
    const w = await workbook(VAREND);
    const rows = [
      { cells: [PREFACE[VAREND]] },
      { cells: [] },
      { cells: ["Med anledning av samordningsförbundens nationellt sett stora överskott har rådet lämnat"] },
      { cells: ["rekommendationer om nivå på förbundens egna kapital. För Samordningsförbundet Varend innebär"] },
      { cells: ["detta ett eget kapital på maximalt 1 682 600 kr. Förbundets egna kapital ligger över den"] },
      { cells: ["rekommenderade nivån."] },
    ];
    const text = sheetFromRows("Förvaltningsberättelse", rows);
    const findings = checkWorkbook({ ...w, sheets: [...w.sheets, text] }).findings.filter((f) =>
      f.ruleId.startsWith("TEXT."),
    );
    expect(findings.map((f) => [f.ruleId, f.cell])).toEqual([["TEXT.TRAPPAN.BELOPP", "A5"]]);
    expect(findings[0].message).toContain(
      "För Samordningsförbundet Varend innebär detta ett eget kapital på maximalt 1 682 600 kr.",
    );
  });
});

describe("a kommun's report (corpus: Kramfors 2018 in mnkr with koncern columns, Grästorp 2020 in tkr)", () => {
  const KRAMFORS = "corpus/kramfors-2018";
  const GRASTORP = "corpus/grastorp-2020";

  it.each([
    "Årets resultat för kommunen uppgår till −52,0 mnkr.",
    "Kommunens resultat för 2018 blev ett underskott på 52 mnkr.",
    "Kommunens eget kapital uppgick vid årets slut till 328,4 mnkr.",
    // The koncern's figures, a budget comparison: not the kommun's year.
    "Koncernens resultat uppgick till −60,0 mnkr.",
    "Årets resultat blev −52,0 mnkr, vilket är 60 mnkr sämre än budget.",
  ])("Kramfors: %s gives no finding", async (sentence) => {
    expect(await textFindings(KRAMFORS, [sentence])).toEqual([]);
  });

  it("Kramfors: the koncern's result quoted as the year's result is found", async () => {
    const [f, ...rest] = await textFindings(KRAMFORS, ["Årets resultat uppgår till −25,0 mnkr."]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "TEXT.ARETS_RESULTAT.BELOPP", period: "2018", expected: -52_000_000 });
  });

  it("Grästorp: the outcome agrees; the budgeted result quoted as the outcome is found", async () => {
    expect(await textFindings(GRASTORP, ["Årets resultat blev 27,1 mnkr."])).toEqual([]);
    const [f, ...rest] = await textFindings(GRASTORP, ["Årets resultat blev 8,9 mnkr."]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: "TEXT.ARETS_RESULTAT.BELOPP", period: "2020", expected: 27_125_000 });
  });
});

describe("the members' contributions from a note count only as the partsfördelning", () => {
  /** A report on one sheet: the text, a resultaträkning, and Not 1 with the members' lines (and `extra`). */
  const report = (text: string, extra: ReadonlyArray<readonly [string, string, string]>) => {
    const lines: ReadonlyArray<readonly string[]> = [
      ["Insats från Försäkringskassan", "2 131 000", "1 065 500"],
      ["Insats från Arbetsförmedlingen", "2 131 000", "1 065 500"],
      ["Insats från Region Kronoberg", "2 131 000", "1 065 500"],
      ["Insats från Växjö kommun", "1 467 861", "728 561"],
      ["Insats från Alvesta kommun", "663 139", "336 939"],
      ...extra,
    ];
    const total = (i: number) =>
      lines.reduce((acc, l) => acc + Number(l[i].replace(/\s/g, "")), 0).toLocaleString("sv-SE");
    const rows: ReadonlyArray<readonly string[]> = [
      ["Samordningsförbundet Värend leds av en styrelse. Samordningsförbundet Värend är en juridisk person."],
      [text],
      [],
      ["Resultaträkning"],
      ["Belopp i kr", "2025", "2024"],
      ["Verksamhetens intäkter", total(1), total(2)],
      ["Verksamhetens kostnader", "−6 900 000", "−5 000 000"],
      [],
      ["Not 1 Verksamhetens intäkter", "2025", "2024"],
      ...lines,
      ["Summa", total(1), total(2)],
    ];
    const sheet = sheetFromRows("Rapport", rows.map((cells) => ({ cells })));
    return checkWorkbook({ sheets: [sheet] }).findings.filter((f) => f.ruleId.startsWith("TEXT."));
  };

  it("a note of the members' lines alone is the year's contributions", () => {
    const findings = report("Årets tilldelning från förbundsmedlemmarna uppgår till 8 254 000 kronor.", []);
    expect(findings.map((f) => [f.ruleId, f.kind, f.expected])).toEqual([
      ["TEXT.MEDLEMSINSATSER.BELOPP", "transposition", 8_524_000],
    ]);
  });

  it("a note that also lists a member's grant for a project is no sum of the contributions", () => {
    const grant = [["Projektbidrag från Region Kronoberg", "300 000", "0"]] as const;
    expect(report("Årets tilldelning från förbundsmedlemmarna uppgår till 8 524 000 kronor.", grant)).toEqual([]);
  });
});

describe("without statements to hold it against, the text is not judged", () => {
  it("a workbook of text alone gives no finding", () => {
    const text = sheetFromRows("Förvaltningsberättelse", [{ cells: ["Årets resultat uppgår till 1 000 000 kr."] }]);
    expect(checkWorkbook({ sheets: [text] }).findings).toEqual([]);
  });
});
