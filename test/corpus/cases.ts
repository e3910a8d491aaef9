/**
 * The development corpus (../shared/corpus/cases.js): three real published municipal reports (LKBR
 * layouts), transcribed as an ekonom would paste them into Excel, with the truth worked out by
 * arithmetic. Same content as the shared file, typed; the comments keep the arithmetic.
 */
// Real published municipal statements (LKBR layouts), transcribed as an ekonom would paste them into Excel,
// with the truth worked out by arithmetic. A development corpus: the checker must be right on these, and on
// reports like them that it has never seen.
// Format: rows [label, note?, ...values]; a row with only a label is a heading; null = blank cell;
// T('…') = a value stored as text (pasted from a web page or PDF). `header` is the column header row; where the
// source has a two-row header (KOMMUNEN | KONCERNEN above the years), the first row (label '') holds the years.
// valueStart: index of the first value column in a row array (the label is 0).
// expect: {sheet, label, occurrence?, col, kind?, level, minSeverity?, alsoAt?}; col counts value columns from
// valueStart. level 'required': a real error a revisor must be told about (severity error unless minSeverity),
// at that cell or one in alsoAt; 'optional': may be reported at any severity; 'info': a rounding difference,
// reported as an error it counts as a false error. Rounding rule: |d| <= 1/2 (u_total + sum u_parts).

/** A cell of a transcribed row: a number, text (labels, note numbers, amounts pasted as text), or blank. */
export type CorpusCell = string | number | null;

/** [label, note?, ...values]; a row with only a label is a heading. */
export type CorpusRow = readonly CorpusCell[];

export interface CorpusSheet {
  /** Sheet name, also the part name the truth refers to. */
  readonly name: string;
  /** Title written above the part (row 1 of the part). */
  readonly title: string;
  /** The column header row ('' = empty cell). */
  readonly header: readonly string[];
  readonly rows: readonly CorpusRow[];
  /** Index of the first value column in a row array (the label is 0). */
  readonly valueStart: number;
  /** The amounts were pasted as text. */
  readonly textValues?: boolean;
}

export type TruthLevel = "required" | "optional" | "info";

/** [sheet, label, occurrence, col]: another cell where a finding counts. */
export type TruthCellRef = readonly [string, string, number, number];

export interface TruthItem {
  readonly sheet: string;
  readonly label: string;
  /** 1-based occurrence of the label in its sheet (for the many "Summa"). */
  readonly occurrence?: number;
  /** Value column counted from valueStart; -1 is the header cell of the label column. */
  readonly col: number;
  /** The cause a finding must name (at the truth cell itself). */
  readonly kind?: string;
  readonly level: TruthLevel;
  /** Least severity that counts for a required item (default error). */
  readonly minSeverity?: "info" | "warning" | "error";
  readonly alsoAt?: readonly TruthCellRef[];
}

export interface CorpusCase {
  readonly name: string;
  readonly seed: string;
  readonly unit: "kr" | "tkr" | "mnkr";
  readonly sheets: readonly CorpusSheet[];
  readonly expect: readonly TruthItem[];
}

/** Marks a value stored as text (pasted from a web page or PDF). */
const T = (s: string): string => s;

