import Decimal from "decimal.js";
import {
  amountKronor,
  type Amount,
  type Identity,
  type Line,
  type PeriodRole,
  type Statement,
  type Term,
} from "../model";
import { withinTolerance } from "../solve/tolerance";
import { costDeviationsFlipped, isCostLine } from "./costConvention";
import {
  amountAt,
  columnIndex,
  equality,
  outcomeColumns,
  periodOf,
  sameTimeColumn,
  type StatementIndex,
} from "./context";

/**
 * The identities between statements a revisor ties out (DOMAIN.md): årets resultat the same in
 * RR, BR, KF, the overview, the driftredovisning and the balanskravsutredning; cash in KF and BR;
 * opening balances = prior closing balances; KF's working-capital changes = BR's changes, with
 * sign; equity and cash in the driftredovisning.
 */

const ROLES: readonly PeriodRole[] = ["current", "prior"];
const one = (amount: Amount, weight = 1): Term => ({ amount, weight });

export function crossStatementIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  const rrResult = ix.find("RR", "RR.ARETS_RESULTAT");

  // Årets resultat: RR ↔ BR, KF, balanskrav (same period), and the driftredovisning.
  if (rrResult) {
    for (const ci of outcomeColumns(rrResult.st)) {
      const rr = rrResult.line.amounts.get(ci);
      if (!rr) continue;
      const col = rrResult.st.columns[ci];
      const period = col.period;
      const pairs: Array<[string, string, string]> = [
        ["BR", "BR.ARETS_RESULTAT", "BR.ARETS_RESULTAT.RR"],
        ["KF", "KF.ARETS_RESULTAT", "KF.ARETS_RESULTAT.RR"],
        ["BALANSKRAV", "BK.ARETS_RESULTAT", "BALANSKRAV.ARETS_RESULTAT.RR"],
      ];
      for (const [kind, concept, ruleId] of pairs) {
        const other = ix.find(kind as Statement["kind"], concept);
        if (!other) continue;
        const oci = sameTimeColumn(rrResult.st, ci, other.st);
        const a = oci >= 0 ? other.line.amounts.get(oci) : undefined;
        if (a)
          out.push(
            equality(
              ruleId,
              other.st.kind,
              period,
              a,
              [one(rr)],
              other.line.label,
              "Årets resultat enligt resultaträkningen",
            ),
          );
      }
      const drift = ix.find("DRIFT", "DRIFT.RESULTAT");
      if (drift && col.role === "current" && col.kind === "utfall") {
        for (let dci = 0; dci < drift.st.columns.length; dci++) {
          const dcol = drift.st.columns[dci];
          if (dcol.role !== "current" || (dcol.kind !== "utfall" && dcol.kind !== "bokslut")) continue;
          if (dcol.end && col.end && dcol.end !== col.end) continue;
          const a = drift.line.amounts.get(dci);
          if (a)
            out.push(
              equality(
                "DRIFT.RESULTAT.RR",
                "DRIFT",
                period,
                a,
                [one(rr)],
                drift.line.label,
                "Årets resultat enligt resultaträkningen",
              ),
            );
        }
      }
    }
  }

  // Balansräkning: summa tillgångar = summa eget kapital, avsättningar och skulder.
  const assets = ix.find("BR", "BR.SUMMA_TILLGANGAR");
  const claims = ix.find("BR", "BR.SUMMA_EKAS");
  if (assets && claims && assets.st === claims.st) {
    for (const role of ROLES) {
      const a = amountAt(claims.st, claims.line, role);
      const b = amountAt(assets.st, assets.line, role);
      if (a && b)
        out.push(
          equality(
            "BR.BALANSERAR",
            "BR",
            periodOf(claims.st, role),
            a,
            [one(b)],
            claims.line.label,
            "Summa tillgångar",
          ),
        );
    }
  }

  out.push(...equityIdentities(ix));
  // What counts as cash is decided once from the figures, and passed on as data.
  const cash = cashConcepts(ix);
  out.push(...cashIdentities(ix, cash));
  out.push(...workingCapitalIdentities(ix));
  out.push(...driftIdentities(ix, cash));
  return out;
}

/** Equity at year end as terms: the closing line, or the lines that make it up. */
export function equityTerms(
  ix: StatementIndex,
  role: PeriodRole,
): { terms: Term[]; st: Statement } | undefined {
  const closing = ix.find("BR", "BR.EK_SLUT");
  if (closing) {
    const a = amountAt(closing.st, closing.line, role);
    if (a) return { terms: [one(a)], st: closing.st };
  }
  const parts = ix.findAll("BR", ["BR.EK_BORJAN", "BR.ARETS_RESULTAT", "BR.OVRIGT_EK"]);
  if (!parts) return undefined;
  const terms = parts.lines
    .map((l) => amountAt(parts.st, l, role))
    .filter((a): a is Amount => !!a)
    .map((a) => one(a));
  return terms.length > 0 ? { terms, st: parts.st } : undefined;
}

function equityIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  // Opening equity = prior year's closing equity.
  const opening = ix.find("BR", "BR.EK_BORJAN");
  if (opening) {
    const a = amountAt(opening.st, opening.line, "current");
    const prior = equityTerms(ix, "prior");
    if (a && prior) {
      out.push(
        equality(
          "BR.EK_BORJAN.FOREG_AR",
          "BR",
          periodOf(opening.st, "current"),
          a,
          prior.terms,
          opening.line.label,
          "Eget kapital vid föregående års slut",
        ),
      );
    }
  }
  return out;
}

/**
 * What the report counts as likvida medel: kassa och bank, plus kortfristiga placeringar where the
 * kassaflödesanalys counts them (DOMAIN.md). Read from the figures: placeringar are included only
 * when that makes the cash flow's closing balance agree in more years.
 */
function cashConcepts(ix: StatementIndex): string[] {
  const withPlacements = ["BR.KASSA", "BR.PLACERINGAR"];
  let choice = withPlacements;
  const placements = ix.find("BR", "BR.PLACERINGAR");
  const closing = ix.find("KF", "KF.LIKVIDA_SLUT");
  const hasPlacements = placements && [...placements.line.amounts.values()].some((a) => !a.value.isZero());
  if (hasPlacements && closing) {
    const hits = (concepts: string[]): number => {
      const cash = ix.findAll("BR", concepts);
      if (!cash) return 0;
      let n = 0;
      for (const ci of outcomeColumns(closing.st)) {
        const a = closing.line.amounts.get(ci);
        const bci = sameTimeColumn(closing.st, ci, cash.st);
        if (!a || bci < 0) continue;
        const terms = cash.lines
          .map((l) => l.amounts.get(bci))
          .filter((x): x is Amount => !!x)
          .map((x) => one(x));
        if (terms.length > 0 && withinTolerance(a, 1, terms)) n++;
      }
      return n;
    };
    choice = hits(withPlacements) > hits(["BR.KASSA"]) ? withPlacements : ["BR.KASSA"];
  }
  return choice;
}

function cashTerms(ix: StatementIndex, role: PeriodRole, concepts: string[]): Term[] {
  const cash = ix.findAll("BR", concepts);
  if (!cash) return [];
  return cash.lines
    .map((l) => amountAt(cash.st, l, role))
    .filter((a): a is Amount => !!a)
    .map((a) => one(a));
}

function cashIdentities(ix: StatementIndex, concepts: string[]): Identity[] {
  const out: Identity[] = [];
  const closing = ix.find("KF", "KF.LIKVIDA_SLUT");
  const opening = ix.find("KF", "KF.LIKVIDA_BORJAN");
  const cash = ix.findAll("BR", concepts);
  if (closing && cash) {
    for (const ci of outcomeColumns(closing.st)) {
      const a = closing.line.amounts.get(ci);
      const bci = sameTimeColumn(closing.st, ci, cash.st);
      const br =
        bci >= 0
          ? cash.lines
              .map((l) => l.amounts.get(bci))
              .filter((x): x is Amount => !!x)
              .map((x) => one(x))
          : [];
      if (a && br.length > 0)
        out.push(
          equality(
            "KF.LIKVIDA_SLUT.BR",
            "KF",
            closing.st.columns[ci].period,
            a,
            br,
            closing.line.label,
            "Kassa och bank i balansräkningen",
          ),
        );
    }
  }
  if (opening) {
    const a = amountAt(opening.st, opening.line, "current");
    if (a) {
      const br = cashTerms(ix, "prior", concepts);
      if (br.length > 0)
        out.push(
          equality(
            "KF.LIKVIDA_BORJAN.BR",
            "KF",
            periodOf(opening.st, "current"),
            a,
            br,
            opening.line.label,
            "Kassa och bank vid föregående års slut",
          ),
        );
      const prevClose = closing ? amountAt(closing.st, closing.line, "prior") : undefined;
      const sameStart =
        closing &&
        opening.st.columns.find((c) => c.role === "prior" && c.kind === "utfall")?.end?.endsWith("12-31") !==
          false;
      if (prevClose && sameStart)
        out.push(
          equality(
            "KF.LIKVIDA_BORJAN.FOREG_AR",
            "KF",
            periodOf(opening.st, "current"),
            a,
            [one(prevClose)],
            opening.line.label,
            "Likvida medel vid föregående års slut",
          ),
        );
    }
  }
  return out;
}

