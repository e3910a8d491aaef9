/**
 * Renders a report in a layout: the engine's WorkbookSnapshot (values, displayed text, number
 * formats, as Excel gives them), and a map from every model cell to the A1 address it landed on,
 * so that truth items and injected errors resolve. Overrides (an amount in the rendered unit, a
 * column's year) are how mutants are made: the same layout with one cell changed.
 */
import { displayNumber } from "../../src/engine/workbook/displayText";
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { a1 } from "../../src/engine/workbook/snapshot";
import { bareLabel, relabel } from "./labels";
import type { HeaderForm, Layout, LayoutDims, TextStyle, Unit } from "./layouts";
import { CAPTIONS, TEXT_STYLES, UNIT_STEP, hashUnit } from "./layouts";
import type { Column, Entity, ModelCell, Report, Row, Statement, StatementKind, Value } from "./model";
import { cellKey } from "./model";

export interface Address {
  readonly sheet: string;
  readonly cell: string;
}

/** An amount as rendered: where, its value in units of the layout (tkr, tenths of mnkr), its column. */
export interface RenderedAmount {
  readonly model: ModelCell;
  readonly at: Address;
  readonly steps: number;
  readonly column: Column;
  readonly untied: boolean;
  readonly statement: StatementKind;
}

/** A header cell naming a column's year. */
export interface RenderedYear {
  readonly statement: string;
  readonly col: number;
  readonly at: Address;
  readonly year: number;
}

export interface Rendering {
  readonly snapshot: WorkbookSnapshot;
  /** Model cell key → address, for every amount and label that was written. */
  readonly cells: ReadonlyMap<string, Address>;
  readonly amounts: readonly RenderedAmount[];
  readonly years: readonly RenderedYear[];
}

export interface Overrides {
  /** Model cell key → amount in the layout's unit steps. */
  readonly amounts?: ReadonlyMap<string, number>;
  /** `statement|col` → the year its header names. */
  readonly years?: ReadonlyMap<string, number>;
}

/** A written cell. */
interface Out {
  readonly value: CellValue;
  readonly text: string;
  readonly fmt: string;
}

const ENTITY_WORDS: Record<Entity, readonly string[]> = {
  förbundet: ["Samordningsförbundet", "Förbundet", "FÖRBUNDET"],
  kommunen: ["KOMMUNEN", "Kommunen", "KOMMUN"],
  koncernen: ["KONCERNEN", "Koncernen", "KONCERN"],
};

const SHEET_NAMES: Record<StatementKind, readonly string[]> = {
  RR: ["Resultaträkning", "RR", "Resultat"],
  BR: ["Balansräkning", "BR", "Balans"],
  KF: ["Kassaflödesanalys", "KF", "Kassaflöde"],
  NOT: ["Noter", "Not", "Noter till RR och BR"],
  FEMAR: ["Översikt", "Femårsöversikt", "5 år i sammandrag"],
  DRIFT: ["Driftredovisning", "Drift", "Budgetuppföljning"],
  BALANSKRAV: ["Balanskrav", "Balanskravsutredning", "BKR"],
};

const STACKED_NAMES = ["Årsredovisning {y}", "Bokslut {y}", "Rapport"];

/** Half away from zero, each line on its own (as a report in tkr is made); never −0. */
export function toSteps(kronor: number, unit: Unit): number {
  const s = Math.round(Math.abs(kronor) / UNIT_STEP[unit]);
  return kronor < 0 && s !== 0 ? -s : s;
}

// ---- columns ----------------------------------------------------------------------------------

/** A rendered value column: which model column it shows (copies for an added koncern get n + i). */
interface Col {
  readonly model: number;
  readonly column: Column;
  /** Source column whose values it shows. */
  readonly source: number;
}

