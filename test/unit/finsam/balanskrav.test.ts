import Decimal from "decimal.js";
import { balanskrav } from "../../../src/engine/finsam";

const d = (v: Decimal.Value) => new Decimal(v);

describe("BALANSKRAV: the rows of the balanskravsutredning with their operators", () => {
  it("gives Värend 2025's and Kalmar 2024's results when every adjustment is 0", () => {
    expect(balanskrav({ aretsResultat: d(1_920_460) }).resultat.toString()).toBe("1920460");
    expect(
      balanskrav({ aretsResultat: d(-1_318_124), samtligaRealisationsvinster: d(0) }).resultat.toString(),
    ).toBe("-1318124");
  });

  it("subtracts gains and reservations, adds back exceptions, reversals and use of the reserve", () => {
    const r = balanskrav({
      aretsResultat: d(1_000_000),
      samtligaRealisationsvinster: d(50_000),
      realisationsvinsterUndantag: d(20_000),
      realisationsforlusterUndantag: d(5_000),
      orealiseradeVinsterForluster: d(-3_000), // a net unrealised loss
      aterforingOrealiserade: d(1_000),
      reserveringRur: d(100_000),
      anvandningRur: d(40_000),
    });
    // 1 000 000 − 50 000 + 20 000 + 5 000 − (−3 000) + 1 000 = 979 000; − 100 000 + 40 000
    expect(r.efterJusteringar.toString()).toBe("979000");
    expect(r.resultat.toString()).toBe("919000");
  });

  it("keeps öre exact", () => {
    expect(balanskrav({ aretsResultat: d("0.1"), anvandningRur: d("0.2") }).resultat.toString()).toBe("0.3");
  });
});
