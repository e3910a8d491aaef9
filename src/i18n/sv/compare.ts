/**
 * Every word the comparison of a published report with its workbook says (src/engine/compare and
 * the command line's `--jamfor`). Amounts arrive formatted (formatAmount); this table arranges words.
 * It imports nothing from the other tables, so any of them may use it.
 */

/** Where a line sits, as a message names it: `"Årets resultat" 2025 i resultaträkningen`. */
const where = (p: { label: string; period?: string; statement: string }): string =>
  `"${p.label}"${p.period ? ` ${p.period}` : ""} i ${p.statement}`;

/** A figure with its unit, or that the cell is blank. */
const figure = (p: { amount?: string; unit: string }): string =>
  p.amount === undefined ? "inget belopp" : p.unit ? `${p.amount} ${p.unit}` : p.amount;

export const COMPARE = {
  /** A statement inside a sentence: "resultaträkningen", "not 3". */
  statementInText: (name: string, note?: number): string =>
    note !== undefined ? `not ${note}` : definite(name.toLowerCase()),

  /** The report states another amount than the workbook (either may be blank). */
  amount: (p: {
    label: string;
    period?: string;
    statement: string;
    report?: string;
    reportUnit: string;
    workbook?: string;
    workbookUnit: string;
  }): string =>
    `Rapporten anger ${figure({ amount: p.report, unit: p.reportUnit })} för ${where(p)}, arbetsboken ${figure({ amount: p.workbook, unit: p.workbookUnit })}.`,

  /** A statement most of whose figures differ: shifted columns, another year, or a table misread. */
  statement: (p: { statement: string; differing: number; compared: number }): string =>
    `${capitalise(p.statement)} i rapporten stämmer inte med arbetsboken: ${p.differing} av ${p.compared} belopp skiljer sig. Kolumnerna kan vara förskjutna eller avse andra år; kontrollera uppställningen i sin helhet. Beloppen listas inte ett och ett.`,

  /** Lines with figures that only one side has, once per statement. */
  lines: (p: {
    statement: string;
    onlyWorkbook: readonly string[];
    onlyReport: readonly string[];
  }): string => {
    const list = (labels: readonly string[]): string => labels.map((l) => `"${l}"`).join(", ");
    const parts: string[] = [];
    if (p.onlyWorkbook.length > 0)
      parts.push(`Rader med belopp som bara finns i arbetsboken: ${list(p.onlyWorkbook)}.`);
    if (p.onlyReport.length > 0)
      parts.push(`Rader med belopp som bara finns i rapporten: ${list(p.onlyReport)}.`);
    return `${capitalise(p.statement)} i rapporten och i arbetsboken har inte samma rader. ${parts.join(" ")} Deras belopp har inte jämförts.`;
  },
} as const;

/** "resultaträkning" → "resultaträkningen", "översikt över verksamhetens utveckling" → "översikten över …". */
function definite(name: string): string {
  const [first, ...rest] = name.split(" ");
  const suffix = /(ning|räkning|analys|redovisning|utredning|översikt)$/.test(first) ? "en" : "";
  return [first + suffix, ...rest].join(" ");
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The command line's words for `--jamfor`. */
export const compareCli = {
  heading: (report: string, workbook: string) => `Jämförelse av ${report} med arbetsboken ${workbook}`,
  compared: (cells: number, statements: number) =>
    `${cells} belopp jämförda i ${statements} ${statements === 1 ? "uppställning" : "uppställningar"}.`,
  onlyInWorkbook: (names: readonly string[]) => `Bara i arbetsboken (inte jämförda): ${names.join(", ")}.`,
  onlyInReport: (names: readonly string[]) => `Bara i rapporten (inte jämförda): ${names.join(", ")}.`,
  noDifferences: "Inga skillnader mellan rapporten och arbetsboken.",
  workbookCell: "Arbetsboken",
  totals: (errors: number, warnings: number) =>
    `Skillnader: ${errors} belopp, ${warnings} ${warnings === 1 ? "varning" : "varningar"}.`,
  note: (n: number) => `Not ${n}`,
  // Misuse (exit code 2)
  missingReport:
    "Flaggan --jamfor saknar rapport. Ange till exempel: finsam-check arbetsbok.xlsx --jamfor rapport.pdf",
  twoReports: "Ange bara en rapport med --jamfor; jämför rapporterna en i taget.",
  reportIsFolder: (path: string) =>
    `${path} är en mapp. --jamfor jämför en rapport (.pdf, .docx eller .xlsx) med en arbetsbok.`,
  workbookIsFolder: (path: string) =>
    `${path} är en mapp. Med --jamfor anges en arbetsbok (.xlsx), inte en mapp.`,
  noWorkbook:
    "Ange arbetsboken som rapporten ska jämföras med: finsam-check arbetsbok.xlsx --jamfor rapport.pdf",
  twoWorkbooks:
    "Med --jamfor anges en arbetsbok och en rapport: finsam-check arbetsbok.xlsx --jamfor rapport.pdf. Jämför filerna två och två.",
  unrelated: (report: string, workbook: string, agreeing: number, compared: number) =>
    `${report} är troligen inte samma rapport som arbetsboken ${workbook}: bara ${agreeing} av ${compared} belopp stämmer. Kontrollera att rapporten och arbetsboken avser samma förbund och år och att båda anger sin enhet (kr, tkr, mnkr).`,
  nothingCompared: (report: string, workbook: string) =>
    `Inga uppställningar i ${report} kunde paras ihop med arbetsboken ${workbook} (samma uppställning, rad och år). Kontrollera att rapporten och arbetsboken avser samma år.`,
} as const;
