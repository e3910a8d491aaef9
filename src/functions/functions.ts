/**
 * Entry of the custom functions bundle. Excel reads the JSDoc below (through
 * custom-functions-metadata) for names, descriptions, parameter types and help pages; each function
 * only hands its arguments to the shared registry and maps the result back. The namespace FINSAM
 * comes from the manifest, so `TRAPPAN` is typed as `=FINSAM.TRAPPAN(...)`; the second word after
 * @customfunction is the name Excel shows and calls (`FINSAM.TRAPPAN.ÖVERSKOTT`), the first the
 * ASCII id the code is associated under.
 *
 * Parameter types: `unknown` becomes the metadata type "any", so a cell may hold a number or a
 * Swedish text amount ("8 524 000 kr"); `unknown[][]` is a range (a single value arrives as a
 * 1 × 1 range). Excel passes null for an optional argument left out, and a blank cell as null
 * (web) or 0 (desktop); the registry treats both alike.
 *
 * Help pages: assets/help/funktioner.html, served with the add-in (webpack copies assets/).
 */
import { customFunctionsRuntime, toExcelMatrix, toExcelNumber } from "./excel";
import { invoke } from "./registry";
import { CellArg, CellScalar, DataTypeCell } from "./values";

/**
 * Största egna kapital enligt Nationella rådets trappa: 20 % av insatserna upp till 7 000 000 kr, 15 % av delen mellan 7 000 000 och 15 000 000 kr och 10 % av delen därutöver. Ett område av insatser (flera år) ger ett tak per år.
 * @customfunction TRAPPAN
 * @helpurl https://localhost:3000/assets/help/funktioner.html#trappan
 * @param insatser Årets medlemsinsatser (driftbidrag) i kronor, t.ex. 8 524 000, eller en rad med ett belopp per år.
 * @param [trappsteg] Egna trappsteg: två kolumner, varje stegs nedre gräns och procentsats, första gränsen 0 (t.ex. 0 | 20 %, 7 000 000 | 15 %, 15 000 000 | 10 %).
 * @returns Högsta rekommenderade egna kapital i kronor.
 */
export function trappan(insatser: unknown[][], trappsteg?: unknown[][]): number[][] {
  return spill("TRAPPAN", insatser, trappsteg);
}

/**
 * Eget kapital minus taket enligt Nationella rådets trappa. Positivt: förbundet ligger över riktlinjen. Områden av lika storlek ger ett belopp per år.
 * @customfunction TRAPPAN.OVERSKOTT TRAPPAN.ÖVERSKOTT
 * @helpurl https://localhost:3000/assets/help/funktioner.html#trappan-overskott
 * @param insatser Årets medlemsinsatser (driftbidrag) i kronor, eller en rad med ett belopp per år.
 * @param eget_kapital Eget kapital vid årets slut i kronor, eller en rad med ett belopp per år.
 * @param [trappsteg] Egna trappsteg: två kolumner, varje stegs nedre gräns och procentsats, första gränsen 0.
 * @returns Eget kapital över (positivt) eller under (negativt) taket, i kronor.
 */
export function trappanOverskott(
  insatser: unknown[][],
  eget_kapital: unknown[][],
  trappsteg?: unknown[][],
): number[][] {
  return spill("TRAPPAN.OVERSKOTT", insatser, eget_kapital, trappsteg);
}

/**
 * Fördelar ett belopp på kommunerna efter en nyckel (t.ex. folkmängd 16–64 år) i hela kronor som summerar exakt till beloppet avrundat till kronor (största rest; vid lika rest får större nyckel, sedan tidigare position, kronan).
 * @customfunction KOMMUNANDEL
 * @helpurl https://localhost:3000/assets/help/funktioner.html#kommunandel
 * @param belopp Beloppet som ska fördelas, t.ex. kommunernas fjärdedel 2 131 000. Med nycklar i flera kolumner: en rad med ett belopp per kolumn.
 * @param nycklar Fördelningsnycklarna, en per kommun (rad eller kolumn), eller en kolumn per fördelning.
 * @param [position] Vilken kommuns andel (1 = första nyckeln). Utelämnad, tom eller 0: alla andelar, i nycklarnas form.
 * @returns Andelarna i kronor, eller en kommuns andel.
 */
export function kommunandel(belopp: unknown[][], nycklar: unknown[][], position?: unknown): number[][] {
  return spill("KOMMUNANDEL", belopp, nycklar, position);
}

