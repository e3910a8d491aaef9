/**
 * A kommun's annual report written for the test bed from DOMAIN.md and the law (LKBR: RR 5 kap.,
 * BR 6 kap., KF 8 kap., förvaltningsberättelse 11 kap.), NOT transcribed from any published report:
 * Ekdala kommun and every figure are invented. It has what the förbund reports and the corpus lack:
 * jämförelsestörande poster in the RR, a budget column beside the outcome, a koncern beside the
 * kommun, a resultatutjämningsreserv reserved in the balanskravsutredning and in the equity, a
 * driftredovisning per nämnd with the finance lines, an investeringsredovisning (avvikelse as
 * budget − utfall, the opposite sense of the drift's), notes with "därav"/"varav" lines among
 * their items and running balances, and a five-year overview of key ratios in per cent beside
 * counts that are no amounts (invånare, skattesats, anställda).
 *
 * Every figure is in tkr and every identity holds exactly (the comments let a reader recompute):
 * RR 2025: 268 350 − 1 486 190 − 43 980 + 6 200 = −1 255 620; + 1 012 400 + 285 600 = 42 380;
 *   + 6 800 − 7 950 = 41 230. 2024: 256 120 − 1 429 520 − 42 300 = −1 215 700; + 968 300 + 271 900
 *   = 24 500; + 5 900 − 6 400 = 24 000. Budget 2025: 250 000 − 1 460 000 − 45 000 = −1 255 000;
 *   + 1 010 000 + 284 000 = 39 000; + 5 000 − 9 000 = 35 000.
 * BR 2025: 965 530 + 204 850 = 1 170 380 = 565 230 + 51 400 + 553 750; 2024: 931 000 + 160 500 =
 *   1 091 500 = 524 000 + 48 000 + 519 500. Equity 524 000 + 41 230 = 565 230, of which the
 *   reserve 20 000 + 10 000 reserved (balanskrav) = 30 000 and other equity 480 000 + 24 000 − 10 000.
 * KF 2025: 41 230 + 43 980 + 3 400 − 1 230 (realisationsvinst) = 87 380; − 120 − 6 300 + 9 250 =
 *   90 210; − 79 280 + 2 000 = −77 280; + 40 000 − 15 000 = 25 000; 37 930; 61 000 → 98 930.
 *   2024 (2023: förråd 1 450, fordringar 101 000, kortfristiga skulder 206 850, kassa 52 400):
 *   24 000 + 42 300 + 2 500 − 500 = 68 300; − 50 + 3 000 + 2 650 = 73 900; − 76 100 + 800 =
 *   −75 300; + 20 000 − 10 000; 8 600; 52 400 → 61 000.
 * Koncern RR 2025: 398 600 − 1 560 300 − 71 200 + 6 200 = −1 226 700; + 1 298 000 = 71 300;
 *   + 3 100 − 19 800 = 54 600; − 2 900 skatt = 51 700 (2024: −1 185 000; 55 200; 40 300; 38 200).
 *   Koncern BR 2025: 1 731 500 + 259 500 = 1 991 000 = 741 700 + 58 900 + 1 190 400 (2024:
 *   1 682 000 + 221 900 = 1 903 900 = 690 000 + 55 100 + 1 158 800); 690 000 + 51 700 = 741 700.
 */
import type { Column, Entity, Report, Row, Statement, Value } from "./model";

const T = 1000;

type Cell = number | null | Exclude<Value, number | null>;

/** A row in tkr: the label, the kommun's note reference, the values (tkr, or a value that is no amount). */
function row(label: string, note: string | null, ...cells: Cell[]): Row {
  const values = cells.map((c): Value => (typeof c === "number" ? c * T : c));
  return { label, values, ...(note ? { notes: { kommunen: note } } : {}) };
}

/** A line a revisor does not tie (a "därav", a memorandum): no mutant is placed on it. */
const untied = (r: Row): Row => ({ ...r, untied: true });

const heading = (label: string): Row => ({ label, values: [] });

