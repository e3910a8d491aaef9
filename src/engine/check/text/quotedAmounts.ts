import Decimal from "decimal.js";
import { formatAmount } from "../../amount/formatAmount";
import { trappan } from "../../finsam/trappan";
import { a1, qualifiedAddress, type SheetSnapshot } from "../../workbook/snapshot";
import { MESSAGES, QUOTED_WORDS, type QuotedCause } from "../../../i18n/sv/check";
import type { Finding, HeldTie, StatementKind } from "../finding";
import type { Statement } from "../model";
import { RULES, ruleIdFor } from "../rules/catalogue";
import type { QuotedAmount } from "./amounts";
import { claimsIn, ownNames, type Claim } from "./claims";
import { figuresFor, type Figure } from "./figures";
import { cellAt, sentences, type Sentence } from "./prose";
import { transposition } from "../solve/diagnose";

/**
 * `TEXT.{quoted}.BELOPP`: an amount the running text quotes (förvaltningsberättelsen: "Årets
 * tilldelning från förbundsmedlemmarna uppgår till 8 524 000 kronor", "ett eget kapital på
 * maximalt 1 628 600 kr") agrees with the statements, by the same rounding rule as every other
 * figure (DOMAIN.md): the text's figure stands for the values that round to it ("1,9 mnkr" for
 * 1 850 000–1 950 000 kr), the statements' for theirs. A text that agrees with any of the figures
 * the statements give is not contradicted by them (where they disagree among themselves, their own
 * rules say so). The finding stands at the cell, and so the page, where the amount is written.
 */
export function quotedAmountChecks(
  sheets: readonly SheetSnapshot[],
  statements: readonly Statement[],
  reportYear: number | undefined,
): { findings: Finding[]; held: HeldTie[] } {
  const findings: Finding[] = [];
  const held: HeldTie[] = [];
  if (reportYear === undefined || statements.length === 0) return { findings, held };
  const all = sheets.flatMap((sheet) => sentences(sheet));
  const own = ownNames(all);
  // A body with skatteintäkter is a kommun or a region; one without (a förbund) has them as members.
  const taxFunded = statements.some((st) => st.lines.some((l) => l.concept === "RR.SKATTEINTAKTER"));
  const claims = all.flatMap((s) => claimsIn(s, own, reportYear, taxFunded));
  for (const claim of claims) {
    const period = String(claim.year ?? reportYear);
    const figures =
      claim.concept === "TRAPPAN" ? ceilings(claims, period, statements) : figuresFor(claim.concept, period, statements);
    if (figures.length === 0) continue;
    const agreeing = [primary(figures), ...figures].find((f) => agrees(claim, f));
    if (agreeing) held.push(heldTie(claim, period, agreeing));
    else {
      const f = finding(claim, period, figures, statements);
      // Within one unit of the text's own rounding ("2,6 mnkr" for 2 652 130 kr, cut rather than
      // rounded; "1 921 tkr" for 1 920 460 kr): a rounding blemish, information, not an error.
      const roughly = claim.amount.qualifier === undefined && f.kind === "mismatch" && figures.some((x) => agrees(loosened(claim), x));
      findings.push(roughly ? { ...f, kind: "rounding", severity: "info" } : f);
    }
  }
  return { findings, held };
}

/** A quoted amount the statements bear out, for the coverage a working paper lists. */
function heldTie(claim: Claim, period: string, figure: Figure): HeldTie {
  const at = cellAt(claim.sentence, claim.amount.start);
  const size = claim.sign === undefined ? figure.value.abs() : figure.value.times(claim.sign);
  return {
    ruleId: ruleIdFor(RULES.quotedAmount, { quoted: claim.concept }),
    statement: "TEXT",
    period,
    label: QUOTED_WORDS.label[claim.concept],
    basis: basisOf(claim, figure),
    total: qualifiedAddress(claim.sentence.sheet, a1(at.row, at.col)),
    cells: figure.cells.map((a) => qualifiedAddress(a.sheet, a1(a.row, a.col))),
    rounded: !size.eq(claim.amount.value.abs()),
  };
}

/**
 * The trappa's ceiling on each figure of the year's contributions the report gives: the
 * statements' (outcome, and the budgeted allotment) and the text's own "årets tilldelning".
 */
