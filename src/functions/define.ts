import Decimal from "decimal.js";
import type { Outcome, Tier } from "../engine/finsam";
import * as coerce from "./coerce";
import { AmountGrid, YearGrid } from "./coerce";
import { problemToError } from "./errors";
import type { Checked } from "./problems";
import { CellArg, FunctionValue, ResultCell, Shape } from "./values";

/**
 * How a FINSAM function is declared, in the manner of HyperFormula's plugins: each entry names its
 * parameters (name as Excel shows it, kind, optional) and its implementation over already-checked
 * values. The registry (registry.ts) does the argument work once for all.
 */

interface KindValues {
  amount: Decimal;
  number: Decimal;
  amountGrid: AmountGrid;
  amounts: AmountGrid;
  wholeNumber: number;
  text: string;
  /** Undefined for a blank cell: the default tiers. */
  tiers: Tier[] | undefined;
  flag: boolean;
  year: number | undefined;
  years: YearGrid;
  /** Undefined for a blank cell or 0: the default unit. */
  unit: Decimal | undefined;
}
export type ParamKind = keyof KindValues;

export const COERCE: {
  readonly [K in ParamKind]: (arg: CellArg, param: string) => Checked<KindValues[K]>;
} = {
  amount: coerce.amount,
  number: coerce.number,
  amountGrid: coerce.amountGrid,
  amounts: coerce.amounts,
  wholeNumber: coerce.wholeNumber,
  text: coerce.text,
  tiers: coerce.tiers,
  flag: coerce.flag,
  year: coerce.year,
  years: coerce.years,
  unit: coerce.unit,
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

/**
 * The sizes of the arguments as written in the formula, before evaluation (HyperFormula must know
 * the size of a spilled result in advance); undefined for an argument left out.
 */
export type ArgShapes = readonly (Shape | undefined)[];

/** A registered function, with its argument types erased for the table. */
export interface FinsamFunction {
  /** The custom function id (ASCII), as functions.ts associates it. */
  readonly id: string;
  /** The name Excel shows and calls, from functions.json: `FINSAM.<name>`, with Å, Ä, Ö. */
  readonly name: string;
  readonly params: readonly ParamSpec[];
  /** For functions that can spill: the size of the result. Absent for functions of one value. */
  readonly resultShape?: (argShapes: ArgShapes) => Shape;
  readonly run: (args: unknown[]) => FunctionValue;
}

export function define<const P extends readonly ParamSpec[]>(spec: {
  id: string;
  name: string;
  params: P;
  resultShape?: (argShapes: ArgShapes) => Shape;
  run: (args: ArgValues<P>) => FunctionValue;
}): FinsamFunction {
  // invoke() fills args from `params` with the matching coercers, so the cast only restores what it built.
  return { ...spec, run: (args) => spec.run(args as ArgValues<P>) };
}

export function fromOutcome<T>(outcome: Outcome<T>, present: (value: T) => FunctionValue): FunctionValue {
  return outcome.ok ? present(outcome.value) : problemToError(outcome.problem);
}

/** One cell of a spilled result from one calculation: its value, an empty cell, or its own error. */
export function cellOf(outcome: Outcome<Decimal | number | undefined>): ResultCell {
  if (!outcome.ok) return problemToError(outcome.problem);
  const value = outcome.value;
  if (value === undefined) return "";
  return typeof value === "number" ? value : kronor(value);
}

/** A decimal as the number a cell holds; the registry turns a non-finite one into an error. */
export const kronor = (d: Decimal): number => d.toNumber();

export const SCALAR: Shape = { rows: 1, cols: 1 };
