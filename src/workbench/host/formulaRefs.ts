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

/** Where an index along the axis goes: inserted before it, or deleted (null) or before it. */
function moveIndex(
  index: number,
  at: number,
  delta: number,
  edge: "start" | "end" | "single",
): number | null {
  if (index < at) return index;
  if (delta > 0) return index + delta;
  const end = at - delta; // first index after the deleted block
  if (index >= end) return index + delta;
  if (edge === "start") return at;
  if (edge === "end") return at - 1;
  return null;
}

/**
 * A formula after rows (columns) were inserted or deleted on its own sheet: references at or after
 * `at` move by `delta`; a range loses its deleted part; a reference wholly deleted becomes
 * `#REF!`, as in Excel. References qualified with a sheet name are left alone.
 */
export function shiftReferences(
  formula: string,
  axis: "rows" | "columns",
  at: number,
  delta: number,
): string {
  const one = String.raw`(\$?)([A-Za-z]{1,3})(\$?)(\d+)`;
  const pattern = new RegExp(String.raw`(?<![A-Za-z0-9_.$!'])${one}(?::${one})?(?![\d(A-Za-z_!])`, "g");
  const render = (colAbs: string, rowAbs: string, row: number, col: number): string => {
    const [l, d] = /^([A-Z]+)(\d+)$/.exec(a1(row, col))!.slice(1);
    return `${colAbs}${l}${rowAbs}${d}`;
  };
  return outsideStrings(formula, (code) =>
    code.replace(pattern, (whole: string, ...m: string[]) => {
      const first = parseA1(`${m[1]}${m[3]}`);
      const second = m[5] ? parseA1(`${m[5]}${m[7]}`) : null;
      if (!first) return whole;
      const pick = (p: { row: number; col: number }) => (axis === "rows" ? p.row : p.col);
      const place = (p: { row: number; col: number }, i: number) =>
        axis === "rows" ? { row: i, col: p.col } : { row: p.row, col: i };
      if (!second) {
        const i = moveIndex(pick(first), at, delta, "single");
        if (i === null) return "#REF!";
        const p = place(first, i);
        return render(m[0], m[2], p.row, p.col);
      }
      const a = moveIndex(pick(first), at, delta, "start")!;
      const b = moveIndex(pick(second), at, delta, "end")!;
      if (b < a) return "#REF!";
      const p = place(first, a);
      const q = place(second, b);
      return `${render(m[0], m[2], p.row, p.col)}:${render(m[4], m[6], q.row, q.col)}`;
    }),
  );
}
