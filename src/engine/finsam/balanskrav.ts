import Decimal from "decimal.js";

/**
 * The rows of a balanskravsutredning (kommunallagen 11 kap.), each entered as the amount the row
 * names (positive), in the order reports print them. Rows left out count as 0.
 */
export interface BalanskravRows {
  /** Årets resultat enligt resultaträkningen. */
  readonly aretsResultat: Decimal;
  /** Samtliga realisationsvinster (subtracted). */
  readonly samtligaRealisationsvinster?: Decimal;
  /** Realisationsvinster enligt undantagsmöjlighet (added back). */
  readonly realisationsvinsterUndantag?: Decimal;
  /** Realisationsförluster enligt undantagsmöjlighet (added back). */
  readonly realisationsforlusterUndantag?: Decimal;
  /** Orealiserade vinster och förluster i värdepapper, net: a gain positive, a loss negative (subtracted). */
  readonly orealiseradeVinsterForluster?: Decimal;
  /** Återföring av orealiserade vinster och förluster i värdepapper (added). */
  readonly aterforingOrealiserade?: Decimal;
  /** Reservering till resultatutjämningsreserv (subtracted). */
  readonly reserveringRur?: Decimal;
  /** Användning av medel från resultatutjämningsreserv (added). */
  readonly anvandningRur?: Decimal;
}

export interface Balanskravsutredning {
  /** Årets resultat efter balanskravsjusteringar. */
  readonly efterJusteringar: Decimal;
  /** Balanskravsresultat: after the resultatutjämningsreserv rows. */
  readonly resultat: Decimal;
}

/**
 * Each row's operator as the balanskravsutredning prints it: +1 adds the row, −1 subtracts it.
 * One table serves FINSAM.BALANSKRAV and the checking engine's footing of the utredning.
 */
export const BALANSKRAV_OPERATOR: Readonly<Record<keyof BalanskravRows, 1 | -1>> = {
  aretsResultat: 1,
  samtligaRealisationsvinster: -1,
  realisationsvinsterUndantag: 1,
  realisationsforlusterUndantag: 1,
  orealiseradeVinsterForluster: -1,
  aterforingOrealiserade: 1,
  reserveringRur: -1,
  anvandningRur: 1,
};

const ADJUSTMENTS: readonly (keyof BalanskravRows)[] = [
  "aretsResultat",
  "samtligaRealisationsvinster",
  "realisationsvinsterUndantag",
  "realisationsforlusterUndantag",
  "orealiseradeVinsterForluster",
  "aterforingOrealiserade",
];
const RESERVE: readonly (keyof BalanskravRows)[] = ["reserveringRur", "anvandningRur"];

function apply(start: Decimal, rows: BalanskravRows, keys: readonly (keyof BalanskravRows)[]): Decimal {
  let acc = start;
  for (const key of keys) {
    const v = rows[key];
    if (v) acc = BALANSKRAV_OPERATOR[key] > 0 ? acc.plus(v) : acc.minus(v);
  }
  return acc;
}

/** Applies each row's operator as the balanskravsutredning prints it. */
export function balanskrav(rows: BalanskravRows): Balanskravsutredning {
  const efterJusteringar = apply(new Decimal(0), rows, ADJUSTMENTS);
  const resultat = apply(efterJusteringar, rows, RESERVE);
  return { efterJusteringar, resultat };
}