function ceilings(claims: readonly Claim[], period: string, statements: readonly Statement[]): Figure[] {
  const bases: Array<{ value: Decimal; unit: Decimal; figure?: Figure }> = figuresFor(
    "MEDLEMSINSATSER",
    period,
    statements,
  ).map((f) => ({ value: f.value, unit: f.unit, figure: f }));
  for (const c of claims)
    if (c.concept === "MEDLEMSINSATSER" && String(c.year ?? period) === period && !c.amount.qualifier)
      bases.push({ value: c.amount.value.abs(), unit: c.amount.unit });
  const out: Figure[] = [];
  for (const base of bases) {
    const ceiling = trappan(base.value.abs());
    if (!ceiling.ok) continue;
    out.push({
      value: ceiling.value,
      // The ceiling moves by at most a fifth of the contributions' rounding; whole kronor at least.
      unit: Decimal.max(1, base.unit.times(0.2)),
      cells: base.figure?.cells ?? [],
      statement: base.figure?.statement ?? "NOT",
      budget: base.figure?.budget,
      computed: true,
      base: base.value.abs(),
    });
  }
  return out;
}

/** The claim read one unit of its rounding looser either way ("cirka"). */
const loosened = (claim: Claim): Claim => ({ ...claim, amount: { ...claim.amount, qualifier: "about" } });

/** The interval the text's amount stands for, in kronor, as a magnitude. */
function interval(amount: QuotedAmount): { low: Decimal; high: Decimal } {
  const m = amount.value.abs();
  const u = amount.unit;
  const half = u.dividedBy(2);
  switch (amount.qualifier) {
    case "about":
      return { low: m.minus(u), high: m.plus(u) };
    case "below":
      return { low: m.minus(u), high: m.plus(half) };
    case "above":
      return { low: m.minus(half), high: m.plus(u) };
    default:
      return { low: m.minus(half), high: m.plus(half) };
  }
}

/** Whether the text's amount, read with its words' sign, can be the figure within both roundings. */
function agrees(claim: Claim, figure: Figure, value: Decimal = figure.value): boolean {
  const { low, high } = interval(claim.amount);
  const slack = figure.unit.dividedBy(2);
  // Without a sign in the words, a text gives the size: "ett resultat på 1,3 mnkr" of −1 318 124 kr.
  const size = claim.sign === undefined ? value.abs() : value.times(claim.sign);
  return size.plus(slack).gte(low) && size.minus(slack).lte(high);
}

/** Which statement's figure a finding names first: the statements before the förvaltningsberättelse's tables. */
const NAMED_FIRST: readonly StatementKind[] = ["RR", "BR", "BALANSKRAV", "NOT", "KF", "FEMAR", "DRIFT"];

/** The figure a finding names: an outcome of the statements proper, read from a line before a sum. */
function primary(figures: readonly Figure[]): Figure {
  const key = (f: Figure): number[] => [
    f.fallback ? 1 : 0,
    f.budget ? 1 : 0,
    NAMED_FIRST.indexOf(f.statement),
    f.computed ? 1 : 0,
  ];
  const before = (a: Figure, b: Figure): number => {
    const ka = key(a);
    const kb = key(b);
    const i = ka.findIndex((x, j) => x !== kb[j]);
    return i < 0 ? 0 : ka[i] - kb[i];
  };
  return [...figures].sort(before)[0];
}