const col = (entity: Entity, year: number, kind: Column["kind"] = "utfall", template?: string): Column => ({
  entity,
  kind,
  year,
  ...(template !== undefined ? { template } : {}),
});

const pct = (x: number) => ({ pct: x / 100 });
const num = (x: number) => ({ num: x });

function statement(s: Omit<Statement, "rows"> & { rows: Row[] }): Statement {
  // Headings have no cells: give them one empty cell per column.
  const rows = s.rows.map((r) => (r.values.length === 0 ? { ...r, values: s.columns.map(() => null) } : r));
  return { ...s, rows };
}

const RR = statement({
  key: "rr",
  kind: "RR",
  title: "Resultaträkning",
  header: true,
  columns: [
    col("kommunen", 2025, "budget"),
    col("kommunen", 2025),
    col("kommunen", 2024),
    col("koncernen", 2025),
    col("koncernen", 2024),
  ],
  rows: [
    row("Verksamhetens intäkter", "1", 250000, 268350, 256120, 398600, 381200),
    row("Verksamhetens kostnader", "2", -1460000, -1486190, -1429520, -1560300, -1497800),
    row("Avskrivningar", "3", -45000, -43980, -42300, -71200, -68400),
    row("Jämförelsestörande poster", "4", 0, 6200, 0, 6200, 0),
    row("Verksamhetens nettokostnader", null, -1255000, -1255620, -1215700, -1226700, -1185000),
    row("Skatteintäkter", "5", 1010000, 1012400, 968300, 1012400, 968300),
    row("Generella statsbidrag och utjämning", "6", 284000, 285600, 271900, 285600, 271900),
    row("Verksamhetens resultat", null, 39000, 42380, 24500, 71300, 55200),
    row("Finansiella intäkter", "7", 5000, 6800, 5900, 3100, 2700),
    row("Finansiella kostnader", "8", -9000, -7950, -6400, -19800, -17600),
    row("Resultat efter finansiella poster", null, 35000, 41230, 24000, 54600, 40300),
    row("Extraordinära poster", null, 0, 0, 0, 0, 0),
    row("Skatt på årets resultat", null, null, null, null, -2900, -2100),
    row("Årets resultat", null, 35000, 41230, 24000, 51700, 38200),
  ],
});

const BR = statement({
  key: "br",
  kind: "BR",
  title: "Balansräkning",
  header: true,
  columns: [col("kommunen", 2025), col("kommunen", 2024), col("koncernen", 2025), col("koncernen", 2024)],
  rows: [
    heading("TILLGÅNGAR"),
    heading("Anläggningstillgångar"),
    row("Immateriella anläggningstillgångar", null, 1500, 2000, 1500, 2000),
    heading("Materiella anläggningstillgångar"),
    row("Mark, byggnader och tekniska anläggningar", "9", 850230, 820000, 1620000, 1575000),
    row("Maskiner och inventarier", "10", 68800, 64000, 98000, 93000),
    row("Finansiella anläggningstillgångar", "11", 45000, 45000, 12000, 12000),
    row("Summa anläggningstillgångar", null, 965530, 931000, 1731500, 1682000),
    heading("Omsättningstillgångar"),
    row("Förråd", null, 1620, 1500, 3100, 2900),
    row("Kortfristiga fordringar", "12", 104300, 98000, 131000, 122400),
    row("Kassa och bank", "13", 98930, 61000, 125400, 96600),
    row("Summa omsättningstillgångar", null, 204850, 160500, 259500, 221900),
    row("SUMMA TILLGÅNGAR", null, 1170380, 1091500, 1991000, 1903900),
    heading("EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"),
    { ...heading("Eget kapital"), notes: { kommunen: "14" } },
    row("Årets resultat", null, 41230, 24000, 51700, 38200),
    row("Resultatutjämningsreserv", null, 30000, 20000, 30000, 20000),
    row("Övrigt eget kapital", null, 494000, 480000, 660000, 631800),
    row("Summa eget kapital", null, 565230, 524000, 741700, 690000),
    heading("Avsättningar"),
    row("Avsättningar för pensioner och liknande förpliktelser", "15", 51400, 48000, 58900, 55100),
    row("Summa avsättningar", null, 51400, 48000, 58900, 55100),
    heading("Skulder"),
    row("Långfristiga skulder", "16", 335000, 310000, 890000, 875000),
    row("Kortfristiga skulder", "17", 218750, 209500, 300400, 283800),
    row("Summa skulder", null, 553750, 519500, 1190400, 1158800),
    row("SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", null, 1170380, 1091500, 1991000, 1903900),
    heading("Panter och ansvarsförbindelser"),
    untied(
      row(
        "Pensionsförpliktelser som inte har tagits upp bland skulderna",
        null,
        412600,
        431900,
        412600,
        431900,
      ),
    ),
    untied(row("Borgensåtaganden", null, 540000, 555000, 15000, 15000)),
  ],
});

