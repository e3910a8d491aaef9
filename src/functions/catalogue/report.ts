import Decimal from "decimal.js";
import { avvikelse, avvikelseAndel, roundToUnit, soliditet } from "../../engine/finsam";
import { cellOf, define, fromOutcome, kronor, SCALAR } from "../define";
import { problemToError } from "../errors";
import { isProblem, pairedShape, pairwise, reshape } from "../grid";

/**
 * What the seed reports compute by hand beside their statements: soliditet in the five-year
 * overview, avvikelse in the driftredovisning, a table rounded to tkr that still foots, and an
 * amount read from pasted text.
 */

const THOUSAND = new Decimal(1000);

// The cell functions, defined once rather than per call.
const soliditetCell = (equity: Decimal, assets: Decimal) => cellOf(soliditet(equity, assets));
const differenceCell = (outcome: Decimal, budget: Decimal) => kronor(avvikelse(outcome, budget));
const shareCell = (outcome: Decimal, budget: Decimal) => cellOf(avvikelseAndel(outcome, budget));

export const REPORT_FUNCTIONS = [
  define({
    id: "SOLIDITET",
    name: "SOLIDITET",
    params: [
      { name: "eget_kapital", kind: "amountGrid" },
      { name: "summa_tillgångar", kind: "amountGrid" },
    ],
    resultShape: (shapes) => pairedShape(shapes[0], shapes[1]) ?? SCALAR,
    run: ([egetKapital, tillgangar]) => {
      const result = pairwise(
        { name: "eget_kapital", grid: egetKapital },
        { name: "summa_tillgångar", grid: tillgangar },
        soliditetCell,
      );
      return isProblem(result) ? problemToError(result) : result;
    },
  }),
  define({
    id: "AVVIKELSE",
    name: "AVVIKELSE",
    params: [
      { name: "utfall", kind: "amountGrid" },
      { name: "budget", kind: "amountGrid" },
      { name: "procent", kind: "flag", optional: true },
    ],
    resultShape: (shapes) => pairedShape(shapes[0], shapes[1]) ?? SCALAR,
    run: ([utfall, budget, procent]) => {
      const result = pairwise(
        { name: "utfall", grid: utfall },
        { name: "budget", grid: budget },
        procent === true ? shareCell : differenceCell,
      );
      return isProblem(result) ? problemToError(result) : result;
    },
  }),
  define({
    id: "AVRUNDA",
    name: "AVRUNDA",
    params: [
      { name: "belopp", kind: "amountGrid" },
      { name: "enhet", kind: "unit", optional: true },
    ],
    resultShape: (shapes) => shapes[0] ?? SCALAR,
    run: ([belopp, enhet]) =>
      fromOutcome(roundToUnit(belopp.values, enhet ?? THOUSAND), (rounded) =>
        reshape(rounded.map(kronor), belopp.shape),
      ),
  }),
  define({
    id: "BELOPP",
    name: "BELOPP",
    params: [{ name: "text", kind: "number" }],
    run: ([value]) => kronor(value),
  }),
];
