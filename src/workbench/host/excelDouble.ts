/**
 * An Office.js Excel host double over a `WorkbookModel`: RequestContext, Workbook, Worksheets,
 * Range, fill/font formats, conditional formats, tables, hyperlinks, onChanged events. Only what
 * the add-in uses, but as strict as Excel: unloaded properties throw PropertyNotLoaded, nothing
 * happens before `sync`, an answer over the payload limit fails as Excel's does, every sync is
 * counted, and a string written as a value is taken as Excel takes typing (`=…` is a formula).
 * The user's side is modelled too: edits, row and column inserts and deletes, renames, their own
 * fills, and a co-author who saves document settings.
 */
import { a1, parseA1, qualifiedAddress } from "../../engine/workbook/snapshot";
import type { DocumentSettings } from "../../excel/documentSettings";
import { sharedMemoryDocument } from "../../excel/documentSettings";
import { applyEntry, parseEntry } from "./cellEntry";
import { ConditionalFormatCollectionDouble } from "./conditionalFormatDouble";
import { deleteLines, insertLines, type Axis } from "./structureEdits";
import type { ExcelRun } from "../../excel/excelRun";
import { ClientObject, RichApiError, type LoadSpec, type PendingLoad, type Queue } from "./clientObject";
import {
  cellForWrite,
  cellKey,
  displayText,
  emptyCell,
  newSheet,
  usedBounds,
  type CellModel,
  type ModelValue,
  type SheetModel,
  type WorkbookModel,
} from "./model";

/** Excel's answer limit is about 5 MB. */
export const DEFAULT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface ChangedEvent {
  readonly type: "WorksheetChanged";
  readonly address: string;
  readonly worksheetId: string;
  readonly changeType: "RangeEdited" | "RowInserted" | "RowDeleted" | "ColumnInserted" | "ColumnDeleted";
  readonly source: "Local";
}

type ChangedHandler = (event: ChangedEvent) => Promise<unknown> | unknown;

/** Excel's WorksheetSelectionChangedEventArgs (ExcelApi 1.7; on the collection since 1.9). */
export interface SelectionChangedEvent {
  readonly type: "WorksheetSelectionChanged";
  readonly address: string;
  readonly worksheetId: string;
}

type SelectionHandler = (event: SelectionChangedEvent) => Promise<unknown> | unknown;

/** What `EventHandlers.add` gives back: removing it takes effect on the context's next sync. */
interface Registration {
  readonly context: DoubleContext;
  remove(): void;
}

export interface HostDouble {
  readonly model: WorkbookModel;
  readonly run: ExcelRun;
  readonly settings: DocumentSettings;
  /** Syncs since the double was made. */
  readonly syncCount: number;
  /**
   * The ExcelApi version this Excel implements, as Office.context.requirements tells an add-in:
   * "1.18" (Excel on the web and current Microsoft 365) unless a test sets an older Excel.
   */
  excelApi: string;
  /** Office.context.requirements.isSetSupported, for this double. */
  supports(set: string, version: string): boolean;
  /** Cells whose contents were loaded (values, text, formulas or formats), counted once per property. */
  readonly cellsLoaded: number;
  payloadLimit: number;
  /** Called after each sync and each edit. */
  subscribe(listener: () => void): () => void;
  /** A co-author's own copy of the same document settings; null when the settings came from outside. */
  readonly coauthor: DocumentSettings | null;
  /**
   * The user selects a cell or range in the grid (or a sheet tab, which selects its A1): raises
   * onSelectionChanged, as Excel does for the user's selection.
   */
  selectCell(sheet: string, address: string): void;
  /** A user's edit in the grid: sets the value and raises onChanged. */
  editCell(sheet: string, cell: string, value: ModelValue): void;
  /** The user inserts `count` rows before row `row` (1-based, as Excel numbers them). */
  insertRows(sheet: string, row: number, count?: number): void;
  deleteRows(sheet: string, row: number, count?: number): void;
  /** The user inserts `count` columns before column `column` (a letter). */
  insertColumns(sheet: string, column: string, count?: number): void;
  deleteColumns(sheet: string, column: string, count?: number): void;
  renameSheet(from: string, to: string): void;
  /** The user gives a cell a fill of their own (Start > Fyllningsfärg). */
  recolour(sheet: string, cell: string, color: string): void;
  /**
   * What Excel calculated for a formula cell; an array spills right and down from it, as a
   * dynamic-array formula does (the double calculates nothing itself).
   */
  calculate(sheet: string, cell: string, result: ModelValue | ModelValue[][]): void;
}