const KF = statement({
  key: "kf",
  kind: "KF",
  title: "Kassaflödesanalys",
  header: true,
  columns: [col("kommunen", 2025), col("kommunen", 2024)],
  rows: [
    heading("Den löpande verksamheten"),
    row("Årets resultat", null, 41230, 24000),
    row("Justering för av- och nedskrivningar", "3", 43980, 42300),
    row("Justering för gjorda avsättningar", null, 3400, 2500),
    row("Justering för realisationsvinster", null, -1230, -500),
    row("Medel från verksamheten före förändring av rörelsekapital", null, 87380, 68300),
    row("Ökning (−)/minskning (+) förråd", null, -120, -50),
    row("Ökning (−)/minskning (+) kortfristiga fordringar", null, -6300, 3000),
    row("Ökning (+)/minskning (−) kortfristiga skulder", null, 9250, 2650),
    row("Kassaflöde från den löpande verksamheten", null, 90210, 73900),
    heading("Investeringsverksamheten"),
    row("Investering i materiella anläggningstillgångar", "9, 10", -79280, -76100),
    row("Försäljning av materiella anläggningstillgångar", null, 2000, 800),
    row("Kassaflöde från investeringsverksamheten", null, -77280, -75300),
    heading("Finansieringsverksamheten"),
    row("Nyupptagna lån", "16", 40000, 20000),
    row("Amortering av skulder", "16", -15000, -10000),
    row("Kassaflöde från finansieringsverksamheten", null, 25000, 10000),
    row("Årets kassaflöde", null, 37930, 8600),
    row("Likvida medel vid årets början", null, 61000, 52400),
    row("Likvida medel vid årets slut", "13", 98930, 61000),
  ],
});

