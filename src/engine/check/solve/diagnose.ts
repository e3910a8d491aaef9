import Decimal from "decimal.js";
import type { FindingKind } from "../finding";
import type { Amount, Identity } from "../model";

/**
 * Names the likely cause of a difference (DOMAIN.md, "Telling what went wrong") from the blamed
 * cell's value, the value the identities call for, and the other figures around it.
 */

export interface CellInfoLike {
  readonly amount: Amount;
  readonly lineKey: string;
  /** The statement the cell sits in (sheet and first row). */
  readonly statementKey: string;
  readonly period?: string;
  readonly label: string;
  readonly statementTitle: string;
}

export interface Diagnosis {
  readonly kind: FindingKind;
  /** The other cell that explains it (the omitted line, the line the value belongs to...). */
  readonly witness?: CellInfoLike;
  /** For part-sign: the part with the wrong sign. */
  readonly part?: Amount;
  /** What the cell should hold where the cause says it more exactly than the sum (kronor). */
  readonly expectedKronor?: Decimal;
  /** A cause that fits but proves little (the line has the same value both years): it names, it does not decide. */
  readonly weak?: boolean;
}

/** How strongly a diagnosis should decide between equally good corrections. */
export function rankOf(d: Diagnosis): number {
  if (!d.weak) return KIND_RANK[d.kind];
  // A figure equal to its other column's is some evidence, more than none: among parts that could
  // each mend a sum, the one holding the other year's (or the budget's) figure is the likelier slip.
  return d.kind === "period-swap" ? WEAK_SWAP_RANK : KIND_RANK.mismatch;
}

const WEAK_SWAP_RANK = 1.5;

/**
 * A sign that fits only within an identity's rounding slack is named with confidence only for a
 * figure at least this many times the slack; a smaller one's negation is near a correction by chance.
 */
const SIGN_SLACK_RATIO = 10;

export interface DiagnoseContext {
  /** Current value of a cell in kronor (with corrections applied). */
  value(a: Amount): Decimal;
  info(a: Amount): CellInfoLike | undefined;
  /** Cells of the same line in other period columns. */
  sameLine(a: Amount): readonly Amount[];
  /** The same line's figure for the other year (the prior year, or the current year for the prior). */
  otherYear(a: Amount): Amount | undefined;
  /** Cells of the same period, by absolute value in kronor (for "another line" causes). */
  byAbsValue(period: string | undefined, abs: string): readonly Amount[];
  /** Whether an identity the cell takes part in is currently broken. */
  broken(a: Amount): boolean;
  /** Whether two cells take part in one identity (equal by the report's own arithmetic). */
  linked(a: Amount, b: Amount): boolean;
}

export const KIND_RANK: Record<FindingKind, number> = {
  sign: 6,
  "period-swap": 5,
  transposition: 5,
  unit: 5,
  omission: 4,
  "double-count": 4,
  "part-sign": 3,
  "wrong-line": 3,
  year: 2,
  missing: 2,
  "unusual-sign": 2,
  rounding: 0,
  mismatch: 1,
  // Never a diagnosis (reported by rules/excelErrors.ts); ranked for completeness of the table.
  "excel-error": 0,
};

/** Whether two whole amounts differ by two swapped digits (transponerade siffror), and how far apart. */
export function transposition(a: Decimal, e: Decimal): "adjacent" | "distant" | undefined {
  if (!a.isInteger() || !e.isInteger()) return undefined;
  return transposedDigits(a.toFixed(), e.toFixed());
}

/** Whether two whole numbers written out differ by two swapped digits, and how far apart. */
function transposedDigits(a: string, e: string): "adjacent" | "distant" | undefined {
  if (a === e || a.length !== e.length || (a[0] === "-") !== (e[0] === "-")) return undefined;
  let first = -1;
  let second = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === e[i]) continue;
    if (first < 0) first = i;
    else if (second < 0) second = i;
    else return undefined;
  }
  if (second < 0 || a[first] !== e[second] || a[second] !== e[first]) return undefined;
  return second - first === 1 ? "adjacent" : "distant";
}