/**
 * Balanskravsresultat enligt balanskravsutredningen (kommunallagen 11 kap.). Ange varje rad med det belopp raden nämner; funktionen drar av och lägger till enligt uppställningen.
 * @customfunction BALANSKRAV
 * @helpurl https://localhost:3000/assets/help/funktioner.html#balanskrav
 * @param årets_resultat Årets resultat enligt resultaträkningen.
 * @param [samtliga_realisationsvinster] Samtliga realisationsvinster (dras av).
 * @param [realisationsvinster_undantag] Realisationsvinster enligt undantagsmöjlighet (läggs till).
 * @param [realisationsförluster_undantag] Realisationsförluster enligt undantagsmöjlighet (läggs till).
 * @param [orealiserade_vinster_förluster] Orealiserade vinster och förluster i värdepapper, netto: vinst positiv, förlust negativ (dras av).
 * @param [återföring_orealiserade] Återföring av orealiserade vinster och förluster i värdepapper (läggs till).
 * @param [reservering_rur] Reservering till resultatutjämningsreserv (dras av).
 * @param [användning_rur] Användning av medel från resultatutjämningsreserv (läggs till).
 * @returns Balanskravsresultatet i kronor.
 */
export function balanskravFn(
  årets_resultat: unknown,
  samtliga_realisationsvinster?: unknown,
  realisationsvinster_undantag?: unknown,
  realisationsförluster_undantag?: unknown,
  orealiserade_vinster_förluster?: unknown,
  återföring_orealiserade?: unknown,
  reservering_rur?: unknown,
  användning_rur?: unknown,
): number {
  return toExcelNumber(
    invoke(
      "BALANSKRAV",
      [
        årets_resultat,
        samtliga_realisationsvinster,
        realisationsvinster_undantag,
        realisationsförluster_undantag,
        orealiserade_vinster_förluster,
        återföring_orealiserade,
        reservering_rur,
        användning_rur,
      ].map(cellArg),
    ),
  );
}

/**
 * Återställande av negativa balanskravsresultat (kommunallagen 11 kap. 12 §): varje underskott ska återställas inom de tre följande åren, äldsta först. Ger en tabell: år, underskott, återställt, kvar att återställa, senast år, försenat (ja/nej).
 * @customfunction BALANSKRAV.ATERSTALL BALANSKRAV.ÅTERSTÄLL
 * @helpurl https://localhost:3000/assets/help/funktioner.html#balanskrav-aterstall
 * @param år Åren, i vilken ordning som helst: årtal, datum eller rubriker som "Utfall 2025".
 * @param balanskravsresultat Balanskravsresultatet för varje år.
 * @param [per_år] Ett år i serien: ger i stället beloppet som återstår att återställa vid det årets slut.
 * @param [synnerliga_skäl] Belopp per år som enligt beslut om synnerliga skäl inte ska återställas.
 * @param [underskott_tidigare] Balanskravsunderskott från tidigare år, före serien; återställs först.
 * @param [underskott_tidigare_år] Året då det tidigare underskottet uppstod, om det är känt.
 * @returns Tabellen, eller beloppet kvar att återställa.
 */
export function balanskravAterstall(
  år: unknown[][],
  balanskravsresultat: unknown[][],
  per_år?: unknown,
  synnerliga_skäl?: unknown[][],
  underskott_tidigare?: unknown,
  underskott_tidigare_år?: unknown,
): unknown[][] {
  return spill(
    "BALANSKRAV.ATERSTALL",
    år,
    balanskravsresultat,
    per_år,
    synnerliga_skäl,
    underskott_tidigare,
    underskott_tidigare_år,
  );
}

/**
 * En parts andel av medlemsinsatserna enligt Finsam: FK och AF en fjärdedel var, STATEN deras summa (hälften), REGION en fjärdedel, KOMMUNER en fjärdedel. Hela kronor; ojämna kronor går till den först nämnda parten.
 * @customfunction PARTSANDEL
 * @helpurl https://localhost:3000/assets/help/funktioner.html#partsandel
 * @param total Förbundets totala medlemsinsatser i kronor.
 * @param part "FK", "AF", "STATEN", "REGION" eller "KOMMUNER".
 * @returns Partens insats i kronor.
 */
export function partsandel(total: unknown, part: unknown): number {
  return toExcelNumber(invoke("PARTSANDEL", [cellArg(total), cellArg(part)]));
}

/**
 * Hela noten över medlemsinsatser i en kolumn: Försäkringskassan, Arbetsförmedlingen, regionen och sedan varje kommun i nycklarnas ordning, i hela kronor som summerar exakt till totalen.
 * @customfunction MEDLEMSINSATSER
 * @helpurl https://localhost:3000/assets/help/funktioner.html#medlemsinsatser
 * @param total Förbundets totala medlemsinsatser i kronor, t.ex. 8 524 000.
 * @param nycklar Kommunernas fördelningsnycklar, en per kommun.
 * @returns En kolumn: FK, AF, regionen, kommunerna.
 */
export function medlemsinsatser(total: unknown, nycklar: unknown[][]): number[][] {
  return spill("MEDLEMSINSATSER", total, nycklar);
}

/**
 * Soliditet: eget kapital delat med summa tillgångar, som andel (formatera cellen som procent). Områden av lika storlek ger en soliditet per år.
 * @customfunction SOLIDITET
 * @helpurl https://localhost:3000/assets/help/funktioner.html#soliditet
 * @param eget_kapital Eget kapital vid årets slut, eller en rad med ett belopp per år.
 * @param summa_tillgångar Summa tillgångar, eller en rad med ett belopp per år.
 * @returns Soliditeten som andel, t.ex. 0,54 för 54 %.
 */