const NOTES = statement({
  key: "noter",
  kind: "NOT",
  title: "Noter",
  header: true,
  columns: [col("kommunen", 2025), col("kommunen", 2024)],
  rows: [
    heading("Not 1 Verksamhetens intäkter"),
    row("Försäljningsintäkter", null, 18400, 17900),
    row("Taxor och avgifter", null, 72600, 69800),
    row("Hyror och arrenden", null, 24100, 23300),
    row("Bidrag", null, 131200, 126700),
    untied(row("– därav statsbidrag från Migrationsverket", null, 4100, 5200)),
    row("Försäljning av verksamhet och konsulttjänster", null, 20820, 17920),
    row("Realisationsvinster", null, 1230, 500),
    row("Summa verksamhetens intäkter", null, 268350, 256120),
    heading(""),
    heading("Not 2 Verksamhetens kostnader"),
    row("Löner och sociala avgifter", null, 905300, 871200),
    untied(row("varav sociala avgifter", null, 212000, 204000)),
    row("Pensionskostnader", null, 78400, 74900),
    row("Köp av huvudverksamhet", null, 232600, 221800),
    row("Lokal- och markhyror", null, 61200, 59300),
    row("Bränsle, energi och vatten", null, 29800, 31100),
    row("Material och tjänster", null, 178890, 171220),
    row("Summa verksamhetens kostnader", null, 1486190, 1429520),
    heading(""),
    heading("Not 3 Avskrivningar"),
    row("Immateriella anläggningstillgångar", null, 500, 500),
    row("Byggnader och anläggningar", null, 31000, 30000),
    row("Maskiner och inventarier", null, 12480, 11800),
    row("Summa avskrivningar", null, 43980, 42300),
    heading(""),
    heading("Not 4 Jämförelsestörande poster"),
    row("Återbetalning av AFA-premier", null, 6200, 0),
    row("Summa jämförelsestörande poster", null, 6200, 0),
    heading(""),
    heading("Not 5 Skatteintäkter"),
    row("Preliminär kommunalskatt", null, 1018900, 962100),
    row("Preliminär slutavräkning innevarande år", null, -4300, 4900),
    row("Slutavräkningsdifferens föregående år", null, -2200, 1300),
    row("Summa skatteintäkter", null, 1012400, 968300),
    heading(""),
    heading("Not 6 Generella statsbidrag och utjämning"),
    row("Inkomstutjämningsbidrag", null, 201300, 190400),
    row("Kostnadsutjämningsbidrag", null, 22900, 21800),
    row("Regleringsbidrag", null, 8700, 12600),
    row("Avgift till LSS-utjämning", null, -6100, -5900),
    row("Kommunal fastighetsavgift", null, 45200, 43000),
    row("Generella bidrag från staten", null, 13600, 10000),
    row("Summa generella statsbidrag och utjämning", null, 285600, 271900),
    heading(""),
    heading("Not 7 Finansiella intäkter"),
    row("Ränteintäkter", null, 2100, 1600),
    row("Utdelning från kommunens bolag", null, 3000, 3000),
    row("Borgensavgifter", null, 1700, 1300),
    row("Summa finansiella intäkter", null, 6800, 5900),
    heading(""),
    heading("Not 8 Finansiella kostnader"),
    row("Räntekostnader på lån", null, 7100, 5800),
    row("Ränta på pensionsavsättning", null, 850, 600),
    row("Summa finansiella kostnader", null, 7950, 6400),
    heading(""),
    heading("Not 9 Mark, byggnader och tekniska anläggningar"),
    row("Ingående anskaffningsvärde", null, 1420000, 1360000),
    row("Årets investeringar", null, 62000, 60300),
    row("Försäljningar och utrangeringar", null, -1000, -300),
    row("Utgående anskaffningsvärde", null, 1481000, 1420000),
    row("Ingående ackumulerade avskrivningar", null, -600000, -570000),
    row("Försäljningar och utrangeringar", null, 230, 0),
    row("Årets avskrivningar", null, -31000, -30000),
    row("Utgående ackumulerade avskrivningar", null, -630770, -600000),
    row("Bokfört värde", null, 850230, 820000),
    heading(""),
    heading("Not 10 Maskiner och inventarier"),
    row("Ingående bokfört värde", null, 64000, 60000),
    row("Årets investeringar", null, 17280, 15800),
    row("Årets avskrivningar", null, -12480, -11800),
    row("Utgående bokfört värde", null, 68800, 64000),
    heading(""),
    heading("Not 11 Finansiella anläggningstillgångar"),
    row("Aktier i Ekdala Energi AB", null, 30000, 30000),
    row("Andelar i Kommuninvest ekonomisk förening", null, 12000, 12000),
    row("Långfristiga fordringar", null, 3000, 3000),
    row("Summa finansiella anläggningstillgångar", null, 45000, 45000),
    heading(""),
    heading("Not 12 Kortfristiga fordringar"),
    row("Kundfordringar", null, 21300, 19800),
    row("Statsbidragsfordringar", null, 28600, 27100),
    row("Förutbetalda kostnader och upplupna intäkter", null, 41200, 38900),
    row("Övriga kortfristiga fordringar", null, 13200, 12200),
    row("Summa kortfristiga fordringar", null, 104300, 98000),
    heading(""),
    heading("Not 13 Kassa och bank"),
    row("Bankmedel", null, 98930, 61000),
    row("Summa kassa och bank", null, 98930, 61000),
    heading(""),
    heading("Not 14 Eget kapital"),
    row("Ingående eget kapital", null, 524000, 500000),
    row("Årets resultat", null, 41230, 24000),
    row("Utgående eget kapital", null, 565230, 524000),
    untied(row("därav resultatutjämningsreserv", null, 30000, 20000)),
    heading(""),
    heading("Not 15 Avsättningar för pensioner och liknande förpliktelser"),
    row("Ingående avsättning", null, 48000, 45500),
    row("Nya förpliktelser under året", null, 4650, 3550),
    row("Ränte- och basbeloppsuppräkning", null, 850, 600),
    row("Årets utbetalningar", null, -2100, -1650),
    row("Utgående avsättning", null, 51400, 48000),
    heading(""),
    heading("Not 16 Långfristiga skulder"),
    row("Ingående skuld", null, 310000, 300000),
    row("Nyupptagna lån", null, 40000, 20000),
    row("Amorteringar", null, -15000, -10000),
    row("Utgående skuld", null, 335000, 310000),
    heading(""),
    heading("Not 17 Kortfristiga skulder"),
    row("Leverantörsskulder", null, 71200, 68900),
    row("Personalens skatter, avgifter och löneavdrag", null, 38400, 37100),
    row("Upplupna kostnader och förutbetalda intäkter", null, 89650, 84300),
    row("Övriga kortfristiga skulder", null, 19500, 19200),
    row("Summa kortfristiga skulder", null, 218750, 209500),
  ],
});

