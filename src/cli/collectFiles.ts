/**
 * Turns the command line's paths into the list of files to check: a folder stands for the
 * workbooks (.xlsx) and published reports (.pdf, .docx) in it (not the lock files Excel and Word
 * leave for an open file, `~$name.xlsx`), sorted by name for a stable report.
 * Every path is looked at here, so that what the file system refuses (a symbolic link that loops,
 * a folder we may not read) becomes a Swedish sentence for that path, never an error code.
 */
import { constants, promises as fs } from "node:fs";
import { join } from "node:path";
import { cli } from "../i18n/sv/cli";

export interface Target {
  readonly path: string;
  /** Set when the path cannot be checked (empty folder, link loop …): reported as a failed target. */
  readonly problem?: string;
}

export async function collectFiles(paths: readonly string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const path of paths) {
    const kind = await pathKind(path);
    if (kind.problem !== undefined || kind.kind !== "folder") {
      targets.push({ path, problem: kind.problem });
      continue;
    }
    let names: string[];
    try {
      names = await fs.readdir(path);
    } catch (error) {
      targets.push({ path, problem: cli.folderUnreadable(path, cli.errnoReason(errno(error))) });
      continue;
    }
    names = names
      .filter((n) => /\.(xlsx|pdf|docx)$/i.test(n) && !n.startsWith("~$"))
      .sort((a, b) => a.localeCompare(b, "sv"));
    if (names.length === 0) targets.push({ path, problem: cli.folderEmpty(path) });
    for (const n of names) {
      const file = join(path, n);
      targets.push({ path: file, problem: (await pathKind(file)).problem });
    }
  }
  return targets;
}

type PathKind = { kind: "folder" | "other"; problem?: undefined } | { kind?: undefined; problem: string };

/**
 * A folder, anything else (left to the reader, which names missing files and non-files), or a
 * problem only the file system can explain.
 */
async function pathKind(path: string): Promise<PathKind> {
  try {
    if ((await fs.stat(path)).isDirectory()) return { kind: "folder" };
    await fs.access(path, constants.R_OK);
    return { kind: "other" };
  } catch (error) {
    const code = errno(error);
    if (code === "ENOENT" || code === "ENOTDIR") return { kind: "other" }; // the reader says "finns inte"
    if (code === "ELOOP") return { problem: cli.symlinkLoop(path) };
    if (code === "EACCES" || code === "EPERM") return { problem: cli.noAccess(path) };
    return { problem: cli.pathUnusable(path, cli.errnoReason(code)) };
  }
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}
