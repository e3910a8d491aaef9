/**
 * Every string the Granskningspanelen shows, in Swedish, in one table. Components never hold
 * words of their own: they look them up here, so wording is changed in one place.
 */
import type { FindingKind, Severity, StatementKind } from "../../engine/check/finding";
import { CAUSE_NAMES, STATEMENT_NAMES, causeSentence } from "./check";

/** Statements as a revisor shortens them in a chain of equal figures ("RR = BR = KF"). */
const STATEMENT_SHORT: Readonly<Record<StatementKind, string>> = {
  RR: "RR",
  BR: "BR",
  KF: "KF",
  NOT: "noter",
  FEMAR: "översikt",
  DRIFT: "drift",
  BALANSKRAV: "balanskrav",
  TEXT: "text",
};

/** Whom a statement's columns report on, as the engine names them (read/header.ts, entityOf). */
const ENTITY_NAMES: Readonly<Record<string, string>> = {
  kommun: "kommunen",
  region: "regionen",
  förbund: "förbundet",
  bolag: "bolaget",
  koncern: "koncernen",
};

export const pane = {
  title: "Granskning",
  subtitle: "Konsistensgranskning av årsredovisningen",
  checkButton: "Granska arbetsboken",
  cancelButton: "Avbryt",
  checking: "Granskar arbetsboken …",
  reading: "Läser arbetsboken …",
  cancelled: "Granskningen avbröts.",
  engineFailed: "Granskningsmotorn kunde inte startas.",
  progressLabel: "Förlopp",
  noHost:
    "Ingen Excel-värd svarar. Öppna tillägget i Excel (eller i arbetsbänken) för att granska en arbetsbok.",
  /** Why an action failed when no workbook answers (shown after actionFailed). */
  noHostAction: "Ingen Excel-värd.",
  checkFailed: (reason: string) => `Granskningen kunde inte genomföras: ${reason}`,
  actionFailed: (reason: string) => `Åtgärden misslyckades: ${reason}`,
  notCheckedYet: "Arbetsboken är inte granskad än. Tryck på Granska arbetsboken.",
  noStatements: "Ingen finansiell rapport kändes igen i arbetsboken.",
  allClear: "Inga fel eller varningar hittades.",
  checkedAt: (time: string) => `Granskad ${time}`,
  stale:
    "Arbetsboken har ändrats i de granskade rapporterna sedan granskningen. Resultatet kan vara inaktuellt: granska på nytt.",
  staleShort: "inaktuell",
  resultHeading: "Resultat",

  summaryHeading: "Sammanfattning",
  summaryCaption: "Antal iakttagelser per rapport",
  summaryStatement: "Rapport",
  summaryErrors: "Fel",
  summaryWarnings: "Varningar",
  summaryRounding: "Avrundningar",
  summaryAcknowledged: "Kvitterade",
  summaryTotal: "Totalt",
  /** The summary's one line: open errors and warnings, and how many are kvitterade. */
  summaryLine: (errors: number, warnings: number, acknowledged: number, resolved = 0) =>
    `${errors} ${errors === 1 ? "öppet fel" : "öppna fel"}, ${warnings} ${warnings === 1 ? "öppen varning" : "öppna varningar"}` +
    (acknowledged > 0 ? `, ${acknowledged} ${acknowledged === 1 ? "kvitterad" : "kvitterade"}` : "") +
    (resolved > 0 ? `, ${resolved} ${resolved === 1 ? "åtgärdad" : "åtgärdade"}` : ""),

  findingsHeading: "Iakttagelser",
  filterHeading: "Filter",
  filterSeverity: "Allvarlighet",
  filterStatement: "Rapport",
  filterAllSeverities: "Alla allvarlighetsgrader",
  filterAllStatements: "Alla rapporter",
  filterNoMatch: "Inga iakttagelser matchar filtret.",
  filterStatus: "Status",
  filterAllStatuses: "Alla",
  filterOpen: "Öppna",
  filterAcknowledged: "Kvitterade",
  filterResolved: "Åtgärdade",
  resolvedNote: "Åtgärdad",
  resolvedNone: "Inga fel eller varningar har åtgärdats sedan förra granskningen.",
  nextFinding: "Nästa fel",
  previousFinding: "Föregående",
  noMoreFindings: "Det finns inga fler öppna fel eller varningar åt det hållet.",

  roundingFolded: (n: number) => `Avrundningsdifferenser (${n})`,

  coverageHeading: (statements: number, held: number) =>
    `Granskat: ${statements} ${statements === 1 ? "rapport" : "rapporter"}, ${held} ${held === 1 ? "avstämning stämmer" : "avstämningar stämmer"}`,
  coverageStatements: "Igenkända rapporter",
  coverageHeld: "Avstämningar som stämmer",
  coverageStatement: (
    name: string,
    address: string,
    periods: readonly string[],
    entities: readonly string[] = [],
  ) => {
    const who = entities.map((e) => ENTITY_NAMES[e] ?? e).join(" och ");
    const what = [who, periods.join(", ")].filter(Boolean).join("; ");
    return `${name}: ${address}${what ? ` (${what})` : ""}`;
  },
  /** "Årets resultat: summan av raderna ✓ 2025, 2024". */
  coverageTie: (label: string, basis: string, periods: readonly string[], rounded: boolean) =>
    `${label}: ${basis} \u2713 ${periods.join(", ")}${rounded ? " (inom avrundning)" : ""}`.trim(),
  coverageNone: "Inga avstämningar kunde göras.",
  coverageChains: "Samma belopp i flera uppställningar",
  /** "Årets resultat: RR = BR = KF = balanskrav ✓ 2025, 2024 (drift 2025)". */
  coverageChain: (
    label: string,
    statements: readonly StatementKind[],
    periods: readonly string[],
    partial: ReadonlyArray<{ readonly statement: StatementKind; readonly periods: readonly string[] }>,
    rounded: boolean,
  ) => {
    const names = statements.map((s) => STATEMENT_SHORT[s]).join(" = ");
    const others = partial.map((p) => `${STATEMENT_SHORT[p.statement]} ${p.periods.join(", ")}`).join("; ");
    return `${label}: ${names} \u2713 ${periods.join(", ")}${others ? ` (${others})` : ""}${rounded ? " (inom avrundning)" : ""}`.trim();
  },

  expected: "Förväntat",
  actual: "Angivet",
  difference: "Differens",
  cause: "Trolig orsak",
  period: "Period",
  goToCell: (address: string) => `Gå till ${address}`,
  relatedCells: "Berörda celler",
  /** A related cell with its row's label and its value, when the workbook shows them. */
  relatedCell: (address: string, label: string | undefined, value: string | undefined) =>
    [address, label, value].filter((x) => x !== undefined && x !== "").join(" · "),
  goToRelated: (address: string) => `Gå till berörd cell ${address}`,

  acknowledge: "Kvittera",
  acknowledged: "Kvitterad",
  acknowledgeComment: "Kommentar till kvitteringen",
  acknowledgeSave: "Spara kvittering",
  acknowledgeCancel: "Avbryt",
  acknowledgeRemove: "Ta bort kvittering",
  acknowledgedNote: (comment: string, date: string, by?: string) =>
    `Kvitterad ${date}${by ? ` av ${by}` : ""}${comment ? `: ${comment}` : ""}`,
  acknowledgeInitials: "Dina initialer",
  acknowledgeInitialsHint: "Sparas i arbetsboken och står vid varje kvittering du gör.",
  acknowledgeInitialsMissing: "Skriv dina initialer: en kvittering ska visa vem som gjort den.",

  markButton: "Markera i arbetsboken",
  unmarkButton: "Ta bort markeringar",
  exportButton: "Exportera granskning",
  marked: (n: number) => `${n} celler markerade.`,
  markedWithTicks: (n: number) =>
    `${n} celler markerade: fel, varningar och bockar (grönt) för det som stämmer.`,
  ticks: "Bocka av det som stämmer",
  unmarked: "Markeringarna är borttagna och cellernas format återställda.",
  nothingMarked: "Det fanns inga markeringar att ta bort.",
  exported: (sheet: string) => `Granskningen exporterades till bladet ${sheet}.`,

  settingsHeading: "Inställningar",
  settingsSheets: "Blad att granska",
  settingsAllSheets: "Alla blad",
  settingsChooseSheets: "Välj de blad som ska granskas. Så länge inget blad är valt granskas alla.",
  settingsUnit: "Enhet",
  settingsUnitAuto: "Enligt arbetsboken",
  settingsUnitKr: "kr",
  settingsUnitTkr: "tkr",
  autoCheck: "Granska automatiskt vid ändring",
  autoCheckHint: "Granskar på nytt en stund efter att en cell ändrats.",

  exportSheetPrefix: "Granskning",
  exportHeaders: [
    "Status",
    "Allvarlighet",
    "Rapport",
    "Cell",
    "Period",
    "Förväntat",
    "Angivet",
    "Differens",
    "Trolig orsak",
    "Meddelande",
    "Kommentar",
  ],
  /** Columns the working paper adds after exportHeaders. */
  exportPaperHeaders: ["Berörda celler", "Kvitterad av", "Kvitterad den"],
  exportTitle: "Granskning av årsredovisningen",
  exportWorkbook: "Arbetsbok",
  exportTime: "Granskad",
  exportReviewer: "Granskare",
  exportReviewerUnknown: "(inga initialer angivna)",
  exportCounts: "Iakttagelser",
  exportCountsText: (open: number, acknowledged: number, rounding: number) =>
    `${open} ${open === 1 ? "öppet fel eller öppen varning" : "öppna fel och varningar"}, ` +
    `${acknowledged} ${acknowledged === 1 ? "kvitterad" : "kvitterade"}, ` +
    `${rounding} ${rounding === 1 ? "avrundningsdifferens" : "avrundningsdifferenser"}`,
  exportStatements: "Granskade rapporter",
  exportHeld: (n: number) => `Avstämningar som stämmer (${n})`,
  exportOpen: "Öppen",
  exportAcknowledged: "Kvitterad",

  excelItemNotFound: "Bladet eller cellen finns inte längre i arbetsboken. Granska arbetsboken på nytt.",
  excelTooLarge: "Bladen är för stora för att läsas på en gång. Välj färre blad och försök igen.",
  excelTooOld: "Den här versionen av Excel saknar det som åtgärden behöver. Uppdatera Excel och försök igen.",
  excelLocked:
    "Excel kunde inte ändra arbetsboken just nu (en cell redigeras eller arbetsboken är låst). Försök igen.",
  excelFailed: "Excel kunde inte utföra åtgärden. Försök igen.",
  settingsFailed:
    "Inställningarna och kvitteringarna kunde inte läsas eller sparas i arbetsboken. Försök igen.",

  acknowledgementsAmbiguous: (n: number) =>
    `${n} äldre ${n === 1 ? "kvittering gällde" : "kvitteringar gällde"} flera celler och visas nu som öppna. Kvittera på nytt, cell för cell.`,

  shareHeading: "Dela utan tillägget",
  shareIntro:
    "Ersätter FINSAM-formlerna i de valda bladen med sina värden, så att den som öppnar arbetsboken utan tillägget ser talen i stället för #NAMN?. Formlerna sparas dolda i arbetsboken och kan återställas.",
  shareSheets: "Blad att dela",
  shareButton: "Dela utan tillägget",
  shareNoSheet: "Välj minst ett blad.",
  shareNone: "De valda bladen har inga FINSAM-formler.",
  shareConfirm: (cells: number, sheets: number) =>
    `${cells} ${cells === 1 ? "cell" : "celler"} med FINSAM-formler på ${sheets} blad ersätts med sina värden. Inget annat i arbetsboken ändras, och formlerna sparas så att du kan återställa dem.`,
  shareConfirmButton: "Ersätt med värden",
  shareCancel: "Avbryt",
  shared: (n: number) =>
    `${n} ${n === 1 ? "formel ersattes" : "formler ersattes"} med sina värden. Arbetsboken kan delas utan tillägget; tryck Återställ formler när du vill räkna med FINSAM igen.`,
  restoreButton: "Återställ formler",
  restored: (n: number) => `${n} ${n === 1 ? "formel återställdes" : "formler återställdes"}.`,
  restoredSkipped: (n: number, skipped: number) =>
    `${n} ${n === 1 ? "formel återställdes" : "formler återställdes"}. ` +
    (skipped === 1
      ? "1 cell har ändrats sedan delningen och lämnades orörd; dess formel finns kvar att återställa."
      : `${skipped} celler har ändrats sedan delningen och lämnades orörda; deras formler finns kvar att återställa.`),
  nothingToRestore: "Det finns inga sparade formler att återställa.",
  keptFormulas: (n: number) =>
    `${n} ${n === 1 ? "formel är sparad" : "formler är sparade"} och kan återställas.`,

  /** "Läs in rapport": a published report (PDF, Word) read into new sheets and checked. */
  reportButton: "Läs in rapport (PDF/Word)",
  reportHint:
    "Tabellerna i årsredovisningen läses in som ett nytt blad, med sidan bredvid varje rad, och granskas. Inget befintligt blad ändras.",
  reportReading: (file: string) => `Läser ${file} …`,
  reportPages: (read: number, total: number) => `Sida ${read} av ${total} läst`,
  reportProgressLabel: "Inläsning av rapporten",
  reportChecking: "Söker efter räkenskaper i rapporten …",
  reportCancelled: "Inläsningen av rapporten avbröts. Ingenting har skrivits i arbetsboken.",
  reportWorkerFailed:
    "Rapportläsaren kunde inte startas. Ladda om tillägget och försök igen. Ingenting har skrivits i arbetsboken.",
  /** After the reader's own reason (scanned, encrypted …): what did not happen. */
  reportNothingWritten: "Ingenting har skrivits i arbetsboken.",
  reportConfirmHeading: "Lägga till rapporten i arbetsboken?",
  reportConfirmFound: (file: string, statements: readonly string[]) =>
    `I ${file} kändes ${statements.length} ${statements.length === 1 ? "uppställning" : "uppställningar"} igen: ${statements.join(", ")}.`,
  reportConfirmAdds: (sheets: readonly { name: string; rows: number; pages: number }[]) =>
    sheets
      .map(
        (s) =>
          `Bladet ”${s.name}” läggs till med ${s.rows} rader` +
          (s.pages > 0
            ? ` från ${s.pages} ${s.pages === 1 ? "sida" : "sidor"}, sidnumret till höger om tabellen.`
            : "."),
      )
      .join(" ") + " Inget befintligt blad ändras. Därefter granskas arbetsboken.",
  reportConfirm: "Lägg till och granska",
  reportDecline: "Avbryt",
  reportDeclined: "Rapporten lades inte till. Ingenting har skrivits i arbetsboken.",
  reportAdded: (names: readonly string[]) =>
    `Rapporten lades till som ${names.length === 1 ? "bladet" : "bladen"} ${names.map((n) => `”${n}”`).join(", ")}. Arbetsboken granskas.`,
  reportWriteFailed: (reason: string) => `Rapporten kunde inte läggas till: ${reason}`,
  reportNotChosen: (names: readonly string[]) =>
    `Granskningen omfattar bara de blad som valts under Inställningar: välj ${names.map((n) => `”${n}”`).join(", ")} där för att granska rapporten.`,
  /** "Jämför med arbetsboken": the report read in, against the workbook's own statements. */
  compareHeading: "Rapporten mot arbetsboken",
  compareButton: "Jämför med arbetsboken",
  comparing: "Jämför rapporten med arbetsboken …",
  compareCount: (n: number) =>
    n === 0
      ? "Inga skillnader mellan rapporten och arbetsboken."
      : `${n} ${n === 1 ? "skillnad" : "skillnader"}:`,

  /** The very hidden sheet that keeps the formulas "Dela utan tillägget" replaced. */
  formulaStoreSheet: "FINSAM formler",
  formulaStoreHeaders: ["Blad-id", "Blad", "Cell", "Formel", "Skrivet värde"],
} as const;

/** Severity as a word: the icon is never the only sign (not colour alone). */
export const severityText: Record<Severity, string> = {
  error: "Fel",
  warning: "Varning",
  info: "Avrundning",
};

/** Statement names: the one table of src/i18n/sv/check.ts, so the pane says what the messages say. */
export const statementText: Record<StatementKind, string> = STATEMENT_NAMES;

/**
 * The likely cause in plain words, by `Finding.kind`: its one name and what it means (check.ts).
 * Keyed by string so a kind the engine adds later still renders (as `mismatch`'s words, see
 * `causeOf`) until it gets words of its own.
 */
export const causeText: Readonly<Record<FindingKind | string, string>> = Object.fromEntries(
  (Object.keys(CAUSE_NAMES) as FindingKind[]).map((kind) => [kind, causeSentence(kind)]),
);

export function causeOf(kind: FindingKind | string): string {
  return causeText[kind] ?? causeText.mismatch;
}