/**
 * The overview of a kommun: counts that are no amounts, key ratios in per cent (the result's share
 * of skatteintäkter and statsbidrag, the nettokostnadsandel, soliditet with and without the pension
 * commitments outside the balance sheet, which is no ratio of BR figures), and amounts in tkr. Older
 * years: 2023 −1 168 300 + 1 191 600 + 2 100 = 25 400; 2022 30 300; 2021 20 300; equity rolls
 * 444 300 → 474 600 → 500 000 → 524 000 → 565 230.
 */
const OVERVIEW = statement({
  key: "oversikt",
  kind: "FEMAR",
  title: "Fem år i sammandrag",
  header: true,
  columns: [2025, 2024, 2023, 2022, 2021].map((y) => col("kommunen", y)),
  rows: [
    row("Antal invånare 31 december", null, num(24512), num(24380), num(24210), num(24105), num(23990)),
    row("Skattesats, kr", null, num(22.14), num(22.14), num(21.89), num(21.89), num(21.89)),
    row("Verksamhetens nettokostnader", null, -1255620, -1215700, -1168300, -1110400, -1062900),
    row("Skatteintäkter och generella statsbidrag", null, 1298000, 1240200, 1191600, 1138900, 1082300),
    row("Finansnetto", null, -1150, -500, 2100, 1800, 900),
    row("Årets resultat", null, 41230, 24000, 25400, 30300, 20300),
    row(
      "Årets resultat i % av skatteintäkter och generella statsbidrag",
      null,
      pct(3.2),
      pct(1.9),
      pct(2.1),
      pct(2.7),
      pct(1.9),
    ),
    row("Nettokostnadsandel, %", null, pct(96.8), pct(98.1), pct(97.9), pct(97.3), pct(98.1)),
    row("Nettoinvesteringar", null, 77280, 75300, 68900, 71200, 59800),
    row("Eget kapital", null, 565230, 524000, 500000, 474600, 444300),
    row("Soliditet, %", null, pct(48.3), pct(48.0), pct(47.5), pct(46.9), pct(46.2)),
    row(
      "Soliditet inklusive samtliga pensionsförpliktelser, %",
      null,
      pct(13.0),
      pct(8.4),
      pct(5.1),
      pct(2.8),
      pct(0.9),
    ),
    row("Långfristig låneskuld", null, 335000, 310000, 300000, 290000, 285000),
    row("Antal tillsvidareanställda", null, num(2105), num(2080), num(2061), num(2044), num(2020)),
  ],
});

/**
 * Net costs negative, avvikelse = utfall − budget. Nämnder −1 252 000 / −1 251 100; with the
 * finansförvaltning −1 255 000 / −1 255 620 = RR; + skatteintäkter and statsbidrag + finansnetto =
 * 35 000 / 41 230 = RR's budget and outcome.
 */