// An empty year gives an empty cell (""): the result is declared "any", not "number".
export function soliditet(eget_kapital: unknown[][], summa_tillgångar: unknown[][]): unknown[][] {
  return spill("SOLIDITET", eget_kapital, summa_tillgångar);
}

/**
 * Avvikelse mellan utfall och budget: utfall − budget, eller med procent = SANT (utfall − budget) / |budget|. Områden av lika storlek ger en avvikelse per rad.
 * @customfunction AVVIKELSE
 * @helpurl https://localhost:3000/assets/help/funktioner.html#avvikelse
 * @param utfall Utfallet, eller en kolumn med ett utfall per rad.
 * @param budget Budgeten, eller en kolumn med en budget per rad.
 * @param [procent] SANT: avvikelsen som andel av budgeten.
 * @returns Avvikelsen i kronor, eller som andel.
 */
export function avvikelse(utfall: unknown[][], budget: unknown[][], procent?: unknown): unknown[][] {
  return spill("AVVIKELSE", utfall, budget, procent);
}

/**
 * Avrundar belopp till en större enhet (t.ex. tkr) så att de avrundade beloppen summerar till den avrundade summan (största rest). Ger samma form som beloppen.
 * @customfunction AVRUNDA
 * @helpurl https://localhost:3000/assets/help/funktioner.html#avrunda
 * @param belopp Beloppen i kronor, t.ex. en driftredovisnings kolumn.
 * @param [enhet] Enheten att avrunda till: 1000 (standard), 1000000, eller "tkr", "mnkr".
 * @returns Beloppen i den nya enheten, hela tal.
 */
export function avrunda(belopp: unknown[][], enhet?: unknown): number[][] {
  return spill("AVRUNDA", belopp, enhet);
}

/**
 * Läser ett belopp skrivet som text, som det kommer från en PDF: "1 920 460", "−1 920 460", "– 797", "(1 920 460)", "10 911,25", "8 524 000 kr", "4 tkr", "1,3 mnkr", "kr 13 624 000", "54 %".
 * @customfunction BELOPP
 * @helpurl https://localhost:3000/assets/help/funktioner.html#belopp
 * @param text Texten (eller talet) som ska läsas.
 * @returns Beloppet som tal.
 */
export function belopp(text: unknown): number {
  return toExcelNumber(invoke("BELOPP", [cellArg(text)]));
}

/** Every function under its id: the ids must equal the registry's and the JSDoc's. */
export const EXCEL_FUNCTIONS = {
  TRAPPAN: trappan,
  "TRAPPAN.OVERSKOTT": trappanOverskott,
  KOMMUNANDEL: kommunandel,
  BALANSKRAV: balanskravFn,
  "BALANSKRAV.ATERSTALL": balanskravAterstall,
  PARTSANDEL: partsandel,
  MEDLEMSINSATSER: medlemsinsatser,
  SOLIDITET: soliditet,
  AVVIKELSE: avvikelse,
  AVRUNDA: avrunda,
  BELOPP: belopp,
} as const;

/** A function that may spill: its arguments through the registry, its result as an array. */
function spill(id: string, ...args: unknown[]): number[][] {
  return toExcelMatrix(invoke(id, args.map(cellArg))) as number[][];
}

/** What Excel passes, narrowed to the cell values the registry reads. */
function cellArg(value: unknown): CellArg {
  if (value === undefined) return undefined;
  if (Array.isArray(value))
    return value.map((row: unknown) => (Array.isArray(row) ? row.map(cellScalar) : [cellScalar(row)]));
  return cellScalar(value);
}

const DATA_TYPE: DataTypeCell = { dataType: true };
// Excel's cell value types whose basic value is the cell's plain value (an empty cell's is "").
const PLAIN_TYPES = new Set(["Double", "String", "Boolean", "FormattedNumber", "Empty"]);

/**
 * One cell. The metadata plugin always writes `allowCustomDataForDataTypeAny: true`, so an Excel
 * that knows data types passes such a cell as an object: a formatted number or a plain value is
 * read through its `basicValue`; anything else (an entity, linked data) is refused with a message,
 * never read as the text "[object Object]". An Excel that does not know them passes plain values.
 */
function cellScalar(value: unknown): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && "basicValue" in value) {
    const basic = (value as { basicValue: unknown }).basicValue;
    if (typeof basic === "number" || typeof basic === "string" || typeof basic === "boolean") {
      const type = (value as { type?: unknown }).type;
      // An entity's basic value is its display text, not an amount: only plain and formatted values are read.
      if (type === undefined || PLAIN_TYPES.has(String(type))) return basic;
    }
  }
  return DATA_TYPE;
}

// Register only where Excel's runtime (or a test stub of it) exists, so Node can import this module.
const runtime = customFunctionsRuntime();
if (runtime) {
  for (const [id, fn] of Object.entries(EXCEL_FUNCTIONS)) runtime.associate(id, fn);
}