interface Bounds {
  readonly sheet: SheetModel;
  readonly r0: number;
  readonly c0: number;
  readonly r1: number;
  readonly c1: number;
}

class Host implements HostDouble {
  syncCount = 0;
  cellsLoaded = 0;
  excelApi = "1.18";

  supports(set: string, version: string): boolean {
    if (set !== "ExcelApi") return false;
    const [a, b] = version.split(".").map(Number);
    const [x, y] = this.excelApi.split(".").map(Number);
    return x > a || (x === a && y >= (b ?? 0));
  }
  payloadLimit = DEFAULT_PAYLOAD_LIMIT;
  readonly settings: DocumentSettings;
  readonly coauthor: DocumentSettings | null;
  readonly handlers = new Set<ChangedHandler>();
  readonly selectionHandlers = new Set<SelectionHandler>();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly model: WorkbookModel,
    settings?: DocumentSettings,
  ) {
    if (settings) {
      this.settings = settings;
      this.coauthor = null;
    } else {
      const document = sharedMemoryDocument();
      this.settings = document.client();
      this.coauthor = document.client();
    }
  }

  readonly run: ExcelRun = async (batch) => {
    const context = new DoubleContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending > 0) await context.sync();
    return result;
  };

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(): void {
    for (const l of this.listeners) l();
  }

  /** A sheet by name or id, as `worksheets.getItem` finds it. */
  sheet(name: string): SheetModel {
    const s = this.model.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase() || x.id === name);
    if (!s) throw new RichApiError("ItemNotFound", `The requested resource doesn't exist. (${name})`);
    return s;
  }

  private at(cell: string): { row: number; col: number } {
    const at = parseA1(cell);
    if (!at) throw new RichApiError("InvalidArgument", `Bad address ${cell}`);
    return at;
  }

  private raise(s: SheetModel, address: string, changeType: ChangedEvent["changeType"]): void {
    this.notify();
    const event: ChangedEvent = {
      type: "WorksheetChanged",
      address,
      worksheetId: s.id,
      changeType,
      source: "Local",
    };
    for (const h of this.handlers) void h(event);
  }

  selectCell(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    // One area or several ("B3,B1:B2"), as the user's ctrl-click selects them in Excel.
    for (const area of address.split(",")) for (const part of area.split(":")) this.at(part);
    this.model.activeSheet = s.name;
    this.model.selection = address;
    this.notify();
    const event: SelectionChangedEvent = { type: "WorksheetSelectionChanged", address, worksheetId: s.id };
    for (const h of this.selectionHandlers) void h(event);
  }

  editCell(sheet: string, cell: string, value: ModelValue): void {
    const s = this.sheet(sheet);
    const at = this.at(cell);
    writeCell(s, at.row, at.col, (c) => applyEntry(c, parseEntry(value, c.numberFormat)));
    this.raise(s, cell, "RangeEdited");
  }

  private structure(sheet: string, axis: Axis, at: number, count: number, insert: boolean): void {
    const s = this.sheet(sheet);
    if (insert) insertLines(s, axis, at, count);
    else deleteLines(s, axis, at, count);
    const address =
      axis === "rows"
        ? `${at + 1}:${at + count}`
        : `${a1(0, at).replace(/\d+$/, "")}:${a1(0, at + count - 1).replace(/\d+$/, "")}`;
    const kind = axis === "rows" ? "Row" : "Column";
    this.raise(s, address, `${kind}${insert ? "Inserted" : "Deleted"}`);
  }

  insertRows(sheet: string, row: number, count = 1): void {
    this.structure(sheet, "rows", row - 1, count, true);
  }
  deleteRows(sheet: string, row: number, count = 1): void {
    this.structure(sheet, "rows", row - 1, count, false);
  }
  insertColumns(sheet: string, column: string, count = 1): void {
    this.structure(sheet, "columns", this.at(`${column}1`).col, count, true);
  }
  deleteColumns(sheet: string, column: string, count = 1): void {
    this.structure(sheet, "columns", this.at(`${column}1`).col, count, false);
  }

  renameSheet(from: string, to: string): void {
    const s = this.sheet(from);
    if (this.model.activeSheet === s.name) this.model.activeSheet = to;
    s.name = to;
    this.notify();
  }

  recolour(sheet: string, cell: string, color: string): void {
    const at = this.at(cell);
    cellForWrite(this.sheet(sheet), at.row, at.col).fill = {
      pattern: "Solid",
      color: color.toUpperCase(),
      patternColor: null,
    };
    this.notify();
  }

  calculate(sheet: string, cell: string, result: ModelValue | ModelValue[][]): void {
    const s = this.sheet(sheet);
    const at = this.at(cell);
    const anchor = cellForWrite(s, at.row, at.col);
    clearSpill(s, at.row, at.col);
    const rows = Array.isArray(result) ? result : [[result]];
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        if (i === 0 && j === 0) anchor.value = v;
        else
          Object.assign(cellForWrite(s, at.row + i, at.col + j), {
            value: v,
            formula: null,
            spilledFrom: cellKey(at.row, at.col),
          });
      }),
    );
    this.notify();
  }
}

