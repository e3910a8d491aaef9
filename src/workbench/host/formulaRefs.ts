/**
 * A1 references inside formulas, for the host double: Excel keeps a conditional format's formula
 * relative to the top-left cell of the range it applies to, so the rule moves with its cells when
 * rows are inserted. The double stores such formulas as offsets (`R[0]C[0]`) and writes them back
 * in A1 from wherever the range now starts. Text in quotes is never touched.
 */
import { a1, parseA1 } from "../../engine/workbook/snapshot";

/** A reference: `$`-less parts are relative. Not preceded by a name character, not a function. */
const REF = /(?<![A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;
const REL = /R(\[-?\d+\]|\d+)C(\[-?\d+\]|\d+)/g;

/** Applies `f` to the parts of a formula outside string literals. */
function outsideStrings(formula: string, f: (code: string) => string): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

/** `=B2=5` seen from (row 1, col 1) → `=R[0]C[0]=5`; `$B$2` → `R2C2`. */
export function toRelative(formula: string, row: number, col: number): string {
  return outsideStrings(formula, (code) =>
    code.replace(REF, (whole: string, colAbs: string, letters: string, rowAbs: string, digits: string) => {
      const at = parseA1(`${letters}${digits}`);
      if (!at) return whole;
      const r = rowAbs ? `${at.row + 1}` : `[${at.row - row}]`;
      const c = colAbs ? `${at.col + 1}` : `[${at.col - col}]`;
      return `R${r}C${c}`;
    }),
  );
}

/** The inverse of `toRelative`, seen from (row, col). */
export function toA1(relative: string, row: number, col: number): string {
  return outsideStrings(relative, (code) =>
    code.replace(REL, (_whole: string, r: string, c: string) => {
      const rowAbs = !r.startsWith("[");
      const colAbs = !c.startsWith("[");
      const rr = rowAbs ? Number(r) - 1 : row + Number(r.slice(1, -1));
      const cc = colAbs ? Number(c) - 1 : col + Number(c.slice(1, -1));
      const [letters, digits] = /^([A-Z]+)(\d+)$/.exec(a1(rr, cc))!.slice(1);
      return `${colAbs ? "$" : ""}${letters}${rowAbs ? "$" : ""}${digits}`;
    }),
  );
}

/** Splits `a,b,c` at top-level commas (outside quotes and brackets). */
export function splitArguments(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const ch = list[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === "(") depth++;
    else if (!quoted && ch === ")") depth--;
    else if (!quoted && depth === 0 && ch === ",") {
      out.push(list.slice(start, i));
      start = i + 1;
    }
  }
  out.push(list.slice(start));
  return out.map((s) => s.trim());
}
