/**
 * Every word a user reads lives in src/i18n/sv, and each thing has one name there: a statement one
 * name (STATEMENT_NAMES), a cause one name (CAUSE_NAMES), used alike by the messages, the task pane,
 * the export sheet and the command line. The source is read as TypeScript (string literals, template
 * parts and JSX text; comments are not words a user reads).
 */
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import * as ts from "typescript";
import type { FindingKind, StatementKind } from "../../src/engine/check/finding";
import {
  CAUSE_EXPLANATIONS,
  CAUSE_NAMES,
  MESSAGES,
  STATEMENT_NAMES,
  causeSentence,
  causeWord,
  type DifferenceCause,
} from "../../src/i18n/sv/check";
import { cli } from "../../src/i18n/sv/cli";
import { causeOf, statementText } from "../../src/i18n/sv/pane";

const FINDING_KINDS = [
  "sign",
  "part-sign",
  "omission",
  "double-count",
  "transposition",
  "period-swap",
  "year",
  "unit",
  "rounding",
  "unusual-sign",
  "missing",
  "wrong-line",
  "mismatch",
  "excel-error",
] as const satisfies readonly FindingKind[];
const STATEMENT_KINDS = [
  "RR",
  "BR",
  "KF",
  "NOT",
  "FEMAR",
  "DRIFT",
  "BALANSKRAV",
  "TEXT",
] as const satisfies readonly StatementKind[];

// The lists above name every kind: a kind added to finding.ts and not here fails the type check.
const everyKindListed: [Exclude<FindingKind, (typeof FINDING_KINDS)[number]>] extends [never] ? true : false =
  true;
const everyStatementListed: [Exclude<StatementKind, (typeof STATEMENT_KINDS)[number]>] extends [never]
  ? true
  : false = true;

const SRC = join(__dirname, "..", "..", "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The text of every string literal, template part and JSX text in a file, with its line. */
function wordsIn(path: string): Array<{ line: number; text: string }> {
  const source = ts.createSourceFile(path, readFileSync(path, "utf8"), ts.ScriptTarget.Latest, true);
  const out: Array<{ line: number; text: string }> = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteralLike(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isJsxText(node)
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      out.push({ line, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}

const FILES = sourceFiles(SRC).map((path) => ({ path: relative(SRC, path), words: wordsIn(path) }));

describe("one name per statement", () => {
  it("names every statement, each differently", () => {
    expect(everyStatementListed).toBe(true);
    for (const kind of STATEMENT_KINDS) expect(STATEMENT_NAMES[kind]).toMatch(/^\p{Lu}/u);
    const names = STATEMENT_KINDS.map((k) => STATEMENT_NAMES[k]);
    expect(new Set(names).size).toBe(names.length);
  });

  it("calls the five-year overview by its name in LKBR", () => {
    expect(STATEMENT_NAMES.FEMAR).toBe("Översikt över verksamhetens utveckling");
  });

  it("shows the same names in the task pane", () => {
    for (const kind of STATEMENT_KINDS) expect(statementText[kind]).toBe(STATEMENT_NAMES[kind]);
  });
});

describe("one name per cause", () => {
  it("names and explains every cause, each differently", () => {
    expect(everyKindListed).toBe(true);
    for (const kind of FINDING_KINDS) {
      expect(CAUSE_NAMES[kind]).toMatch(/^\p{Lu}/u);
      expect(CAUSE_EXPLANATIONS[kind]).toMatch(/\.$/);
    }
    const names = FINDING_KINDS.map((k) => CAUSE_NAMES[k].toLowerCase());
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(FINDING_KINDS)("says %s alike in the pane, the export and the command line", (kind) => {
    expect(causeOf(kind)).toBe(causeSentence(kind));
    expect(causeOf(kind).startsWith(`${CAUSE_NAMES[kind]}: `)).toBe(true);
    expect(cli.kind[kind]).toBe(causeWord(kind));
  });

  it("calls swapped digits transponerade siffror", () => {
    expect(CAUSE_NAMES.transposition).toBe("Transponerade siffror");
    expect(cli.kind.transposition).toBe("transponerade siffror");
  });

  const params = {
    label: "Årets resultat",
    period: "2025",
    actual: "−1 920 460",
    expected: "1 920 460",
    difference: "−3 840 920",
    basis: "summan av raderna",
    unit: "kr",
  };
  it.each(["sign", "transposition", "rounding"] as const satisfies readonly DifferenceCause[])(
    "names the cause %s in its message by its one name",
    (kind) => {
      expect(MESSAGES.difference[kind](params)).toContain(`(${causeWord(kind)})`);
    },
  );
});

describe("the source holds no second name", () => {
  // The label vocabulary (labels/) lists what reports write, "femårsöversikt" among them: those are
  // words the engine reads, not words it says.
  const said = FILES.filter((f) => !f.path.startsWith(join("engine", "check", "labels")));

  it("reads the words of the source, not its comments", () => {
    const check = FILES.find((f) => f.path === join("i18n", "sv", "check.ts"));
    expect(check?.words.map((w) => w.text)).toContain("Översikt över verksamhetens utveckling");
    const finding = FILES.find((f) => f.path === join("engine", "check", "finding.ts"));
    expect(finding?.words.some((w) => /femårsöversikt/i.test(w.text))).toBe(false);
  });

  it.each([
    ["omkastade siffror", /omkastad/i],
    ["Femårsöversikt as the name of a statement", /femårsöversikt/i],
  ])("never says %s", (_what, forbidden) => {
    const hits = said.flatMap((f) =>
      f.words.filter((w) => forbidden.test(w.text)).map((w) => `${f.path}:${w.line} ${w.text}`),
    );
    expect(hits).toEqual([]);
  });
});

describe("Swedish words live in src/i18n/sv", () => {
  // Where findings are worded and shown: the findings, the rules that word their own findings,
  // the task pane, the Excel adapter and the command line. The catalogue's rule descriptions are
  // its documentation; a command-line flag (--hjälp) is no sentence.
  const WORDED = ["engine/check/findings/", "engine/check/rules/", "taskpane/", "excel/", "cli/"];
  const ALLOWED = new Set(["engine/check/rules/catalogue.ts", "cli/args.ts"]);

  it("builds no Swedish sentence outside the message tables", () => {
    const hits = FILES.filter((f) => {
      const path = f.path.split("\\").join("/");
      return WORDED.some((d) => path.startsWith(d)) && !ALLOWED.has(path);
    }).flatMap((f) =>
      f.words.filter((w) => /[åäöÅÄÖ]/.test(w.text)).map((w) => `${f.path}:${w.line} ${w.text}`),
    );
    expect(hits).toEqual([]);
  });
});
