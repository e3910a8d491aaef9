import Decimal from "decimal.js";
import {
  balanskrav,
  DEFAULT_TIERS,
  Outcome,
  parsePart,
  partsfordelning,
  remainingAtEndOf,
  restoreLedger,
  splitByKeys,
  Tier,
  trappan,
  trappanOverskott,
} from "../engine/finsam";
import { FUNCTION_WORDS } from "../i18n/sv/functions";
import * as coerce from "./coerce";
import { AmountGrid } from "./coerce";
import { problemToError } from "./errors";
import type { Checked } from "./problems";
import { CellArg, CellMatrix, FunctionValue, Shape } from "./values";

/**
 * The FINSAM functions as one declarative table, in the manner of HyperFormula's plugins: each
 * entry names its parameters (name as Excel shows it, kind, optional) and its implementation over
 * already-checked values. `invoke` does the argument work once for all. The Excel adapter
 * (functions.ts) and the HyperFormula test plugin both call this table, so a formula means the
 * same in the tests as in Excel.
 */

interface KindValues {
  amount: Decimal;
  number: Decimal;
  amounts: AmountGrid;
  wholeNumber: number;
  text: string;
  tiers: Tier[];
}
type ParamKind = keyof KindValues;

const COERCE: { readonly [K in ParamKind]: (arg: CellArg, param: string) => Checked<KindValues[K]> } = {
  amount: coerce.amount,
  number: coerce.number,
  amounts: coerce.amounts,
  wholeNumber: coerce.wholeNumber,
  text: coerce.text,
  tiers: coerce.tiers,
};

export interface ParamSpec {
  /** The parameter's name as Excel shows it while typing (and as functions.ts declares it). */
  readonly name: string;
  readonly kind: ParamKind;
  /** An optional argument left out (or blank) reaches the implementation as undefined. */
  readonly optional?: boolean;
}

type ArgValue<P> = P extends { kind: infer K extends ParamKind; optional: true }
  ? KindValues[K] | undefined
  : P extends { kind: infer K extends ParamKind }
    ? KindValues[K]
    : never;
type ArgValues<P extends readonly ParamSpec[]> = { -readonly [I in keyof P]: ArgValue<P[I]> };

/** A registered function, with its argument types erased for the table. */
export interface FinsamFunction {
  /** The custom function id; Excel shows it as FINSAM.<id>. */
  readonly id: string;
  readonly params: readonly ParamSpec[];
  /**
   * For functions that can spill: the size of the result from the sizes of the arguments given
   * (HyperFormula must know it before evaluating). Absent for functions that return one value.
   */
  readonly resultShape?: (argShapes: readonly Shape[]) => Shape;
  readonly run: (args: unknown[]) => FunctionValue;
}

function define<const P extends readonly ParamSpec[]>(spec: {
  id: string;
  params: P;
  resultShape?: (argShapes: readonly Shape[]) => Shape;
  run: (args: ArgValues<P>) => FunctionValue;
}): FinsamFunction {
  // invoke() fills args from `params` with the matching coercers, so the cast only restores what it built.
  return { ...spec, run: (args) => spec.run(args as ArgValues<P>) };
}

function fromOutcome<T>(outcome: Outcome<T>, present: (value: T) => FunctionValue): FunctionValue {
  return outcome.ok ? present(outcome.value) : problemToError(outcome.problem);
}

const kronor = (d: Decimal): number => d.toNumber();
const SCALAR: Shape = { rows: 1, cols: 1 };

