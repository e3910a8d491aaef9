/**
 * A report as the layout generator sees it: statements of rows, each value in a column that says
 * what it is (entity, kind, year), amounts in kronor. Nothing here says where a cell sits in a
 * workbook: that is the layout's business (layouts.ts, render.ts).
 */

export type Entity = "förbundet" | "kommunen" | "koncernen";

/** What a column holds: the outcome, the budget, the full-year forecast, or a deviation between two. */
export type ColumnKind = "utfall" | "budget" | "prognos" | "avvikelse";

export type StatementKind = "RR" | "BR" | "KF" | "NOT" | "FEMAR" | "DRIFT" | "BALANSKRAV";

export interface Column {
  readonly entity: Entity;
  readonly kind: ColumnKind;
  readonly year: number;
  /**
   * A header the source words in its own way, `{y}` standing for the year ("Utfall jan-dec {y}",
   * "Avvikelse utfall – budget"); the header forms of a layout leave it alone.
   */
  readonly template?: string;
}

/** A cell of a row, one per column. */
export type Value =
  | number // an amount in kronor
  | null // empty
  | { readonly text: string } // literal text in a value column ("Inga", "Ej budgeterat")
  | { readonly pct: number } // a percentage, as a fraction
  | { readonly num: number } // a number that is no amount (staff count)
  | { readonly dash: true } // a zero shown as a dash
  | { readonly unit: true } // the unit, short ("Kr", "Tkr"), as some notes repeat it per column
  | { readonly head: true }; // this column's header, repeated in the row (a note's own header row)

export interface Row {
  readonly label: string;
  /** Note references per entity ("3,4"); the first entity's are the statement's note column. */
  readonly notes?: Partial<Record<Entity, string>>;
  readonly values: readonly Value[];
  /** No identity ties this line (poster inom linjen, a "därav" line): no mutant is put here. */
  readonly untied?: boolean;
}

export interface Statement {
  /** Stable key ("rr", "Balansräkning"): model cells and truth refer to it. */
  readonly key: string;
  readonly kind: StatementKind;
  readonly title: string;
  readonly columns: readonly Column[];
  /** A header row with the columns' years above the rows (a balanskravsutredning may have none). */
  readonly header: boolean;
  readonly rows: readonly Row[];
}

export type TruthLevel = "required" | "optional" | "info";

/** A value cell of the model: statement key, row index, column index (-1: the row's label). */
export interface ModelCell {
  readonly statement: string;
  readonly row: number;
  readonly col: number;
}

export interface ModelTruth {
  readonly level: TruthLevel;
  readonly kind?: string;
  readonly minSeverity: "info" | "warning" | "error";
  readonly at: ModelCell;
  readonly also: readonly ModelCell[];
  readonly what: string;
}

export interface Report {
  readonly name: string;
  readonly year: number;
  /** Kronor per unit of the published figures: 1 (kr), 1 000 (tkr), 100 000 (mnkr with one decimal). */
  readonly precision: number;
  /** A kommun's report (skatteintäkter, koncern): some förbund wordings do not apply. */
  readonly municipal: boolean;
  /** The published amounts were pasted as text. */
  readonly pastedAsText: boolean;
  readonly statements: readonly Statement[];
  /** What a revisor may or must say on the clean report (corpus); empty for corrected fixtures. */
  readonly truth: readonly ModelTruth[];
}

export const cellKey = (c: ModelCell): string => `${c.statement}|${c.row}|${c.col}`;

export const isAmount = (v: Value): v is number => typeof v === "number";
