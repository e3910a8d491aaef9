/**
 * The key a kvittering is kept under: the engine's finding key (rule, statement, line, period)
 * and the cell, so that one kvittering never hides the same kind of finding on another sheet or
 * cell. Keys saved by earlier versions carry no cell; they move to a cell only when exactly one
 * finding of the current check is theirs, and otherwise hide nothing.
 */
import type { CheckResult, Finding } from "../../engine/check/finding";
import { qualifiedAddress } from "../../engine/workbook/snapshot";
import type { Acknowledgements } from "../paneActions";

const CELL_PART = "|cell=";

export function acknowledgementKey(f: Finding): string {
  return `${f.key}${CELL_PART}${qualifiedAddress(f.sheet, f.cell)}`;
}

/** The result with each finding keyed by finding and cell, the key the pane works with. */
export function keyedByCell(result: CheckResult): CheckResult {
  return { ...result, findings: result.findings.map((f) => ({ ...f, key: acknowledgementKey(f) })) };
}

export interface LegacyMigration {
  /** Old key → new key, for old keys exactly one current finding has. */
  readonly renames: Readonly<Record<string, string>>;
  /** Old keys several current findings have: they stay saved and hide none of them. */
  readonly ambiguous: number;
}

/** `findings` as the engine gave them (engine keys). */
export function migrateLegacyKeys(acks: Acknowledgements, findings: readonly Finding[]): LegacyMigration {
  const renames: Record<string, string> = {};
  let ambiguous = 0;
  for (const key of Object.keys(acks)) {
    if (key.includes(CELL_PART)) continue;
    const owners = findings.filter((f) => f.key === key);
    if (owners.length === 1) renames[key] = acknowledgementKey(owners[0]);
    else if (owners.length > 1) ambiguous++;
  }
  return { renames, ambiguous };
}
