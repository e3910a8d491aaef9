import { DEFAULT_TIERS, trappan, trappanOverskott, validateTiers } from "../../engine/finsam";
import { cellOf, define, fromOutcome } from "../define";
import { isProblem, pairedShape, pairwise, reshape } from "../grid";
import { problemToError } from "../errors";
import { SCALAR } from "../define";

/**
 * FINSAM.TRAPPAN and FINSAM.TRAPPAN.ÖVERSKOTT: Nationella rådet's staircase. Both take one year
 * or a row of years (the five-year overview), and spill one figure per year.
 */
export const STAIRCASE = [
  define({
    id: "TRAPPAN",
    name: "TRAPPAN",
    params: [
      { name: "insatser", kind: "amountGrid" },
      { name: "trappsteg", kind: "tiers", optional: true },
    ],
    resultShape: (shapes) => shapes[0] ?? SCALAR,
    run: ([insatser, trappsteg]) => {
      const tiers = trappsteg ?? DEFAULT_TIERS;
      return fromOutcome(validateTiers(tiers), () =>
        reshape(
          insatser.values.map((v) => cellOf(trappan(v, tiers))),
          insatser.shape,
        ),
      );
    },
  }),
  define({
    id: "TRAPPAN.OVERSKOTT",
    name: "TRAPPAN.ÖVERSKOTT",
    params: [
      { name: "insatser", kind: "amountGrid" },
      { name: "eget_kapital", kind: "amountGrid" },
      { name: "trappsteg", kind: "tiers", optional: true },
    ],
    resultShape: (shapes) => pairedShape(shapes[0], shapes[1]) ?? SCALAR,
    run: ([insatser, egetKapital, trappsteg]) => {
      const tiers = trappsteg ?? DEFAULT_TIERS;
      return fromOutcome(validateTiers(tiers), () => {
        const result = pairwise(
          { name: "insatser", grid: insatser },
          { name: "eget_kapital", grid: egetKapital },
          (contributions, equity) => cellOf(trappanOverskott(contributions, equity, tiers)),
        );
        return isProblem(result) ? problemToError(result) : result;
      });
    },
  }),
];