/** KF's change in receivables and liabilities = BR's change (an increase of receivables is negative cash flow). */
function workingCapitalIdentities(ix: StatementIndex): Identity[] {
  const out: Identity[] = [];
  const specs: Array<{ kf: string; br: string[]; sign: number; ruleId: string; what: string }> = [
    {
      kf: "KF.FORDRINGAR",
      br: ["BR.FORDRINGAR", "BR.FORUTBETALDA"],
      sign: -1,
      ruleId: "KF.FORDRINGAR.BR",
      what: "Förändringen av fordringarna i balansräkningen",
    },
    {
      kf: "KF.SKULDER",
      br: ["BR.KORTA_SKULDER"],
      sign: 1,
      ruleId: "KF.SKULDER.BR",
      what: "Förändringen av de kortfristiga skulderna i balansräkningen",
    },
  ];
  for (const spec of specs) {
    const kf = ix.find("KF", spec.kf);
    const br = ix.findAll("BR", spec.br);
    if (!kf || !br) continue;
    const a = amountAt(kf.st, kf.line, "current");
    if (!a) continue;
    const cur = br.lines.map((l) => amountAt(br.st, l, "current")).filter((x): x is Amount => !!x);
    const prior = br.lines.map((l) => amountAt(br.st, l, "prior")).filter((x): x is Amount => !!x);
    if (cur.length === 0 || prior.length === 0) continue;
    const sign = /ökning\s*\(\s*\+\s*\)/i.test(kf.line.label) && spec.sign < 0 ? 1 : spec.sign;
    const terms = [...cur.map((x) => one(x, sign)), ...prior.map((x) => one(x, -sign))];
    out.push(equality(spec.ruleId, "KF", periodOf(kf.st, "current"), a, terms, kf.line.label, spec.what));
  }
  return out;
}

function driftIdentities(ix: StatementIndex, cashConcepts: string[]): Identity[] {
  const out: Identity[] = [];
  for (const st of ix.byKind.get("DRIFT") ?? []) {
    const utfall = columnIndex(st, "current", ["utfall"]);
    const budget = st.columns.findIndex((c) => c.kind === "budget");
    const avvikelse = st.columns.findIndex((c) => c.kind === "avvikelse");
    const bokslut = st.columns.findIndex((c) => c.kind === "bokslut" && c.role === "current");
    const flipCosts = costDeviationsFlipped(st);
    for (const line of st.lines) {
      const u = utfall >= 0 ? line.amounts.get(utfall) : undefined;
      const b = budget >= 0 ? line.amounts.get(budget) : undefined;
      const d = avvikelse >= 0 ? line.amounts.get(avvikelse) : undefined;
      if (u && b && d) {
        const flip = flipCosts && isCostLine(line);
        out.push(
          equality(
            "DRIFT.AVVIKELSE",
            "DRIFT",
            st.columns[avvikelse].period,
            d,
            flip ? [one(b), one(u, -1)] : [one(u), one(b, -1)],
            line.label,
            flip ? "Budget minus utfall" : "Utfall minus budget",
            { derived: true },
          ),
        );
      }
      const k = bokslut >= 0 ? line.amounts.get(bokslut) : undefined;
      if (u && k) {
        out.push(
          equality(
            "DRIFT.BOKSLUT.UTFALL",
            "DRIFT",
            st.columns[bokslut].period,
            k,
            [one(u)],
            line.label,
            "Utfallet för samma år",
            { derived: true },
          ),
        );
      }
    }
    // Equity and cash at year end agree with the balance sheet.
    const cols = [utfall, bokslut].filter((ci) => ci >= 0);
    const ek = st.lines.find((l) => l.concept === "DRIFT.EGET_KAPITAL");
    const eq = equityTerms(ix, "current");
    const likvida = st.lines.find((l) => l.concept === "DRIFT.LIKVIDA");
    const cash = cashTerms(ix, "current", cashConcepts);
    for (const ci of cols) {
      const a = ek?.amounts.get(ci);
      if (a && ek && eq)
        out.push(
          equality(
            "DRIFT.EGET_KAPITAL.BR",
            "DRIFT",
            st.columns[ci].period,
            a,
            eq.terms,
            ek.label,
            "Eget kapital i balansräkningen",
          ),
        );
      const c = likvida?.amounts.get(ci);
      if (c && likvida && cash.length > 0)
        out.push(
          equality(
            "DRIFT.LIKVIDA.BR",
            "DRIFT",
            st.columns[ci].period,
            c,
            cash,
            likvida.label,
            "Kassa och bank i balansräkningen",
          ),
        );
    }
  }
  return out;
}

/** Sign of a sum of amounts (1, −1 or 0). */
export function signOf(amounts: readonly Amount[]): number {
  const s = amounts.reduce((acc, a) => acc.plus(amountKronor(a)), new Decimal(0));
  return s.isZero() ? 0 : s.isNegative() ? -1 : 1;
}

/** Whether a candidate identity holds, for rules that learn a report's own definition. */
export function holds(total: Amount, terms: readonly Term[]): boolean {
  return withinTolerance(total, 1, terms);
}

export type { Line };