function transpositionNear(
  a: Decimal,
  e: Decimal,
  slack: Decimal,
): { kind: "adjacent" | "distant"; value: Decimal } | undefined {
  const exact = transposition(a, e.toDecimalPlaces(0));
  if (exact) return { kind: exact, value: e.toDecimalPlaces(0) };
  if (!a.isInteger() || slack.lt(1)) return undefined;
  // Whole numbers within the slack, in plain numbers where they are safe (the common case).
  const an = a.toNumber();
  const lo = Math.ceil(e.minus(slack).toNumber());
  const hi = Math.floor(e.plus(slack).toNumber());
  if (!Number.isSafeInteger(an) || !Number.isSafeInteger(lo) || !Number.isSafeInteger(hi)) return undefined;
  // Transposed digits differ by a multiple of 9: only those values in the slack are tried.
  const text = String(an);
  for (let v = lo + ((((an - lo) % 9) + 9) % 9), n = 0; v <= hi && n < 20; v += 9, n++) {
    if (transposedDigits(text, String(v)) === "adjacent") return { kind: "adjacent", value: new Decimal(v) };
  }
  return undefined;
}

/**
 * The values a cell may have been meant to hold, near the exact correction an identity calls for
 * (within its rounding slack, kronor): its own negation, a transposition of its digits, and the exact
 * value rounded to the cell's precision. Trying these first makes the correction agree with every
 * identity at once, not only with the one that proposed it.
 */
export function plausibleValues(cell: Amount, exactKronor: Decimal, slackKronor: number): Decimal[] {
  const factor = cell.unitFactor;
  const slack = new Decimal(slackKronor);
  const out: Decimal[] = [];
  const consider = (k: Decimal): void => {
    if (k.minus(exactKronor).abs().lte(slack) && !out.some((x) => x.equals(k))) out.push(k);
  };
  const a = cell.value.times(factor);
  consider(a.negated());
  const scale = cell.precision.lt(1) ? new Decimal(1).dividedBy(cell.precision) : new Decimal(1);
  const e = exactKronor.dividedBy(factor);
  const t = transpositionNear(cell.value.times(scale), e.times(scale), slack.dividedBy(factor).times(scale));
  if (t) consider(t.value.dividedBy(scale).times(factor));
  consider(e.dividedBy(cell.precision).round().times(cell.precision).times(factor));
  if (!out.some((x) => x.equals(exactKronor))) out.push(exactKronor);
  return out;
}

