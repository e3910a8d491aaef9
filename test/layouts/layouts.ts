/**
 * Layout dimensions: independent ways a real workbook may lay out the same report, each one a
 * choice the renderer (render.ts) applies as a pure, meaning-preserving transform. A seeded PRNG
 * combines them into distinct layouts per report; layout 0 is the report as published.
 */
import type { Report } from "./model";

/** How a column names its period. */
export const HEADER_FORMS = [
  "year-text", // "2025"
  "year-number", // 2025 as a number
  "date", // "2025-12-31"
  "date-real", // a real date (serial) shown as 2025-12-31
  "range", // "2025-01-01 -2025-12-31" (a balance sheet: its date)
  "split-range", // "2025-01-01" above "2025-12-31"
  "utfall", // "Utfall 2025"
  "bokslut", // "Bokslut 2025"
  "us-date", // "12/31/2025"
  "helar", // "Helår 2025"
  "rakenskapsar", // "Räkenskapsåret 2025"
  "range-endash", // "2025-01-01–2025-12-31" (an en dash, no spaces, as a PDF gives it)
] as const;
export type HeaderForm = (typeof HEADER_FORMS)[number];

export type Unit = "kr" | "tkr" | "mnkr";

/** Kronor per unit step: mnkr is shown with one decimal. */
export const UNIT_STEP: Record<Unit, number> = { kr: 1, tkr: 1000, mnkr: 100_000 };

/** Unit captions as reports write them. */
export const CAPTIONS: Record<Unit, readonly string[]> = {
  kr: ["Belopp i kr", "Kr", "Belopp i kronor", "Belopp i kr."],
  tkr: ["Belopp i tkr", "Tkr", "TKR", "Belopp i tusental kronor"],
  mnkr: ["mnkr", "Miljoner kronor", "Löpande prisnivå, mnkr", "Belopp i mnkr"],
};

/** Amounts typed as numbers, pasted as text in one style, or a mix cell by cell (a PDF paste). */
export type AmountForm = "number" | "text" | "mixed";

/** A style of amounts pasted as text (DOMAIN.md's forms). */
export interface TextStyle {
  /** Thousands separator: space, no-break space, narrow no-break space, none. */
  readonly group: " " | "\u00A0" | "\u202F" | "";
  /** Minus: hyphen, minus sign U+2212, en dash, en dash and space ("– 797"), parentheses. */
  readonly minus: "-" | "\u2212" | "\u2013" | "\u2013 " | "()";
  /** Zero: "0", or a dash alone. */
  readonly zero: "0" | "-" | "\u2013";
  /** "4 363kr": the unit after the number (kronor only). */
  readonly suffix: boolean;
}

export const TEXT_STYLES: readonly TextStyle[] = [
  { group: " ", minus: "-", zero: "-", suffix: false },
  { group: "\u00A0", minus: "\u2212", zero: "0", suffix: false },
  { group: "\u202F", minus: "\u2013 ", zero: "\u2013", suffix: false },
  { group: " ", minus: "\u2013 ", zero: "0", suffix: false },
  { group: " ", minus: "\u2013", zero: "\u2013", suffix: false },
  { group: "", minus: "-", zero: "0", suffix: false },
  { group: " ", minus: "()", zero: "-", suffix: false },
  { group: " ", minus: "-", zero: "0", suffix: true },
];

