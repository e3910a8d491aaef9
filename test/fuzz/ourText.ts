/**
 * What a user must never read: text that is not ours. Used by the hostile-file test and the
 * fuzzers on every message the readers and the engine produce: no NaN, Infinity, undefined or
 * [object Object]; no stack trace; no English error words or Node error codes from a library.
 */
const NOT_NUMBERS = /\bNaN\b|Infinity|\bundefined\b|\[object \w+\]/;
const STACK = /\n\s+at \S|\bat .+:\d+:\d+\)?$/m;
const RAW = new RegExp(
  [
    "\\b(?:Type|Range|Reference|Syntax)?Error\\b",
    "\\bCannot (?:read|find|set)\\b",
    "\\bInvalid\\b",
    "\\bUnexpected\\b",
    "\\bMaximum call stack\\b",
    "\\bis not (?:a function|defined|iterable)\\b",
    "\\bE(?:NOENT|ACCES|PERM|LOOP|PIPE|ISDIR|NOTDIR|MFILE|NFILE|NOSPC|BUSY|IO|NAMETOOLONG|CONNRESET|EXIST)\\b",
    "\\bERR_[A-Z_]+\\b",
    "\\bend of data\\b",
    "\\bcorrupted zip\\b",
  ].join("|"),
);

/** What is wrong with a message a user would read (empty when nothing is). */
export function notOurs(text: string): string[] {
  const problems: string[] = [];
  const nn = NOT_NUMBERS.exec(text);
  if (nn) problems.push(`"${nn[0]}"`);
  if (STACK.test(text)) problems.push("stack trace");
  const raw = RAW.exec(text);
  if (raw) problems.push(`raw text "${raw[0]}"`);
  return problems;
}
