/**
 * The double's `Range.conditionalFormats` (ExcelApi 1.6): custom formula rules with a fill, as
 * strict as the rest of the double (properties readable only after load and sync, nothing happens
 * before sync). Only the Custom type is modelled; asking for another fails loudly.
 */
import { ClientObject, RichApiError, type LoadSpec, type Queue } from "./clientObject";
import { toA1, toRelative } from "./formulaRefs";
import type { CellBounds, ConditionalFormatModel, SheetModel, WorkbookModel } from "./model";

export interface RangeTarget {
  bounds(): CellBounds & { readonly sheet: SheetModel };
}

interface Slot {
  rule: ConditionalFormatModel | null;
}

const intersects = (a: CellBounds, b: CellBounds): boolean =>
  a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

function sheetOf(workbook: WorkbookModel, rule: ConditionalFormatModel): SheetModel | undefined {
  return workbook.sheets.find((s) => s.conditionalFormats.includes(rule));
}

function ruleOf(slot: Slot): ConditionalFormatModel {
  if (!slot.rule) throw new RichApiError("InvalidObjectPath", "The conditional format does not exist.");
  return slot.rule;
}

export class ConditionalFormatCollectionDouble extends ClientObject {
  protected readonly scalarProperties = ["items/type"];
  private itemList: ConditionalFormatDouble[] | null = null;

  constructor(
    private readonly context: Queue,
    private readonly workbook: () => WorkbookModel,
    private readonly range: RangeTarget,
  ) {
    super(context);
  }

  /** New rules go first in priority, as Excel adds them. */
  add(type: string): ConditionalFormatDouble {
    const slot: Slot = { rule: null };
    this.context.enqueue(() => {
      if (type !== "Custom")
        throw new RichApiError(
          "InvalidArgument",
          `The double models only Custom conditional formats (${type}).`,
        );
      const { sheet, r0, c0, r1, c1 } = this.range.bounds();
      slot.rule = { type: "Custom", range: { r0, c0, r1, c1 }, relativeFormula: "=FALSE", fill: null };
      sheet.conditionalFormats.unshift(slot.rule);
    });
    return new ConditionalFormatDouble(this.context, this.workbook, slot);
  }

  override load(spec?: LoadSpec): this {
    const raw =
      spec === undefined
        ? "items/type"
        : typeof spec === "string"
          ? spec
          : Array.isArray(spec)
            ? spec.join(",")
            : String(spec.select ?? "items/type");
    const props = raw.split(",").map((p) => p.trim().replace(/^items\//, ""));
    this.context.enqueue(() => {
      const { sheet, r0, c0, r1, c1 } = this.range.bounds();
      this.itemList = sheet.conditionalFormats
        .filter((rule) => intersects(rule.range, { r0, c0, r1, c1 }))
        .map((rule) => {
          const item = new ConditionalFormatDouble(this.context, this.workbook, { rule });
          item.commitLoad(new Map(props.map((p) => [p, item.live(p)])));
          return item;
        });
    });
    return this;
  }

  get items(): ConditionalFormatDouble[] {
    if (!this.itemList)
      throw new RichApiError(
        "PropertyNotLoaded",
        "The property 'items' is not available. Call load and context.sync().",
      );
    return this.itemList;
  }

  protected readLive(p: string): unknown {
    throw new RichApiError("InvalidArgument", `ConditionalFormatCollection has no property ${p}`);
  }
}

export class ConditionalFormatDouble extends ClientObject {
  protected readonly scalarProperties = ["type", "id", "priority"];
  readonly custom: CustomConditionalFormatDouble;

  constructor(
    private readonly context: Queue,
    private readonly workbook: () => WorkbookModel,
    private readonly slot: Slot,
  ) {
    super(context);
    this.custom = new CustomConditionalFormatDouble(context, slot);
  }

  live(p: string): unknown {
    return this.readLive(p);
  }

  protected readLive(p: string): unknown {
    const rule = ruleOf(this.slot);
    if (p === "type") return rule.type;
    if (p === "id" || p === "priority") {
      const index = sheetOf(this.workbook(), rule)?.conditionalFormats.indexOf(rule) ?? -1;
      return p === "id" ? String(index) : index;
    }
    throw new RichApiError("InvalidArgument", `ConditionalFormat has no property ${p}`);
  }

  get type(): string {
    return this.loadedValue("type");
  }

  delete(): void {
    this.context.enqueue(() => {
      const rule = ruleOf(this.slot);
      const sheet = sheetOf(this.workbook(), rule);
      if (sheet) sheet.conditionalFormats = sheet.conditionalFormats.filter((r) => r !== rule);
      this.slot.rule = null;
    });
  }
}

class CustomConditionalFormatDouble {
  readonly rule: ConditionalFormatRuleDouble;
  readonly format: { readonly fill: ConditionalFillDouble };

  constructor(context: Queue, slot: Slot) {
    this.rule = new ConditionalFormatRuleDouble(context, slot);
    this.format = { fill: new ConditionalFillDouble(context, slot) };
  }
}

class ConditionalFormatRuleDouble extends ClientObject {
  protected readonly scalarProperties = ["formula"];

  constructor(
    private readonly context: Queue,
    private readonly slot: Slot,
  ) {
    super(context);
  }

  protected readLive(p: string): unknown {
    const rule = ruleOf(this.slot);
    if (p === "formula") return toA1(rule.relativeFormula, rule.range.r0, rule.range.c0);
    throw new RichApiError("InvalidArgument", `ConditionalFormatRule has no property ${p}`);
  }

  get formula(): string {
    return this.loadedValue("formula");
  }
  set formula(v: string) {
    this.context.enqueue(() => {
      const rule = ruleOf(this.slot);
      rule.relativeFormula = toRelative(v, rule.range.r0, rule.range.c0);
    });
  }
}

class ConditionalFillDouble extends ClientObject {
  protected readonly scalarProperties = ["color"];

  constructor(
    private readonly context: Queue,
    private readonly slot: Slot,
  ) {
    super(context);
  }

  protected readLive(p: string): unknown {
    if (p === "color") return ruleOf(this.slot).fill;
    throw new RichApiError("InvalidArgument", `ConditionalRangeFill has no property ${p}`);
  }

  get color(): string {
    return this.loadedValue("color");
  }
  set color(v: string) {
    this.context.enqueue(() => void (ruleOf(this.slot).fill = v.toUpperCase()));
  }
}