function columnsOf(s: Statement, d: LayoutDims): Col[] {
  let cols: Col[] = s.columns.map((column, i) => ({ model: i, column, source: i }));
  const withKoncern = s.kind === "RR" || s.kind === "BR" || s.kind === "KF";
  if (d.koncern === "added" && withKoncern)
    cols = [
      ...cols,
      ...s.columns.map((c, i) => ({
        model: s.columns.length + i,
        column: { ...c, entity: "koncernen" as const },
        source: i,
      })),
    ];
  if (d.koncern === "dropped" && cols.some((c) => c.column.entity !== "koncernen"))
    cols = cols.filter((c) => c.column.entity !== "koncernen");
  if (s.kind === "DRIFT") {
    // A budget follow-up keeps its own order; "budget first" moves the budget to the front.
    return d.budget === "first"
      ? [...cols.filter((c) => c.column.kind === "budget"), ...cols.filter((c) => c.column.kind !== "budget")]
      : cols;
  }
  const entityRank = (e: Entity) =>
    e === "koncernen"
      ? d.entityOrder === "koncern-first"
        ? 0
        : 1
      : d.entityOrder === "koncern-first"
        ? 1
        : 0;
  const yearRank = (c: Column) => (d.yearOrder === "current-first" ? -c.year : c.year);
  // As published, a budget column leads (Grästorp's "BUDGET 2020" first).
  const budgetFirst = d.budget !== "beside";
  const budgetRank = (c: Column) => (c.kind === "budget" ? (budgetFirst ? -1 : 0.5) : 0);
  return [...cols].sort((a, b) => {
    const e = entityRank(a.column.entity) - entityRank(b.column.entity);
    if (e !== 0) return e;
    if (budgetFirst && (a.column.kind === "budget") !== (b.column.kind === "budget"))
      return budgetRank(a.column) - budgetRank(b.column);
    const y = yearRank(a.column) - yearRank(b.column);
    return y !== 0 ? y : budgetRank(a.column) - budgetRank(b.column);
  });
}

