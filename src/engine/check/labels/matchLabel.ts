import type { StatementKind } from "../finding";
import { labelSimilarity } from "./normaliseLabel";
import { CONCEPTS, STATEMENT_TITLES, type Concept, type Pattern } from "./vocabulary";

/** How close a label must be to a pattern to count as that line (typos, OCR slips). */
const MIN_SIMILARITY = 0.8;

/**
 * The most `labelSimilarity` could give two labels, from their lengths alone: an edit distance is at
 * least the difference in length, with and without spaces.
 */
function similarityBound(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  if (len === 0) return 0;
  const spaces = (x: string): number => x.split(" ").length - 1;
  const a2 = a.length - spaces(a);
  const b2 = b.length - spaces(b);
  const d1 = Math.abs(a.length - b.length) / len;
  const d2 = Math.abs(a2 - b2) / Math.max(a2, b2, 1);
  return 1 - Math.min(d1, d2);
}

/** The pattern's score, or 0 when it cannot exceed `floor` (then it is not worth computing). */
function patternScore(norm: string, pattern: Pattern, floor = -1): number {
  if (typeof pattern === "string")
    return norm !== pattern && similarityBound(norm, pattern) <= floor ? 0 : labelSimilarity(norm, pattern);
  if (!pattern.all.every((w) => norm.includes(w))) return 0;
  if (pattern.any && !pattern.any.some((w) => norm.includes(w))) return 0;
  if (pattern.none && pattern.none.some((w) => norm.includes(w))) return 0;
  // A keyword match is good but loses to an exact phrase.
  return 0.9;
}

function bestScore(norm: string, patterns: readonly Pattern[], floor = -1): number {
  let best = 0;
  for (const p of patterns) {
    const s = patternScore(norm, p, Math.max(floor, best));
    if (s > best) best = s;
    if (best === 1) break;
  }
  return best;
}

const conceptCache = new Map<string, Concept | null>();

/** The concept of `statement` a normalised label names, or undefined. */
export function matchConcept(norm: string, statement: StatementKind): Concept | undefined {
  const key = `${statement}|${norm}`;
  const cached = conceptCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  let best: Concept | undefined;
  let bestS = MIN_SIMILARITY - 1e-9;
  for (const concept of CONCEPTS) {
    if (concept.statement !== statement) continue;
    const s = bestScore(norm, concept.patterns, bestS);
    if (s > bestS) {
      bestS = s;
      best = concept;
    }
  }
  if (conceptCache.size > 50000) conceptCache.clear();
  conceptCache.set(key, best ?? null);
  return best;
}

const titleCache = new Map<string, StatementKind | null>();
// Word boundaries by letters, not \b: JavaScript's \b does not count å, ä, ö as letters.
const UNIT_WORDS =
  /(?<![\p{L}\d])(belopp i|belopp|löpande prisnivå|miljoner kronor|tusental kronor|tusentals kronor|i kronor|kronor|tkr|mnkr|mkr|kr|sek)(?![\p{L}\d])/gu;

/**
 * Whom a statement reports on, as a title names it ("Femårsöversikt – kommunen", "Resultaträkning,
 * kommunen och koncernen", "Driftredovisning förbundet"): the body, not the statement.
 */
const BODY_WORDS =
  /(?<![\p{L}\d])(kommunen|kommunens|koncernen|koncernens|förbundet|förbundets|samordningsförbundet|regionen|regionens|och)(?![\p{L}\d])/gu;

/** The statement a title row or sheet name names ("3 RESULTATRÄKNING" → RR), or undefined. */
export function matchStatementTitle(norm: string): StatementKind | undefined {
  const cached = titleCache.get(norm);
  if (cached !== undefined) return cached ?? undefined;
  // A title may carry its unit ("Femårsöversikt (Tkr)", "Fem år i sammandrag, mnkr") and the body it
  // reports on ("Femårsöversikt – kommunen"): read without them.
  const bare = norm.replace(UNIT_WORDS, " ").replace(BODY_WORDS, " ").replace(/\s+/g, " ").trim();
  if (bare !== norm && bare !== "") {
    const kind = matchStatementTitle(bare);
    titleCache.set(norm, kind ?? null);
    if (kind) return kind;
  }
  let best: StatementKind | undefined;
  let bestS = 0.85;
  for (const t of STATEMENT_TITLES) {
    const s = bestScore(norm, t.patterns);
    if (s > bestS) {
      bestS = s;
      best = t.statement;
    }
  }
  if (titleCache.size > 50000) titleCache.clear();
  titleCache.set(norm, best ?? null);
  return best;
}

/** "Not 3 Kortfristiga fordringar", "Not 1. Verksamhetens intäkter", "Not 2:" → note number. */
export function matchNoteTitle(label: string): number | undefined {
  const m = /^\s*not(?:\s*nr\.?)?\s*(\d{1,3})\b/i.exec(label);
  return m ? Number(m[1]) : undefined;
}
