import {
  balanskrav,
  BroughtIn,
  LedgerRow,
  remainingAtEndOf,
  restoreLedger,
  YearResult,
} from "../../engine/finsam";
import { FUNCTION_WORDS } from "../../i18n/sv/functions";
import type { AmountGrid, YearGrid } from "../coerce";
import { define, fromOutcome, kronor, SCALAR } from "../define";
import { problemToError } from "../errors";
import type { Problem } from "../problems";
import type { FunctionValue, ResultCell } from "../values";

/** FINSAM.BALANSKRAV and FINSAM.BALANSKRAV.ÅTERSTÄLL: the balanskravsutredning and KL 11:12. */

const LEDGER_COLUMNS = 6;
const BLANK_ROW: ResultCell[] = new Array<ResultCell>(LEDGER_COLUMNS).fill("");

interface Series {
  readonly series: YearResult[];
  /** For each input cell, its place in `series`, or undefined for an empty row. */
  readonly places: (number | undefined)[];
}

/**
 * Pairs years with results (and synnerliga skäl). A row with no year is an empty row when it holds
 * nothing else (a range drawn past the last year: desktop passes 0, the web null); a result
 * without its year is a mistake.
 */
function seriesOf(years: YearGrid, results: AmountGrid, given: AmountGrid | undefined): Series | Problem {
  // One blank cell for synnerliga skäl (0 from desktop Excel, left out on the web) is none at all.
  const excused = given && given.values.length === 1 && given.values[0].isZero() ? undefined : given;
  if (years.values.length !== results.values.length) {
    return { code: "years-count", years: years.values.length, results: results.values.length };
  }
  if (excused && excused.values.length !== years.values.length) {
    return {
      code: "shapes-differ",
      first: "år",
      second: "synnerliga_skäl",
      firstCells: years.values.length,
      secondCells: excused.values.length,
    };
  }
  const series: YearResult[] = [];
  const places: (number | undefined)[] = [];
  years.values.forEach((year, i) => {
    const result = results.values[i];
    const excusedHere = excused?.values[i];
    if (year === undefined) {
      places.push(undefined);
      return;
    }
    places.push(series.length);
    series.push({ year, result, excused: excusedHere });
  });
  const orphan = years.values.findIndex(
    (year, i) =>
      year === undefined && (!results.values[i].isZero() || !(excused?.values[i].isZero() ?? true)),
  );
  if (orphan >= 0) return { code: "year-missing", position: orphan + 1 };
  return { series, places };
}

function ledgerLine(row: LedgerRow): ResultCell[] {
  return [
    row.year ?? FUNCTION_WORDS.earlierYears,
    kronor(row.deficit),
    kronor(row.restored),
    kronor(row.remaining),
    row.dueYear ?? "",
    row.dueYear === undefined ? "" : row.overdue ? FUNCTION_WORDS.yes : FUNCTION_WORDS.no,
  ];
}

function ledgerTable(input: Series, broughtIn: BroughtIn | undefined): FunctionValue {
  return fromOutcome(restoreLedger(input.series, broughtIn), (rows) => {
    const offset = broughtIn ? 1 : 0;
    const table = input.places.map((place) =>
      place === undefined ? BLANK_ROW : ledgerLine(rows[place + offset]),
    );
    if (broughtIn) table.unshift(ledgerLine(rows[0]));
    return table;
  });
}

export const BALANSKRAV_FUNCTIONS = [
  define({
    id: "BALANSKRAV",
    name: "BALANSKRAV",
    params: [
      { name: "årets_resultat", kind: "amount" },
      { name: "samtliga_realisationsvinster", kind: "amount", optional: true },
      { name: "realisationsvinster_undantag", kind: "amount", optional: true },
      { name: "realisationsförluster_undantag", kind: "amount", optional: true },
      { name: "orealiserade_vinster_förluster", kind: "amount", optional: true },
      { name: "återföring_orealiserade", kind: "amount", optional: true },
      { name: "reservering_rur", kind: "amount", optional: true },
      { name: "användning_rur", kind: "amount", optional: true },
    ],
    run: ([
      resultat,
      realisationsvinster,
      vinsterUndantag,
      forlusterUndantag,
      orealiserade,
      aterforing,
      reservering,
      anvandning,
    ]) =>
      kronor(
        balanskrav({
          aretsResultat: resultat,
          samtligaRealisationsvinster: realisationsvinster,
          realisationsvinsterUndantag: vinsterUndantag,
          realisationsforlusterUndantag: forlusterUndantag,
          orealiseradeVinsterForluster: orealiserade,
          aterforingOrealiserade: aterforing,
          reserveringRur: reservering,
          anvandningRur: anvandning,
        }).resultat,
      ),
  }),
  define({
    id: "BALANSKRAV.ATERSTALL",
    name: "BALANSKRAV.ÅTERSTÄLL",
    params: [
      { name: "år", kind: "years" },
      { name: "balanskravsresultat", kind: "amountGrid" },
      { name: "per_år", kind: "year", optional: true },
      { name: "synnerliga_skäl", kind: "amountGrid", optional: true },
      { name: "underskott_tidigare", kind: "amount", optional: true },
      { name: "underskott_tidigare_år", kind: "year", optional: true },
    ],
    resultShape: (shapes) => {
      if (shapes[2]) return SCALAR;
      const years = shapes[0] ?? SCALAR;
      return { rows: years.rows * years.cols + (shapes[4] ? 1 : 0), cols: LEDGER_COLUMNS };
    },
    run: ([ar, resultat, perAr, synnerliga, tidigare, tidigareAr]) => {
      const input = seriesOf(ar, resultat, synnerliga);
      if ("code" in input) return problemToError(input);
      const broughtIn: BroughtIn | undefined =
        tidigare === undefined || tidigare.isZero() ? undefined : { amount: tidigare, year: tidigareAr };
      if (perAr !== undefined) return fromOutcome(remainingAtEndOf(input.series, perAr, broughtIn), kronor);
      return ledgerTable(input, broughtIn);
    },
  }),
];