/** The header text of a column's period (one row), or the [upper, lower] rows of a split range. */
function periodHeader(c: Column, year: number, form: HeaderForm, kind: StatementKind): Out[] {
  const t = (s: string): Out => ({ value: s, text: s, fmt: "General" });
  if (c.template !== undefined) return [t(c.template.split("{y}").join(String(year)))];
  if (c.kind === "budget") return [t(form === "utfall" ? `Budget ${year}` : `BUDGET ${year}`)];
  const balance = kind === "BR";
  switch (form) {
    case "year-text":
      return [t(String(year))];
    case "year-number":
      return [{ value: year, text: String(year), fmt: "General" }];
    case "date":
      return [t(`${year}-12-31`)];
    case "date-real": {
      const serial = Math.round((Date.UTC(year, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000);
      return [{ value: serial, text: `${year}-12-31`, fmt: "yyyy-mm-dd" }];
    }
    case "range":
      return [t(balance || kind === "FEMAR" ? `${year}-12-31` : `${year}-01-01 -${year}-12-31`)];
    case "split-range":
      return kind === "FEMAR" ? [t(String(year))] : [t(`${year}-01-01`), t(`${year}-12-31`)];
    case "utfall":
      return [t(kind === "FEMAR" ? String(year) : `Utfall ${year}`)];
    case "bokslut":
      return [t(kind === "FEMAR" ? String(year) : `Bokslut ${year}`)];
    case "us-date":
      return [t(kind === "FEMAR" ? String(year) : `12/31/${year}`)];
    case "helar":
      return [t(balance || kind === "FEMAR" ? String(year) : `Helår ${year}`)];
    case "rakenskapsar":
      return [t(balance || kind === "FEMAR" ? `${year}-12-31` : `Räkenskapsåret ${year}`)];
    case "range-endash":
      return [t(balance || kind === "FEMAR" ? `${year}-12-31` : `${year}-01-01\u2013${year}-12-31`)];
  }
}

// ---- amounts ----------------------------------------------------------------------------------

const NUM_FORMATS: Record<Unit, readonly string[]> = {
  kr: ["# ##0", "#,##0", '#,##0;-#,##0;"-"', "General"],
  tkr: ["# ##0", "#,##0", '#,##0;-#,##0;"-"', "General"],
  mnkr: ["#,##0.0", "0.0", '#,##0.0;-#,##0.0;"-"'],
};

/** Number formats that show a negative amount in parentheses, as some reports do. */
const PAREN_FORMATS: Record<Unit, readonly string[]> = {
  kr: ["# ##0;(# ##0)", '#,##0;(#,##0);"-"'],
  tkr: ["# ##0;(# ##0)", '#,##0;(#,##0);"-"'],
  mnkr: ["#,##0.0;(#,##0.0)", '0.0;(0.0);"-"'],
};

function pastedText(steps: number, unit: Unit, style: TextStyle): string {
  if (steps === 0 && style.zero !== "0") return style.zero;
  const abs = Math.abs(steps);
  const whole = unit === "mnkr" ? Math.floor(abs / 10) : abs;
  let digits = String(whole).replace(/\B(?=(\d{3})+(?!\d))/g, style.group);
  if (unit === "mnkr") digits += `,${abs % 10}`;
  if (style.suffix && unit === "kr") digits += "kr";
  if (steps >= 0) return digits;
  return style.minus === "()" ? `(${digits})` : style.minus + digits;
}

function amountOut(steps: number, d: LayoutDims, key: string, seed: number): Out {
  const form = d.amounts === "mixed" ? (hashUnit(seed, `form|${key}`) < 0.3 ? "number" : "text") : d.amounts;
  if (form === "number") {
    const formats = d.parenNegatives ? PAREN_FORMATS[d.unit] : NUM_FORMATS[d.unit];
    const fmt = formats[Math.floor(hashUnit(seed, "numfmt") * formats.length)];
    const value = d.unit === "mnkr" ? steps / 10 : steps;
    return { value, text: displayNumber(value, fmt), fmt };
  }
  const style =
    d.amounts === "mixed"
      ? TEXT_STYLES[Math.floor(hashUnit(seed, `style|${key}`) * TEXT_STYLES.length)]
      : TEXT_STYLES[d.textStyle];
  const text = pastedText(steps, d.unit, style);
  return { value: text, text, fmt: "General" };
}

const SHORT_UNIT: Record<Unit, string> = { kr: "Kr", tkr: "Tkr", mnkr: "Mnkr" };

function otherOut(v: Exclude<Value, number | null>, d: LayoutDims, header: () => Out): Out {
  const text = d.amounts !== "number";
  if ("text" in v) return { value: v.text, text: v.text, fmt: "General" };
  if ("unit" in v) return { value: SHORT_UNIT[d.unit], text: SHORT_UNIT[d.unit], fmt: "General" };
  if ("head" in v) return header();
  if ("dash" in v)
    return text
      ? { value: "-", text: "-", fmt: "General" }
      : { value: 0, text: "-", fmt: '# ##0;-# ##0;"-"' };
  if ("num" in v) {
    const s = String(v.num).replace(".", ",");
    return text ? { value: s, text: s, fmt: "General" } : { value: v.num, text: s, fmt: "General" };
  }
  const whole = Number.isInteger(Math.round(v.pct * 1e6) / 1e4);
  const s = `${(v.pct * 100).toFixed(whole ? 0 : 1).replace(".", ",")} %`;
  return text ? { value: s, text: s, fmt: "General" } : { value: v.pct, text: s, fmt: whole ? "0%" : "0.0%" };
}

// ---- rows -------------------------------------------------------------------------------------

/** A row as laid out: its label, its notes, and the model row whose values it shows. */
interface LaidRow {
  readonly label: string;
  /** Model row of the label (-1: none, e.g. an inserted blank row). */
  readonly labelRow: number;
  /** Model row whose values and notes this row shows (-1: none). */
  readonly valueRow: number;
}

const hasAmounts = (r: Row) => r.values.some((v) => v !== null);

/**
 * Balance sheet section totals moved onto their section heading (as Grästorp prints them): only
 * where the heading names the total ("Omsättningstillgångar" … "Summa omsättningstillgångar") and
 * the lines between add up to it in every column, so the move cannot change what sums to what.
 */
const GRAND_TOTAL =
  /^(tillgångar|eget kapital,? avsättningar|eget kapital och skulder|skulder och eget kapital)/;

function totalsAbove(s: Statement, rows: LaidRow[], precision: number): LaidRow[] {
  const out = [...rows];
  const isSumma = (label: string) => /^(summa|s:a)\s+/i.test(label.replace(/^[–-]\s*/, ""));
  for (let i = 0; i < out.length; i++) {
    const total = s.rows[out[i].valueRow];
    if (!total || !isSumma(total.label) || !hasAmounts(total)) continue;
    const name = bareLabel(total.label);
    // The grand totals stay below: no report puts the balance sheet's sum above it.
    if (GRAND_TOTAL.test(name)) continue;
    // The nearest heading above that names the total, with no other total in between.
    let j = i - 1;
    for (; j >= 0; j--) {
      const r = s.rows[out[j].labelRow];
      if (!r) continue;
      if (!hasAmounts(r) && out[j].valueRow === out[j].labelRow && bareLabel(r.label) === name) break;
      if (isSumma(r.label)) j = 0;
    }
    if (j < 0) continue;
    const between = out
      .slice(j + 1, i)
      .map((x) => s.rows[x.valueRow])
      .filter((r): r is Row => !!r);
    const foots = s.columns.every((_, c) => {
      const t = total.values[c];
      const parts = between.map((r) => r.values[c]).filter((v): v is number => typeof v === "number");
      if (typeof t !== "number") return parts.length === 0;
      const d = Math.abs(t - parts.reduce((a, b) => a + b, 0));
      return d <= ((parts.length + 1) / 2) * precision;
    });
    if (!foots || between.length === 0) continue;
    out[j] = { label: out[j].label, labelRow: out[j].labelRow, valueRow: out[i].valueRow };
    out.splice(i, 1);
    i--;
  }
  return out;
}

// ---- the sheet grid ---------------------------------------------------------------------------

class Grid {
  readonly cells = new Map<string, Out>();
  rows = 0;
  cols = 0;
  set(r: number, c: number, o: Out): void {
    this.cells.set(`${r},${c}`, o);
    this.rows = Math.max(this.rows, r + 1);
    this.cols = Math.max(this.cols, c + 1);
  }
}

type Slot =
  | { readonly kind: "label" }
  | { readonly kind: "note"; readonly entity: Entity }
  | { readonly kind: "value"; readonly col: Col }
  | { readonly kind: "blank" };

function slotsOf(s: Statement, cols: Col[], d: LayoutDims, only?: Entity): Slot[] {
  const all = new Set(s.rows.flatMap((r) => Object.keys(r.notes ?? {}) as Entity[]));
  // A statement printed for one body cites that body's notes only.
  const noteEntities = only ? new Set(all.has(only) ? [only] : []) : all;
  const own = cols.find((c) => c.column.entity !== "koncernen")?.column.entity ?? cols[0]?.column.entity;
  const hasNotes = noteEntities.size > 0 && d.notes !== "absent" && d.notes !== "in-label";
  const values: Slot[] = [];
  cols.forEach((col, i) => {
    if (
      d.notes === "per-entity" &&
      noteEntities.has(col.column.entity) &&
      (i === 0 || cols[i - 1].column.entity !== col.column.entity)
    )
      values.push({ kind: "note", entity: col.column.entity });
    if (i > 0 && d.blankCols === "between-values") values.push({ kind: "blank" });
    values.push({ kind: "value", col });
  });
  const note: Slot[] =
    hasNotes && d.notes !== "per-entity" && own
      ? [{ kind: "note", entity: noteEntities.has(own) ? own : [...noteEntities][0] }]
      : [];
  const gap: Slot[] = d.blankCols === "after-label" ? [{ kind: "blank" }] : [];
  const label: Slot = { kind: "label" };
  if (d.notes === "before-label") return [...note, label, ...gap, ...values];
  if (d.notes === "after-values") return [label, ...gap, ...values, ...note];
  return [label, ...note, ...gap, ...values];
}

const text = (s: string): Out => ({ value: s, text: s, fmt: "General" });

const TITLE_ENTITY: Record<Entity, string> = {
  förbundet: "förbundet",
  kommunen: "kommunen",
  koncernen: "koncernen",
};

/**
 * The statements as printed: a statement with the koncern's columns beside the body's own is, in
 * some reports, printed twice, once per body ("Resultaträkning – kommunen", "Resultaträkning –
 * koncernen"), each under the same years.
 */
function partsOf(statements: readonly Statement[], d: LayoutDims): { s: Statement; only?: Entity }[] {
  return statements.flatMap((s) => {
    const entities = [...new Set(columnsOf(s, d).map((c) => c.column.entity))];
    if (!d.entitySplit || entities.length < 2 || !["RR", "BR", "KF"].includes(s.kind)) return [{ s }];
    return entities.map((only) => ({ s, only }));
  });
}

/**
 * The title naming whom the statement reports on ("Resultaträkning – kommunen", "Balansräkning,
 * kommunen och koncernen"), unless it names a body already ("Noter, kommunen").
 */
function titled(title: string, entities: readonly Entity[], d: LayoutDims, seed: number): string {
  if (!d.titleEntity || /kommun|koncern|förbund|region/i.test(title)) return title;
  const who = entities.map((e) => TITLE_ENTITY[e]).join(" och ");
  const sep = hashUnit(seed, "title-sep") < 0.5 ? " \u2013 " : ", ";
  return `${title}${sep}${who}`;
}

/** A note reference written into the label, as some reports do without a note column. */
function withNoteInLabel(label: string, row: Row, cols: readonly Col[], seed: number): string {
  const own = cols.find((c) => c.column.entity !== "koncernen")?.column.entity ?? cols[0]?.column.entity;
  const ref = (own && row.notes?.[own]) ?? Object.values(row.notes ?? {})[0];
  if (!ref) return label;
  const refs = ref.replace(/\s*,\s*/g, ", ");
  const forms = [`${label} (not ${refs})`, `${label} (Not ${refs})`, `${label}, not ${refs}`];
  return forms[Math.floor(hashUnit(seed, "note-in-label") * forms.length)];
}

export function render(report: Report, layout: Layout, overrides: Overrides = {}): Rendering {
  const d = layout.dims;
  const seed = layout.seed;
  const cells = new Map<string, Address>();
  const amounts: RenderedAmount[] = [];
  const years: RenderedYear[] = [];
  const caption = CAPTIONS[d.unit][d.captionWord % CAPTIONS[d.unit].length];
  // Only kronor may go without a caption: tkr or mnkr unsaid would be another report.
  const captionAt = d.caption === "none" && d.unit !== "kr" ? "header" : d.caption;

  // Which statements share a sheet.
  const groups: { name: string; statements: Statement[] }[] = [];
  const stackName = STACKED_NAMES[d.sheetNames].replace("{y}", String(report.year));
  for (const s of report.statements) {
    const together =
      d.sheets === "one-sheet" || (d.sheets === "statements-together" && ["RR", "BR", "KF"].includes(s.kind));
    const name = together
      ? d.sheets === "one-sheet"
        ? stackName
        : "RR BR KF"
      : SHEET_NAMES[s.kind][d.sheetNames];
    const g = groups.find((x) => x.name === name);
    if (g) g.statements.push(s);
    else groups.push({ name, statements: [s] });
  }

  const frameRow = d.frame === "A1" ? 0 : 1 + Math.floor(hashUnit(seed, "frame-r") * 3);
  const frameCol = d.frame === "A1" ? 0 : 1 + Math.floor(hashUnit(seed, "frame-c") * 2);

  const sheets: SheetSnapshot[] = groups.map((g) => {
    const grid = new Grid();
    let r = frameRow;
    partsOf(g.statements, d).forEach(({ s, only }, si) => {
      if (si > 0) r += 1 + Math.floor(hashUnit(seed, `gap|${s.key}`) * 3);
      const cols = columnsOf(s, d).filter((c) => !only || c.column.entity === only);
      const slots = slotsOf(s, cols, d, only);
      const colOf = (i: number) => frameCol + i;
      const labelCol = colOf(slots.findIndex((x) => x.kind === "label"));
      const entities = [...new Set(cols.map((c) => c.column.entity))];
      const yearOf = (c: Col) => overrides.years?.get(`${s.key}|${c.model}`) ?? c.column.year;

      // Title, with the unit where the layout says it there.
      const title = titled(only ? `${s.title} \u2013 ${TITLE_ENTITY[only]}` : s.title, entities, d, seed);
      grid.set(r, labelCol, text(captionAt === "title" ? `${title} (${caption})` : title));
      r += 1;
      const captionRow = captionAt === "row-above" || (captionAt === "header" && !s.header);
      if (captionRow) {
        grid.set(r, labelCol, text(caption));
        r += 1;
      }
      if (d.blankRows === "after-title") r += 1;

      // Header rows: an entity row above the years, the years (a split range over two rows).
      const headerStart = r;
      if (s.header) {
        const split = d.headerForm === "split-range" && s.kind !== "FEMAR" && s.kind !== "DRIFT";
        // Several entities under one header row say the entity in each header ("Kommunen 2021");
        // a year typed as a number or a date cannot, so those get the entity row.
        const typedYear = d.headerForm === "year-number" || d.headerForm === "date-real";
        const entityRow =
          (d.headerRows === "entity-above" || (entities.length > 1 && typedYear)) && s.kind !== "DRIFT";
        const prefix = entities.length > 1 && !entityRow;
        const word = (e: Entity) => ENTITY_WORDS[e][d.captionWord % 3];
        let h = r;
        if (entityRow) {
          slots.forEach((slot, i) => {
            if (slot.kind !== "value") return;
            const prev = slots
              .slice(0, i)
              .filter((x) => x.kind === "value")
              .pop();
            if (!prev || prev.kind !== "value" || prev.col.column.entity !== slot.col.column.entity)
              grid.set(h, colOf(i), text(word(slot.col.column.entity)));
          });
          h += 1;
        }
        const yearRow = split ? h + 1 : h;
        // "Not" and the unit in cells merged over both header rows: Excel keeps them in the upper one.
        const mergedRow = entityRow && hashUnit(seed, `merged-header|${s.key}`) < 0.5 ? headerStart : yearRow;
        slots.forEach((slot, i) => {
          if (slot.kind === "note") grid.set(mergedRow, colOf(i), text("Not"));
          if (slot.kind !== "value") return;
          const parts = periodHeader(slot.col.column, yearOf(slot.col), d.headerForm, s.kind);
          const last = parts[parts.length - 1];
          const main =
            prefix && typeof last.value === "string"
              ? text(`${word(slot.col.column.entity)} ${last.text}`)
              : last;
          if (parts.length === 2) grid.set(h, colOf(i), parts[0]);
          grid.set(yearRow, colOf(i), main);
          // Only a header that names the year can carry a wrong year ("Avvikelse" names none).
          if (String(main.text).includes(String(yearOf(slot.col))))
            years.push({
              statement: s.key,
              col: slot.col.model,
              at: { sheet: g.name, cell: a1(yearRow, colOf(i)) },
              year: yearOf(slot.col),
            });
        });
        if (captionAt === "header") grid.set(mergedRow, labelCol, text(caption));
        r = yearRow + 1;
      }

      // Body rows.
      const structuralCase =
        s.rows.some(
          (row) =>
            hasAmounts(row) &&
            /\p{Lu}{4}/u.test(row.label) &&
            row.label === row.label.toUpperCase() &&
            !/^(SUMMA|ÅRETS|RESULTAT|VERKSAMHETENS)/.test(row.label),
        ) && s.kind === "BR";
      let laid: LaidRow[] = s.rows.map((row, i) => ({ label: row.label, labelRow: i, valueRow: i }));
      if (d.totals === "above" && s.kind === "BR") laid = totalsAbove(s, laid, report.precision);
      // A page break in a long statement or note, its header repeated (as a statement copied from a
      // PDF of two pages reads): half-way down, in about one layout in four.
      const headerRows = r - headerStart;
      const breakAt =
        s.header &&
        headerRows > 0 &&
        (((s.kind === "RR" || s.kind === "BR") && laid.length >= 8) ||
          (s.kind === "NOT" && laid.length >= 6)) &&
        hashUnit(seed, `page-break|${s.key}`) < 0.25
          ? Math.floor(laid.length / 2)
          : -1;
      for (const [li, lr] of laid.entries()) {
        if (li === breakAt) {
          // What a copied page leaves between the pages: its footer and the next page's running
          // header, in about half of the breaks.
          if (hashUnit(seed, `page-footer|${s.key}`) < 0.5) {
            grid.set(r, labelCol, text(`Sida ${2 + Math.floor(hashUnit(seed, `page|${s.key}`) * 20)}`));
            grid.set(r + 1, labelCol, text(`${report.name.split("-")[0]} årsredovisning ${report.year}`));
            r += 2;
          }
          // The statement's title again on the new page, marked as continued or not.
          const titleAgain = hashUnit(seed, `page-title|${s.key}`);
          if (titleAgain < 0.5) {
            r += 1;
            grid.set(r, labelCol, text(titleAgain < 0.25 ? s.title : `${s.title} (forts.)`));
          }
          r += 1;
          for (let h = 0; h < headerRows; h++) {
            for (let c = 0; c < grid.cols; c++) {
              const o = grid.cells.get(`${headerStart + h},${c}`);
              if (o) grid.set(r, c, o);
            }
            r += 1;
          }
        }
        const row = s.rows[lr.valueRow];
        const labelRow = s.rows[lr.labelRow];
        if (d.blankRows === "some" && hashUnit(seed, `blank|${s.key}|${lr.labelRow}`) < 0.12) r += 1;
        if (!row || !labelRow) continue;
        const label = relabel(
          labelRow.label,
          {
            statement: s.kind,
            hasValues: hasAmounts(row),
            total: lr.valueRow !== lr.labelRow,
            municipal: report.municipal,
            structuralCase,
          },
          d,
          seed,
        );
        if (label !== "") {
          grid.set(
            r,
            labelCol,
            text(d.notes === "in-label" ? withNoteInLabel(label, row, cols, seed) : label),
          );
          cells.set(cellKey({ statement: s.key, row: lr.labelRow, col: -1 }), {
            sheet: g.name,
            cell: a1(r, labelCol),
          });
        }
        slots.forEach((slot, i) => {
          if (slot.kind === "note") {
            const ref = row.notes?.[slot.entity];
            if (ref)
              grid.set(
                r,
                colOf(i),
                /^\d+$/.test(ref) && d.amounts === "number"
                  ? { value: Number(ref), text: ref, fmt: "General" }
                  : text(ref),
              );
            return;
          }
          if (slot.kind !== "value") return;
          const v = row.values[slot.col.source];
          if (v === null || v === undefined) return;
          const model: ModelCell = { statement: s.key, row: lr.valueRow, col: slot.col.model };
          const key = cellKey(model);
          const at = { sheet: g.name, cell: a1(r, colOf(i)) };
          if (typeof v === "number") {
            const steps = overrides.amounts?.get(key) ?? toSteps(v, d.unit);
            grid.set(r, colOf(i), amountOut(steps, d, key, seed));
            amounts.push({
              model,
              at,
              steps,
              column: slot.col.column,
              untied: row.untied === true,
              statement: s.kind,
            });
          } else {
            const head = () => {
              const parts = periodHeader(
                slot.col.column,
                slot.col.column.year,
                d.headerForm === "split-range" ? "date" : d.headerForm,
                s.kind,
              );
              return parts[parts.length - 1];
            };
            grid.set(r, colOf(i), otherOut(v, d, head));
          }
          cells.set(key, at);
        });
        r += 1;
      }
    });
    return toSheet(
      g.name,
      grid,
      d.frame === "offset" ? { row: frameRow, col: frameCol } : { row: 0, col: 0 },
    );
  });
  return { snapshot: { name: layout.id, sheets }, cells, amounts, years };
}

function toSheet(name: string, grid: Grid, origin: { row: number; col: number }): SheetSnapshot {
  const rows = grid.rows - origin.row;
  const cols = grid.cols - origin.col;
  const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
  const textArr: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill(""));
  const numberFormat: string[][] = Array.from({ length: rows }, () => Array<string>(cols).fill("General"));
  for (const [k, o] of grid.cells) {
    const [r, c] = k.split(",").map(Number);
    values[r - origin.row][c - origin.col] = o.value;
    textArr[r - origin.row][c - origin.col] = o.text;
    numberFormat[r - origin.row][c - origin.col] = o.fmt;
  }
  return { name, origin, values, text: textArr, numberFormat };
}