/** Takes away what a formula at (row, col) spilled: Excel does so when the formula goes. */
function clearSpill(sheet: SheetModel, row: number, col: number): void {
  const anchor = cellKey(row, col);
  for (const c of sheet.cells.values())
    if (c.spilledFrom === anchor) {
      c.spilledFrom = null;
      c.value = null;
    }
}

/** A write into one cell: an array formula there loses its spill, a spilled cell its anchor. */
function writeCell(sheet: SheetModel, row: number, col: number, write: (cell: CellModel) => void): void {
  const cell = cellForWrite(sheet, row, col);
  if (cell.formula !== null) clearSpill(sheet, row, col);
  cell.spilledFrom = null;
  write(cell);
}

class DoubleContext implements Queue {
  private ops: (() => PendingLoad | void)[] = [];
  readonly workbook: WorkbookDouble;

  constructor(readonly host: Host) {
    this.workbook = new WorkbookDouble(this);
  }

  get pending(): number {
    return this.ops.length;
  }

  enqueue(op: () => PendingLoad | void): void {
    this.ops.push(op);
  }

  async sync(): Promise<void> {
    this.host.syncCount++;
    const ops = this.ops;
    this.ops = [];
    const loads: PendingLoad[] = [];
    try {
      for (const op of ops) {
        const load = op();
        if (load) loads.push(load);
      }
      const bytes = loads.reduce((n, l) => n + JSON.stringify([...l.values.values()]).length, 0);
      if (bytes > this.host.payloadLimit) {
        throw new RichApiError(
          "ResponsePayloadSizeLimitExceeded",
          "The response payload size has exceeded the limit.",
        );
      }
      for (const l of loads) l.target.commitLoad(l.values);
    } finally {
      this.host.notify();
    }
    await Promise.resolve();
  }
}

