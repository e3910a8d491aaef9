import { IDENTITY_BASIS } from "../../../i18n/sv/check";
import { labelSimilarity } from "../labels/normaliseLabel";
import type { Identity, Line, Statement } from "../model";
import { RULES } from "../rules/catalogue";
import { columnIndex, equality, type StatementIndex } from "./context";

/**
 * `NOT.INGAENDE.FOREG_AR`: a note that rolls a value forward (anläggningar, avsättningar, lån,
 * eget kapital) opens each year with what it closed the year before: "Ingående anskaffningsvärde"
 * this year is "Utgående anskaffningsvärde" last year. Opening and closing lines are paired by what
 * follows their ingående / utgående ("vid årets början" / "vid årets slut").
 */

const OPENING = /^(ingående|ing)\s+(.+)$|^(.+?)\s+vid (årets|periodens) början$/;
const CLOSING = /^(utgående|utg)\s+(.+)$|^(.+?)\s+vid (årets|periodens) slut$/;

/** What a line opens or closes ("anskaffningsvärde"), or undefined. */
function subject(line: Line, pattern: RegExp): string | undefined {
  const m = pattern.exec(line.norm);
  return m ? (m[2] ?? m[3]) : undefined;
}

export function noteOpeningBalances(ix: StatementIndex): Identity[] {
  const rule = RULES.noteOpening;
  const out: Identity[] = [];
  for (const note of ix.byKind.get("NOT") ?? []) {
    const current = columnIndex(note, "current");
    const prior = columnIndex(note, "prior");
    if (current < 0 || prior < 0) continue;
    for (const opening of note.lines) {
      const what = subject(opening, OPENING);
      const a = what !== undefined ? opening.amounts.get(current) : undefined;
      if (!what || !a) continue;
      const closing = closingOf(note, what);
      const b = closing?.amounts.get(prior);
      if (!closing || !b) continue;
      out.push(
        equality(
          rule.id,
          "NOT",
          note.columns[current].period,
          a,
          [{ amount: b, weight: 1 }],
          opening.label,
          IDENTITY_BASIS[rule.id],
        ),
      );
    }
  }
  return out;
}

/** The closing line of the same value, the nearest one by wording. */
function closingOf(note: Statement, what: string): Line | undefined {
  let best: Line | undefined;
  let bestScore = 0.85;
  for (const line of note.lines) {
    const closes = subject(line, CLOSING);
    if (closes === undefined) continue;
    const score = labelSimilarity(closes, what);
    if (score > bestScore) [best, bestScore] = [line, score];
  }
  return best;
}
