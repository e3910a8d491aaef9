/**
 * A finding is data: the task pane, the export sheet, the command line and the tests all read this
 * shape, and words come from the Swedish message table (src/i18n/sv/check.ts). `ruleId` values are
 * published: once released they never change, because users filter and acknowledge on them.
 */

export type Severity = "error" | "warning" | "info";

/**
 * The likely cause of a difference (DOMAIN.md, "Telling what went wrong"):
 * - `sign`: the stated value is the negation of the computed one (teckenfel);
 * - `part-sign`: one of the parts carries the wrong sign (the difference is twice that part);
 * - `omission`: a line was left out of a total; `double-count`: a line was counted twice;
 * - `transposition`: two digits swapped (difference divisible by 9, same digits);
 * - `period-swap`: the value is the other period's value of the same line (fel kolumn);
 * - `year`: a header names the wrong year (fel år);
 * - `unit`: 1 000 times too large or too small (kr vs tkr);
 * - `rounding`: within the rounding tolerance (avrundningsdifferens, always `info`);
 * - `unusual-sign`: a line's sign is against its nature (a cost shown positive among negative costs);
 * - `missing`: a line the identity needs is left blank;
 * - `wrong-line`: the value is another line's value of the same period (e.g. the operating result
 *   where the net cost belongs, or equity amounts in the row for soliditet);
 * - `mismatch`: a difference with no recognisable cause;
 * - `excel-error`: the cell shows one of Excel's error values (#REF!, #DIVISION/0!) instead of a figure.
 */
export type FindingKind =
  | "sign"
  | "part-sign"
  | "omission"
  | "double-count"
  | "transposition"
  | "period-swap"
  | "year"
  | "unit"
  | "rounding"
  | "unusual-sign"
  | "missing"
  | "wrong-line"
  | "mismatch"
  | "excel-error";

/** The statements the engine recognises. */
export type StatementKind =
  | "RR" // resultaträkning
  | "BR" // balansräkning
  | "KF" // kassaflödesanalys
  | "NOT" // noter
  | "FEMAR" // översikt över verksamhetens utveckling (femårsöversikt)
  | "DRIFT" // driftredovisning / budgetuppföljning
  | "BALANSKRAV" // balanskravsutredning
  | "TEXT"; // the running text (förvaltningsberättelsen): amounts it quotes

export interface Finding {
  /** Stable rule id, e.g. `RR.ARETS_RESULTAT.SUM`. */
  readonly ruleId: string;
  readonly severity: Severity;
  readonly kind: FindingKind;
  /** Statement of the blamed cell. */
  readonly statement: StatementKind;
  /** Sheet of the blamed cell. */
  readonly sheet: string;
  /** A1 address of the blamed cell (the value that breaks the most identities). */
  readonly cell: string;
  /** The other cells involved, as `Sheet!A1` (quoted like Excel when the name needs it). */
  readonly related: readonly string[];
  /** The period the finding concerns, e.g. "2025". */
  readonly period?: string;
  /** What the identity says the blamed cell should hold. */
  readonly expected?: number;
  /** What the blamed cell holds. */
  readonly actual?: number;
  /** actual − expected. */
  readonly difference?: number;
  /** Swedish, one or two sentences: what is wrong, by how much, the likely cause. */
  readonly message: string;
  /** The label of the blamed line as written in the workbook. */
  readonly label?: string;
  /**
   * A fingerprint that survives a new draft of the workbook (rule, statement, line label, period),
   * so an acknowledged (kvitterad) finding is recognised on the next check.
   */
  readonly key: string;
}

export interface CheckOptions {
  /** Override the unit the workbook states (kr or tkr). */
  readonly unit?: "kr" | "tkr";
  /** Check only these sheets (by name); all when absent. */
  readonly sheets?: readonly string[];
  /** Called with a fraction 0..1 as work proceeds. */
  readonly onProgress?: (fraction: number) => void;
}

export interface RecognisedStatement {
  readonly statement: StatementKind;
  readonly sheet: string;
  /** A1 range the statement spans, e.g. "A3:D14". */
  readonly range: string;
  /** The statement's title as written, or the sheet name. */
  readonly title: string;
  /** Periods named by its columns, e.g. ["2025", "2024"]. */
  readonly periods: readonly string[];
  /** For notes: the note number. */
  readonly note?: number;
  /**
   * Whom its columns report on, where a header says so: "kommun", "region", "förbund", "bolag" for
   * the body itself and "koncern" for the group (read/header.ts, entityOf), in column order.
   */
  readonly entities?: readonly string[];
}

/**
 * A tie the check found to hold: what a working paper lists beside the exceptions ("Årets resultat
 * RR = BR ✓ 2025"). One per identity judged; ties broken by a finding are not listed.
 */
export interface HeldTie {
  /** The rule's id, as findings carry it (`BR.ARETS_RESULTAT.RR`, `RR.SUMMA.SUM`). */
  readonly ruleId: string;
  /** Statement of the tie's total. */
  readonly statement: StatementKind;
  readonly period?: string;
  /** The label of the total's line as written ("Årets resultat", "Summa tillgångar"). */
  readonly label: string;
  /** In Swedish: what the total is compared with ("summan av raderna", "årets resultat i resultaträkningen"). */
  readonly basis: string;
  /** The total's cell and the cells it is compared with, as `Sheet!A1`. */
  readonly total: string;
  readonly cells: readonly string[];
  /** Held only within the rounding of its figures (an avrundningsdifferens, listed as info). */
  readonly rounded: boolean;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  /** Every tie that held, in the order the statements were read (coverage for a working paper). */
  readonly held?: readonly HeldTie[];
  readonly statements: readonly RecognisedStatement[];
  /** The report year the engine settled on (the latest period of the statements), if any. */
  readonly reportYear?: number;
}