/** An event's handlers: adding and removing both wait for the context's sync, as in Excel. */
function eventHandlers<H>(context: DoubleContext, set: Set<H>): { add(handler: H): Registration } {
  return {
    add: (handler) => {
      context.enqueue(() => void set.add(handler));
      return { context, remove: () => context.enqueue(() => void set.delete(handler)) };
    },
  };
}

class WorkbookDouble extends ClientObject {
  protected readonly scalarProperties = ["name"];
  readonly worksheets: WorksheetCollectionDouble;

  constructor(readonly context: DoubleContext) {
    super(context);
    this.worksheets = new WorksheetCollectionDouble(context);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  protected readLive(p: string): unknown {
    if (p === "name") return this.context.host.model.name;
    throw new RichApiError("InvalidArgument", `Workbook has no property ${p}`);
  }
}

class WorksheetCollectionDouble extends ClientObject {
  protected readonly scalarProperties = ["items/name"];
  private itemList: WorksheetDouble[] | null = null;
  readonly onChanged: { add(handler: ChangedHandler): Registration };
  readonly onSelectionChanged: { add(handler: SelectionHandler): Registration };

  constructor(readonly context: DoubleContext) {
    super(context);
    this.onChanged = eventHandlers(context, context.host.handlers);
    this.onSelectionChanged = eventHandlers(context, context.host.selectionHandlers);
  }

  override load(spec?: LoadSpec): this {
    const raw =
      spec === undefined
        ? "items/name"
        : typeof spec === "string"
          ? spec
          : Array.isArray(spec)
            ? spec.join(",")
            : String(spec.select ?? "items/name");
    const itemProps = raw.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.context.enqueue(() => {
      const items = this.context.host.model.sheets.map((s) => {
        const ws = new WorksheetDouble(this.context, s.name);
        ws.commitLoad(new Map(itemProps.map((p) => [p, ws.live(p)])));
        return ws;
      });
      this.itemList = items;
    });
    return this;
  }

  get items(): WorksheetDouble[] {
    if (!this.itemList)
      throw new RichApiError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load and context.sync().",
      );
    return this.itemList;
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.context, name);
  }

  add(name: string): WorksheetDouble {
    this.context.enqueue(() => {
      const model = this.context.host.model;
      if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name))
        throw new RichApiError("InvalidArgument", `Invalid sheet name ${name}`);
      if (model.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw new RichApiError("ItemAlreadyExists", `A sheet named ${name} exists.`);
      model.sheets.push(newSheet(name));
    });
    return new WorksheetDouble(this.context, name);
  }

  protected readLive(): unknown {
    return undefined;
  }
}

class WorksheetDouble extends ClientObject {
  protected readonly scalarProperties = ["id", "name", "visibility", "position"];
  readonly tables: { add(address: string, hasHeaders: boolean): unknown };

  constructor(
    readonly context: DoubleContext,
    private readonly sheetName: string,
  ) {
    super(context);
    this.tables = {
      add: (address, hasHeaders) => {
        context.enqueue(() => {
          const s = this.model();
          const n = this.context.host.model.sheets.reduce((k, sh) => k + sh.tables.length, 0) + 1;
          s.tables.push({ name: `Tabell${n}`, address, hasHeaders });
        });
        return {};
      },
    };
  }

  model(): SheetModel {
    return this.context.host.sheet(this.sheetName);
  }

  live(p: string): unknown {
    return this.readLive(p);
  }

  protected readLive(p: string): unknown {
    const s = this.model();
    if (p === "id") return s.id;
    if (p === "name") return s.name;
    if (p === "visibility") return s.visibility;
    if (p === "position") return this.context.host.model.sheets.indexOf(s);
    throw new RichApiError("InvalidArgument", `Worksheet has no property ${p}`);
  }

  get name(): string {
    return this.loadedValue("name");
  }

  get id(): string {
    return this.loadedValue("id");
  }