const DRIFT = statement({
  key: "drift",
  kind: "DRIFT",
  title: "Driftredovisning per nämnd",
  header: true,
  columns: [
    col("kommunen", 2025, "budget", "Budget {y}"),
    col("kommunen", 2025, "utfall", "Utfall {y}"),
    col("kommunen", 2025, "avvikelse", "Avvikelse"),
    col("kommunen", 2024, "utfall", "Utfall {y}"),
  ],
  rows: [
    row("Kommunstyrelsen", null, -85000, -83420, 1580, -81200),
    row("Barn- och utbildningsnämnden", null, -610000, -616300, -6300, -592400),
    row("Socialnämnden", null, -495000, -490250, 4750, -471100),
    row("Tekniska nämnden", null, -62000, -61130, 870, -60050),
    row("Summa nämnder", null, -1252000, -1251100, 900, -1204750),
    row("Finansförvaltning", null, -3000, -4520, -1520, -10950),
    row("Verksamhetens nettokostnader", null, -1255000, -1255620, -620, -1215700),
    row("Skatteintäkter och generella statsbidrag", null, 1294000, 1298000, 4000, 1240200),
    row("Finansnetto", null, -4000, -1150, 2850, -500),
    row("Årets resultat", null, 35000, 41230, 6230, 24000),
  ],
});

/** Investments positive, avvikelse = budget − utfall (money left); the total is KF's investment. */
const INVESTMENTS = statement({
  key: "investering",
  kind: "DRIFT",
  title: "Investeringsredovisning",
  header: true,
  columns: [
    col("kommunen", 2025, "budget", "Budget {y}"),
    col("kommunen", 2025, "utfall", "Utfall {y}"),
    col("kommunen", 2025, "avvikelse", "Avvikelse"),
  ],
  rows: [
    row("Kommunstyrelsen", null, 12000, 10450, 1550),
    row("Barn- och utbildningsnämnden", null, 45000, 38200, 6800),
    row("Tekniska nämnden", null, 28000, 30630, -2630),
    row("Summa nettoinvesteringar", null, 85000, 79280, 5720),
  ],
});

/** 41 230 − 1 230 = 40 000; − 10 000 reserved = 30 000 (2024: 24 000 − 500 = 23 500). */
const BALANSKRAV = statement({
  key: "balanskrav",
  kind: "BALANSKRAV",
  title: "Balanskravsutredning",
  header: true,
  columns: [col("kommunen", 2025), col("kommunen", 2024)],
  rows: [
    row("Årets resultat enligt resultaträkningen", null, 41230, 24000),
    row("- Samtliga realisationsvinster", null, -1230, -500),
    row("+ Realisationsvinster enligt undantagsmöjlighet", null, 0, 0),
    row("+ Realisationsförluster enligt undantagsmöjlighet", null, 0, 0),
    row("-/+ Orealiserade vinster och förluster i värdepapper", null, 0, 0),
    row("+/- Återföring av orealiserade vinster och förluster i värdepapper", null, 0, 0),
    row("Årets resultat efter balanskravsjusteringar", null, 40000, 23500),
    row("- Reservering till resultatutjämningsreserv", null, -10000, 0),
    row("+ Användning av medel från resultatutjämningsreserv", null, 0, 0),
    row("Balanskravsresultat", null, 30000, 23500),
  ],
});

// ---- a förbund's delårsrapport with budget and prognos -----------------------------------------