export const FINSAM_FUNCTIONS: readonly FinsamFunction[] = [
  define({
    id: "TRAPPAN",
    params: [
      { name: "insatser", kind: "amount" },
      { name: "trappsteg", kind: "tiers", optional: true },
    ],
    run: ([insatser, trappsteg]) => fromOutcome(trappan(insatser, trappsteg ?? DEFAULT_TIERS), kronor),
  }),
  define({
    id: "TRAPPAN.OVERSKOTT",
    params: [
      { name: "insatser", kind: "amount" },
      { name: "eget_kapital", kind: "amount" },
      { name: "trappsteg", kind: "tiers", optional: true },
    ],
    run: ([insatser, egetKapital, trappsteg]) =>
      fromOutcome(trappanOverskott(insatser, egetKapital, trappsteg ?? DEFAULT_TIERS), kronor),
  }),
  define({
    id: "KOMMUNANDEL",
    params: [
      { name: "belopp", kind: "amount" },
      { name: "nycklar", kind: "amounts" },
      { name: "position", kind: "wholeNumber", optional: true },
    ],
    resultShape: (shapes) => (shapes.length >= 3 ? SCALAR : (shapes[1] ?? SCALAR)),
    run: ([belopp, nycklar, position]) =>
      fromOutcome(splitCached(belopp, nycklar.values), (shares) => {
        if (position === undefined) return reshape(shares.map(kronor), nycklar.shape);
        if (position < 1 || position > shares.length) {
          return problemToError({ code: "position-outside", position, count: shares.length });
        }
        return kronor(shares[position - 1]);
      }),
  }),
  define({
    id: "BALANSKRAV",
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
    params: [
      { name: "år", kind: "amounts" },
      { name: "balanskravsresultat", kind: "amounts" },
      { name: "per_år", kind: "wholeNumber", optional: true },
    ],
    resultShape: (shapes) =>
      shapes.length >= 3 ? SCALAR : { rows: (shapes[0]?.rows ?? 1) * (shapes[0]?.cols ?? 1), cols: 6 },
    run: ([ar, resultat, perAr]) => {
      if (ar.values.length !== resultat.values.length) {
        return problemToError({
          code: "years-count",
          years: ar.values.length,
          results: resultat.values.length,
        });
      }
      const series = ar.values.map((year, i) => ({ year: year.toNumber(), result: resultat.values[i] }));
      if (perAr !== undefined) return fromOutcome(remainingAtEndOf(series, perAr), kronor);
      return fromOutcome(restoreLedger(series), (rows) =>
        rows.map((r) => [
          r.year,
          kronor(r.deficit),
          kronor(r.restored),
          kronor(r.remaining),
          r.dueYear ?? "",
          r.dueYear === undefined ? "" : r.overdue ? FUNCTION_WORDS.yes : FUNCTION_WORDS.no,
        ]),
      );
    },
  }),
  define({
    id: "PARTSANDEL",
    params: [
      { name: "total", kind: "amount" },
      { name: "part", kind: "text" },
    ],
    run: ([total, part]) => fromOutcome(parsePart(part), (p) => kronor(partsfordelning(total)[p])),
  }),
  define({
    id: "BELOPP",
    params: [{ name: "text", kind: "number" }],
    run: ([value]) => value.toNumber(),
  }),
];

const BY_ID = new Map(FINSAM_FUNCTIONS.map((f) => [f.id, f]));

export function finsamFunction(id: string): FinsamFunction {
  const fn = BY_ID.get(id);
  // An unknown id is a programming error (the adapters only pass ids from this table).
  if (!fn) throw new Error(`Unknown FINSAM function ${id}`);
  return fn;
}

/** Checks the arguments against the function's parameters, then runs it. Never throws for bad input. */
export function invoke(id: string, args: readonly CellArg[]): FunctionValue {
  const fn = finsamFunction(id);
  const values: unknown[] = [];
  for (let i = 0; i < fn.params.length; i++) {
    const param = fn.params[i];
    const arg = args[i];
    if (param.optional && (arg === undefined || arg === null)) {
      values.push(undefined);
      continue;
    }
    const checked = COERCE[param.kind](arg, param.name);
    if (!checked.ok) return problemToError(checked.problem);
    values.push(checked.value);
  }
  return fn.run(values);
}

/** Lays a flat row-by-row list back into the shape the keys came in, so the result spills alongside them. */
function reshape(values: readonly number[], shape: Shape): CellMatrix {
  const rows: CellMatrix = [];
  for (let r = 0; r < shape.rows; r++) rows.push(values.slice(r * shape.cols, (r + 1) * shape.cols));
  return rows;
}

/**
 * A sheet often holds one KOMMUNANDEL per municipality over the same keys and amount
 * (`=FINSAM.KOMMUNANDEL($B$1; $B$2:$B$6; 3)`): the split is computed once and reused for the
 * other positions. Small and bounded, keyed by the exact decimal text of amount and keys.
 */
const splitCache = new Map<string, Outcome<Decimal[]>>();
const SPLIT_CACHE_SIZE = 64;

function splitCached(amountValue: Decimal, keys: readonly Decimal[]): Outcome<Decimal[]> {
  const cacheKey = amountValue.toString() + "|" + keys.map((k) => k.toString()).join(",");
  const cached = splitCache.get(cacheKey);
  if (cached) return cached;
  const outcome = splitByKeys(amountValue, keys);
  if (splitCache.size >= SPLIT_CACHE_SIZE) splitCache.delete(splitCache.keys().next().value as string);
  splitCache.set(cacheKey, outcome);
  return outcome;
}
