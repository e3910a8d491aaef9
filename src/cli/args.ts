/**
 * The command line's arguments: `finsam-check [--json] [--enhet kr|tkr] [FIL.xlsx | MAPP ...]`, or
 * `finsam-check ARBETSBOK.xlsx --jamfor RAPPORT.pdf` to compare a published report with its workbook.
 */
import { cli } from "../i18n/sv/cli";
import { compareCli } from "../i18n/sv/compare";

export interface CliArgs {
  readonly json: boolean;
  readonly help: boolean;
  readonly unit?: "kr" | "tkr";
  /** The published report to compare the one workbook in `paths` with (`--jamfor`). */
  readonly compare?: string;
  readonly paths: readonly string[];
}

export type ArgsResult = { ok: true; args: CliArgs } | { ok: false; message: string };

const HELP = new Set(["-h", "--help", "--hjälp", "--hjalp", "-?"]);
const UNIT = new Set(["--enhet", "--unit"]);
const COMPARE = new Set(["--jamfor", "--jämför", "--compare"]);

export function parseArgs(argv: readonly string[]): ArgsResult {
  let json = false;
  let help = false;
  let unit: "kr" | "tkr" | undefined;
  let compare: string | undefined;
  const paths: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] =
      arg.startsWith("--") && arg.includes("=")
        ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)]
        : [arg, undefined];
    if (flag === "--json") json = true;
    else if (HELP.has(flag)) help = true;
    else if (UNIT.has(flag)) {
      const given = inline ?? argv[++i] ?? "";
      if (given.trim() === "") return { ok: false, message: cli.missingUnit };
      const value = given.toLowerCase();
      if (value !== "kr" && value !== "tkr") return { ok: false, message: cli.badUnit(given) };
      unit = value;
    } else if (COMPARE.has(flag)) {
      const given = inline ?? argv[++i];
      if (given === undefined || given.trim() === "" || (inline === undefined && given.startsWith("-")))
        return { ok: false, message: compareCli.missingReport };
      if (compare !== undefined) return { ok: false, message: compareCli.twoReports };
      compare = given;
    } else if (flag === "--") {
      // Everything after "--" is a path, even if it starts with a dash.
      paths.push(...argv.slice(i + 1));
      break;
    } else if (flag.startsWith("-") && flag.length > 1) return { ok: false, message: cli.unknownOption(arg) };
    else if (arg.trim() === "") return { ok: false, message: cli.emptyPath };
    else paths.push(arg);
  }
  return { ok: true, args: { json, help, unit, compare, paths } };
}
