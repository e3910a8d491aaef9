/**
 * The clean reports the layout generator renders: the corrected fixtures (Värend 2025, Kalmar 2024,
 * scripts/fixtures) and the three corpus reports (test/corpus/cases.ts), read into the report model.
 * Header rows become columns with entity, kind and year; notes become per-entity references; the
 * amounts become kronor.
 */
import Decimal from "decimal.js";
import { parseAmount } from "../../src/engine/amount/parseAmount";
import { kalmarCorrected } from "../../scripts/fixtures/kalmar2024";
import type { Block, FixtureCell } from "../../scripts/fixtures/model";
import { varendCorrected } from "../../scripts/fixtures/varend2025";
import { CORPUS_CASES, type CorpusCase, type CorpusCell, type CorpusSheet } from "../corpus/cases";
import { SYNTHETIC_CASES } from "../corpus/synthetic";
import { interimReport, municipalReport } from "./municipal";
import type {
  Column,
  ColumnKind,
  Entity,
  ModelCell,
  ModelTruth,
  Report,
  Row,
  Statement,
  StatementKind,
  Value,
} from "./model";

const KIND_OF_BLOCK: Record<string, StatementKind> = {
  oversikt: "FEMAR",
  balanskrav: "BALANSKRAV",
  drift: "DRIFT",
  rr: "RR",
  br: "BR",
  kf: "KF",
  noter: "NOT",
};

const YEAR_RE = /\b(20\d\d)\b/;

/** The year a header cell names, or null. */
function yearOfFixtureCell(c: FixtureCell): number | null {
  if (typeof c === "string") {
    const m = YEAR_RE.exec(c);
    return m ? Number(m[1]) : null;
  }
  if (c !== null && typeof c === "object") {
    if ("date" in c) return Number(c.date.slice(0, 4));
    if ("num" in c && Number.isInteger(c.num) && c.num >= 2000 && c.num <= 2100) return c.num;
  }
  return null;
}

/** A header row: every value position empty or a year, one at least. */
function isYearRow(row: readonly FixtureCell[], valueStart: number): boolean {
  const vals = row.slice(valueStart);
  return (
    vals.some((c) => yearOfFixtureCell(c) !== null) &&
    vals.every((c) => c === null || yearOfFixtureCell(c) !== null)
  );
}

/** A drift header ("Aktuell budget jan-dec 2025") as a column. */
function driftColumn(text: string, reportYear: number): Column {
  const year = yearOfFixtureCell(text) ?? reportYear;
  const template = text.replace(YEAR_RE, "{y}");
  const kind: ColumnKind =
    /budget/i.test(text) && !/avvikelse/i.test(text)
      ? "budget"
      : /avvikelse/i.test(text)
        ? "avvikelse"
        : "utfall";
  return { entity: "förbundet", kind, year, template };
}

function fixtureValue(c: FixtureCell | undefined): Value {
  if (c === undefined || c === null) return null;
  if (typeof c === "number") return c;
  if (typeof c === "string") return /^kr$/i.test(c.trim()) ? { unit: true } : { text: c };
  if ("date" in c) return { text: c.date };
  return c;
}

/** A block of a fixture report as a statement (its header rows read into columns). */
function fromBlock(b: Block, reportYear: number): Statement {
  const kind = KIND_OF_BLOCK[b.key];
  if (!kind) throw new Error(`unknown block ${b.key}`);
  const rows = b.rows;
  if (kind === "BALANSKRAV") {
    const columns: Column[] = [{ entity: "förbundet", kind: "utfall", year: reportYear }];
    return {
      key: b.key,
      kind,
      title: b.title,
      columns,
      header: false,
      rows: rows.map((r) => plainRow(r, 1, 1)),
    };
  }
  if (kind === "DRIFT") {
    const columns = rows[0].slice(1).map((c) => driftColumn(String(c), reportYear));
    return {
      key: b.key,
      kind,
      title: b.title,
      columns,
      header: true,
      rows: rows.slice(1).map((r) => plainRow(r, 1, columns.length)),
    };
  }
  // A note column is headed "Not" in the first header row.
  const first = rows.findIndex((r) => isYearRow(r, 1));
  const valueStart = rows.some((r) => typeof r[1] === "string" && /^not$/i.test(r[1])) ? 2 : 1;
  // Header rows on top: rows whose values are years; the last one names the columns.
  let h = 0;
  while (h < rows.length && isYearRow(rows[h], valueStart) && !/^not\b/i.test(String(rows[h][0] ?? ""))) h++;
  const yearRow = h > 0 ? rows[h - 1] : rows[first];
  const columns: Column[] = yearRow.slice(valueStart).map((c) => ({
    entity: "förbundet",
    kind: "utfall",
    year: yearOfFixtureCell(c) ?? reportYear,
  }));
  const body = rows.slice(h).map((r): Row => {
    if (isYearRow(r, valueStart)) {
      // A note's own header row (Kalmar's notes): the label and the columns' headers.
      return { label: String(r[0] ?? ""), values: columns.map(() => ({ head: true }) as const) };
    }
    const row = plainRow(r, valueStart, columns.length);
    const note = valueStart === 2 ? r[1] : null;
    if (note === null || note === undefined) return row;
    const ref = typeof note === "object" && "num" in note ? String(note.num) : String(note);
    return { ...row, notes: { förbundet: ref } };
  });
  return { key: b.key, kind, title: b.title, columns, header: h > 0, rows: body };
}

