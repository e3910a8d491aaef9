import type { Amount, Line, Statement } from "../model";

/**
 * A line's normal sign: among items of one kind (costs listed as positive amounts in a note), one
 * negative item is worth a warning (Kalmar 2024 Not 2: "Revisionsarvode −14 000"); it may be a
 * reversal, so it is a warning, never an error. Lines whose nature is to carry either sign
 * (förändring, öresutjämning, övrigt, justering...) are left alone, and so are small amounts.
 */

const NATURALLY_SIGNED =
  /förändr|öres|övrig|justering|återföring|korrigering|avräkn|differens|netto|resultat|semester|periodisering|upplösning|kursdiff|avrundning|reglering|avgår|avgå|avdrag|avdrar|elimin|interna poster|minus|nedskrivning|reducering|avskrivning|utbetalning|utjämning|avgift till|amortering|försäljning|utrangering|minskning|återbetalning|ingående|utgående|ackumulerad/;
const MIN_AMOUNT = 1000;

export interface SignProblem {
  readonly statement: Statement;
  readonly line: Line;
  readonly amount: Amount;
  readonly period?: string;
  /** The sign most items of the column carry (words in src/i18n/sv/check.ts, SIGN_WORDS). */
  readonly majority: "positive" | "negative";
}

export function unusualSigns(statements: readonly Statement[]): SignProblem[] {
  const out: SignProblem[] = [];
  for (const st of statements) {
    if (st.kind !== "NOT" && st.kind !== "RR") continue;
    st.columns.forEach((col, ci) => {
      if (col.kind !== "utfall") return;
      const items = st.lines.filter((l) => l.role === "item" && l.amounts.has(ci));
      if (items.length < 4) return;
      let pos = 0;
      let neg = 0;
      for (const l of items) {
        const v = (l.amounts.get(ci) as Amount).value;
        if (v.isNegative()) neg++;
        else if (!v.isZero()) pos++;
      }
      const majorityPositive = pos > neg;
      if (Math.min(pos, neg) * 5 > pos + neg) return; // mixed by nature
      for (const l of items) {
        const a = l.amounts.get(ci) as Amount;
        if (a.value.isZero() || a.value.isNegative() !== majorityPositive) continue;
        if (a.value.abs().times(a.unitFactor).lt(MIN_AMOUNT) || NATURALLY_SIGNED.test(l.norm)) continue;
        out.push({
          statement: st,
          line: l,
          amount: a,
          period: col.period,
          majority: majorityPositive ? "positive" : "negative",
        });
      }
    });
  }
  return out;
}