  get visibility(): string {
    return this.loadedValue("visibility");
  }
  set visibility(v: string) {
    this.context.enqueue(() => {
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
        throw new RichApiError("InvalidArgument", `Bad visibility ${v}`);
      const s = this.model();
      const visible = this.context.host.model.sheets.filter((x) => x.visibility === "Visible" && x !== s);
      if (v !== "Visible" && visible.length === 0)
        throw new RichApiError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      s.visibility = v;
    });
  }

  /** Deletes the sheet; Excel refuses to delete the last visible one. */
  delete(): void {
    this.context.enqueue(() => {
      const m = this.context.host.model;
      const s = this.model();
      if (s.visibility === "Visible" && m.sheets.filter((x) => x.visibility === "Visible").length === 1)
        throw new RichApiError("InvalidOperation", "A workbook must keep at least one visible sheet.");
      m.sheets = m.sheets.filter((x) => x !== s);
      if (m.activeSheet === s.name) {
        m.activeSheet = m.sheets.find((x) => x.visibility === "Visible")?.name ?? "";
        m.selection = "A1";
      }
    });
  }

  activate(): void {
    this.context.enqueue(() => {
      const m = this.context.host.model;
      const s = this.model();
      if (m.activeSheet !== s.name) {
        m.activeSheet = s.name;
        m.selection = "A1";
      }
    });
  }

  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.context, () => {
      const s = this.model();
      if (!address) return { sheet: s, r0: 0, c0: 0, r1: 1048575, c1: 16383 };
      const [from, to] = address.split(":");
      const a = parseA1(from);
      const b = parseA1(to ?? from);
      if (!a || !b) throw new RichApiError("InvalidArgument", `Bad address ${address}`);
      return {
        sheet: s,
        r0: Math.min(a.row, b.row),
        c0: Math.min(a.col, b.col),
        r1: Math.max(a.row, b.row),
        c1: Math.max(a.col, b.col),
      };
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeDouble {
    return new RangeDouble(this.context, () => {
      // Excel refuses a range that leaves the grid or has no cells.
      if (row < 0 || col < 0 || rows < 1 || cols < 1 || row + rows > 1048576 || col + cols > 16384)
        throw new RichApiError("InvalidArgument", "The range is outside the worksheet.");
      return { sheet: this.model(), r0: row, c0: col, r1: row + rows - 1, c1: col + cols - 1 };
    });
  }

  /** Several areas at once ("C20, C11:C19"; ExcelApi 1.9). */
  getRanges(address: string): RangeAreasDouble {
    return new RangeAreasDouble(this.context, this, address);
  }

  getUsedRange(valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(this.context, () => {
      const s = this.model();
      return { sheet: s, ...(usedBounds(s, valuesOnly === true) ?? { r0: 0, c0: 0, r1: 0, c1: 0 }) };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeDouble {
    return new RangeDouble(this.context, () => {
      const s = this.model();
      const b = usedBounds(s, valuesOnly === true);
      return b ? { sheet: s, ...b } : null;
    });
  }
}

type Resolver = () => Bounds | null;

class RangeDouble extends ClientObject {
  protected readonly scalarProperties = [
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
    "values",
    "text",
    "formulas",
    "numberFormat",
  ];
  private resolved: Bounds | null | undefined;
  private synced = false;
  private cfs: ConditionalFormatCollectionDouble | null = null;
  readonly format: RangeFormatDouble;

  constructor(
    readonly context: DoubleContext,
    private readonly resolver: Resolver,
  ) {
    super(context);
    this.format = new RangeFormatDouble(context, this);
    context.enqueue(() => {
      this.bounds(true);
      this.synced = true;
    });
  }

  get conditionalFormats(): ConditionalFormatCollectionDouble {
    this.cfs ??= new ConditionalFormatCollectionDouble(this.context, () => this.context.host.model, this);
    return this.cfs;
  }

  /** The cells, resolved when the first queued operation runs. */
  bounds(allowNull = false): Bounds {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (this.resolved === null) {
      if (allowNull) return null as unknown as Bounds;
      throw new RichApiError("InvalidObjectPath", "The object is a null object.");
    }
    return this.resolved;
  }

  get isNullObject(): boolean {
    if (!this.synced)
      throw new RichApiError(
        "PropertyNotLoaded",
        "The property 'isNullObject' is not available before context.sync().",
      );
    return this.resolved === null;
  }

  /**
   * The cells this range shares with another, or a null object when they share none. As in Excel,
   * ranges on two different sheets are an error, not an empty intersection.
   */
  getIntersectionOrNullObject(other: RangeDouble): RangeDouble {
    return new RangeDouble(this.context, () => {
      const a = this.bounds();
      const b = other.bounds();
      if (a.sheet !== b.sheet)
        throw new RichApiError("InvalidArgument", "The ranges are on different sheets.");
      const r0 = Math.max(a.r0, b.r0);
      const c0 = Math.max(a.c0, b.c0);
      const r1 = Math.min(a.r1, b.r1);
      const c1 = Math.min(a.c1, b.c1);
      return r0 > r1 || c0 > c1 ? null : { sheet: a.sheet, r0, c0, r1, c1 };
    });
  }

  private grid<T>(f: (cell: CellModel | undefined) => T): T[][] {
    const b = this.bounds();
    this.context.host.cellsLoaded += (b.r1 - b.r0 + 1) * (b.c1 - b.c0 + 1);
    const out: T[][] = [];
    for (let r = b.r0; r <= b.r1; r++) {
      const row: T[] = [];
      for (let c = b.c0; c <= b.c1; c++) row.push(f(b.sheet.cells.get(cellKey(r, c))));
      out.push(row);
    }
    return out;
  }

  protected readLive(p: string): unknown {
    if (this.bounds(true) === null) return null; // a null object loads nothing and does not fail
    const b = this.bounds();
    switch (p) {
      case "address": {
        const end = b.r0 === b.r1 && b.c0 === b.c1 ? "" : `:${a1(b.r1, b.c1)}`;
        return qualifiedAddress(b.sheet.name, a1(b.r0, b.c0) + end);
      }
      case "rowIndex":
        return b.r0;
      case "columnIndex":
        return b.c0;
      case "rowCount":
        return b.r1 - b.r0 + 1;
      case "columnCount":
        return b.c1 - b.c0 + 1;
      case "values":
        return this.grid((c) => c?.value ?? "");
      case "text":
        return this.grid((c) => (c ? displayText(c.value, c.numberFormat) : ""));
      case "formulas":
        return this.grid((c) => c?.formula ?? c?.value ?? "");
      case "numberFormat":
        return this.grid((c) => c?.numberFormat ?? "General");
      case "hyperlink": {
        const c = b.sheet.cells.get(cellKey(b.r0, b.c0));
        return c?.hyperlink ?? null;
      }
      default:
        throw new RichApiError("InvalidArgument", `Range has no property ${p}`);
    }
  }

  get address(): string {
    return this.loadedValue("address");
  }
  get rowIndex(): number {
    return this.loadedValue("rowIndex");
  }
  get columnIndex(): number {
    return this.loadedValue("columnIndex");
  }
  get rowCount(): number {
    return this.loadedValue("rowCount");
  }
  get columnCount(): number {
    return this.loadedValue("columnCount");
  }
  get values(): unknown[][] {
    return this.loadedValue("values");
  }
  set values(v: unknown[][]) {
    this.writeGrid("values", v, (cell, x) => {
      const value = x === "" || x === undefined ? null : (x as ModelValue);
      applyEntry(cell, parseEntry(value, cell.numberFormat));
    });
  }
  get text(): string[][] {
    return this.loadedValue("text");
  }
  get formulas(): unknown[][] {
    return this.loadedValue("formulas");
  }
  set formulas(v: unknown[][]) {
    this.writeGrid("formulas", v, (cell, x) => {
      const value = x === "" || x === undefined ? null : (x as ModelValue);
      if (typeof value === "string" && value.length > 1 && value.startsWith("="))
        applyEntry(cell, { formula: value });
      else applyEntry(cell, parseEntry(value, cell.numberFormat));
    });
  }
  get numberFormat(): string[][] {
    return this.loadedValue("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.writeGrid("numberFormat", v, (cell, x) => {
      cell.numberFormat = String(x);
    });
  }
  get hyperlink(): CellModel["hyperlink"] {
    return this.loadedValue("hyperlink");
  }
  set hyperlink(link: CellModel["hyperlink"]) {
    this.context.enqueue(() => {
      const b = this.bounds();
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) {
          const cell = cellForWrite(b.sheet, r, c);
          cell.hyperlink = link ? { ...link } : null;
          if (link?.textToDisplay !== undefined) cell.value = link.textToDisplay;
        }
    });
  }

  private writeGrid(what: string, v: unknown[][], write: (cell: CellModel, x: unknown) => void): void {
    const copy = JSON.parse(JSON.stringify(v)) as unknown[][];
    this.context.enqueue(() => {
      const b = this.bounds();
      const rows = b.r1 - b.r0 + 1;
      const cols = b.c1 - b.c0 + 1;
      if (copy.length !== rows || copy.some((row) => row.length !== cols)) {
        throw new RichApiError(
          "InvalidArgument",
          `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}).`,
        );
      }
      copy.forEach((row, i) =>
        row.forEach((x, j) =>
          what === "numberFormat"
            ? write(cellForWrite(b.sheet, b.r0 + i, b.c0 + j), x)
            : writeCell(b.sheet, b.r0 + i, b.c0 + j, (cell) => write(cell, x)),
        ),
      );
    });
  }

  /** Clears contents and formats (Range.clear with no argument). */
  clear(): void {
    this.context.enqueue(() => {
      const b = this.bounds();
      for (let r = b.r0; r <= b.r1; r++)
        for (let c = b.c0; c <= b.c1; c++) {
          if (b.sheet.cells.get(cellKey(r, c))?.formula) clearSpill(b.sheet, r, c);
          b.sheet.cells.delete(cellKey(r, c));
        }
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const b = this.bounds();
      const m = this.context.host.model;
      m.activeSheet = b.sheet.name;
      m.selection = a1(b.r0, b.c0) + (b.r0 === b.r1 && b.c0 === b.c1 ? "" : `:${a1(b.r1, b.c1)}`);
    });
  }

  /** Each cell of the range, created for writing. */
  eachCell(f: (cell: CellModel) => void): void {
    const b = this.bounds();
    for (let r = b.r0; r <= b.r1; r++) for (let c = b.c0; c <= b.c1; c++) f(cellForWrite(b.sheet, r, c));
  }

  topLeft(): CellModel {
    const b = this.bounds();
    return b.sheet.cells.get(cellKey(b.r0, b.c0)) ?? emptyCell();
  }
}

/** Excel.RangeAreas: only what the add-in uses, selecting several areas (select is ExcelApi 1.18). */
class RangeAreasDouble extends ClientObject {
  protected readonly scalarProperties = ["address"];

  constructor(
    readonly context: DoubleContext,
    private readonly sheet: WorksheetDouble,
    private readonly areas: string,
  ) {
    super(context);
  }

  private resolve(): string {
    const parts = this.areas.split(",").map((a) => a.trim().replace(/\$/g, "").toUpperCase());
    for (const part of parts) {
      const [from, to] = part.split(":");
      if (!parseA1(from) || (to !== undefined && !parseA1(to)))
        throw new RichApiError("InvalidArgument", `Bad address ${this.areas}`);
    }
    return parts.join(",");
  }

  protected readLive(p: string): unknown {
    if (p === "address")
      return this.resolve()
        .split(",")
        .map((a) => qualifiedAddress(this.sheet.model().name, a))
        .join(",");
    throw new RichApiError("InvalidArgument", `RangeAreas has no property ${p}`);
  }

  get address(): string {
    return this.loadedValue("address");
  }

  select(): void {
    this.context.enqueue(() => {
      // An older Excel has the method in Office.js but not in the host: the sync fails.
      if (!this.context.host.supports("ExcelApi", "1.18"))
        throw new RichApiError("ApiNotFound", "RangeAreas.select needs ExcelApi 1.18.");
      const areas = this.resolve();
      const m = this.context.host.model;
      m.activeSheet = this.sheet.model().name;
      m.selection = areas;
    });
  }
}

class RangeFormatDouble extends ClientObject {
  protected readonly scalarProperties = [];
  readonly fill: RangeFillDouble;
  readonly font: RangeFontDouble;

  constructor(
    readonly context: DoubleContext,
    range: RangeDouble,
  ) {
    super(context);
    this.fill = new RangeFillDouble(context, range);
    this.font = new RangeFontDouble(context, range);
  }

  autofitColumns(): void {
    this.context.enqueue(() => undefined);
  }

  protected readLive(p: string): unknown {
    throw new RichApiError("InvalidArgument", `RangeFormat has no property ${p}`);
  }
}

class RangeFillDouble extends ClientObject {
  protected readonly scalarProperties = ["color", "pattern", "patternColor"];

  constructor(
    readonly context: DoubleContext,
    private readonly range: RangeDouble,
  ) {
    super(context);
  }

  protected readLive(p: string): unknown {
    const fill = this.range.topLeft().fill;
    if (p === "pattern") return fill.pattern;
    if (p === "color") return fill.pattern === "None" ? "#FFFFFF" : (fill.color ?? "#FFFFFF");
    if (p === "patternColor") return fill.patternColor;
    throw new RichApiError("InvalidArgument", `RangeFill has no property ${p}`);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(v: string) {
    this.context.enqueue(() =>
      this.range.eachCell((c) => {
        c.fill.color = v.toUpperCase();
        if (c.fill.pattern === "None") c.fill.pattern = "Solid";
      }),
    );
  }
  get pattern(): string {
    return this.loadedValue("pattern");
  }
  set pattern(v: string) {
    this.context.enqueue(() =>
      this.range.eachCell((c) => {
        c.fill.pattern = v;
        if (v === "None") c.fill = { pattern: "None", color: null, patternColor: null };
      }),
    );
  }
  get patternColor(): string | null {
    return this.loadedValue("patternColor");
  }
  set patternColor(v: string | null) {
    this.context.enqueue(() =>
      this.range.eachCell((c) => {
        c.fill.patternColor = v;
      }),
    );
  }

  clear(): void {
    this.context.enqueue(() =>
      this.range.eachCell((c) => {
        c.fill = { pattern: "None", color: null, patternColor: null };
      }),
    );
  }
}

class RangeFontDouble extends ClientObject {
  protected readonly scalarProperties = ["color", "bold"];

  constructor(
    readonly context: DoubleContext,
    private readonly range: RangeDouble,
  ) {
    super(context);
  }

  protected readLive(p: string): unknown {
    const font = this.range.topLeft().font;
    if (p === "color") return font.color ?? "#000000";
    if (p === "bold") return font.bold;
    throw new RichApiError("InvalidArgument", `RangeFont has no property ${p}`);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(v: string) {
    this.context.enqueue(() => this.range.eachCell((c) => void (c.font.color = v.toUpperCase())));
  }
  get bold(): boolean {
    return this.loadedValue("bold");
  }
  set bold(v: boolean) {
    this.context.enqueue(() => this.range.eachCell((c) => void (c.font.bold = v)));
  }
}

/** A host double over the model; document settings in memory unless others are given. */
export function createHostDouble(model: WorkbookModel, settings?: DocumentSettings): HostDouble {
  return new Host(model, settings);
}
