import type { Statement } from "../model";

/**
 * Headers: all statements of one report name the same years, the prior-year column is the year
 * before, and no column names a year outside the report. A budget or outcome column naming another
 * year than the report's is an error (Värend 2025's driftredovisning: "Aktuell budget jan-dec 2024").
 */

export interface YearProblem {
  readonly statement: Statement;
  readonly row: number;
  readonly col: number;
  readonly header: string;
  readonly year: number;
  readonly expected: number;
  readonly why: "wrong" | "outside" | "sequence";
}

export function headerYearProblems(
  statements: readonly Statement[],
  reportYear: number | undefined,
): YearProblem[] {
  if (reportYear === undefined) return [];
  const out: YearProblem[] = [];
  const seen = new Set<string>();
  for (const st of statements) {
    // An interim report (an outcome column ending before December) compares with last year's
    // bokslut: a bokslut of the report year cannot exist yet.
    const interim = st.columns.some(
      (c) => c.kind === "utfall" && c.end !== undefined && !c.end.endsWith("-12-31") && c.year === reportYear,
    );
    for (const col of st.columns) {
      const expected: number | undefined =
        interim && col.kind === "bokslut"
          ? reportYear - 1
          : col.period !== undefined
            ? Number(col.period)
            : undefined;
      if (expected === undefined) continue;
      for (const mention of col.headerYears) {
        if (mention.year === expected) continue;
        // A full-year comparison column may name the year before (a delårsrapport's "Bokslut 2024")
        // or, outside an interim report, the report year itself.
        if (
          col.kind === "bokslut" &&
          (mention.year === reportYear - 1 || (mention.year === reportYear && !interim))
        )
          continue;
        const key = `${st.sheet}!${mention.row},${col.col}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const why =
          mention.year > reportYear
            ? "outside"
            : st.kind === "FEMAR" && col.role === "older"
              ? "sequence"
              : "wrong";
        out.push({
          statement: st,
          row: mention.row,
          col: col.col,
          header: mention.text,
          year: mention.year,
          expected,
          why,
        });
      }
    }
  }
  return out;
}