/**
 * Samordningsförbundet Ådalen (invented), delårsrapport januari–augusti 2025, kr: the period's
 * outcome beside last year's same period, this year's budget and full-year prognos, and last year's
 * bokslut; the balance sheet at 2025-08-31 against 2024-12-31; a driftredovisning whose avvikelse is
 * prognos − budget (the year's outcome is not known yet), with the period's outcome beside it.
 * RR: 3 200 000 − 2 870 450 = 329 550; + 12 340 − 320 = 341 570 (2024-08: 137 700; 147 160; budget
 * −300 000; −291 000; prognos 4 820 000 − 4 985 000 = −165 000; −147 500; bokslut 2024 −102 380;
 * −87 810). BR 2025-08-31: 286 400 + 2 941 230 = 3 227 630 = 2 611 710 + 615 920 (2 270 140 +
 * 341 570); 2024-12-31: 2 911 060 = 2 270 140 + 640 920 (2 357 950 − 87 810). KF: 341 570 + 26 500
 * − 25 000 = 343 070; 2 598 160 → 2 941 230 (bokslut 2024, from 2023's fordringar 298 700, skulder
 * 602 400: −87 810 − 14 200 + 38 520 = −63 490; 2 661 650 → 2 598 160). Drift: budget 4 800 000 −
 * 1 400 000 − 3 700 000 + 9 000 = −291 000; prognos 4 820 000 − 1 380 000 − 3 605 000 + 17 500 =
 * −147 500; utfall 3 200 000 − 902 300 − 1 968 150 + 12 020 = 341 570.
 */
const KR = 1 / T;
const krRow = (label: string, note: string | null, ...cells: Cell[]): Row => {
  const r = row(label, note, ...cells.map((c) => (typeof c === "number" ? c * KR : c)));
  return r.notes ? { ...r, notes: { förbundet: note as string } } : r;
};

const PART = "Utfall jan–aug {y}";

const interimRR = statement({
  key: "rr",
  kind: "RR",
  title: "Resultaträkning",
  header: true,
  columns: [
    col("förbundet", 2025, "utfall", PART),
    col("förbundet", 2024, "utfall", PART),
    col("förbundet", 2025, "budget", "Budget {y}"),
    col("förbundet", 2025, "prognos", "Prognos helår {y}"),
    col("förbundet", 2024, "utfall", "Bokslut {y}"),
  ],
  rows: [
    krRow("Verksamhetens intäkter", "1", 3200000, 3050000, 4800000, 4820000, 4600000),
    krRow("Verksamhetens kostnader", "2", -2870450, -2912300, -5100000, -4985000, -4702380),
    krRow("Verksamhetens nettokostnad", null, 329550, 137700, -300000, -165000, -102380),
    krRow("Finansiella intäkter", null, 12340, 9870, 10000, 18000, 15210),
    krRow("Finansiella kostnader", null, -320, -410, -1000, -500, -640),
    krRow("Resultat efter finansiella poster", null, 341570, 147160, -291000, -147500, -87810),
    krRow("Periodens resultat", null, 341570, 147160, -291000, -147500, -87810),
  ],
});

const interimBR = statement({
  key: "br",
  kind: "BR",
  title: "Balansräkning",
  header: true,
  columns: [col("förbundet", 2025, "utfall", "{y}-08-31"), col("förbundet", 2024, "utfall", "{y}-12-31")],
  rows: [
    heading("Tillgångar"),
    heading("Omsättningstillgångar"),
    krRow("Kortfristiga fordringar", null, 286400, 312900),
    krRow("Kassa och bank", null, 2941230, 2598160),
    krRow("Summa omsättningstillgångar", null, 3227630, 2911060),
    krRow("Summa tillgångar", null, 3227630, 2911060),
    heading("Eget kapital och skulder"),
    heading("Eget kapital"),
    krRow("Ingående eget kapital", null, 2270140, 2357950),
    krRow("Periodens resultat", null, 341570, -87810),
    krRow("Summa eget kapital", null, 2611710, 2270140),
    krRow("Kortfristiga skulder", null, 615920, 640920),
    krRow("Summa eget kapital och skulder", null, 3227630, 2911060),
  ],
});