function plainRow(r: readonly FixtureCell[], valueStart: number, n: number): Row {
  const label = typeof r[0] === "string" ? r[0] : "";
  return { label, values: Array.from({ length: n }, (_, i) => fixtureValue(r[valueStart + i])) };
}

function fixtureReport(name: string, year: number, blocks: readonly Block[]): Report {
  // The statements in reading order: RR, BR, KF, notes, then the overview, drift and balanskrav.
  const order = ["rr", "br", "kf", "noter", "oversikt", "drift", "balanskrav"];
  const sorted = [...blocks].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  return {
    name,
    year,
    precision: 1,
    municipal: false,
    pastedAsText: false,
    statements: sorted.map((b) => fromBlock(b, year)),
    truth: [],
  };
}

// ---- the corpus -------------------------------------------------------------------------------

const ENTITY_WORDS: readonly [RegExp, Entity][] = [
  [/koncern/i, "koncernen"],
  [/kommun/i, "kommunen"],
];

const KIND_OF_PART: readonly [RegExp, StatementKind][] = [
  [/^(balanskrav|bkr)/i, "BALANSKRAV"],
  [/^(översikt|femår|flerår)/i, "FEMAR"],
  [/^(drift|budget)/i, "DRIFT"],
  [/^(rr|resultat)/i, "RR"],
  [/^(br|balans)/i, "BR"],
  [/^(kf|kassaflöde)/i, "KF"],
  [/^not/i, "NOT"],
];

/** Where each position of a corpus row goes: the label, a note of an entity, or a column. */
type Slot = { readonly label: true } | { readonly note: Entity } | { readonly column: number };

interface CorpusStatement {
  readonly statement: Statement;
  /** Source row index → model row index (a two-row header's year row is no model row). */
  readonly rowOf: (sourceRow: number) => number;
  /** Value column as the truth counts it (from valueStart) → model column, or null (a note column). */
  readonly colOf: (valueCol: number) => number | null;
}

function corpusYear(cell: CorpusCell): number | null {
  if (typeof cell === "number") return cell >= 2000 && cell <= 2100 ? cell : null;
  if (typeof cell !== "string") return null;
  const m = YEAR_RE.exec(cell);
  return m ? Number(m[1]) : null;
}

/**
 * A header naming a part of a year ("Utfall 2025-01-01--2025-08-31", "2025-08-31": a delårsrapport) keeps its
 * wording: the layouts' header forms name whole years and would make another report of it.
 */
const PART_YEAR_RE = /\b20\d\d-(0[1-9]|1[01])-\d\d\b|\b20\d\d-12-(?!31)\d\d\b/;

function corpusStatement(
  c: CorpusCase,
  s: CorpusSheet,
  factor: Decimal,
  own: Entity,
  reportYear: number,
): CorpusStatement {
  const kind = KIND_OF_PART.find(([re]) => re.test(s.name))?.[1];
  if (!kind) throw new Error(`unknown part ${s.name}`);
  // Two header rows when the header names no year: the entities above, the years in the first row.
  const twoRows = !s.header.some((h) => corpusYear(h) !== null);
  const yearRow: readonly CorpusCell[] = twoRows ? s.rows[0] : s.header;
  const entityAt = (i: number): Entity => {
    if (!twoRows) return own;
    for (let k = i; k >= 0; k--) {
      const hit = ENTITY_WORDS.find(([re]) => re.test(s.header[k] ?? ""));
      if (hit) return hit[1];
    }
    return own;
  };
  const ownWords = yearRow.some((h) => typeof h === "string" && PART_YEAR_RE.test(h));
  const slots: Slot[] = [];
  const columns: Column[] = [];
  for (let i = 0; i < yearRow.length; i++) {
    const cell = yearRow[i];
    if (i === 0) slots.push({ label: true });
    else if (typeof cell === "string" && /^not$/i.test(cell)) {
      // A note column serves the entity whose values follow it.
      slots.push({ note: entityAt(Math.max(i + 1, s.valueStart)) });
    } else {
      const year = corpusYear(cell) ?? (kind === "DRIFT" ? reportYear : null);
      if (year === null) throw new Error(`${c.name}/${s.name}: no year in header position ${i}`);
      const words = typeof cell === "string" ? cell : "";
      const colKind: ColumnKind = /avvikelse/i.test(words)
        ? "avvikelse"
        : /budget/i.test(words)
          ? "budget"
          : "utfall";
      // A budget follow-up's headers and a part-year period's are the report's own words.
      const template =
        kind === "DRIFT" || ownWords ? words.replace(new RegExp(String(year), "g"), "{y}") : undefined;
      columns.push({
        entity: entityAt(i),
        kind: colKind,
        year,
        ...(template !== undefined ? { template } : {}),
      });
      slots.push({ column: columns.length - 1 });
    }
  }
  const sourceRows = twoRows ? s.rows.slice(1) : s.rows;
  const rows = sourceRows.map((r): Row => {
    const label = typeof r[0] === "string" ? r[0] : "";
    const values: Value[] = columns.map(() => null);
    const notes: Partial<Record<Entity, string>> = {};
    r.forEach((cell, i) => {
      const slot = slots[i];
      if (!slot || "label" in slot || cell === null || cell === "") return;
      if ("note" in slot) notes[slot.note] = String(cell);
      else values[slot.column] = corpusAmount(cell, factor);
    });
    // Poster inom linjen and "därav" lines are memoranda: no identity ties them.
    const untied = /^(pensionsåtaganden före|insatt i pensionsstiftelse|borgensåtaganden$|– därav)/i.test(
      label,
    );
    return { label, values, ...(Object.keys(notes).length ? { notes } : {}), ...(untied ? { untied } : {}) };
  });
  const valueSlots = slots.slice(s.valueStart);
  const statement: Statement = { key: s.name, kind, title: s.title, columns, header: true, rows };
  return {
    statement,
    rowOf: (r) => (twoRows ? r - 1 : r),
    colOf: (v) => {
      const slot = valueSlots[v];
      return slot && "column" in slot ? slot.column : null;
    },
  };
}