export interface LayoutDims {
  /** Periods newest first (as published) or oldest first. */
  readonly yearOrder: "current-first" | "prior-first";
  /** With a koncern: the report's own entity first or the koncern first. */
  readonly entityOrder: "own-first" | "koncern-first";
  /** Budget columns as published, first, or beside their year's outcome (where a statement has one). */
  readonly budget: "as-source" | "first" | "beside";
  /** Koncern columns as published, added (a förbund owning a company: same figures), or left out. */
  readonly koncern: "as-source" | "added" | "dropped";
  /** Years only, or an entity row above the years ("KOMMUNEN | KONCERNEN", "Samordningsförbundet"). */
  readonly headerRows: "one" | "entity-above";
  readonly headerForm: HeaderForm;
  readonly unit: Unit;
  /** Where the unit is said: the header's label cell, the title, a row of its own, nowhere (kr only). */
  readonly caption: "header" | "title" | "row-above" | "none";
  readonly captionWord: number;
  readonly amounts: AmountForm;
  readonly textStyle: number;
  /** Labels as published, or a synonym where reports vary ("Korta fordringar"/"Kortfristiga fordringar"). */
  readonly labels: "as-source" | "synonyms";
  readonly labelCase: "as-source" | "upper-totals" | "upper-headings";
  /** Leading "– " on balance sheet lines (as Kramfors), added or removed. */
  readonly lineDash: "as-source" | "add" | "strip";
  /** "S:a" for "Summa". */
  readonly abbreviate: boolean;
  /** Balance sheet section totals below their lines (usual) or on the section heading above them. */
  readonly totals: "below" | "above";
  readonly sheets: "per-sheet" | "one-sheet" | "statements-together";
  readonly sheetNames: number;
  readonly blankRows: "none" | "some" | "after-title";
  readonly blankCols: "none" | "after-label" | "between-values";
  /**
   * The note column: after the label, after the values, before the label, left out, one per entity,
   * or no column at all and the reference written into the label ("Kortfristiga fordringar (not 5)").
   */
  readonly notes: "after-label" | "after-values" | "before-label" | "absent" | "per-entity" | "in-label";
  /** The statement's title names whom it reports on ("Resultaträkning – kommunen"). */
  readonly titleEntity: boolean;
  /** Negative amounts typed as numbers shown in parentheses by their number format ("(1 234)"). */
  readonly parenNegatives: boolean;
  /**
   * Totals of the balance sheet and the notes without "Summa", marked by bold type alone (which the
   * engine never sees): "Summa omsättningstillgångar" printed as "Omsättningstillgångar".
   */
  readonly bareTotals: boolean;
  /** The koncern's statements printed apart from the body's own, each under its own title. */
  readonly entitySplit: boolean;
  /** Top-left cell: A1, an offset used range (origin not A1), or leading empty rows and columns. */
  readonly frame: "A1" | "offset" | "leading-empty";
}

export interface Layout {
  /** "varend-2025#07". */
  readonly id: string;
  /** Seeds the per-cell choices (blank rows, mixed amount forms, synonyms). */
  readonly seed: number;
  readonly dims: LayoutDims;
}

/** mulberry32: a small, seeded PRNG (deterministic layouts and mutant samples). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable number in [0, 1) for a seed and a key: per-cell choices that do not shift when a cell changes. */
export function hashUnit(seed: number, key: string): number {
  let h = 2166136261 ^ seed;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return prng(h)();
}

const pick = <T>(rand: () => number, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];

/** What a report allows: a koncern to reorder or drop, a budget column, a note column, finer units. */
function features(r: Report) {
  const cols = r.statements.flatMap((s) => s.columns);
  const notes = r.statements.flatMap((s) => s.rows.flatMap((row) => Object.keys(row.notes ?? {})));
  return {
    koncern: cols.some((c) => c.entity === "koncernen"),
    budget: r.statements.some((s) => s.kind !== "DRIFT" && s.columns.some((c) => c.kind === "budget")),
    koncernNotes: notes.includes("koncernen"),
    units: (Object.keys(UNIT_STEP) as Unit[]).filter((u) => UNIT_STEP[u] >= r.precision),
  };
}

/** The report as published: the first layout of every report. */
export function sourceDims(r: Report): LayoutDims {
  const f = features(r);
  const unit = f.units[0];
  return {
    yearOrder: "current-first",
    entityOrder: "own-first",
    budget: "as-source",
    koncern: "as-source",
    headerRows: f.koncern ? "entity-above" : "one",
    headerForm: "year-text",
    unit,
    caption: "header",
    captionWord: 0,
    amounts: r.pastedAsText ? "text" : "number",
    textStyle: 3,
    labels: "as-source",
    labelCase: "as-source",
    lineDash: "as-source",
    abbreviate: false,
    totals: "below",
    sheets: "per-sheet",
    sheetNames: 0,
    blankRows: "none",
    blankCols: "none",
    notes: f.koncernNotes ? "per-entity" : "after-label",
    frame: "A1",
    titleEntity: false,
    parenNegatives: false,
    bareTotals: false,
    entitySplit: false,
  };
}

