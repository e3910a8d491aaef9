import { MESSAGES, PASTED_PLACE } from "../../../i18n/sv/check";
import {
  a1,
  parseA1,
  parseQualified,
  qualifiedAddress,
  type WorkbookSnapshot,
} from "../../workbook/snapshot";
import type {
  CheckOptions,
  CheckResult,
  Finding,
  HeldTie,
  RecognisedStatement,
  StatementKind,
} from "../finding";
import { finding } from "../findings/buildFindings";
import { RULES, ruleIdFor } from "../rules/catalogue";
import { describeReading, type Reading } from "./pastedRows";
import { resolvePasted, type Resolution } from "./pastedResolve";
import { findPasted, type PastedLine, type PastedWorkbook } from "./pastedSheets";

/**
 * Checks a workbook whose statements were pasted as text, one line per cell: the lines are cut
 * into label, note and amounts (pastedRows.ts, pastedResolve.ts), laid out as columns the sheet
 * does not use (pastedSheets.ts), checked as any workbook, and every address in the result is
 * moved back to the pasted cell a user sees, with the amount named in the message ("det andra
 * beloppet, 2024"). Lines whose figures stay ambiguous are reported as such, never guessed.
 * Returns undefined when the workbook holds no pasted statement.
 */
export function checkPasted(
  snapshot: WorkbookSnapshot,
  options: CheckOptions,
  check: (snapshot: WorkbookSnapshot, options: CheckOptions) => CheckResult,
): CheckResult | undefined {
  const pasted = findPasted(snapshot);
  if (!pasted) return undefined;
  const resolution = resolvePasted(pasted);
  const result = check(pasted.laidOut(resolution.choice), options);
  return movedBack(result, pasted, resolution);
}

/** The lines of a workbook's pasted statements as cut (for tests and tools): the reading taken per line. */
export function splitPasted(
  snapshot: WorkbookSnapshot,
): { pasted: PastedWorkbook; resolution: Resolution } | undefined {
  const pasted = findPasted(snapshot);
  return pasted ? { pasted, resolution: resolvePasted(pasted) } : undefined;
}

function movedBack(result: CheckResult, pasted: PastedWorkbook, resolution: Resolution): CheckResult {
  const mover = new Mover(pasted);
  const findings: Finding[] = [];
  for (const f of result.findings) {
    const place = mover.place(f.sheet, f.cell);
    // A hole left for an ambiguous line is reported as the ambiguity below, not as an Excel error.
    if (
      place &&
      f.kind === "excel-error" &&
      typeof place.part === "number" &&
      resolution.ambiguous.has(place.line)
    )
      continue;
    findings.push(
      place
        ? {
            ...f,
            cell: a1(place.line.row, place.line.col),
            related: mover.related(f.related, f.sheet, a1(place.line.row, place.line.col)),
            message: `${f.message} ${placeWords(place.line, place.part, f.period)}`,
          }
        : { ...f, related: mover.related(f.related) },
    );
  }
  for (const [line, readings] of resolution.ambiguous)
    findings.push(ambiguityFinding(line, readings, result.statements));
  const held: HeldTie[] | undefined = result.held?.map((h) => ({
    ...h,
    total: mover.qualified(h.total),
    cells: h.cells.map((c) => mover.qualified(c)),
  }));
  const statements: RecognisedStatement[] = result.statements.map((s) => ({
    ...s,
    range: mover.range(s.sheet, s.range),
  }));
  return { ...result, findings, ...(held ? { held } : {}), statements };
}

function placeWords(line: PastedLine, part: "label" | "note" | number, period: string | undefined): string {
  if (part === "label") return PASTED_PLACE({ lineNo: line.lineNo });
  if (part === "note") return PASTED_PLACE({ lineNo: line.lineNo, note: true });
  return PASTED_PLACE({ lineNo: line.lineNo, amount: part, period: period ?? yearOf(line.periods[part]) });
}

function yearOf(header: string | undefined): string | undefined {
  const years = header?.match(/(?:19|20)\d{2}/g);
  return years ? years[years.length - 1] : header;
}

/** Moves addresses of the laid-out columns and rows back to the pasted cells. */
class Mover {
  constructor(private readonly pasted: PastedWorkbook) {}

  place(sheet: string, cell: string): ReturnType<PastedWorkbook["placeAt"]> {
    const at = parseA1(cell);
    return at ? this.pasted.placeAt(sheet, at.row, at.col) : undefined;
  }

  /** A `Sheet!A1` address, moved when it names a laid-out place. */
  qualified(address: string): string {
    const ref = parseQualified(address);
    if (!ref) return address;
    const place = this.place(ref.sheet, ref.cell);
    return place ? qualifiedAddress(ref.sheet, a1(place.line.row, place.line.col)) : address;
  }

  /** Related cells moved back, without repeats and without the finding's own cell. */
  related(addresses: readonly string[], sheet?: string, own?: string): string[] {
    const self = sheet && own ? qualifiedAddress(sheet, own) : undefined;
    return [...new Set(addresses.map((a) => this.qualified(a)))].filter((a) => a !== self);
  }

  /** A statement's range ("A1:E9" over the laid-out columns) with its corners moved to the pasted cells. */
  range(sheet: string, range: string): string {
    const lines = this.pasted.lines.filter((l) => l.sheet === sheet);
    const corner = (cell: string): string => {
      const at = parseA1(cell);
      if (!at) return cell;
      const inCell = lines.find((l) => l.at === at.row && l.lineNo !== undefined);
      const inBand = lines.find((l) => at.col >= l.base && at.col <= l.base + l.periods.length);
      return a1(inCell ? inCell.row : at.row, inBand ? inBand.col : at.col);
    };
    return range.split(":").map(corner).join(":");
  }
}

function ambiguityFinding(
  line: PastedLine,
  readings: readonly Reading[],
  statements: readonly RecognisedStatement[],
): Finding {
  const kind = statementAt(line, statements);
  const unreadable = readings.length === 0;
  const entry = unreadable ? RULES.pastedUnreadable : RULES.pastedAmbiguous;
  return finding({
    ruleId: ruleIdFor(entry, { statement: kind }),
    severity: entry.severity,
    // The line's figures are, to every check, not there (no kind of its own: kinds are published).
    kind: "missing",
    statement: kind,
    sheet: line.sheet,
    cell: a1(line.row, line.col),
    related: [],
    message: `${
      unreadable
        ? MESSAGES.pastedUnreadable({ label: line.label, columns: line.periods.length })
        : MESSAGES.pastedAmbiguous({ label: line.label, readings: readings.map(describeReading) })
    }${line.lineNo !== undefined ? ` ${PASTED_PLACE({ lineNo: line.lineNo })}` : ""}`,
    label: line.label,
  });
}

/** The statement a pasted line was read into (by the row it was laid out on), else the sheet's first. */
function statementAt(line: PastedLine, statements: readonly RecognisedStatement[]): StatementKind {
  const onSheet = statements.filter((s) => s.sheet === line.sheet);
  const holding = onSheet.find((s) => {
    const [from, to] = s.range.split(":").map((c) => parseA1(c));
    return from && to && line.at >= from.row && line.at <= to.row;
  });
  return (holding ?? onSheet[0])?.statement ?? "NOT";
}