function corpusAmount(cell: CorpusCell, factor: Decimal): Value {
  const p = parseAmount(cell);
  if (!p.ok) return { text: String(cell) };
  if (p.percent) return { pct: p.value.toNumber() };
  return p.value.times(factor).toNumber();
}

const UNIT_FACTOR = { kr: 1, tkr: 1000, mnkr: 1_000_000 } as const;
const UNIT_PRECISION = { kr: 1, tkr: 1000, mnkr: 100_000 } as const;

/** A corpus case; `municipal: false` (the synthetic förbund) gives the förbund's columns and wordings. */
export function corpusReport(c: CorpusCase & { readonly municipal?: boolean }): Report {
  const factor = new Decimal(UNIT_FACTOR[c.unit]);
  const municipal = c.municipal ?? true;
  const own: Entity = municipal ? "kommunen" : "förbundet";
  // The years the headers name (a two-row header has its years in the first row).
  const headerYears = c.sheets.flatMap((s) =>
    (s.header.some((h) => corpusYear(h) !== null) ? s.header : (s.rows[0] ?? [])).map(corpusYear),
  );
  const reportYear = Math.max(...headerYears.filter((y): y is number => y !== null));
  const parts = new Map(c.sheets.map((s) => [s.name, corpusStatement(c, s, factor, own, reportYear)]));
  const cellOf = (sheet: string, label: string, occurrence: number, col: number): ModelCell => {
    const part = parts.get(sheet);
    const src = c.sheets.find((s) => s.name === sheet);
    if (!part || !src) throw new Error(`no part ${sheet}`);
    const hits = src.rows.map((r, i) => (r[0] === label ? i : -1)).filter((i) => i >= 0);
    const r = hits[occurrence - 1];
    if (r === undefined) throw new Error(`no row ${sheet}/${label}#${occurrence}`);
    const mc = part.colOf(col);
    if (mc === null) throw new Error(`${sheet}/${label}: column ${col} is a note column`);
    return { statement: sheet, row: part.rowOf(r), col: mc };
  };
  const truth: ModelTruth[] = c.expect.map((e) => ({
    level: e.level,
    kind: e.kind,
    minSeverity: e.minSeverity ?? "error",
    at: cellOf(e.sheet, e.label, e.occurrence ?? 1, e.col),
    also: (e.alsoAt ?? []).map(([sh, lb, occ, col]) => cellOf(sh, lb, occ, col)),
    what: `${e.sheet} / ${e.label}${e.occurrence ? ` #${e.occurrence}` : ""} / col ${e.col}`,
  }));
  const year = Math.max(...[...parts.values()].flatMap((p) => p.statement.columns.map((col) => col.year)));
  return {
    name: c.name,
    year,
    precision: UNIT_PRECISION[c.unit],
    municipal,
    pastedAsText: c.sheets.some((s) => s.textValues === true),
    statements: [...parts.values()].map((p) => p.statement),
    truth,
  };
}

/**
 * Every clean report: the corrected fixtures, the corpus, the synthetic reports
 * (test/corpus/synthetic.ts) and a kommun's report written for the test bed (municipal.ts).
 */
export function cleanReports(): Report[] {
  return [
    fixtureReport("varend-2025", 2025, varendCorrected()),
    fixtureReport("kalmar-2024", 2024, kalmarCorrected()),
    ...CORPUS_CASES.map(corpusReport),
    ...SYNTHETIC_CASES.map(corpusReport),
    municipalReport(),
    interimReport(),
  ];
}