export function diagnose(
  cell: Amount,
  expectedKronor: Decimal,
  identities: readonly Identity[],
  ctx: DiagnoseContext,
  slackKronor = 0,
): Diagnosis {
  const factor = cell.unitFactor;
  const a = cell.value;
  const e = expectedKronor.dividedBy(factor);
  const slack = new Decimal(slackKronor).dividedBy(factor);
  const tol = Decimal.max(cell.precision, slack);
  const d = a.minus(e);
  const near = (x: Decimal, y: Decimal, t: Decimal = tol): boolean => x.minus(y).abs().lte(t);

  // A sign error needs a figure larger than the rounding: 0,1 against 0,0 is no teckenfel. Within
  // the cell's own rounding it is certain; within the identity's slack only after a period swap.
  const signFits = !a.isZero() && !e.isZero() && a.abs().gt(tol) && near(a, e.negated());
  if (signFits && near(a, e.negated(), cell.precision)) return { kind: "sign" };
  const thousand = new Decimal(1000);
  if (!a.isZero() && !e.isZero()) {
    const tooLarge = a.abs().gte(thousand) && near(a, e.times(1000), tol.times(1000));
    const tooSmall = e.abs().gte(thousand) && near(a.times(1000), e, tol.times(1000));
    if (tooLarge || tooSmall) return { kind: "unit" };
  }

  let weakSwap: Diagnosis | undefined;
  // The other period's cell holds the value that belongs here (the columns were swapped), or this
  // cell holds the other period's value (copied from the wrong column).
  for (const other of ctx.sameLine(cell)) {
    const raw = other.value.times(other.unitFactor).dividedBy(factor);
    const now = ctx.value(other).dividedBy(factor);
    if (near(a, e)) break;
    // A swap breaks both cells; a line that is legitimately the same both years breaks only one.
    const swapped = !raw.isZero() && near(raw, e) && ctx.broken(other);
    if (swapped || (!now.isZero() && now.equals(a) && !now.equals(raw))) {
      // A cell the same identity ties to this one is broken by this one's error alone: it is no
      // second witness, and an exact transposition of this cell's digits explains more.
      const exact = ctx.linked(cell, other) ? transposition(a, e.toDecimalPlaces(0)) : undefined;
      if (exact === "adjacent") return { kind: "transposition" };
      return { kind: "period-swap", witness: ctx.info(other) };
    }
    // Equal figures in both years prove something only when they have digits to agree on: 40 kr or
    // 2 000 000 kr may well stand in both years.
    if (!raw.isZero() && raw.equals(a) && significantDigits(a.dividedBy(cell.precision)) >= 2)
      weakSwap ??= { kind: "period-swap", witness: ctx.info(other), weak: true };
  }
  // A figure exactly equal to the other column's beats a sign that fits only within the rounding.
  if (signFits && weakSwap) return { ...weakSwap, weak: false };
  // Within the slack only: a small figure's negation is near many corrections by chance.
  if (signFits) return { kind: "sign", weak: a.abs().lt(slack.times(SIGN_SLACK_RATIO)) };
  // Digits are digits wherever the decimal comma sits: 1,9 typed as 9,1 mnkr is a transposition.
  const scale = cell.precision.lt(1) ? new Decimal(1).dividedBy(cell.precision) : new Decimal(1);
  const scaled = transpositionNear(a.times(scale), e.times(scale), slack.times(scale));
  const swap = scaled ? { ...scaled, value: scaled.value.dividedBy(scale) } : undefined;
  // Typing slips swap neighbours; a swap of distant digits is weaker evidence.
  if (swap)
    return {
      kind: "transposition",
      weak: swap.kind === "distant",
      expectedKronor: swap.value.times(factor),
    };

  const dk = d.times(factor);
  const own = ctx.info(cell);
  for (const id of identities) {
    const isTotal = id.total === cell;
    for (const t of id.terms) {
      if (t.amount === cell) continue;
      const part = ctx.value(t.amount).times(t.weight);
      // A part no larger than the rounding explains nothing: any small difference is "twice" it.
      if (part.isZero() || part.abs().lte(tol.times(factor))) continue;
      const sign = isTotal ? 1 : -1;
      const tolK = tol.times(factor);
      if (near(dk, part.times(2 * sign), tolK))
        return { kind: "part-sign", part: t.amount, witness: ctx.info(t.amount) };
      if (isTotal && id.terms.length > 1 && near(dk, part, tolK))
        return { kind: "double-count", witness: ctx.info(t.amount) };
      if (isTotal && near(dk, part.negated(), tolK)) return { kind: "omission", witness: ctx.info(t.amount) };
    }
  }

  // The value is the other period's (it may be legitimately equal; other causes come first).
  if (weakSwap) return weakSwap;
  // The difference is another line of the same period: left out, or added where it does not belong.
  if (dk.abs().gte(10)) {
    let distant: Diagnosis | undefined;
    for (const other of ctx.byAbsValue(own?.period, dk.abs().toFixed())) {
      const info = ctx.info(other);
      if (other === cell || !info || info.lineKey === own?.lineKey) continue;
      const kind = d.isPositive() ? "double-count" : "omission";
      // A line of the same statement explains a difference; a figure elsewhere in the workbook that
      // happens to equal it names a cause without deciding between cells.
      if (sameStatement(info, own)) return { kind, witness: info };
      distant ??= { kind, witness: info, weak: true };
    }
    if (distant) return distant;
  }
  // The value is another line's value of the same period.
  const ak = a.times(factor);
  // Only a figure with digits to match (not 0,1 mnkr, which half the lines show) is another line's.
  if (ak.abs().gte(100) && significantDigits(a.dividedBy(cell.precision)) >= 3) {
    for (const other of ctx.byAbsValue(own?.period, ak.abs().toFixed())) {
      const info = ctx.info(other);
      if (other === cell || !info || info.lineKey === own?.lineKey) continue;
      if (identities.some((id) => id.total === other || id.terms.some((t) => t.amount === other))) continue;
      // A figure the report ties to this one (the note total it cites, the other side of the
      // balance) is equal by right, not a line the value was taken from.
      if (ctx.linked(cell, other)) continue;
      return { kind: "wrong-line", witness: info };
    }
  }
  return { kind: "mismatch" };
}

/** Digits of an integer without its trailing zeros (1 919 816 → 7, 40 → 1, 2 000 000 → 1). */
export function significantDigits(x: Decimal): number {
  const digits = x.abs().round().toFixed().replace(/0+$/, "");
  return digits.length;
}

/** Whether two cells sit in one statement. */
function sameStatement(a: CellInfoLike, b: CellInfoLike | undefined): boolean {
  return b !== undefined && a.statementKey === b.statementKey;
}