export const CORPUS_CASES: readonly CorpusCase[] = [
  // ---------------------------------------------------------------------------------------------------
  // Kramfors kommun, årsredovisning 2018 (finansiellinfo.se/Kramfors_2018: resultatrakning.html,
  // balansrakning.html, kassaflodesanalys.html, kommunen.html [noter 1-4]). mnkr with one decimal, all
  // amounts pasted as text with en-dash minus; two-row header; RR and BR have a second "Not" column for the
  // koncern between the kommun and koncern values.
  {
    name: "kramfors-2018",
    seed: "web: finansiellinfo.se Kramfors kommun 2018",
    unit: "mnkr",
    sheets: [
      {
        name: "Resultaträkning",
        title: "Resultaträkning",
        valueStart: 2,
        textValues: true,
        header: ["Löpande prisnivå, mnkr", "", "KOMMUNEN", "", "", "KONCERNEN", ""],
        rows: [
          ["", "Not", T("2018"), T("2017"), "Not", T("2018"), T("2017")],
          ["Verksamhetens intäkter", "1", T("421,3"), T("469,1"), "1", T("566,5"), T("596,9")],
          [
            "Verksamhetens kostnader",
            "2",
            T("– 1 628,5"),
            T("– 1 616,0"),
            "2",
            T("– 1 712,9"),
            T("– 1 707,6"),
          ],
          ["Avskrivningar", "3", T("– 39,3"), T("– 38,2"), "3", T("– 77,5"), T("– 74,5")],
          ["Jämförelsestörande intäkter", "4", T("1,4"), T("1,3"), "4", T("1,3"), T("0,4")],
          ["Jämförelsestörande kostnader", "4", T("– 8,8"), T("0,0"), "4", T("– 8,8"), T("0,0")],
          [
            "Verksamhetens nettokostnader",
            null,
            T("– 1 253,8"),
            T("– 1 183,7"),
            null,
            T("– 1 231,4"),
            T("– 1 184,8"),
          ],
          ["Skatteintäkter", "5", T("836,5"), T("832,6"), null, T("836,5"), T("832,6")],
          ["Generella statsbidrag netto", "6", T("363,6"), T("382,7"), null, T("363,6"), T("382,7")],
          ["Finansiella intäkter", "7", T("5,9"), T("4,4"), "5", T("4,0"), T("2,7")],
          ["Finansiella kostnader", "8", T("– 4,2"), T("– 4,4"), "6", T("– 17,6"), T("– 18,8")],
          ["Skatter och minoritetsandelar", null, null, null, "7", T("– 8,8"), T("22,3")],
          ["Resultat före extraordinära poster", null, T("– 52,0"), T("31,7"), null, T("– 53,7"), T("36,7")],
          ["Bokslutsdispositioner, skatter med mera"],
          ["ÅRETS RESULTAT", "9", T("– 52,0"), T("31,7"), null, T("– 53,7"), T("36,7")],
        ],
      },
      {
        name: "Balansräkning",
        title: "Balansräkning",
        valueStart: 2,
        textValues: true,
        header: ["Löpande prisnivå, mnkr", "", "KOMMUNEN", "", "", "KONCERNEN", ""],
        rows: [
          ["", "Not", T("2018"), T("2017"), "Not", T("2018"), T("2017")],
          ["TILLGÅNGAR"],
          ["Anläggningstillgångar"],
          ["– Goodwill med flera immateriella tillgångar"],
          [
            "– Mark, byggnader och tekniska anläggningar",
            "13",
            T("543,2"),
            T("521,2"),
            "8",
            T("1 480,0"),
            T("1 444,8"),
          ],
          ["– Maskiner och inventarier", "14", T("29,8"), T("30,7"), "9", T("92,5"), T("76,4")],
          ["– Konst", "15", T("3,3"), T("3,2"), null, T("3,3"), T("3,2")],
          ["– Finansiella anläggningstillgångar", "16", T("79,9"), T("79,8"), null, T("21,9"), T("30,3")],
          ["Summa anläggningstillgångar", null, T("656,1"), T("634,9"), null, T("1 597,7"), T("1 554,7")],
          ["Omsättningstillgångar"],
          ["– Förråd, exploateringsfast", "17", T("4,4"), T("5,1"), null, T("4,4"), T("5,1")],
          ["– Kortfristiga fordringar", "18", T("124,2"), T("117,5"), "10", T("131,0"), T("106,9")],
          ["– Kassa och bank", "19", T("153,2"), T("161,8"), "11", T("153,4"), T("161,9")],
          ["Summa omsättningstillgångar", null, T("281,9"), T("284,4"), null, T("288,8"), T("273,9")],
          ["Summa tillgångar", null, T("938,0"), T("919,3"), null, T("1 886,5"), T("1 828,6")],
          ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULD"],
          ["Eget kapital"],
          ["– Eget kapital", null, T("380,3"), T("348,7"), null, T("444,4"), T("407,0")],
          [
            "– Nedskrivning eget kapital, komponentavskrivning",
            null,
            T("0,0"),
            T("0,0"),
            null,
            T("– 4,6"),
            T("0,5"),
          ],
          ["– Årets resultat", null, T("– 52,0"), T("31,7"), null, T("– 53,7"), T("36,7")],
          ["Summa eget kapital", "20", T("328,4"), T("380,3"), "12", T("386,1"), T("444,1")],
          // "Minoritetsintresse 0,0 0,0": the koncern columns (the 2017 page shows them there)
          ["Minoritetsintresse", null, null, null, null, T("0,0"), T("0,0")],
          ["Avsättningar"],
          [
            "– Avsättningar för pensioner och förpliktelser",
            "21",
            T("87,7"),
            T("73,8"),
            "13",
            T("99,2"),
            T("85,3"),
          ],
          ["– Andra avsättningar", "22", T("55,5"), T("40,6"), "14", T("62,8"), T("43,9")],
          ["Summa avsättningar", null, T("143,2"), T("114,4"), null, T("162,0"), T("129,2")],
          ["Skulder"],
          ["– Långfristiga skulder", "23", T("166,9"), T("132,4"), "15", T("1 036,2"), T("944,6")],
          ["– Kortfristiga skulder", "24", T("299,6"), T("292,1"), "16", T("302,2"), T("310,7")],
          ["Summa skulder", null, T("466,4"), T("424,5"), null, T("1 338,4"), T("1 255,3")],
          [
            "Summa eget kapital, avsättningar och skulder",
            null,
            T("938,0"),
            T("919,3"),
            null,
            T("1 886,5"),
            T("1 828,6"),
          ],
          ["Poster inom linjen"],
          ["Pensionsåtaganden före 1998", null, T("533,6"), T("601,0"), null, T("533,6"), T("601,0")],
          [
            "Insatt i pensionsstiftelse inklusive löneskatt på detta",
            null,
            T("149,0"),
            T("149,0"),
            null,
            T("149,0"),
            T("149,0"),
          ],
          ["Borgensåtaganden", "25", T("909,7"), T("862,1"), null, T("0,6"), T("0,8")],
        ],
      },
      {
        name: "Kassaflödesanalys",
        title: "Kassaflödesanalys",
        valueStart: 2,
        textValues: true,
        header: ["Löpande prisnivå, mnkr", "", "KOMMUNEN", "", "KONCERNEN", ""],
        rows: [
          ["", "Not", T("2018"), T("2017"), T("2018"), T("2017")],
          ["DEN LÖPANDE VERKSAMHETEN"],
          ["Årets resultat", null, T("– 52,0"), T("31,7"), T("– 53,7"), T("36,7")],
          [
            "Justering för ej likviditetspåverkande poster, not 1",
            null,
            T("61,2"),
            T("37,4"),
            T("115,0"),
            T("78,2"),
          ],
          ["Minskning av avsättningar pga utbetalningar"],
          [
            "Medel från verksamheten före förändring av rörelsekapital",
            null,
            T("9,2"),
            T("69,0"),
            T("61,3"),
            T("114,8"),
          ],
          [
            "– Ökning/+minskning kortfristiga fordringar",
            "18",
            T("– 6,7"),
            T("1,1"),
            T("– 42,9"),
            T("– 15,2"),
          ],
          ["– Ökning/+minskning förråd och varulager", "17", T("0,7"), T("– 0,4"), T("0,7"), T("– 0,4")],
          ["+Ökning/– minskning kortfristiga skulder", "24", T("7,5"), T("– 23,8"), T("15,0"), T("– 11,4")],
          ["Kassaflöde från den löpande verksamheten", null, T("10,7"), T("45,9"), T("34,1"), T("87,9")],
          ["INVESTERINGSVERKSAMHETEN"],
          [
            "Investering i materiella anläggningstillgångar",
            null,
            T("– 60,5"),
            T("– 55,9"),
            T("– 126,8"),
            T("– 98,7"),
          ],
          ["Försäljning av materiella anläggningstillgångar", null, T("1,3"), T("0,3"), T("1,3"), T("0,3")],
          // page: "11 – 0,1 0,0 – 0,1": placed kommun 2018, kommun 2017, koncern 2018 (only placement that foots)
          ["Investering i finansiella anläggningstillgångar", "11", T("– 0,1"), T("0,0"), T("– 0,1"), null],
          ["Försäljning av finansiella anläggningstillgångar"],
          [
            "Kassaflöde från investeringsverksamheten",
            null,
            T("– 59,3"),
            T("– 55,6"),
            T("– 125,6"),
            T("– 98,4"),
          ],
          ["FINANSIERINGSVERKSAMHETEN"],
          // page: "40,0 98,3 4,9" and "– 15,3 – 4,0": placed so that the section totals 40,0 / 0,0 / 83,0 / 0,9 foot
          ["Nyupptagna lån", null, T("40,0"), null, T("98,3"), T("4,9")],
          ["Amortering av långfristiga skulder", null, null, null, T("– 15,3"), T("– 4,0")],
          // page: two zeros each, columns not recoverable (zeros: placement has no effect on any total)
          ["Ökning långfristiga fordringar", null, T("0,0"), T("0,0"), null, null],
          ["Minskning av långfristiga fordringar", "12", T("0,0"), T("0,0"), null, null],
          ["Minskning av avsättningar pga utbetalningar"],
          ["Kassaflöde från finansieringsverksamheten", null, T("40,0"), T("0,0"), T("83,0"), T("0,9")],
          ["Utbetalning av bidrag till statlig infrastruktur"],
          ["ÅRETS KASSAFLÖDE", null, T("– 8,6"), T("– 9,7"), T("– 8,5"), T("– 9,7")],
          ["Likvida medel vid årets början", null, T("161,8"), T("171,5"), T("161,9"), T("171,6")],
          ["Likvida medel vid årets slut", null, T("153,2"), T("161,8"), T("153,4"), T("161,9")],
          [""],
          ["Not 1 Spec av ej likviditetspåverkande poster"],
          ["Justering för av- och nedskrivningar", null, T("48,0"), T("38,2"), T("93,6"), T("75,7")],
          ["Justering för gjorda avsättningar", null, T("28,8"), T("5,7"), T("28,8"), T("6,6")],
          [
            "Justering för övriga ej likviditetspåverkande poster",
            null,
            T("– 15,6"),
            T("– 6,5"),
            T("– 7,4"),
            T("– 4,1"),
          ],
        ],
      },
      {
        name: "Noter",
        title: "Nothänvisningar Kommunen",
        valueStart: 1,
        textValues: true,
        header: ["Löpande prisnivå, mnkr", "2018", "2017"],
        rows: [
          ["Not 1 Verksamhetens intäkter"],
          ["Verksamhetens intäkter enligt driftredovisningen", T("576,7"), T("620,2")],
          ["Avgår interna poster", T("– 155,4"), T("– 151,1")],
          ["Summa", T("421,3"), T("469,1")],
          [""],
          ["Not 2 Verksamhetens kostnader"],
          ["Verksamhetens kostnader enligt driftredovisningen", T("1 783,9"), T("1 767,1")],
          ["Avgår interna poster", T("– 155,4"), T("– 151,1")],
          ["Summa", T("1 628,5"), T("1 616,0")],
          ["Därav Pensionskostnader"],
          ["Årets ökning av pensionsavsättning", T("11,0"), T("– 0,4")],
          ["Årets utbetalningar", T("36,1"), T("35,6")],
          ["Årets intjänade individuella del för utbetalning", T("42,4"), T("38,5")],
          ["Insatt i pensionsstiftelse", T("0,0"), T("0,0")],
          ["Summa", T("89,5"), T("73,8")],
          [""],
          ["Not 3 Avskrivningar"],
          ["Mark, byggnader och tekniska anläggningar", T("30,5"), T("30,2")],
          ["Maskiner och inventarier", T("8,7"), T("8,0")],
          ["Summa", T("39,3"), T("38,2")],
          [""],
          ["Not 4 Jämförelsestörande poster"],
          ["Jämförelsestörande intäkter"],
          ["Reavinst försäljning diverse fastighet", T("1,4"), T("1,3")],
          ["Jämförelsestörande kostnader"],
          ["Nedskrivning Björknäs", T("– 8,8"), T("0,0")],
          ["Summa netto", T("– 7,3"), T("1,3")],
        ],
      },
    ],
    // value columns: RR/BR 0 = kommun 2018, 1 = kommun 2017, 2 = koncern Not, 3 = koncern 2018, 4 = koncern 2017;
    // KF 0 = kommun 2018, 1 = kommun 2017, 2 = koncern 2018, 3 = koncern 2017. No real error found.
    expect: [
      // 421,3 − 1 628,5 − 39,3 + 1,4 − 8,8 = −1 253,9, stated −1 253,8: d 0,1 ≤ ½(0,1+5·0,1) = 0,3
      { sheet: "Resultaträkning", label: "Verksamhetens nettokostnader", col: 0, level: "info" },
      // 469,1 − 1 616,0 − 38,2 + 1,3 + 0,0 = −1 183,8, stated −1 183,7: d 0,1
      { sheet: "Resultaträkning", label: "Verksamhetens nettokostnader", col: 1, level: "info" },
      // −1 183,7 + 832,6 + 382,7 + 4,4 − 4,4 = 31,6, stated 31,7: d 0,1 ≤ 0,3
      { sheet: "Resultaträkning", label: "Resultat före extraordinära poster", col: 1, level: "info" },
      // koncern 2017 tax line +22,3 (positive) while 2018 is −8,8: foots, but worth a question
      { sheet: "Resultaträkning", label: "Skatter och minoritetsandelar", col: 4, level: "optional" },
      // 543,2 + 29,8 + 3,3 + 79,9 = 656,2, stated 656,1: d 0,1 ≤ 0,25
      { sheet: "Balansräkning", label: "Summa anläggningstillgångar", col: 0, level: "info" },
      // 4,4 + 124,2 + 153,2 = 281,8, stated 281,9: d 0,1 ≤ 0,2
      { sheet: "Balansräkning", label: "Summa omsättningstillgångar", col: 0, level: "info" },
      // 380,3 + 0,0 − 52,0 = 328,3, stated 328,4
      { sheet: "Balansräkning", label: "Summa eget kapital", col: 0, level: "info" },
      // 348,7 + 0,0 + 31,7 = 380,4, stated 380,3
      { sheet: "Balansräkning", label: "Summa eget kapital", col: 1, level: "info" },
      // 407,0 + 0,5 + 36,7 = 444,2, stated 444,1
      { sheet: "Balansräkning", label: "Summa eget kapital", col: 4, level: "info" },
      // 166,9 + 299,6 = 466,5, stated 466,4: d 0,1 ≤ 0,15
      { sheet: "Balansräkning", label: "Summa skulder", col: 0, level: "info" },
      // 380,3 + 114,4 + 424,5 = 919,2, stated 919,3 (= summa tillgångar)
      {
        sheet: "Balansräkning",
        label: "Summa eget kapital, avsättningar och skulder",
        col: 1,
        level: "info",
      },
      // koncern opening equity 2018 444,4 vs closing 2017 444,1: d 0,3 > rounding, may be a restatement (no note)
      {
        sheet: "Balansräkning",
        label: "– Eget kapital",
        col: 3,
        level: "optional",
        alsoAt: [["Balansräkning", "Summa eget kapital", 1, 4]],
      },
      // −52,0 + 61,2 = 9,2 ✓; 31,7 + 37,4 = 69,1, stated 69,0: d 0,1 ≤ 0,15
      {
        sheet: "Kassaflödesanalys",
        label: "Medel från verksamheten före förändring av rörelsekapital",
        col: 1,
        level: "info",
      },
      // 36,7 + 78,2 = 114,9, stated 114,8
      {
        sheet: "Kassaflödesanalys",
        label: "Medel från verksamheten före förändring av rörelsekapital",
        col: 3,
        level: "info",
      },
      // 114,8 − 15,2 − 0,4 − 11,4 = 87,8, stated 87,9: d 0,1 ≤ 0,25
      {
        sheet: "Kassaflödesanalys",
        label: "Kassaflöde från den löpande verksamheten",
        col: 3,
        level: "info",
      },
      // 87,9 − 98,4 + 0,9 = −9,6, stated −9,7: d 0,1 ≤ 0,2
      { sheet: "Kassaflödesanalys", label: "ÅRETS KASSAFLÖDE", col: 3, level: "info" },
      // koncern receivables: BR 131,0 − 106,9 = +24,1 → −24,1 expected, KF −42,9 (koncern KF/BR often differ: debatable)
      {
        sheet: "Kassaflödesanalys",
        label: "– Ökning/+minskning kortfristiga fordringar",
        col: 2,
        level: "optional",
        alsoAt: [["Balansräkning", "– Kortfristiga fordringar", 1, 3]],
      },
      // koncern short-term debt: BR 302,2 − 310,7 = −8,5, KF +15,0 (debatable as above)
      {
        sheet: "Kassaflödesanalys",
        label: "+Ökning/– minskning kortfristiga skulder",
        col: 2,
        level: "optional",
        alsoAt: [["Balansräkning", "– Kortfristiga skulder", 1, 3]],
      },
      // pension costs 2017: −0,4 + 35,6 + 38,5 + 0,0 = 73,7, stated 73,8: d 0,1 ≤ 0,25
      { sheet: "Noter", label: "Summa", occurrence: 3, col: 1, level: "info" },
      // Not 3: 30,5 + 8,7 = 39,2, stated 39,3 (= RR avskrivningar): d 0,1 ≤ 0,15
      { sheet: "Noter", label: "Summa", occurrence: 4, col: 0, level: "info" },
      // Not 4: 1,4 − 8,8 = −7,4, stated −7,3: d 0,1 ≤ 0,15
      { sheet: "Noter", label: "Summa netto", col: 0, level: "info" },
    ],
  },

  // ---------------------------------------------------------------------------------------------------
  // Nynäshamns kommun, årsredovisning 2021 (finansiellinfo.se/Nynashamn-2021: Resultatrakning.html,
  // Balansrakning.html). tkr; two-row header whose period row is in US date form "12/31/2021".
  {
    name: "nynashamn-2021",
    seed: "web: finansiellinfo.se Nynäshamns kommun 2021",
    unit: "tkr",
    sheets: [
      {
        name: "RR",
        title: "Resultaträkning",
        valueStart: 2,
        header: ["TKR", "", "KOMMUN", "", "KONCERN", ""],
        rows: [
          ["", "NOT", T("12/31/2021"), T("12/31/2020"), T("12/31/2021"), T("12/31/2020")],
          ["Verksamhetens intäkter", "2", 408653, 444112, 587780, 619255],
          ["Verksamhetens kostnader", "3", -1930976, -1867968, -2051062, -1980371],
          ["Avskrivningar", "5", -87453, -75659, -126273, -114701],
          ["Verksamhetens nettokostnader", null, -1609776, -1499514, -1589554, -1475816],
          ["Skatteintäkter", "6", 1336927, 1263926, 1336927, 1263926],
          ["Generella statsbidrag och utjämning", "7", 382928, 343654, 382928, 343654],
          ["Verksamhetens resultat", null, 110080, 108066, 130301, 131764],
          ["Finansiella intäkter", "8", 4271, 3678, 4288, 3755],
          ["Finansiella kostnader", "9", -7304, -14973, -13660, -22783],
          ["Resultat efter finansiella poster", null, 107046, 96770, 120929, 112735],
          ["Extraordinära poster", null, 0, 0, 0, 0],
          ["Årets resultat", "10", 107046, 96770, 120929, 112735],
        ],
      },
      {
        name: "BR",
        title: "Balansräkning",
        valueStart: 2,
        header: ["TKR", "", "KOMMUN", "", "KONCERN", ""],
        rows: [
          ["", "NOT", T("12/31/2021"), T("12/31/2020"), T("12/31/2021"), T("12/31/2020")],
          ["Anläggningstillgångar"],
          ["Immateriella anläggningstillgångar", "11", 3289, 4178, 20855, 28712],
          ["Materiella anläggningstillgångar"],
          ["Mark, byggnader och tekniska anläggningar", "12", 1709632, 1605454, 2878088, 2800309],
          ["Maskiner och inventarier", "13", 34445, 35135, 35700, 36573],
          ["Övriga materiella anläggningstillgångar", "14", 107264, 105958, 230685, 109290],
          ["Finansiella anläggningstillgångar", "15", 209569, 188415, 67853, 42294],
          ["Summa anläggningstillgångar", null, 2064199, 1939140, 3233181, 3017178],
          ["Omsättningstillgångar"],
          ["Förråd", "16", 0, 0, 100, 84],
          ["Pågående exploateringar", "17", 15516, 27059, 15516, 27059],
          ["Kortfristiga fordringar", "18", 178616, 153936, 178757, 153368],
          ["Kortfristiga placeringar", "19", 235256, 233454, 235256, 233454],
          ["Kassa och bank", "20", 260753, 217152, 220587, 244261],
          ["Summa omsättningstillgångar", null, 690140, 631600, 650215, 658226],
          ["Summa tillgångar", null, 2754339, 2570740, 3883397, 3675405],
          ["Eget kapital, avsättningar och skulder", "10, 21"],
          ["Eget kapital"],
          ["Årets resultat", null, 107046, 96770, 120929, 112734],
          ["Resultatutjämningsreserv", null, 133869, 80002, 133869, 80002],
          ["Övrigt eget kapital", null, 740951, 698048, 1236943, 1170450],
          ["Summa eget kapital", null, 981866, 874820, 1491742, 1363187],
          ["Avsättningar"],
          ["Avsättningar för pensioner och liknande förpliktelser", "22", 276521, 245249, 278131, 246642],
          ["Andra avsättningar", "23", 6884, 6884, 22416, 21800],
          ["Summa avsättningar", null, 283405, 252134, 300547, 268442],
          ["Skulder"],
          ["Långfristiga skulder", "24", 1084780, 1056059, 1588780, 1606303],
          ["Kortfristiga skulder", "25", 404288, 387727, 502328, 437473],
          ["Pågående exploateringsinkomster", "26", 0, 0, 0, 0],
          ["Summa skulder", null, 1489068, 1443786, 2091108, 2043776],
          ["Summa eget kapital, avsättningar och skulder", null, 2754339, 2570740, 3883397, 3675405],
        ],
      },
    ],
    // value columns: 0 = kommun 2021, 1 = kommun 2020, 2 = koncern 2021, 3 = koncern 2020. No real error.
    expect: [
      // 444 112 − 1 867 968 − 75 659 = −1 499 515, stated −1 499 514: d 1 ≤ ½(1+3) = 2
      { sheet: "RR", label: "Verksamhetens nettokostnader", col: 1, level: "info" },
      // 587 780 − 2 051 062 − 126 273 = −1 589 555, stated −1 589 554
      { sheet: "RR", label: "Verksamhetens nettokostnader", col: 2, level: "info" },
      // 619 255 − 1 980 371 − 114 701 = −1 475 817, stated −1 475 816
      { sheet: "RR", label: "Verksamhetens nettokostnader", col: 3, level: "info" },
      // −1 609 776 + 1 336 927 + 382 928 = 110 079, stated 110 080
      { sheet: "RR", label: "Verksamhetens resultat", col: 0, level: "info" },
      // 110 080 + 4 271 − 7 304 = 107 047, stated 107 046
      { sheet: "RR", label: "Resultat efter finansiella poster", col: 0, level: "info" },
      // 108 066 + 3 678 − 14 973 = 96 771, stated 96 770
      { sheet: "RR", label: "Resultat efter finansiella poster", col: 1, level: "info" },
      // 131 764 + 3 755 − 22 783 = 112 736, stated 112 735
      { sheet: "RR", label: "Resultat efter finansiella poster", col: 3, level: "info" },
      // 0 + 15 516 + 178 616 + 235 256 + 260 753 = 690 141, stated 690 140: d 1 ≤ 3
      { sheet: "BR", label: "Summa omsättningstillgångar", col: 0, level: "info" },
      // 0 + 27 059 + 153 936 + 233 454 + 217 152 = 631 601, stated 631 600
      { sheet: "BR", label: "Summa omsättningstillgångar", col: 1, level: "info" },
      // 100 + 15 516 + 178 757 + 235 256 + 220 587 = 650 216, stated 650 215
      { sheet: "BR", label: "Summa omsättningstillgångar", col: 2, level: "info" },
      // 3 233 181 + 650 215 = 3 883 396, stated 3 883 397 (= other side, which foots exactly)
      { sheet: "BR", label: "Summa tillgångar", col: 2, level: "info" },
      // 3 017 178 + 658 226 = 3 675 404, stated 3 675 405
      { sheet: "BR", label: "Summa tillgångar", col: 3, level: "info" },
      // koncern 2021: 120 929 + 133 869 + 1 236 943 = 1 491 741, stated 1 491 742 (rounding); and koncern equity moved
      // 1 363 187 → 1 491 742 (+128 555) against a result of 120 929: other equity movements, no opening row shown
      { sheet: "BR", label: "Summa eget kapital", col: 2, level: "optional" },
      // 112 734 + 80 002 + 1 170 450 = 1 363 186, stated 1 363 187
      { sheet: "BR", label: "Summa eget kapital", col: 3, level: "info" },
      // 245 249 + 6 884 = 252 133, stated 252 134
      { sheet: "BR", label: "Summa avsättningar", col: 1, level: "info" },
      // koncern 2020 årets resultat: BR 112 734 vs RR 112 735 (1 tkr)
      {
        sheet: "BR",
        label: "Årets resultat",
        col: 3,
        level: "info",
        alsoAt: [["RR", "Årets resultat", 1, 3]],
      },
    ],
  },

  // ---------------------------------------------------------------------------------------------------
  // Grästorps kommun, årsredovisning 2020 (finansiellinfo.se/Grastorp_2020: Resultatrakning.html,
  // Balansrakning.html). tkr; a budget column first; three years; the balance sheet puts each section total ABOVE its
  // lines, repeats "Immateriella anläggningstillgångar" (group and line), and has no note on some totals.
  {
    name: "grastorp-2020",
    seed: "web: finansiellinfo.se Grästorps kommun 2020",
    unit: "tkr",
    sheets: [
      {
        name: "RR",
        title: "Resultaträkning",
        valueStart: 2,
        header: ["Belopp i tkr", "Not", "BUDGET 2020", "2020", "2019", "2018"],
        rows: [
          ["Verksamhetens intäkter", "1", 97668, 107793, 101282, 106965],
          ["Verksamhetens kostnader", "2", -429783, -428525, -417698, -419995],
          ["Avskrivningar", "3", -16095, -15439, -14879, -13462],
          ["VERKSAMHETENS NETTOKOSTNADER", null, -348210, -336171, -331295, -326492],
          ["Skatteintäkter", "4", 269757, 265699, 257770, 251162],
          ["Generella statsbidrag och utjämning", "5", 87616, 96796, 86552, 81948],
          ["VERKSAMHETENS RESULTAT", null, 9163, 26324, 13027, 6618],
          ["Finansiella intäkter", "6", 656, 781, 794, 1035],
          ["Finansiella kostnader", "7", -884, 20, -1778, -1541],
          ["RESULTAT EFTER FINANSIELLA POSTER", null, 8935, 27125, 12043, 6112],
          ["Extraordinära poster"],
          ["ÅRETS RESULTAT", null, 8935, 27125, 12043, 6112],
        ],
      },
      {
        name: "BR",
        title: "Balansräkning",
        valueStart: 2,
        header: ["Belopp i tkr", "Not", "2020", "2019", "2018"],
        rows: [
          ["TILLGÅNGAR"],
          ["ANLÄGGNINGSTILLGÅNGAR", null, 384554, 315298, 295970],
          ["Immateriella anläggningstillgångar", null, 2158, 446, 461],
          ["Immateriella anläggningstillgångar", "8", 2158, 446, 461],
          ["Materiella anläggningstillgångar", null, 372416, 304872, 283229],
          ["Mark, byggnader och tekniska anläggningar", "9", 359745, 294144, 272681],
          ["Maskiner och inventarier", "10", 12671, 10728, 10548],
          ["Övriga materiella anläggningstillgångar"],
          ["Finansiella anläggningstillgångar", null, 9980, 9980, 12280],
          ["Aktier och andelar", "11", 9980, 8880, 11180],
          ["Långfristiga fordringar", "12", 0, 1100, 1100],
          ["Bidrag till statlig infrastruktur", "13", 5040, 5320, 5600],
          ["OMSÄTTNINGSTILLGÅNGAR", null, 88300, 85745, 96768],
          ["Förråd och exploateringstillgångar", null, 0, 0, 0],
          ["Fordringar", "14", 39331, 34153, 32399],
          ["Kassa och bank", "15", 48969, 51592, 64369],
          ["SUMMA TILLGÅNGAR", null, 477894, 406363, 398338],
          ["EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER"],
          ["EGET KAPITAL, vid årets början", "16", 184788, 172745, 166632],
          ["Årets resultat, inklusive justering", "17", 27125, 12043, 6113],
          ["EGET KAPITAL, vid årets slut", "18", 211913, 184788, 172745],
          ["– resultatutjämningreserv", "19", 13500, 13500, 12500],
          ["– övrigt eget kapital", null, 198413, 171288, 160245],
          ["AVSÄTTNINGAR", null, 14153, 16169, 14916],
          ["Pensioner och liknande förpliktelser", "20", 7094, 7015, 6258],
          ["Andra avsättningar", "21", 7059, 9154, 8658],
          ["SKULDER", null, 251828, 205406, 210677],
          ["Långfristiga skulder", "22", 151284, 122876, 126098],
          ["Kortfristiga skulder", "23", 100544, 82530, 84579],
          ["SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER", null, 477894, 406363, 398338],
          ["Panter och ansvarsförbindelser"],
          ["Borgensförbindelser", null, 247462, 227225, 212232],
          ["Borgensåtaganden egnahem", "24", 2, 57, 64],
          ["Övriga förpliktelser", "25", 247460, 227168, 212168],
          ["Ansvarsförbindelser", null, 131313, 133462, 134056],
          ["Pensionsförpliktelser intjänade före 1998", "26", 131313, 133462, 134056],
          ["– därav särskild löneskatt", null, 25637, 26057, 26172],
        ],
      },
    ],
    // RR columns: 0 = budget 2020, 1 = 2020, 2 = 2019, 3 = 2018. BR columns: 0 = 2020, 1 = 2019, 2 = 2018.
    // Every total foots exactly (totals sit above their lines), equity rolls 166 632 → 172 745 → 184 788 → 211 913.
    expect: [
      // BR 2018 årets resultat 6 113 vs RR 2018 6 112: 1 tkr
      {
        sheet: "BR",
        label: "Årets resultat, inklusive justering",
        col: 2,
        level: "info",
        alsoAt: [["RR", "ÅRETS RESULTAT", 1, 3]],
      },
      // 2020 financial costs +20 (positive) while every other column is negative; RR foots with +20
      // (26 324 + 781 + 20 = 27 125 = BR): a sign a revisor would query
      { sheet: "RR", label: "Finansiella kostnader", col: 1, level: "optional" },
    ],
  },
];
