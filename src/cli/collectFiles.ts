/**
 * Turns the command line's paths into the list of files to check: a folder stands for the .xlsx
 * files in it (not those Excel leaves open as `~$name.xlsx`), sorted by name for a stable report.
 */
import { promises as fs } from "node:fs";
import { join } from "node:path";
import { cli } from "../i18n/sv/cli";

export interface Target {
  readonly path: string;
  /** Set when the path is a folder without .xlsx files: reported as a failed target. */
  readonly problem?: string;
}

export async function collectFiles(paths: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const path of paths) {
    const stat = await fs.stat(path).catch(() => null);
    if (!stat?.isDirectory()) {
      targets.push({ path });
      continue;
    }
    const names = (await fs.readdir(path))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b, "sv"));
    if (names.length === 0) targets.push({ path, problem: cli.folderEmpty(path) });
    for (const n of names) targets.push({ path: join(path, n) });
  }
  return targets;
}
