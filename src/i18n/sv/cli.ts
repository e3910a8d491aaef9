/**
 * Every string the command line `finsam-check` prints, in Swedish, in one table: the reader's
 * error messages, the report, the summary and the help text.
 */
import type { FindingKind, Severity } from "../../engine/check/finding";
import { CAUSE_NAMES, causeWord } from "./check";

/** The file system's error codes (ENOSPC …) in words: a code alone means nothing to a user. */
const ERRNO_REASONS: Readonly<Record<string, string>> = {
  EACCES: "åtkomst nekad",
  EPERM: "åtkomst nekad",
  ELOOP: "symboliska länkar i en slinga",
  ENAMETOOLONG: "sökvägen är för lång",
  ENOSPC: "disken är full",
  EDQUOT: "diskkvoten är slut",
  EIO: "läsfel på disken",
  EMFILE: "för många öppna filer",
  ENFILE: "för många öppna filer",
  EBUSY: "filen används av ett annat program",
  ENOENT: "finns inte",
  ENOTDIR: "en del av sökvägen är ingen mapp",
  EISDIR: "är en mapp",
};

export const cli = {
  // Reading the .xlsx (exit code 2)
  missingFile: (file: string) => `Filen ${file} finns inte.`,
  notAFile: (file: string) => `${file} är ingen fil.`,
  unreadable: (file: string, reason: string) => `Filen ${file} kunde inte läsas (${reason}).`,
  notXlsx: (file: string) =>
    `${file} är ingen Excel-arbetsbok i .xlsx-format. Spara den som .xlsx i Excel och försök igen.`,
  encrypted: (file: string) =>
    `${file} är krypterad eller i gammalt .xls-format. Ta bort lösenordsskyddet eller spara den som .xlsx i Excel och försök igen.`,
  pdf: (file: string) =>
    `${file} är en PDF-fil, ingen Excel-arbetsbok. Klistra in rapportens tabeller i Excel och spara som .xlsx.`,
  corrupt: (file: string, reason: string) =>
    `${file} kunde inte tolkas som .xlsx; filen kan vara skadad (${reason}).`,
  empty: (file: string) => `Arbetsboken ${file} är tom: den har inga ifyllda celler.`,
  tooLargeXml: (file: string, mb: number, limit: number) =>
    `Arbetsboken ${file} är för stor för granskning: ${mb} MB kalkylbladsdata (högst ${limit} MB). Kopiera rapporterna till en mindre arbetsbok.`,
  tooManyCells: (file: string, sheet: string, cells: string, limit: string) =>
    `Bladet ”${sheet}” i ${file} är för stort för granskning: ${cells} celler i använt område (högst ${limit}). Kopiera rapporterna till en mindre arbetsbok.`,
  noStatement: (file: string) =>
    `Ingen finansiell rapport kändes igen i ${file}. Kontrollera att resultaträkning, balansräkning eller kassaflödesanalys finns med rubriker och årtal.`,
  engineFailed: (file: string, reason: string) => `Granskningen av ${file} misslyckades: ${reason}`,
  folderEmpty: (folder: string) =>
    `Mappen ${folder} innehåller inga arbetsböcker eller rapporter (.xlsx, .pdf, .docx).`,
  sampleMissing: (file: string) => `Exempelarbetsboken ${file} saknas i installationen.`,
  // Why an .xlsx is damaged: the reason inside corrupt(…)'s parentheses
  damagedPart: (part: string) => `delen ${part} går inte att packa upp`,
  damagedAddress: (sheet: string, address: string) =>
    `bladet ”${sheet}” har en cell med adressen ${address}, som ligger utanför kalkylbladet`,
  damagedRow: (sheet: string, row: string) =>
    `bladet ”${sheet}” har en rad med nummer ${row}, som ligger utanför kalkylbladet`,
  damagedNumber: (sheet: string, address: string) =>
    `cellen ${address} på bladet ”${sheet}” har ett tal som inte går att läsa`,
  damagedWorkbook: "arbetsbokens delar går inte att tolka",
  damagedDirectory: "zip-katalogen saknas eller pekar utanför filen",

  // The command line itself (exit code 2): paths, output, and what should never happen
  symlinkLoop: (path: string) =>
    `${path} är en symbolisk länk som leder runt i en slinga och aldrig når en fil. Ta bort länken eller låt den peka på arbetsboken.`,
  noAccess: (path: string) =>
    `finsam-check får inte läsa ${path}. Kontrollera behörigheterna och försök igen.`,
  pathUnusable: (path: string, reason: string) => `${path} kunde inte öppnas (${reason}).`,
  folderUnreadable: (folder: string, reason: string) => `Mappen ${folder} kunde inte läsas (${reason}).`,
  outputFailed: (reason: string) => `Rapporten kunde inte skrivas ut (${reason}).`,
  errnoReason: (code: string | undefined): string => ERRNO_REASONS[code ?? ""] ?? "okänt fel i filsystemet",
  internalFailure: (file: string) =>
    `Granskningen av ${file} avbröts av ett internt fel i finsam-check. Filen kan vara ovanligt uppställd; rapportera gärna felet med filen bifogad.`,
  unexpected:
    "finsam-check avbröts av ett internt fel. Rapportera gärna felet; med miljövariabeln FINSAM_DEBUG=1 skrivs detaljerna ut.",

  // Options
  unknownOption: (option: string) => `Okänd flagga: ${option}. Se finsam-check --hjälp.`,
  badUnit: (value: string) => `Ogiltig enhet: ${value}. Ange --enhet kr eller --enhet tkr.`,
  missingUnit: "Flaggan --enhet saknar enhet. Ange --enhet kr eller --enhet tkr.",
  emptyPath: "Ett tomt filnamn angavs. Ange en .xlsx-fil eller en mapp.",

  // The readable report
  reportHeading: (file: string) => `Granskning av ${file}`,
  sampleNote: "(inbyggd exempelarbetsbok: Samordningsförbundet Värend, årsredovisning 2025)",
  statementsFound: (n: number) => (n === 1 ? "1 rapport igenkänd" : `${n} rapporter igenkända`),
  sheetHeading: (sheet: string) => `Blad ”${sheet}”`,
  period: (p: string) => `år ${p}`,
  related: "Berörda celler",
  noFindings: "Inga fel, varningar eller avrundningsdifferenser hittades.",
  totals: (errors: number, warnings: number, infos: number) =>
    `Summa: ${errors} fel, ${warnings} varningar, ${infos} avrundningar/upplysningar.`,
  severity: { error: "FEL", warning: "VARNING", info: "INFO" } satisfies Record<Severity, string>,
  /** The cause by its one name (check.ts), in lower case inside the line: "teckenfel". */
  kind: Object.fromEntries(
    (Object.keys(CAUSE_NAMES) as FindingKind[]).map((kind) => [kind, causeWord(kind)]),
  ) as Record<FindingKind, string>,

  // Summary table for several files
  summaryHeading: "Sammanställning",
  summaryColumns: { file: "Fil", errors: "Fel", warnings: "Varningar", infos: "Info", status: "Status" },
  statusOk: "ok",
  statusErrors: "fel hittade",
  statusFailed: "kunde inte granskas",

  help: `finsam-check – konsistensgranskning av samordningsförbunds årsredovisningar i Excel (.xlsx)

Användning:
  finsam-check [flaggor] [FIL.xlsx | RAPPORT.pdf | RAPPORT.docx | MAPP ...]
  finsam-check [flaggor] ARBETSBOK.xlsx --jamfor RAPPORT.pdf

Utan fil granskas den inbyggda exempelarbetsboken (Samordningsförbundet Värend, årsredovisning 2025).
En publicerad rapport (PDF, eller Word som .docx) läses in och granskas som en arbetsbok; varje fynd
anger sidan i rapporten där den går att veta.
Med flera filer eller en mapp granskas varje .xlsx-fil och en sammanställning per fil skrivs sist.

Flaggor:
  --json            skriv iakttagelserna som JSON: {"findings": [...]}
  --enhet kr|tkr    ange beloppens enhet när arbetsboken inte själv anger den
  --jamfor RAPPORT  jämför den publicerade rapporten (.pdf, .docx eller .xlsx) med arbetsboken: varje
                    belopp som skiljer sig, med rapportens cell och sida och arbetsbokens cell
                    (med --json: {"files": [...], "comparison": {"findings": [...]}})
  -h, --hjälp, --help
                    visa denna hjälp

Slutkod:
  0  inga fel hittades (varningar och avrundningar kan finnas)
  1  fel hittades
  2  filen kunde inte granskas (saknas, är inte .xlsx, är krypterad, är tom, för stor, ingen rapport igenkänd,
     en inskannad PDF utan text)
`,
};
