/**
 * The truth about the amounts a fixture report's förvaltningsberättelse quotes, written beside the
 * fixtures as quoted-amounts.json: for each quote, the report (its .pdf with the page the sentence
 * starts on, its .docx without a page, as LibreOffice saves none), the sentence, the concept, the
 * amount and period, and what the report's own statements say for the same figure, read from the
 * workbook the report was made from (the trappa computed from the year's member contributions).
 *
 * `expected` says what a text rule must conclude, by DOMAIN.md's rounding rule (every figure stands
 * for the interval that rounds to it): "agrees" (the same amount), "rounding" (within half a unit of
 * the quote plus half a krona; information at most, never an error), "differs" (an error), or
 * "not-checked" (a budget, another year, someone else's money: nothing in the statements to hold it
 * against, so the rule must say nothing).
 */
import { execFileSync } from "node:child_process";
import { basename } from "node:path";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import Decimal from "decimal.js";
import { trappan } from "../../src/engine/finsam/trappan";
import type { Prose, Quote } from "./prose";

/** Nationella rådet's staircase on the year's member contributions, as the engine computes it. */
function ceiling(contributions: number): number {
  const out = trappan(new Decimal(contributions));
  if (!out.ok) throw new Error(`trappan på ${contributions}: ${out.problem.code}`);
  return out.value.toNumber();
}

function lineValue(snapshot: WorkbookSnapshot, label: string, column: number): number {
  const hits: number[] = [];
  for (const sheet of snapshot.sheets as readonly SheetSnapshot[])
    for (const row of sheet.values)
      if (typeof row[0] === "string" && row[0].trim() === label && typeof row[column] === "number")
        hits.push(row[column] as number);
  if (hits.length !== 1) throw new Error(`"${label}" (kolumn ${column}) finns ${hits.length} gånger`);
  return hits[0];
}

const words = (s: string): string => s.replace(/\s+/gu, " ").trim();

/** The page (1-based) of the PDF on which the sentence starts. */
function pageOf(pages: readonly string[], sentence: string): number {
  const whole = words(sentence);
  const start = whole.split(" ").slice(0, 6).join(" ");
  const i = pages.findIndex((p) => p.includes(whole));
  const j = i >= 0 ? i : pages.findIndex((p) => p.includes(start));
  if (j < 0) throw new Error(`meningen "${start} …" finns inte i PDF:en`);
  return j + 1;
}

/** By the rounding rule: within half the quote's unit plus half the statement's. */
function verdict(q: Quote, statement: number | undefined, statementUnit: number): string {
  if (statement === undefined) return "not-checked";
  const d = Math.abs(q.amount - statement);
  if (d === 0) return "agrees";
  return d <= (q.unit + statementUnit) / 2 ? "rounding" : "differs";
}

export function quotedAmounts(
  workbook: string,
  snapshot: WorkbookSnapshot,
  prose: Prose,
  pdf: string,
  /** Kronor per unit of the workbook's amounts: 1000 when its statements are in tkr. */
  statementUnit = 1,
): Record<string, unknown>[] {
  // pdftotext's own reading order (not -layout): a page in two columns reads column by column.
  const pages = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split("\f").map(words);
  return prose.quotes.flatMap((q) => {
    if (!q.sentence.includes(q.quoted)) throw new Error(`"${q.quoted}" står inte i "${q.sentence}"`);
    const read = q.source && lineValue(snapshot, q.source.label, q.source.column);
    const kronor = read === undefined ? undefined : read * statementUnit;
    const statement = kronor === undefined ? undefined : q.source?.trappa ? ceiling(kronor) : kronor;
    const truth = {
      sentence: q.sentence,
      quoted: q.quoted,
      concept: q.concept,
      amount: q.amount,
      unit: q.unit,
      period: q.period,
      statementValue: statement ?? null,
      /** The workbook line it was read from (column 0-based); `trappa`: the staircase on that line. */
      source: q.source ? { workbook: `${workbook}.xlsx`, ...q.source, statementUnit } : null,
      expected: verdict(q, statement, statementUnit),
    };
    return [
      { report: basename(pdf), page: pageOf(pages, q.sentence), ...truth },
      { report: basename(pdf).replace(/\.pdf$/, ".docx"), page: null, ...truth },
    ];
  });
}
