/**
 * Entry of the custom functions bundle. Excel reads the JSDoc below (through
 * custom-functions-metadata) for names, descriptions and parameter types; each function only hands
 * its arguments to the shared registry and maps the result back. The namespace FINSAM comes from
 * the manifest, so `TRAPPAN` is typed as `=FINSAM.TRAPPAN(...)`.
 *
 * Parameter types: `unknown` becomes the metadata type "any", so a cell may hold a number or a
 * Swedish text amount ("8 524 000 kr"); `unknown[][]` is a range. Excel passes null for an optional
 * argument left out.
 */
import { customFunctionsRuntime, toExcelMatrix, toExcelNumber } from "./excel";
import { invoke } from "./registry";
import { CellArg, CellScalar } from "./values";

/**
 * Största egna kapital enligt Nationella rådets trappa: 20 % av insatserna upp till 7 000 000 kr, 15 % av delen mellan 7 000 000 och 15 000 000 kr och 10 % av delen därutöver.
 * @customfunction TRAPPAN
 * @param insatser Årets medlemsinsatser (driftbidrag) i kronor, t.ex. 8 524 000.
 * @param [trappsteg] Egna trappsteg: ett område med två kolumner, gräns och procentsats (t.ex. 0 | 20 %, 7 000 000 | 15 %, 15 000 000 | 10 %).
 * @returns Högsta rekommenderade egna kapital i kronor.
 */
export function trappan(insatser: unknown, trappsteg?: unknown[][]): number {
  return toExcelNumber(invoke("TRAPPAN", [cellArg(insatser), cellArg(trappsteg)]));
}

/**
 * Eget kapital minus taket enligt Nationella rådets trappa. Positivt: förbundet ligger över riktlinjen.
 * @customfunction TRAPPAN.OVERSKOTT TRAPPAN.ÖVERSKOTT
 * @param insatser Årets medlemsinsatser (driftbidrag) i kronor.
 * @param eget_kapital Eget kapital vid årets slut i kronor.
 * @param [trappsteg] Egna trappsteg: ett område med två kolumner, gräns och procentsats.
 * @returns Eget kapital över (positivt) eller under (negativt) taket, i kronor.
 */
export function trappanOverskott(insatser: unknown, eget_kapital: unknown, trappsteg?: unknown[][]): number {
  return toExcelNumber(
    invoke("TRAPPAN.OVERSKOTT", [cellArg(insatser), cellArg(eget_kapital), cellArg(trappsteg)]),
  );
}

/**
 * Fördelar ett belopp på kommunerna efter en nyckel (t.ex. folkmängd 16–64 år), avrundat till hela kronor så att delarna summerar exakt till beloppet (största rest; vid lika rest får större nyckel, sedan tidigare position, kronan).
 * @customfunction KOMMUNANDEL
 * @param belopp Beloppet som ska fördelas, t.ex. kommunernas fjärdedel 2 131 000.
 * @param nycklar Fördelningsnycklarna, en per kommun (rad eller kolumn).
 * @param [position] Vilken kommuns andel (1 = första nyckeln). Utelämnad: alla andelar, i nycklarnas form.
 * @returns Andelarna i kronor, eller en kommuns andel.
 */
export function kommunandel(belopp: unknown, nycklar: unknown[][], position?: unknown): number[][] {
  return toExcelMatrix(
    invoke("KOMMUNANDEL", [cellArg(belopp), cellArg(nycklar), cellArg(position)]),
  ) as number[][];
}

/**
 * Balanskravsresultat enligt balanskravsutredningen (kommunallagen 11 kap.). Ange varje rad med det belopp raden nämner; funktionen drar av och lägger till enligt uppställningen.
 * @customfunction BALANSKRAV
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
 * Återställande av negativa balanskravsresultat (kommunallagen 11:12): varje underskott ska återställas inom de tre följande åren, äldsta först. Ger en tabell: år, underskott, återställt, kvar att återställa, senast år, försenat (ja/nej).
 * @customfunction BALANSKRAV.ATERSTALL BALANSKRAV.ÅTERSTÄLL
 * @param år Åren i stigande ordning, t.ex. 2021–2025.
 * @param balanskravsresultat Balanskravsresultatet för varje år.
 * @param [per_år] Ett år i serien: ger i stället beloppet som återstår att återställa vid det årets slut.
 * @returns Tabellen, eller beloppet kvar att återställa.
 */
export function balanskravAterstall(
  år: unknown[][],
  balanskravsresultat: unknown[][],
  per_år?: unknown,
): unknown[][] {
  return toExcelMatrix(
    invoke("BALANSKRAV.ATERSTALL", [cellArg(år), cellArg(balanskravsresultat), cellArg(per_år)]),
  );
}

/**
 * En parts andel enligt Finsam: FK och AF en fjärdedel var (statens hälft), REGION en fjärdedel, KOMMUNER en fjärdedel. Ojämna kronor går till statens hälft och till den först nämnda parten.
 * @customfunction PARTSANDEL
 * @param total Förbundets totala medlemsinsatser i kronor.
 * @param part "FK", "AF", "REGION" eller "KOMMUNER".
 * @returns Partens insats i kronor.
 */
export function partsandel(total: unknown, part: unknown): number {
  return toExcelNumber(invoke("PARTSANDEL", [cellArg(total), cellArg(part)]));
}

/**
 * Läser ett belopp skrivet som text, som det kommer från en PDF: "1 920 460", "−1 920 460", "– 797", "(1 920 460)", "10 911,25", "8 524 000 kr", "4 tkr", "54 %".
 * @customfunction BELOPP
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
  BELOPP: belopp,
} as const;

/** What Excel passes, narrowed to the cell values the registry reads; anything else reads as text. */
function cellArg(value: unknown): CellArg {
  if (value === undefined) return undefined;
  if (Array.isArray(value))
    return value.map((row: unknown) => (Array.isArray(row) ? row.map(cellScalar) : [cellScalar(row)]));
  return cellScalar(value);
}

function cellScalar(value: unknown): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

// Register only where Excel's runtime (or a test stub of it) exists, so Node can import this module.
const runtime = customFunctionsRuntime();
if (runtime) {
  for (const [id, fn] of Object.entries(EXCEL_FUNCTIONS)) runtime.associate(id, fn);
}