function finding(claim: Claim, period: string, figures: readonly Figure[], statements: readonly Statement[]): Finding {
  const rule = RULES.quotedAmount;
  const ruleId = ruleIdFor(rule, { quoted: claim.concept });
  const { cause, witness, figure: expected } = diagnose(claim, period, figures, statements);
  const actual = claim.sign === -1 ? claim.amount.value.abs().negated() : claim.amount.value.abs();
  const shownExpected = claim.sign === undefined ? expected.value.abs() : expected.value;
  const at = cellAt(claim.sentence, claim.amount.start);
  const cell = a1(at.row, at.col);
  return {
    ruleId,
    // The trappa's tiers are Nationella rådet's as the seeds quote them (finsam/trappan.ts); a
    // förbund may apply other tiers or another base: a ceiling that differs is worth a question.
    severity: claim.concept === "TRAPPAN" ? "warning" : rule.severity,
    kind: cause,
    statement: "TEXT",
    sheet: claim.sentence.sheet,
    cell,
    related: expected.cells.map((a) => qualifiedAddress(a.sheet, a1(a.row, a.col))),
    period,
    expected: shownExpected.toNumber(),
    actual: actual.toNumber(),
    difference: actual.minus(shownExpected).toNumber(),
    message: MESSAGES.quotedAmount[cause]({
      what: QUOTED_WORDS.concept[claim.concept],
      period,
      quoted: quotedText(claim),
      expected: `${formatAmount(shownExpected.toDecimalPlaces(0))} kr`,
      basis: basisOf(claim, expected),
      difference: `${formatAmount(actual.minus(shownExpected).toDecimalPlaces(0))} kr`,
      witness,
      sentence: quoteOf(claim.sentence),
    }),
    label: QUOTED_WORDS.label[claim.concept],
    key: `${ruleId}|TEXT|${claim.sentence.text.toLowerCase().replace(/\s+/g, " ").slice(0, 120)}|${period}`,
  };
}

/** The amount as the text writes it, with the sign its words give ("1 920 460 kr (negativt)"). */
function quotedText(claim: Claim): string {
  if (claim.sign === undefined || claim.amount.signed) return claim.amount.text;
  return QUOTED_WORDS.signed(claim.amount.text, claim.sign);
}

/** Where the expected figure comes from, in words. */
function basisOf(claim: Claim, figure: Figure): string {
  if (claim.concept === "TRAPPAN")
    return QUOTED_WORDS.trappaBasis(
      figure.budget === true,
      figure.cells.length === 0,
      figure.base ? `${formatAmount(figure.base)} kr` : undefined,
    );
  if (claim.concept === "MEDLEMSINSATSER" && figure.computed) return QUOTED_WORDS.membersNote;
  if (figure.computed) return QUOTED_WORDS.computedEquity;
  return QUOTED_WORDS.statement(figure.statement);
}

/** The sentence as the message quotes it: whole, or its first 240 characters. */
function quoteOf(sentence: Sentence): string {
  const t = sentence.text;
  return t.length <= 240 ? t : `${t.slice(0, 237).trimEnd()}…`;
}

/**
 * Why the text's amount differs, as far as the figures tell, and the figure that tells it: the
 * sign, the unit or two digits against any of the statements' figures (the text may have copied
 * any of them), the figure of the year before or after; else the figure a finding names first.
 */
function diagnose(
  claim: Claim,
  period: string,
  figures: readonly Figure[],
  statements: readonly Statement[],
): { cause: QuotedCause; witness?: string; figure: Figure } {
  const named = figures.filter((f) => !f.fallback);
  const ordered = [primary(figures), ...named];
  const unsigned = { ...claim, sign: undefined };
  if (claim.sign !== undefined) {
    const f = ordered.find((x) => agrees(unsigned, x));
    if (f) return { cause: "sign", figure: f };
  }
  for (const factor of [1000, 0.001]) {
    const f = ordered.find((x) => agrees(unsigned, x, x.value.times(factor)));
    if (f) return { cause: "unit", figure: f };
  }
  if (claim.concept !== "TRAPPAN") {
    const year = Number(period);
    for (const other of [year - 1, year + 1]) {
      const there = figuresFor(claim.concept, String(other), statements);
      if (there.some((f) => agrees(claim, f))) return { cause: "period-swap", witness: String(other), figure: ordered[0] };
    }
  }
  const f = ordered.find((x) => transposed(claim.amount, x));
  if (f) return { cause: "transposition", figure: f };
  return { cause: "mismatch", figure: ordered[0] };
}

/**
 * Two digits swapped: the text's figure and the statement's, rounded as the text rounds, differ by
 * two swapped digits, by the check's own test (solve/diagnose.ts).
 */
function transposed(amount: QuotedAmount, figure: Figure): boolean {
  const m = amount.value.abs();
  const u = amount.unit;
  const e = figure.value.abs().dividedBy(u).toDecimalPlaces(0, Decimal.ROUND_HALF_UP).times(u);
  return u.lte(1000) && transposition(m, e) !== undefined;
}