const interimKF = statement({
  key: "kf",
  kind: "KF",
  title: "Kassaflödesanalys",
  header: true,
  columns: [col("förbundet", 2025, "utfall", PART), col("förbundet", 2024, "utfall", "Bokslut {y}")],
  rows: [
    krRow("Periodens resultat", null, 341570, -87810),
    krRow("Justering för ej likviditetspåverkande poster", null, 0, 0),
    krRow("Medel från verksamheten före förändring av rörelsekapital", null, 341570, -87810),
    krRow("Ökning (−)/minskning (+) kortfristiga fordringar", null, 26500, -14200),
    krRow("Ökning (+)/minskning (−) kortfristiga skulder", null, -25000, 38520),
    krRow("Kassaflöde från den löpande verksamheten", null, 343070, -63490),
    krRow("Periodens kassaflöde", null, 343070, -63490),
    krRow("Likvida medel vid periodens början", null, 2598160, 2661650),
    krRow("Likvida medel vid periodens slut", null, 2941230, 2598160),
  ],
});

const interimNotes = statement({
  key: "noter",
  kind: "NOT",
  title: "Noter",
  header: true,
  columns: [
    col("förbundet", 2025, "utfall", PART),
    col("förbundet", 2024, "utfall", PART),
    col("förbundet", 2024, "utfall", "Bokslut {y}"),
  ],
  rows: [
    heading("Not 1 Verksamhetens intäkter"),
    krRow("Medlemsavgift Försäkringskassan", null, 800000, 762500, 1150000),
    krRow("Medlemsavgift Arbetsförmedlingen", null, 800000, 762500, 1150000),
    krRow("Medlemsavgift Region Ådalen", null, 800000, 762500, 1150000),
    krRow("Medlemsavgifter kommunerna", null, 800000, 762500, 1150000),
    krRow("Summa", null, 3200000, 3050000, 4600000),
    heading(""),
    heading("Not 2 Verksamhetens kostnader"),
    krRow("Kansli och administration", null, 902300, 884100, 1351200),
    krRow("Finansierade insatser", null, 1968150, 2028200, 3351180),
    krRow("Summa", null, 2870450, 2912300, 4702380),
  ],
});

/** Key ratios at the balance sheet's dates: participants are counted, not summed. */
const interimRatios = statement({
  key: "nyckeltal",
  kind: "FEMAR",
  title: "Nyckeltal",
  header: true,
  columns: [col("förbundet", 2025, "utfall", "{y}-08-31"), col("förbundet", 2024, "utfall", "{y}-12-31")],
  rows: [
    krRow("Antal deltagare", null, num(412), num(598)),
    krRow("Andel deltagare till arbete eller studier, %", null, pct(37.4), pct(35.1)),
    krRow("Periodens resultat", null, 341570, -87810),
    krRow("Eget kapital", null, 2611710, 2270140),
    krRow("Soliditet, %", null, pct(80.9), pct(78.0)),
  ],
});

const interimDrift = statement({
  key: "drift",
  kind: "DRIFT",
  title: "Driftredovisning",
  header: true,
  columns: [
    col("förbundet", 2025, "budget", "Budget {y}"),
    col("förbundet", 2025, "prognos", "Prognos {y}"),
    col("förbundet", 2025, "avvikelse", "Avvikelse prognos–budget"),
    col("förbundet", 2025, "utfall", PART),
  ],
  rows: [
    krRow("Medlemsavgifter", null, 4800000, 4800000, 0, 3200000),
    krRow("Övriga intäkter", null, 0, 20000, 20000, 0),
    krRow("Kansli och administration", null, -1400000, -1380000, 20000, -902300),
    krRow("Finansierade insatser", null, -3700000, -3605000, 95000, -1968150),
    krRow("Finansnetto", null, 9000, 17500, 8500, 12020),
    krRow("Resultat", null, -291000, -147500, 143500, 341570),
  ],
});

export function interimReport(): Report {
  return {
    name: "adalen-delar-2025",
    year: 2025,
    precision: 1,
    municipal: false,
    pastedAsText: false,
    statements: [interimRR, interimBR, interimKF, interimNotes, interimRatios, interimDrift],
    truth: [],
  };
}

export function municipalReport(): Report {
  return {
    name: "ekdala-2025",
    year: 2025,
    precision: 1000,
    municipal: true,
    pastedAsText: false,
    statements: [RR, BR, KF, NOTES, OVERVIEW, DRIFT, BALANSKRAV, INVESTMENTS],
    truth: [],
  };
}