/** Choices that do not show in a layout are set to their first value, so distinct layouts look distinct. */
function normalised(d: LayoutDims): LayoutDims {
  return {
    ...d,
    textStyle: d.amounts === "number" ? 0 : d.textStyle,
    parenNegatives: d.amounts === "text" ? false : d.parenNegatives,
    captionWord: d.caption === "none" ? 0 : d.captionWord,
  };
}

/**
 * `extra` draws the dimensions added after the first 432 layouts were fixed: from a stream of its
 * own, so that adding one leaves the other dimensions of every layout as they were.
 */
function randomDims(r: Report, rand: () => number, extra: () => number): LayoutDims {
  const f = features(r);
  const unit = pick(rand, f.units);
  return normalised({
    yearOrder: pick(rand, ["current-first", "current-first", "prior-first"] as const),
    entityOrder: f.koncern ? pick(rand, ["own-first", "koncern-first"] as const) : "own-first",
    budget: f.budget ? pick(rand, ["as-source", "first", "beside"] as const) : "as-source",
    koncern: f.koncern
      ? pick(rand, ["as-source", "as-source", "dropped"] as const)
      : pick(rand, ["as-source", "as-source", "added"] as const),
    headerRows: pick(rand, ["one", "entity-above"] as const),
    headerForm: pick(rand, HEADER_FORMS),
    unit,
    caption: pick(
      rand,
      unit === "kr"
        ? (["header", "title", "row-above", "none"] as const)
        : (["header", "title", "row-above"] as const),
    ),
    captionWord: Math.floor(rand() * 4),
    amounts: pick(rand, ["number", "number", "text", "mixed"] as const),
    textStyle: Math.floor(rand() * TEXT_STYLES.length),
    labels: pick(rand, ["as-source", "synonyms", "synonyms"] as const),
    labelCase: pick(rand, ["as-source", "as-source", "upper-totals", "upper-headings"] as const),
    lineDash: pick(rand, ["as-source", "as-source", "add", "strip"] as const),
    abbreviate: rand() < 0.25,
    totals: pick(rand, ["below", "above"] as const),
    sheets: pick(rand, ["per-sheet", "one-sheet", "statements-together"] as const),
    sheetNames: Math.floor(rand() * 3),
    blankRows: pick(rand, ["none", "some", "after-title"] as const),
    blankCols: pick(rand, ["none", "none", "after-label", "between-values"] as const),
    notes: pick(
      rand,
      f.koncernNotes
        ? (["after-label", "after-values", "before-label", "absent", "per-entity", "in-label"] as const)
        : (["after-label", "after-label", "after-values", "before-label", "absent", "in-label"] as const),
    ),
    frame: pick(rand, ["A1", "offset", "leading-empty"] as const),
    titleEntity: extra() < 0.3,
    parenNegatives: extra() < 0.2,
    bareTotals: extra() < 0.2,
    entitySplit: f.koncern && extra() < 0.4,
  });
}

export const dimsKey = (d: LayoutDims): string => JSON.stringify(d);

/** `count` distinct layouts of a report: the published one first, then seeded combinations. */
export function layoutsOf(r: Report, count: number, seed = 20260101): Layout[] {
  const rand = prng(seed ^ hashSeed(r.name));
  const extra = prng((seed ^ hashSeed(r.name)) + 1);
  const seen = new Set<string>();
  const out: Layout[] = [];
  const add = (dims: LayoutDims) => {
    const key = dimsKey(dims);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({
      id: `${r.name}#${String(out.length).padStart(2, "0")}`,
      seed: Math.floor(rand() * 2 ** 31),
      dims,
    });
  };
  add(sourceDims(r));
  for (let tries = 0; out.length < count && tries < count * 20; tries++) add(randomDims(r, rand, extra));
  return out;
}

function hashSeed(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) >>> 0;
  return h;
}

/** The dimensions as "name=value" pairs, for grouping failures. */
export function dimEntries(d: LayoutDims): [string, string][] {
  return Object.entries(d).map(([k, v]) => [k, String(v)]);
}
