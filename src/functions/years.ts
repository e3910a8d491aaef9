import type { CellScalar } from "./values";

/**
 * A year as a five-year overview or a balanskravsutredning writes it in a cell: a number (2025),
 * an Excel date (45657 is 2024-12-31, so its year is 2024), or a column heading with one year in it
 * ("2025-12-31", "Utfall 2025", "2025-01-01 -2025-12-31", "Bokslut 2025").
 *
 * A number from 1000 to 9999 is a year, a larger one an Excel date: dates before 1927-05-18 (serial
 * 10 000) cannot be told from years, and no report of a samordningsförbund has one.
 *
 * Returns the year, `undefined` for an empty cell (desktop Excel passes a blank cell as 0, Excel on
 * the web as null: both are empty here), or `null` when the cell holds no single year.
 */
export function yearOf(cell: CellScalar): number | undefined | null {
  if (cell === null || cell === 0) return undefined;
  if (typeof cell === "number") return yearOfNumber(cell);
  if (typeof cell !== "string") return null;
  const text = cell.trim();
  if (text === "") return undefined;
  const years = new Set<number>();
  for (const match of text.matchAll(YEAR_IN_TEXT)) years.add(Number(match[1]));
  return years.size === 1 ? [...years][0] : null;
}

// A four-digit year not part of a longer number: "2025", "Utfall 2025", "12/31/2025".
const YEAR_IN_TEXT = /(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)/g;

const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;
// Excel's serial for 9999-12-31, the last date it knows.
const LAST_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;
// Serials count days from 1899-12-30 for every date after 1900-02-28 (Excel keeps Lotus's
// nonexistent 1900-02-29 as serial 60); the serials read here are far beyond it.
const EPOCH_MS = Date.UTC(1899, 11, 30);

function yearOfNumber(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  if (Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR) return value;
  if (value > LAST_YEAR && value <= LAST_SERIAL) {
    return new Date(EPOCH_MS + Math.floor(value) * DAY_MS).getUTCFullYear();
  }
  return null;
}
