/**
 * What one fuzzed file must satisfy, read by the command line's reader (or the workbench's) and
 * checked by the engine: reading ends in a snapshot or a refusal with a Swedish message of ours
 * (anything else is a crash); every finding names a sheet of the workbook and a cell inside that sheet's used range;
 * no message or amount holds NaN, Infinity or undefined, or text that is not ours.
 */
import { readXlsxBytes } from "../../src/cli/readXlsx";
import { BudgetExceeded } from "../../src/engine/workbook/budget";
import { readWorkbookSnapshot } from "../../src/excel/readSnapshot";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { loadXlsxModel } from "../../src/workbench/host/loadXlsx";
import { XlsxUnreadable } from "../../src/workbench/host/unpackXlsx";
import { ReadError } from "../../src/cli/readError";
import { renderReport } from "../../src/cli/report";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { CheckResult } from "../../src/engine/check/finding";
import { type WorkbookSnapshot, parseA1 } from "../../src/engine/workbook/snapshot";
import { notOurs } from "./ourText";

export type ProblemKind = "crash" | "engine-crash" | "ghost-cell" | "non-finite" | "not-ours";

export interface Problem {
  readonly kind: ProblemKind;
  readonly detail: string;
}

export interface Verdict {
  readonly outcome: "checked" | "refused";
  readonly findings: number;
  readonly problems: readonly Problem[];
}

const SWEDISH = /[åäöÅÄÖ]|\b(är|inte|kunde|filen|arbetsboken|bladet)\b/i;

/** How a snapshot is read: the command line's reader, or the workbench's (ExcelJS, the host double, the pane's reader). */
export type Reader = "cli" | "workbench";

async function read(bytes: Buffer, name: string, reader: Reader): Promise<WorkbookSnapshot> {
  if (reader === "cli") return readXlsxBytes(bytes, name);
  const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer;
  return readWorkbookSnapshot(createHostDouble(await loadXlsxModel(copy, name)).run);
}

/** Our refusals: each carries a Swedish message for the user. */
const refusal = (error: unknown): error is Error =>
  error instanceof ReadError || error instanceof XlsxUnreadable || error instanceof BudgetExceeded;

export async function judge(bytes: Buffer, name: string, reader: Reader = "cli"): Promise<Verdict> {
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await read(bytes, name, reader);
  } catch (error) {
    if (!refusal(error)) return { outcome: "refused", findings: 0, problems: [crash("crash", error)] };
    const problems: Problem[] = notOurs(error.message).map((p) => ({
      kind: "not-ours",
      detail: `${p}: ${error.message}`,
    }));
    if (!SWEDISH.test(error.message))
      problems.push({ kind: "not-ours", detail: `not Swedish: ${error.message}` });
    return { outcome: "refused", findings: 0, problems };
  }
  let result: CheckResult;
  try {
    result = checkWorkbook(snapshot, {});
  } catch (error) {
    return { outcome: "checked", findings: 0, problems: [crash("engine-crash", error)] };
  }
  const problems = findingProblems(snapshot, result);
  // The command line's report as the user reads it: every number formatted, every word ours.
  const report = renderReport(name, result);
  for (const p of notOurs(report))
    problems.push({ kind: p.startsWith('"') ? "non-finite" : "not-ours", detail: `report: ${p}` });
  return { outcome: "checked", findings: result.findings.length, problems };
}

function crash(kind: ProblemKind, error: unknown): Problem {
  const e = error instanceof Error ? error : new Error(String(error));
  return { kind, detail: `${e.name}: ${e.message} ${(e.stack ?? "").split("\n").slice(1, 4).join(" ")}` };
}

/** Every finding's cells exist; its numbers are finite; its words are ours. */
export function findingProblems(snapshot: WorkbookSnapshot, result: CheckResult): Problem[] {
  const problems: Problem[] = [];
  const inside = (sheetName: string, cell: string): boolean => {
    const sheet = snapshot.sheets.find((s) => s.name === sheetName);
    const at = parseA1(cell);
    if (!sheet || !at) return false;
    const r = at.row - sheet.origin.row;
    const c = at.col - sheet.origin.col;
    const width = sheet.values.reduce((w, row) => Math.max(w, row.length), 0);
    return r >= 0 && c >= 0 && r < sheet.values.length && c < width;
  };
  for (const f of result.findings) {
    if (!inside(f.sheet, f.cell))
      problems.push({ kind: "ghost-cell", detail: `${f.ruleId} at ${f.sheet}!${f.cell}` });
    for (const ref of f.related) {
      const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(\$?[A-Z]+\$?\d+)(?::(\$?[A-Z]+\$?\d+))?$/.exec(ref);
      const sheetName = m ? (m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2]) : "";
      if (!m || !inside(sheetName, m[3]) || (m[4] !== undefined && !inside(sheetName, m[4])))
        problems.push({ kind: "ghost-cell", detail: `${f.ruleId} relates ${ref}` });
    }
    for (const key of ["expected", "actual", "difference"] as const) {
      const v = f[key];
      if (v !== undefined && !Number.isFinite(v))
        problems.push({ kind: "non-finite", detail: `${f.ruleId} ${key} = ${v}` });
    }
    // The label is the workbook's own text (it may well say "NaN"); the message and period are ours.
    for (const text of [f.message, f.period ?? ""]) {
      for (const p of notOurs(text))
        problems.push({
          kind: p.startsWith('"') ? "non-finite" : "not-ours",
          detail: `${f.ruleId}: ${p} in "${text}"`,
        });
    }
  }
  return problems;
}
