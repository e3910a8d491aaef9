import type { ExportRow } from "../../src/taskpane/paneActions";

/** One export row: the sign error of Värend's årets resultat 2025 (seed 000), open; `over` changes it. */
export function exportRow(over: Partial<ExportRow> = {}): ExportRow {
  return {
    status: "Öppen",
    severity: "Fel",
    statement: "Resultaträkning",
    target: { sheet: "RR", cell: "B2" },
    address: "RR!B2",
    period: "2025",
    expected: 1920460,
    actual: -1920460,
    difference: -3840920,
    cause: "Teckenfel",
    message: "Årets resultat har fel tecken.",
    comment: "",
    ...over,
  };
}
