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

/** Applies each row's operator as the balanskravsutredning prints it. */
export function balanskrav(rows: BalanskravRows): Balanskravsutredning {
  const zero = new Decimal(0);
  const efterJusteringar = rows.aretsResultat
    .minus(rows.samtligaRealisationsvinster ?? zero)
    .plus(rows.realisationsvinsterUndantag ?? zero)
    .plus(rows.realisationsforlusterUndantag ?? zero)
    .minus(rows.orealiseradeVinsterForluster ?? zero)
    .plus(rows.aterforingOrealiserade ?? zero);
  const resultat = efterJusteringar.minus(rows.reserveringRur ?? zero).plus(rows.anvandningRur ?? zero);
  return { efterJusteringar, resultat };
}
