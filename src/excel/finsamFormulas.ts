/**
 * Which formulas need the add-in: those that call a FINSAM function anywhere outside a string
 * (`=FINSAM.TRAPPAN(B2;B3)`, `=ROUND(FINSAM.BELOPP(A1),0)`). A workbook opened without the add-in
 * shows `#NAME?` in exactly these cells.
 */
const FINSAM_CALL = /(?<![\w.])FINSAM\.[\p{L}\d_.]+\s*\(/iu;

export function callsFinsam(formula: unknown): formula is string {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  return formula.split(/"(?:[^"]|"")*"/).some((code) => FINSAM_CALL.test(code));
}
