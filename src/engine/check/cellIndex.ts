import { bodyOf } from "./identities/context";
import Decimal from "decimal.js";
import { STATEMENT_NAMES } from "../../i18n/sv/check";
import { amountKronor, type Amount, type Line, type Statement } from "./model";
import type { CellInfoLike, DiagnoseContext } from "./solve/diagnose";

/**
 * Every amount the engine read, with the statement, line and column it belongs to: what diagnoses
 * look around in, and what findings name.
 */

export interface CellInfo extends CellInfoLike {
  readonly st: Statement;
  readonly line: Line;
  readonly ci: number;
}

export function indexCells(statements: readonly Statement[]): Map<Amount, CellInfo> {
  const map = new Map<Amount, CellInfo>();
  for (const st of statements) {
    for (const line of st.lines) {
      for (const [ci, amount] of line.amounts) {
        map.set(amount, {
          st,
          line,
          ci,
          amount,
          lineKey: `${st.sheet}|${st.firstRow}|${line.row}`,
          statementKey: `${st.sheet}|${st.firstRow}`,
          period: st.columns[ci].period,
          label: displayLabel(st, line, ci),
          statementTitle: STATEMENT_NAMES[st.kind],
        });
      }
    }
  }
  return map;
}

export function diagnoseContext(
  cells: ReadonlyMap<Amount, CellInfo>,
  value: (a: Amount) => Decimal,
  broken: (a: Amount) => boolean,
  linked: (a: Amount, b: Amount) => boolean = () => false,
): DiagnoseContext {
  let byAbs: Map<string, Amount[]> | undefined;
  return {
    value,
    broken,
    linked,
    info: (a) => cells.get(a),
    sameLine: (a) => {
      const info = cells.get(a);
      if (!info) return [];
      // The line's figures in the other columns of the same body: the other year, or the budget
      // beside the outcome (a figure copied from the wrong column).
      const own = info.st.columns[info.ci];
      return [...info.line.amounts.entries()]
        .filter(([ci, x]) => {
          const c = info.st.columns[ci];
          if (x === a || c.kind === "avvikelse" || own.kind === "avvikelse" || bodyOf(c) !== bodyOf(own))
            return false;
          // An outcome and a full-year column of the same year hold the same figure by right.
          const outcome = (k: string): boolean => k === "utfall" || k === "bokslut";
          return !(outcome(c.kind) && outcome(own.kind) && c.period === own.period);
        })
        .map(([, x]) => x);
    },
    otherYear: (a) => {
      const info = cells.get(a);
      if (!info) return undefined;
      const own = info.st.columns[info.ci];
      if (own.kind !== "utfall" || (own.role !== "current" && own.role !== "prior")) return undefined;
      const want = own.role === "current" ? "prior" : "current";
      for (const [ci, x] of info.line.amounts) {
        const c = info.st.columns[ci];
        if (c.kind === "utfall" && c.role === want && bodyOf(c) === bodyOf(own)) return x;
      }
      return undefined;
    },
    byAbsValue: (period, abs) => {
      if (!byAbs) {
        byAbs = new Map();
        for (const [a, info] of cells) {
          const k = `${info.period ?? ""}|${amountKronor(a).abs().toFixed()}`;
          const list = byAbs.get(k);
          if (list) list.push(a);
          else byAbs.set(k, [a]);
        }
      }
      return byAbs.get(`${period ?? ""}|${abs}`) ?? [];
    },
  };
}

/**
 * The line as a reader finds it: a note's "Summa" names its note, and a figure outside the outcome
 * column names its column ("Resultat (Aktuell budget jan-dec 2024)").
 */
function displayLabel(st: Statement, line: Line, ci: number): string {
  let label = line.label || "Delsumma";
  if (st.kind === "NOT" && st.title) label = `${label} i ${st.title.replace(/\s+/g, " ").trim()}`;
  const col = st.columns[ci];
  if (col.kind !== "utfall" || (st.kind === "DRIFT" && st.columns.length > 1)) {
    const header = col.headerText.replace(/\s+/g, " ").trim();
    if (header) label = `${label} (${header})`;
  }
  return label;
}
