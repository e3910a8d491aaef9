/**
 * Planted differences between a workbook and its published report, for the comparison
 * (`finsam-check ARBETSBOK.xlsx --jamfor RAPPORT.pdf`): the report is made from the workbook with a
 * few amounts changed the ways a report goes wrong when figures are typed or pasted into Word — a
 * sign flipped, two digits transposed, another amount typed, the previous year's figure changed, a
 * line's amount in the other period's column. Each change is written down (<name>-jamfor.planted.json)
 * with the workbook cell it differs from, so the comparison's test knows exactly what it must list.
 *
 * The base is the corrected workbook: the ekonom's workbook is right and the published document
 * wrong, as in the seeds (the Värend report's verksamhetens resultat −1 876 309 against 1 876 309).
 */
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { columnLetters } from "../../src/engine/workbook/snapshot";

export type PlantKind =
  "sign-flipped" | "transposed-digits" | "other-amount" | "prior-year-changed" | "wrong-period-column";

export interface Plant {
  /** The line's label as the workbook has it (unique in the workbook). */
  readonly label: string;
  /** 0-based column of the amount on the line's sheet. */
  readonly column: number;
  /** The period the column stands for ("2025"). */
  readonly period: string;
  readonly kind: PlantKind;
  /** The report's amount, from the workbook's (and, for the wrong column, the line's other amounts). */
  readonly change: (value: number, line: readonly CellValue[]) => number;
}

export interface Planted {
  readonly sheet: string;
  readonly cell: string;
  readonly label: string;
  readonly period: string;
  readonly workbookValue: number;
  readonly reportValue: number;
  readonly kind: PlantKind;
}

const flip = (v: number) => -v;
/** Two neighbouring digits swapped, counted from the right (1 = the last two). */
const transpose = (at: number) => (v: number) => {
  const digits = String(Math.abs(v)).split("");
  const i = digits.length - 1 - at;
  [digits[i - 1], digits[i]] = [digits[i], digits[i - 1]];
  const out = Number(digits.join(""));
  if (out === Math.abs(v)) throw new Error(`${v}: samma siffror byter plats`);
  return Math.sign(v) * out;
};
const typed = (amount: number) => () => amount;
const fromColumn = (c: number) => (_: number, line: readonly CellValue[]) => line[c] as number;

/** What each report gets wrong, by the workbook it is made from. */
export const PLANTS: Readonly<Record<string, readonly Plant[]>> = {
  "varend-2025-one-sheet-corrected": [
    { label: "Verksamhetens resultat", column: 2, period: "2025", kind: "sign-flipped", change: flip },
    { label: "Kassa och bank", column: 2, period: "2025", kind: "transposed-digits", change: transpose(1) },
    {
      label: "Leverantörsskulder",
      column: 1,
      period: "2025",
      kind: "other-amount",
      change: typed(1_886_294),
    },
    {
      label: "Finansiella intäkter",
      column: 3,
      period: "2024",
      kind: "prior-year-changed",
      change: typed(62_397),
    },
    {
      label: "Samverkansutbildning",
      column: 1,
      period: "2025",
      kind: "wrong-period-column",
      change: fromColumn(2),
    },
  ],
  "kalmar-2024-per-sheet-corrected": [
    // The seed's own error: the driftredovisning's avvikelse of nettokostnad with the wrong sign.
    { label: "Nettokostnad", column: 3, period: "2024", kind: "sign-flipped", change: flip },
    {
      label: "Driftbidrag från Nybro Kommun",
      column: 1,
      period: "2024",
      kind: "transposed-digits",
      change: transpose(1),
    },
    {
      label: "Leverantörsskulder",
      column: 1,
      period: "2024",
      kind: "other-amount",
      change: typed(3_892_944),
    },
    { label: "Kundfordringar", column: 2, period: "2023", kind: "prior-year-changed", change: typed(10_000) },
    { label: "Lokalhyran", column: 1, period: "2024", kind: "wrong-period-column", change: fromColumn(2) },
  ],
};

/** An amount as Excel shows it in Swedish: "1 866 294", "-100 130". */
const shown = (v: number): string =>
  (v < 0 ? "-" : "") + String(Math.abs(v)).replace(/\B(?=(\d{3})+(?!\d))/g, " ");

/** The workbook with the plants applied (a copy), and the list of what was changed where. */
export function plant(
  book: WorkbookSnapshot,
  plants: readonly Plant[],
): { book: WorkbookSnapshot; planted: Planted[] } {
  const sheets = book.sheets.map((s) => ({
    ...s,
    values: s.values.map((row) => [...row]),
    text: s.text?.map((row) => [...row]),
  }));
  const planted = plants.map((p): Planted => {
    const hits = sheets.flatMap((s) =>
      s.values.flatMap((row, r) =>
        typeof row[0] === "string" && row[0].trim() === p.label ? [{ s, r }] : [],
      ),
    );
    if (hits.length !== 1) throw new Error(`"${p.label}" finns ${hits.length} gånger`);
    const { s, r } = hits[0];
    const before = s.values[r][p.column];
    if (typeof before !== "number") throw new Error(`"${p.label}" kolumn ${p.column} är inget belopp`);
    const after = p.change(before, s.values[r]);
    if (after === before) throw new Error(`"${p.label}": ändringen ändrar inget`);
    s.values[r][p.column] = after;
    if (s.text?.[r]) s.text[r][p.column] = shown(after);
    return {
      sheet: s.name,
      cell: `${columnLetters(s.origin.col + p.column)}${s.origin.row + r + 1}`,
      label: p.label,
      period: p.period,
      workbookValue: before,
      reportValue: after,
      kind: p.kind,
    };
  });
  return { book: { ...book, sheets: sheets as readonly SheetSnapshot[] }, planted };
}
