import Decimal from "decimal.js";
import { formatAmount } from "../../amount/formatAmount";
import { MESSAGES } from "../../../i18n/sv/check";
import { a1, qualifiedAddress } from "../../workbook/snapshot";
import type { Finding } from "../finding";
import type { Amount, Statement } from "../model";
import type { StatementIndex } from "../identities/context";
import { solidityOf } from "../identities/overview";
import { RULES } from "./catalogue";

/**
 * Soliditet = eget kapital / summa tillgångar, in per cent. The overview's latest years are checked
 * against the balance sheet; a row of amounts where percentages belong (Kalmar 2024) is flagged once.
 */

const pct = (d: Decimal): string => `${formatAmount(d.times(100).toDecimalPlaces(1))} %`;

export function solidityFindings(
  ix: StatementIndex,
  blamed: ReadonlySet<string>,
  /** Whether any of these figures sits beside an Excel error value (then nothing is judged). */
  unknown: (cells: ReadonlyArray<Pick<Amount, "sheet" | "row" | "col">>) => boolean = () => false,
): Finding[] {
  const out: Finding[] = [];
  for (const st of ix.byKind.get("FEMAR") ?? []) {
    const line = st.lines.find((l) => l.concept === "FEMAR.SOLIDITET");
    if (!line) continue;
    const amounts = [...line.amounts.entries()];
    if (amounts.length === 0) continue;
    // Soliditet is written as 54 %, 0,54 or 54 (in a row labelled %); above 100 it is an amount.
    const notPercent = amounts.filter(([, a]) => !a.percent && a.value.abs().gt(100));
    if (notPercent.length > amounts.length / 2) {
      const [ci, a] = notPercent[0];
      const col = st.columns[ci];
      const s = col.role === "current" || col.role === "prior" ? solidityOf(ix, col.role) : undefined;
      const cell = a1(a.row, a.col);
      if (blamed.has(`${a.sheet}!${cell}`)) continue;
      out.push({
        ruleId: RULES.solidityNotPercent.id,
        severity: RULES.solidityNotPercent.severity,
        kind: "wrong-line",
        statement: "FEMAR",
        sheet: a.sheet,
        cell,
        related: notPercent.slice(1).map(([, x]) => qualifiedAddress(x.sheet, a1(x.row, x.col))),
        period: col.period,
        expected: s ? s.ratio.toDecimalPlaces(4).toNumber() : undefined,
        actual: a.value.toNumber(),
        message: MESSAGES.solidityNotPercent({
          label: line.label,
          period: col.period,
          actual: formatAmount(a.value),
          expected: s ? pct(s.ratio) : undefined,
        }),
        key: `${RULES.solidityNotPercent.id}|FEMAR|${line.label.toLowerCase()}|`,
      });
      continue;
    }
    for (const [ci, a] of amounts) {
      const col = st.columns[ci];
      // Against the balance sheet for the years it shows; else against the overview's own rows.
      const fromBR = col.role === "current" || col.role === "prior" ? solidityOf(ix, col.role) : undefined;
      const s = fromBR ?? ownSolidity(st, ci);
      if (!s || unknown([a, ...s.cells])) continue;
      const rule = fromBR ? RULES.solidityBR : RULES.solidityOwn;
      const stated = a.percent || a.value.abs().lte(1.5) ? a.value : a.value.dividedBy(100);
      // The stated percentage is rounded to its own precision (54 % → ±0.5 %).
      const unit = a.percent ? a.precision : a.precision.dividedBy(100);
      const slack = unit.dividedBy(2).plus(0.0005);
      // Consistent when the stated interval meets the interval the balance sheet's figures allow.
      if (stated.plus(slack).gte(s.low) && stated.minus(slack).lte(s.high)) continue;
      const cell = a1(a.row, a.col);
      if (blamed.has(`${a.sheet}!${cell}`)) continue;
      out.push({
        ruleId: rule.id,
        severity: rule.severity,
        kind: "mismatch",
        statement: "FEMAR",
        sheet: a.sheet,
        cell,
        related: s.cells.map((x) => qualifiedAddress(x.sheet, a1(x.row, x.col))),
        period: col.period,
        expected: s.ratio.toDecimalPlaces(4).toNumber(),
        actual: stated.toNumber(),
        difference: stated.minus(s.ratio).toDecimalPlaces(4).toNumber(),
        message: (fromBR ? MESSAGES.solidityMismatch : MESSAGES.solidityOwnMismatch)({
          label: line.label,
          period: col.period,
          actual: pct(stated),
          expected: pct(s.ratio),
        }),
        key: `${rule.id}|FEMAR|${line.label.toLowerCase()}|${col.period ?? ""}`,
      });
    }
  }
  return out;
}

/**
 * Soliditet from the overview's own rows (eget kapital / balansomslutning) in a column, with the
 * interval their rounding allows: the years no balance sheet in the workbook shows.
 */
function ownSolidity(
  st: Statement,
  ci: number,
): { ratio: Decimal; low: Decimal; high: Decimal; cells: Amount[] } | undefined {
  const eq = st.lines.find((l) => l.concept === "FEMAR.EGET_KAPITAL")?.amounts.get(ci);
  const assets = st.lines.find((l) => l.concept === "FEMAR.BALANSOMSLUTNING")?.amounts.get(ci);
  if (!eq || !assets || assets.value.isZero() || eq.percent || assets.percent) return undefined;
  const e = eq.value.times(eq.unitFactor);
  const t = assets.value.times(assets.unitFactor);
  const ue = eq.precision.times(eq.unitFactor).dividedBy(2);
  const ut = assets.precision.times(assets.unitFactor).dividedBy(2);
  const ratio = e.dividedBy(t);
  const bounds = [e.minus(ue), e.plus(ue)].flatMap((x) =>
    [t.minus(ut), t.plus(ut)].filter((y) => !y.isZero()).map((y) => x.dividedBy(y)),
  );
  return {
    ratio,
    low: Decimal.min(ratio, ...bounds),
    high: Decimal.max(ratio, ...bounds),
    cells: [eq, assets],
  };
}
