import Decimal from "decimal.js";
import type { StatementKind } from "./finding";

/**
 * The engine's picture of a workbook after recognition: statements made of lines, each line with
 * its amounts per period column. Every amount remembers the cell it came from, so any finding can
 * point back at the cell a user sees.
 */

/** Which period a column holds, relative to the report. */
export type PeriodRole = "current" | "prior" | "older";

/** What a column holds: outcome (utfall/bokslut), budget, or a deviation column. */
export type ColumnKind = "utfall" | "budget" | "avvikelse" | "bokslut" | "prognos";

export interface PeriodColumn {
  /** 0-based absolute column index in the sheet. */
  readonly col: number;
  readonly kind: ColumnKind;
  /** The year the header names (end year of a date range), if any. */
  readonly year?: number;
  /** Cell holding the year in the header (0-based absolute row), for year findings. */
  readonly headerRow?: number;
  /** The header text as written (joined over header rows). */
  readonly headerText: string;
  /** Every year written in the column's header cells, with the cell that says it. */
  readonly headerYears: ReadonlyArray<{ readonly row: number; readonly year: number; readonly text: string }>;
  /** The period's end date ("2025-08-31") where the header says it, or a bokslut's year end. */
  readonly end?: string;
  /**
   * Whom the column reports on, as its header says ("KOMMUNEN", "Koncernen", "Förbundet"),
   * normalised by entityOf: "koncern" for the group, another word for the reporting body itself,
   * undefined where no header names one (then the report's own body).
   */
  readonly entity?: string;
  /** Position among this statement's utfall columns (0 = current). Set after role assignment. */
  role?: PeriodRole;
  /** The period label used in findings ("2025"). */
  period?: string;
}

export interface Amount {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** The value as written in the cell, in the statement's unit. */
  readonly value: Decimal;
  /** Kronor per unit of this cell (1 for kr, 1000 for tkr). */
  unitFactor: number;
  /** The rounding unit of the figure, in the statement's unit (1 for whole units, 0.01 for öre). */
  readonly precision: Decimal;
  /** The cell held a lone dash (zero). */
  readonly dash: boolean;
  /** The cell was a percentage. */
  readonly percent: boolean;
}

/** item: added into totals; heading: no amounts; total: sums lines above; memo: "varav", never added. */
export type LineRole = "item" | "heading" | "total" | "memo";

export interface Line {
  readonly row: number;
  readonly labelCol: number;
  readonly label: string;
  /** The label normalised for matching. */
  readonly norm: string;
  /** Concept id from the vocabulary (e.g. "RR.ARETS_RESULTAT"), when recognised. */
  concept?: string;
  role: LineRole;
  /** Notes cited in the note column ("3,4" → [3, 4]). */
  readonly notes: readonly number[];
  /** Amount per period column index (into Statement.columns). */
  readonly amounts: ReadonlyMap<number, Amount>;
  /** Raw non-amount text in a period column ("Inga", "Ej budgeterat"). */
  readonly texts: ReadonlyMap<number, string>;
  /**
   * Excel error values (#REF!, #DIVISION/0!) in a period column, by column index. The amount the
   * cell should hold is unknown: arithmetic over it is not judged (its text is also in `texts`).
   */
  readonly errors?: ReadonlyMap<number, ExcelErrorCell>;
}

/** A cell showing one of Excel's error values instead of a figure. */
export interface ExcelErrorCell {
  readonly row: number;
  readonly col: number;
  /** The error as shown ("#REF!", "#VÄRDEFEL!"). */
  readonly text: string;
}

export interface Statement {
  readonly kind: StatementKind;
  readonly sheet: string;
  readonly title: string;
  /** 0-based rows spanned (inclusive). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstCol: number;
  readonly lastCol: number;
  readonly columns: PeriodColumn[];
  readonly lines: Line[];
  /** Unit stated in the header (kr/tkr/mkr), and the cell saying so. */
  readonly statedUnit?: {
    readonly factor: number;
    readonly row: number;
    readonly col: number;
    readonly text: string;
  };
  /** For notes: the note number. */
  readonly note?: number;
  /** Every cell of the statement's rows (header rows included) that shows an Excel error value. */
  readonly errorCells?: readonly ExcelErrorCell[];
  /** An earlier year's statement kept beside this year's (its periods follow its own headers). */
  older?: boolean;
}

/** A term of an identity: a cell times a weight. */
export interface Term {
  readonly amount: Amount;
  readonly weight: number;
}

/**
 * An identity the figures must satisfy: `total = Σ weight·term` (in kronor). Equalities between
 * statements are identities with one term.
 */
export interface Identity {
  readonly ruleId: string;
  readonly statement: StatementKind;
  /** Period label for findings. */
  readonly period?: string;
  readonly total: Amount;
  readonly terms: readonly Term[];
  /** Words for messages: what the total is and what it is compared with. */
  readonly totalLabel: string;
  readonly description: string;
  /** Weight of the total (1 unless the comparison flips a sign convention, then −1). */
  readonly totalWeight: number;
  /**
   * The total is computed from the terms by the report's own arithmetic (an avvikelse column, a
   * copy of the outcome): when a term is corrected, the total follows rather than breaks.
   */
  readonly derived?: boolean;
  /**
   * The report does not say this identity holds; the engine paired the figures by their words (a
   * note whose title names a line, where the workbook has no note column). A break is worth a
   * remark, not an error: the line may well be made of several notes.
   */
  readonly tentative?: boolean;
}

/** A total left blank where its parts have values. */
export interface MissingTotal {
  readonly statement: Statement;
  readonly line: Line;
  readonly column: PeriodColumn;
  readonly computed: Decimal;
  readonly parts: readonly Amount[];
}

export function amountKronor(a: Amount): Decimal {
  return a.unitFactor === 1 ? a.value : a.value.times(a.unitFactor);
}
