/** Sheet-qualified addresses as Excel writes them (`'Not 2'!C9`, `RR!C9`). */
export interface CellRef {
  readonly sheet: string;
  readonly cell: string;
}

/** `'Not 2'!C9` → { sheet: "Not 2", cell: "C9" }; null when no sheet is named. */
export function parseQualified(address: string): CellRef | null {
  const bang = address.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, "");
  return cell ? { sheet, cell } : null;
}
