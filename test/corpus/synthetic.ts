/**
 * Synthetic clean reports: written from /work/shared/DOMAIN.md and the shapes of the corpus (cases.ts), NOT
 * transcribed from any published report. Every förbund, municipality, region and figure is invented. Each report
 * is internally consistent in whole units of its stated unit: every total equals its lines exactly, RR årets
 * resultat = BR = KF, BR balances, KF opening + flow = closing = BR kassa och bank, equity rolls forward, notes sum
 * to the lines that cite them, prior-year closing = current opening. So `expect` is empty: on these reports the
 * engine should raise nothing above info (any error or warning is a false problem of the engine, or a slip in these
 * figures, which the comments below let a reader recompute).
 * Same format as cases.ts; `municipal: false` marks a förbund (its columns are the förbund's, no skatteintäkter).
 */
import type { CorpusCase } from "./cases";

export interface SyntheticCase extends CorpusCase {
  /** A kommun or region (skatteintäkter, kommun/koncern columns) rather than a förbund. */
  readonly municipal: boolean;
}

/** Marks a value stored as text (pasted from a web page or PDF). */
const T = (s: string): string => s;

export const SYNTHETIC_CASES: readonly SyntheticCase[] = [
  // ---------------------------------------------------------------------------------------------------
  // Samordningsförbundet Sjöbygden (invented), årsredovisning 2025, kr. Written from DOMAIN.md, not a published
  // report. Members: Försäkringskassan and Arbetsförmedlingen 25 % each, Region Sjöbygd 25 %, the three
  // municipalities 25 % split by population 16–64 (Åsby 14 230, Bergvik 6 115, Dalsjö 3 872; sum 24 217):
  // 1 550 000 → 910 786 + 391 388 + 247 826 = 1 550 000 (2024: key 14 105 / 6 142 / 3 931, 1 500 000 →
  // 875 072 + 381 049 + 243 879). Contributions 6 200 000 (2024: 6 000 000).
  // RR 2025: 6 238 500 − 6 412 870 = −174 370; + 41 230 − 1 150 = −134 290 (2024: 6 012 300 − 5 731 940 = 280 360;
  // + 52 810 − 980 = 332 190). Equity 1 455 600 (2023) + 332 190 = 1 787 790; − 134 290 = 1 653 500.
  // BR 2025: 412 380 + 2 051 470 = 2 463 850 = 1 653 500 + (498 120 + 312 230 = 810 350);
  //      2024: 365 920 + 2 247 810 = 2 613 730 = 1 787 790 + (547 660 + 278 280 = 825 940).
  // KF 2025: −134 290 − 46 460 (fordringar 365 920 → 412 380) − 15 590 (skulder 825 940 → 810 350) = −196 340;
  //      2 247 810 − 196 340 = 2 051 470. 2024 (2023: fordringar 401 150, skulder 761 420): 332 190 + 35 230
  //      + 64 520 = 431 940; 1 815 870 + 431 940 = 2 247 810.
  // Overview: intäkter incl. financial income, kostnader (negative) incl. financial costs; their sum is the result;
  // soliditet = eget kapital / summa tillgångar (2023: 1 455 600 / 2 217 020 = 65,7 %).
  // Drift: budget first, avvikelse = utfall − budget, costs negative; resultat −134 290 = RR.
  {
    name: "sjobygden-2025",
    seed: "synthetic: written from DOMAIN.md (Samordningsförbundet Sjöbygden is invented)",
    unit: "kr",
    municipal: false,
    sheets: [
      {
        name: "Resultaträkning",
        title: "Resultaträkning",
        valueStart: 2,
        header: ["Belopp i kr", "Not", "2025", "2024"],
        rows: [
          ["Verksamhetens intäkter", "1", 6238500, 6012300],
          ["Verksamhetens kostnader", "2", -6412870, -5731940],
          ["Verksamhetens nettokostnad", null, -174370, 280360],
          ["Finansiella intäkter", null, 41230, 52810],
          ["Finansiella kostnader", null, -1150, -980],
          ["Resultat efter finansiella poster", null, -134290, 332190],
          ["Extraordinära poster", null, 0, 0],
          ["Årets resultat", null, -134290, 332190],
        ],
      },
      {
        name: "Balansräkning",
        title: "Balansräkning",
        valueStart: 2,
        header: ["Belopp i kr", "Not", "2025-12-31", "2024-12-31"],
        rows: [
          ["Tillgångar"],
          ["Omsättningstillgångar"],
          ["Korta fordringar", "3", 412380, 365920],
          ["Kassa och bank", "4", 2051470, 2247810],
          ["Summa omsättningstillgångar", null, 2463850, 2613730],
          ["Summa tillgångar", null, 2463850, 2613730],
          ["Eget kapital, avsättningar och skulder"],
          ["Eget kapital"],
          ["Ingående eget kapital", null, 1787790, 1455600],
          ["Årets resultat", null, -134290, 332190],
          ["Summa eget kapital", null, 1653500, 1787790],
          ["Kortfristiga skulder"],
          ["Leverantörsskulder och övriga kortfristiga skulder", "5", 498120, 547660],
          ["Upplupna kostnader och förutbetalda intäkter", "6", 312230, 278280],
          ["Summa kortfristiga skulder", null, 810350, 825940],
          ["Summa eget kapital, avsättningar och skulder", null, 2463850, 2613730],
          ["Ansvarsförbindelser", null, T("Inga"), T("Inga")],
        ],
      },
      {
        name: "Kassaflödesanalys",
        title: "Kassaflödesanalys",
        valueStart: 1,
        header: ["Belopp i kr", "2025", "2024"],
        rows: [
          ["Den löpande verksamheten"],
          ["Årets resultat", -134290, 332190],
          ["Justering för ej likviditetspåverkande poster", 0, 0],
          ["Medel från verksamheten före förändring av rörelsekapital", -134290, 332190],
          ["Ökning (−)/minskning (+) korta fordringar", -46460, 35230],
          ["Ökning (+)/minskning (−) kortfristiga skulder", -15590, 64520],
          ["Kassaflöde från den löpande verksamheten", -196340, 431940],
          ["Årets kassaflöde", -196340, 431940],
          ["Likvida medel vid årets början", 2247810, 1815870],
          ["Likvida medel vid årets slut", 2051470, 2247810],
        ],
      },
      {
        name: "Noter",
        title: "Noter",
        valueStart: 1,
        header: ["Belopp i kr", "2025", "2024"],
        rows: [
          ["Not 1 Verksamhetens intäkter"],
          ["Medlemsavgift Försäkringskassan", 1550000, 1500000],
          ["Medlemsavgift Arbetsförmedlingen", 1550000, 1500000],
          ["Medlemsavgift Region Sjöbygd", 1550000, 1500000],
          ["Medlemsavgift Åsby kommun", 910786, 875072],
          ["Medlemsavgift Bergviks kommun", 391388, 381049],
          ["Medlemsavgift Dalsjö kommun", 247826, 243879],
          ["Övriga intäkter", 38500, 12300],
          ["Summa", 6238500, 6012300],
          [""],
          // 1 402 180 + 4 835 690 + 175 000 = 6 412 870; 1 318 440 + 4 251 500 + 162 000 = 5 731 940.
          // Varav: 1 920 000 + 1 415 690 + 1 500 000 = 4 835 690; 1 780 000 + 1 226 500 + 1 245 000 = 4 251 500.
          ["Not 2 Verksamhetens kostnader"],
          ["Kansli och administration", 1402180, 1318440],
          ["Finansierade insatser", 4835690, 4251500],
          ["Övriga verksamhetskostnader", 175000, 162000],
          ["Summa", 6412870, 5731940],
          ["Varav finansierade insatser per insats"],
          ["Steget vidare", 1920000, 1780000],
          ["Unga in", 1415690, 1226500],
          ["Hälsa och arbete", 1500000, 1245000],
          ["Summa insatser", 4835690, 4251500],
          [""],
          ["Not 3 Korta fordringar"],
          ["Momsfordran", 318940, 287150],
          ["Förutbetalda kostnader och upplupna intäkter", 93440, 78770],
          ["Summa", 412380, 365920],
          [""],
          ["Not 4 Kassa och bank"],
          ["Bank, transaktionskonto", 551470, 747810],
          ["Bank, placeringskonto", 1500000, 1500000],
          ["Summa", 2051470, 2247810],
          [""],
          ["Not 5 Leverantörsskulder och övriga kortfristiga skulder"],
          ["Leverantörsskulder", 452300, 498610],
          ["Personalens skatter och avgifter", 45820, 49050],
          ["Summa", 498120, 547660],
          [""],
          ["Not 6 Upplupna kostnader och förutbetalda intäkter"],
          ["Upplupna semesterlöner", 84230, 79180],
          ["Upplupna kostnader insatser", 183000, 157100],
          ["Revision och bokslut", 45000, 42000],
          ["Summa", 312230, 278280],
        ],
      },
      {
        name: "Översikt",
        title: "Femårsöversikt",
        valueStart: 1,
        header: ["Belopp i kr", "2025", "2024", "2023", "2022", "2021"],
        rows: [
          ["Medlemsavgifter", 6200000, 6000000, 5800000, 5600000, 5400000],
          ["Totala intäkter", 6279730, 6065110, 5842300, 5690400, 5512800],
          ["Totala kostnader", -6414020, -5732920, -6054700, -5541500, -5417500],
          ["Årets resultat", -134290, 332190, -212400, 148900, 95300],
          ["Eget kapital", 1653500, 1787790, 1455600, 1668000, 1519100],
          ["Summa tillgångar", 2463850, 2613730, 2217020, 2104300, 1987600],
          ["Soliditet", T("67,1 %"), T("68,4 %"), T("65,7 %"), T("79,3 %"), T("76,4 %")],
        ],
      },
      {
        name: "Driftredovisning",
        title: "Driftredovisning",
        valueStart: 1,
        header: ["Belopp i kr", "Budget 2025", "Utfall 2025", "Avvikelse utfall–budget"],
        rows: [
          // budget 6 200 000 − 1 450 000 − 5 300 000 − 180 000 + 30 000 = −700 000;
          // utfall 6 200 000 + 38 500 − 1 402 180 − 4 835 690 − 175 000 + 40 080 = −134 290
          ["Medlemsavgifter", 6200000, 6200000, 0],
          ["Övriga intäkter", 0, 38500, 38500],
          ["Kansli och administration", -1450000, -1402180, 47820],
          ["Finansierade insatser", -5300000, -4835690, 464310],
          ["Övriga verksamhetskostnader", -180000, -175000, 5000],
          ["Finansnetto", 30000, 40080, 10080],
          ["Resultat", -700000, -134290, 565710],
        ],
      },
      {
        name: "Balanskrav",
        title: "Balanskravsutredning",
        valueStart: 1,
        header: ["Belopp i kr", "2025", "2024"],
        rows: [
          ["Årets resultat enligt resultaträkningen", -134290, 332190],
          ["- Samtliga realisationsvinster", 0, 0],
          ["+ Realisationsvinster enligt undantagsmöjlighet", 0, 0],
          ["+ Realisationsförluster enligt undantagsmöjlighet", 0, 0],
          ["-/+ Orealiserade vinster och förluster i värdepapper", 0, 0],
          ["+/- Återföring av orealiserade vinster och förluster i värdepapper", 0, 0],
          ["Årets resultat efter balanskravsjusteringar", -134290, 332190],
          ["- Reservering till resultatutjämningsreserv", 0, 0],
          ["+ Användning av medel från resultatutjämningsreserv", 0, 0],
          ["Balanskravsresultat", -134290, 332190],
        ],
      },
    ],
    expect: [],
  },

  // ---------------------------------------------------------------------------------------------------
  // Norrviks kommun (invented), årsredovisning 2024, tkr, kommun and koncern (two-row header). Written from
  // DOMAIN.md, not a published report.
  // RR kommun 2024: 168 420 − 812 650 − 31 870 = −676 100; + 498 310 + 191 640 = 13 850; + 4 210 − 5 930 = 12 130
  //   (2023: 159 830 − 781 240 − 29 460 = −650 870; + 476 920 + 183 270 = 9 320; + 3 580 − 4 110 = 8 790).
  // RR koncern 2024: 231 560 − 851 300 − 52 740 = −672 480; + 689 950 = 17 470; + 2 140 − 11 820 = 7 790;
  //   − 1 240 skatt = 6 550 (2023: −648 260; 11 930; 4 740; − 870 = 3 870).
  // Equity kommun 283 460 (2022) + 8 790 = 292 250; + 12 130 = 304 380; koncern 341 720 → 345 590 → 352 140.
  // BR kommun 2024: 675 090 + 115 630 = 790 720 = 304 380 + 31 670 + 454 670 (2023: 644 400 + 117 040 = 761 440 =
  //   292 250 + 30 510 + 438 680). Koncern 2024: 1 242 950 + 142 280 = 1 385 230 = 352 140 + 40 280 + 992 810.
  // KF kommun 2024: 12 130 + 31 870 + 1 160 = 45 160; − 40 − 4 330 + 5 990 = 46 780; investments −(51 950 + 10 610)
  //   = −62 560 (notes 8, 9); loans + 20 000 − 10 000; 46 780 − 62 560 + 10 000 = −5 780; 47 650 − 5 780 = 41 870.
  //   2023 (2022: förråd 1 150, fordringar 70 120, kortfristiga skulder 149 220, avsättningar 29 140, lån 278 000):
  //   8 790 + 29 460 + 1 370 = 39 620; + 70 + 1 810 + 4 460 = 45 960; − 53 730 + 7 000 = −770; 48 420 → 47 650.
  // KF koncern 2024: 6 550 + 52 740 + 2 090 = 61 380; − 130 − 4 290 + 9 680 = 66 640; − 96 910 (book value
  //   1 236 770 − 1 192 600 + 52 740); + 26 500; = −3 770; 62 180 → 58 410.
  // Notes 8 and 9 are running balances: utgående anskaffningsvärde + utgående ackumulerade avskrivningar = bokfört
  //   värde (968 340 + 51 950 = 1 020 290; −383 430 − 24 380 = −407 810; 1 020 290 − 407 810 = 612 480).
  // Drift per nämnd: net costs positive, avvikelse = budget − utfall; verksamhetens nettokostnad 676 100 = RR.
  {
    name: "norrvik-2024",
    seed: "synthetic: written from DOMAIN.md (Norrviks kommun is invented)",
    unit: "tkr",
    municipal: true,
    sheets: [
      {
        name: "RR",
        title: "Resultaträkning",
        valueStart: 2,
        header: ["Belopp i tkr", "", "Kommunen", "", "Koncernen", ""],
        rows: [
          ["", "Not", T("2024"), T("2023"), T("2024"), T("2023")],
          ["Verksamhetens intäkter", "1", 168420, 159830, 231560, 220140],
          ["Verksamhetens kostnader", "2", -812650, -781240, -851300, -818520],
          ["Avskrivningar", "3", -31870, -29460, -52740, -49880],
          ["Verksamhetens nettokostnader", null, -676100, -650870, -672480, -648260],
          ["Skatteintäkter", "4", 498310, 476920, 498310, 476920],
          ["Generella statsbidrag och utjämning", "5", 191640, 183270, 191640, 183270],
          ["Verksamhetens resultat", null, 13850, 9320, 17470, 11930],
          ["Finansiella intäkter", "6", 4210, 3580, 2140, 1760],
          ["Finansiella kostnader", "7", -5930, -4110, -11820, -8950],
          ["Resultat efter finansiella poster", null, 12130, 8790, 7790, 4740],
          ["Skatt på årets resultat", null, null, null, -1240, -870],
          ["Årets resultat", null, 12130, 8790, 6550, 3870],
        ],
      },
      {
        name: "BR",
        title: "Balansräkning",
        valueStart: 2,
        header: ["Belopp i tkr", "", "Kommunen", "", "Koncernen", ""],
        rows: [
          ["", "Not", T("2024-12-31"), T("2023-12-31"), T("2024-12-31"), T("2023-12-31")],
          ["TILLGÅNGAR"],
          ["Anläggningstillgångar"],
          ["Materiella anläggningstillgångar"],
          ["Mark, byggnader och tekniska anläggningar", "8", 612480, 584910, 1184360, 1142870],
          ["Maskiner och inventarier", "9", 38260, 35140, 52410, 49730],
          ["Finansiella anläggningstillgångar", "10", 24350, 24350, 6180, 6180],
          ["Summa anläggningstillgångar", null, 675090, 644400, 1242950, 1198780],
          ["Omsättningstillgångar"],
          ["Förråd", null, 1120, 1080, 2640, 2510],
          ["Kortfristiga fordringar", "11", 72640, 68310, 81230, 76940],
          ["Kassa och bank", "12", 41870, 47650, 58410, 62180],
          ["Summa omsättningstillgångar", null, 115630, 117040, 142280, 141630],
          ["SUMMA TILLGÅNGAR", null, 790720, 761440, 1385230, 1340410],
          ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"],
          ["Eget kapital", "13"],
          ["Årets resultat", null, 12130, 8790, 6550, 3870],
          ["Resultatutjämningsreserv", null, 15000, 15000, 15000, 15000],
          ["Övrigt eget kapital", null, 277250, 268460, 330590, 326720],
          ["Summa eget kapital", null, 304380, 292250, 352140, 345590],
          ["Avsättningar"],
          ["Avsättningar för pensioner och liknande förpliktelser", "14", 28470, 26910, 31820, 30040],
          ["Andra avsättningar", null, 3200, 3600, 8460, 8150],
          ["Summa avsättningar", null, 31670, 30510, 40280, 38190],
          ["Skulder"],
          ["Långfristiga skulder", "15", 295000, 285000, 812500, 786000],
          ["Kortfristiga skulder", "16", 159670, 153680, 180310, 170630],
          ["Summa skulder", null, 454670, 438680, 992810, 956630],
          ["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", null, 790720, 761440, 1385230, 1340410],
        ],
      },
      {
        name: "KF",
        title: "Kassaflödesanalys",
        valueStart: 2,
        header: ["Belopp i tkr", "", "Kommunen", "", "Koncernen", ""],
        rows: [
          ["", "Not", T("2024"), T("2023"), T("2024"), T("2023")],
          ["Den löpande verksamheten"],
          ["Årets resultat", null, 12130, 8790, 6550, 3870],
          ["Justering för av- och nedskrivningar", "3", 31870, 29460, 52740, 49880],
          ["Justering för gjorda avsättningar", null, 1160, 1370, 2090, 1770],
          ["Medel från verksamheten före förändring av rörelsekapital", null, 45160, 39620, 61380, 55520],
          ["Ökning (−)/minskning (+) förråd", null, -40, 70, -130, -30],
          ["Ökning (−)/minskning (+) kortfristiga fordringar", null, -4330, 1810, -4290, 1160],
          ["Ökning (+)/minskning (−) kortfristiga skulder", null, 5990, 4460, 9680, 3680],
          ["Kassaflöde från den löpande verksamheten", null, 46780, 45960, 66640, 60330],
          ["Investeringsverksamheten"],
          ["Investering i materiella anläggningstillgångar", "8, 9", -62560, -53730, -96910, -89400],
          ["Kassaflöde från investeringsverksamheten", null, -62560, -53730, -96910, -89400],
          ["Finansieringsverksamheten"],
          ["Nyupptagna lån", null, 20000, 15000, 40000, 35000],
          ["Amortering av skulder", null, -10000, -8000, -13500, -9000],
          ["Kassaflöde från finansieringsverksamheten", null, 10000, 7000, 26500, 26000],
          ["Årets kassaflöde", null, -5780, -770, -3770, -3070],
          ["Likvida medel vid årets början", null, 47650, 48420, 62180, 65250],
          ["Likvida medel vid årets slut", "12", 41870, 47650, 58410, 62180],
        ],
      },
      {
        name: "Noter",
        title: "Noter, kommunen",
        valueStart: 1,
        header: ["Belopp i tkr", "2024", "2023"],
        rows: [
          ["Not 1 Verksamhetens intäkter"],
          ["Taxor och avgifter", 38240, 36910],
          ["Hyror och arrenden", 21870, 20960],
          ["Bidrag och ersättningar från staten", 84630, 80150],
          ["Övriga intäkter", 23680, 21810],
          ["Summa verksamhetens intäkter", 168420, 159830],
          [""],
          ["Not 2 Verksamhetens kostnader"],
          ["Löner och sociala avgifter", 498320, 479650],
          ["Pensionskostnader", 42180, 40230],
          ["Köp av verksamhet", 164790, 157860],
          ["Lokal- och markhyror", 38540, 37120],
          ["Övriga kostnader", 68820, 66380],
          ["Summa verksamhetens kostnader", 812650, 781240],
          [""],
          ["Not 3 Avskrivningar"],
          ["Byggnader och anläggningar", 24380, 22710],
          ["Maskiner och inventarier", 7490, 6750],
          ["Summa avskrivningar", 31870, 29460],
          [""],
          ["Not 4 Skatteintäkter"],
          ["Preliminär kommunalskatt", 501240, 474380],
          ["Preliminär slutavräkning innevarande år", -2150, 1860],
          ["Slutavräkningsdifferens föregående år", -780, 680],
          ["Summa skatteintäkter", 498310, 476920],
          [""],
          ["Not 5 Generella statsbidrag och utjämning"],
          ["Inkomstutjämningsbidrag", 142560, 134920],
          ["Kostnadsutjämningsbidrag", 18730, 17640],
          ["Regleringsbidrag", 6210, 9850],
          ["Avgift till LSS-utjämning", -3420, -3150],
          ["Kommunal fastighetsavgift", 27560, 24010],
          ["Summa", 191640, 183270],
          [""],
          ["Not 6 Finansiella intäkter"],
          ["Ränteintäkter", 1380, 1120],
          ["Utdelning från kommunens bolag", 2000, 2000],
          ["Borgensavgifter", 830, 460],
          ["Summa", 4210, 3580],
          [""],
          ["Not 7 Finansiella kostnader"],
          ["Räntekostnader på lån", 5240, 3590],
          ["Ränta på pensionsavsättning", 690, 520],
          ["Summa", 5930, 4110],
          [""],
          ["Not 8 Mark, byggnader och tekniska anläggningar"],
          ["Ingående anskaffningsvärde", 968340, 923020],
          ["Årets investeringar", 51950, 45320],
          ["Utgående anskaffningsvärde", 1020290, 968340],
          ["Ingående ackumulerade avskrivningar", -383430, -360720],
          ["Årets avskrivningar", -24380, -22710],
          ["Utgående ackumulerade avskrivningar", -407810, -383430],
          ["Bokfört värde", 612480, 584910],
          [""],
          ["Not 9 Maskiner och inventarier"],
          ["Ingående anskaffningsvärde", 96520, 88110],
          ["Årets investeringar", 10610, 8410],
          ["Utgående anskaffningsvärde", 107130, 96520],
          ["Ingående ackumulerade avskrivningar", -61380, -54630],
          ["Årets avskrivningar", -7490, -6750],
          ["Utgående ackumulerade avskrivningar", -68870, -61380],
          ["Bokfört värde", 38260, 35140],
          [""],
          ["Not 10 Finansiella anläggningstillgångar"],
          ["Aktier i Norrviks Bostads AB", 20000, 20000],
          ["Andelar i Kommuninvest ekonomisk förening", 3850, 3850],
          ["Övriga andelar", 500, 500],
          ["Summa", 24350, 24350],
          [""],
          ["Not 11 Kortfristiga fordringar"],
          ["Kundfordringar", 18420, 16980],
          ["Statsbidragsfordringar", 21360, 20140],
          ["Förutbetalda kostnader och upplupna intäkter", 24630, 23050],
          ["Övriga kortfristiga fordringar", 8230, 8140],
          ["Summa", 72640, 68310],
          [""],
          ["Not 12 Kassa och bank"],
          ["Bankmedel", 41870, 47650],
          ["Summa", 41870, 47650],
          [""],
          ["Not 13 Eget kapital"],
          ["Ingående eget kapital", 292250, 283460],
          ["Årets resultat", 12130, 8790],
          ["Utgående eget kapital", 304380, 292250],
          ["– därav resultatutjämningsreserv", 15000, 15000],
          [""],
          ["Not 14 Avsättningar för pensioner och liknande förpliktelser"],
          ["Ingående avsättning", 26910, 25540],
          ["Nya förpliktelser under året", 1980, 1760],
          ["Ränte- och basbeloppsuppräkning", 690, 520],
          ["Årets utbetalningar", -1110, -910],
          ["Utgående avsättning", 28470, 26910],
          [""],
          ["Not 15 Långfristiga skulder"],
          ["Ingående skuld", 285000, 278000],
          ["Nyupptagna lån", 20000, 15000],
          ["Amorteringar", -10000, -8000],
          ["Utgående skuld", 295000, 285000],
          [""],
          ["Not 16 Kortfristiga skulder"],
          ["Leverantörsskulder", 48320, 45910],
          ["Personalens skatter, avgifter och löneavdrag", 22140, 21380],
          ["Upplupna kostnader och förutbetalda intäkter", 74860, 72050],
          ["Övriga kortfristiga skulder", 14350, 14340],
          ["Summa", 159670, 153680],
        ],
      },
      {
        name: "Driftredovisning",
        title: "Driftredovisning per nämnd",
        valueStart: 1,
        header: ["Nettokostnader, tkr", "Budget 2024", "Utfall 2024", "Avvikelse", "Utfall 2023"],
        rows: [
          // nämnder 720 700 − 718 570 = 2 130; finansförvaltning −42 000 − (−42 470) = 470;
          // nettokostnad 678 700 − 676 100 = 2 600 (= 2 130 + 470); 2023: 690 380 − 39 510 = 650 870
          ["Kommunstyrelsen", 78500, 76240, 2260, 74110],
          ["Barn- och utbildningsnämnden", 312400, 318960, -6560, 301580],
          ["Socialnämnden", 268900, 264310, 4590, 257240],
          ["Samhällsbyggnadsnämnden", 42600, 41120, 1480, 40030],
          ["Kultur- och fritidsnämnden", 18300, 17940, 360, 17420],
          ["Summa nämnder", 720700, 718570, 2130, 690380],
          ["Finansförvaltning", -42000, -42470, 470, -39510],
          ["Verksamhetens nettokostnad", 678700, 676100, 2600, 650870],
        ],
      },
    ],
    expect: [],
  },

  // ---------------------------------------------------------------------------------------------------
  // Region Fjällmark (invented), delårsrapport januari–augusti 2025, tkr. Written from DOMAIN.md, not a published
  // report. Columns: this period, the same period last year, last year's bokslut; the balance sheet at 2025-08-31
  // against 2024-12-31 (so its prior column is the bokslut column's closing balance).
  // RR 2025-08: 1 284 630 − 7 912 480 − 214 370 = −6 842 220; + 5 046 280 + 1 962 740 = 166 800; + 148 930
  //   − 96 420 = 219 310. 2024-08: −6 588 060; 109 020; 232 750. Bokslut 2024: −10 216 150; −158 480; −184 100.
  // Equity 2 864 370 (2024-12-31, incl. −184 100) + 219 310 = 3 083 680.
  // BR 2025-08-31: 5 589 590 + 5 070 970 = 10 660 560 = 3 083 680 + 4 165 450 + 3 411 430;
  //    2024-12-31: 5 494 740 + 4 963 440 = 10 458 180 = 2 864 370 + 4 057 330 + 3 536 480.
  // KF 2025-08: 219 310 + 214 370 + 108 120 = 541 800; − 2 270 − 79 360 − 125 050 = 335 120; investments
  //   −(94 850 + 214 370) = −309 220 and placeringar −161 770; 335 120 − 470 990 = −135 870; 748 260 → 612 390.
  //   Bokslut 2024 (2023: förråd 80 410, fordringar 1 071 380, kortfristiga skulder 2 592 150, avsättningar
  //   3 886 940, kassa 877 190): 295 930 − 1 550 + 7 870 + 94 330 = 396 580; − 625 510 + 100 000 = −128 930.
  //   2024-08: 877 190 − 141 120 = 736 070 (that period's closing cash: no balance sheet column shows it).
  {
    name: "fjallmark-delar-2025",
    seed: "synthetic: written from DOMAIN.md (Region Fjällmark is invented)",
    unit: "tkr",
    municipal: true,
    sheets: [
      {
        name: "Resultaträkning",
        title: "Resultaträkning",
        valueStart: 2,
        header: [
          "Belopp i tkr",
          "Not",
          "Utfall 2025-01-01--2025-08-31",
          "Utfall 2024-01-01--2024-08-31",
          "Bokslut 2024",
        ],
        rows: [
          ["Verksamhetens intäkter", "1", 1284630, 1221470, 1862410],
          ["Verksamhetens kostnader", "2", -7912480, -7604350, -11768920],
          ["Avskrivningar", null, -214370, -205180, -309640],
          ["Verksamhetens nettokostnad", null, -6842220, -6588060, -10216150],
          ["Skatteintäkter", null, 5046280, 4812930, 7231460],
          ["Generella statsbidrag och utjämning", null, 1962740, 1884150, 2826210],
          ["Verksamhetens resultat", null, 166800, 109020, -158480],
          ["Finansiella intäkter", null, 148930, 212460, 276350],
          ["Finansiella kostnader", null, -96420, -88730, -301970],
          ["Resultat efter finansiella poster", null, 219310, 232750, -184100],
          ["Periodens resultat", null, 219310, 232750, -184100],
        ],
      },
      {
        name: "Balansräkning",
        title: "Balansräkning",
        valueStart: 1,
        header: ["Belopp i tkr", "2025-08-31", "2024-12-31"],
        rows: [
          ["Tillgångar"],
          ["Anläggningstillgångar"],
          ["Immateriella anläggningstillgångar", 48210, 51630],
          ["Mark, byggnader och tekniska anläggningar", 4318560, 4247920],
          ["Maskiner och inventarier", 1126340, 1098710],
          ["Finansiella anläggningstillgångar", 96480, 96480],
          ["Summa anläggningstillgångar", 5589590, 5494740],
          ["Omsättningstillgångar"],
          ["Förråd", 84230, 81960],
          ["Kortfristiga fordringar", 1142870, 1063510],
          ["Kortfristiga placeringar", 3231480, 3069710],
          ["Kassa och bank", 612390, 748260],
          ["Summa omsättningstillgångar", 5070970, 4963440],
          ["Summa tillgångar", 10660560, 10458180],
          ["Eget kapital, avsättningar och skulder"],
          ["Eget kapital"],
          ["Periodens resultat", 219310, -184100],
          ["Övrigt eget kapital", 2864370, 3048470],
          ["Summa eget kapital", 3083680, 2864370],
          ["Avsättningar"],
          ["Avsättningar för pensioner och liknande förpliktelser", 4126850, 4015230],
          ["Andra avsättningar", 38600, 42100],
          ["Summa avsättningar", 4165450, 4057330],
          ["Skulder"],
          ["Långfristiga skulder", 850000, 850000],
          ["Kortfristiga skulder", 2561430, 2686480],
          ["Summa skulder", 3411430, 3536480],
          ["Summa eget kapital, avsättningar och skulder", 10660560, 10458180],
        ],
      },
      {
        name: "Kassaflödesanalys",
        title: "Kassaflödesanalys",
        valueStart: 1,
        header: [
          "Belopp i tkr",
          "Utfall 2025-01-01--2025-08-31",
          "Utfall 2024-01-01--2024-08-31",
          "Bokslut 2024",
        ],
        rows: [
          ["Den löpande verksamheten"],
          ["Periodens resultat", 219310, 232750, -184100],
          ["Justering för av- och nedskrivningar", 214370, 205180, 309640],
          ["Justering för avsättningar", 108120, 112460, 170390],
          ["Medel från verksamheten före förändring av rörelsekapital", 541800, 550390, 295930],
          ["Ökning (−)/minskning (+) förråd", -2270, -1840, -1550],
          ["Ökning (−)/minskning (+) kortfristiga fordringar", -79360, -92510, 7870],
          ["Ökning (+)/minskning (−) kortfristiga skulder", -125050, -164220, 94330],
          ["Kassaflöde från den löpande verksamheten", 335120, 291820, 396580],
          ["Investeringsverksamheten"],
          ["Investering i immateriella och materiella anläggningstillgångar", -309220, -287640, -421870],
          ["Förändring av kortfristiga placeringar", -161770, -145300, -203640],
          ["Kassaflöde från investeringsverksamheten", -470990, -432940, -625510],
          ["Finansieringsverksamheten"],
          ["Nyupptagna lån", 0, 0, 100000],
          ["Kassaflöde från finansieringsverksamheten", 0, 0, 100000],
          ["Periodens kassaflöde", -135870, -141120, -128930],
          ["Likvida medel vid periodens början", 748260, 877190, 877190],
          ["Likvida medel vid periodens slut", 612390, 736070, 748260],
        ],
      },
      {
        name: "Noter",
        title: "Noter",
        valueStart: 1,
        header: [
          "Belopp i tkr",
          "Utfall 2025-01-01--2025-08-31",
          "Utfall 2024-01-01--2024-08-31",
          "Bokslut 2024",
        ],
        rows: [
          ["Not 1 Verksamhetens intäkter"],
          ["Patientavgifter", 62410, 59870, 90180],
          ["Riktade statsbidrag", 584230, 561340, 851260],
          ["Försäljning av hälso- och sjukvård", 318760, 301920, 461830],
          ["Övriga intäkter", 319230, 298340, 459140],
          ["Summa", 1284630, 1221470, 1862410],
          [""],
          ["Not 2 Verksamhetens kostnader"],
          ["Personalkostnader", 4386120, 4217580, 6541830],
          ["Köpt vård", 1024370, 986410, 1512640],
          ["Läkemedel", 1198640, 1142360, 1731290],
          ["Övriga kostnader", 1303350, 1258000, 1983160],
          ["Summa", 7912480, 7604350, 11768920],
        ],
      },
    ],
    expect: [],
  },
];
