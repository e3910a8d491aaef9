import type { MessageKey } from "../../../i18n/sv/check";
import type { Severity, StatementKind } from "../finding";
import { CONCEPTS } from "../labels/vocabulary";
import { isQuotedConcept } from "../text/concepts";

/**
 * The rule catalogue: every rule the engine checks, with the id its findings carry.
 *
 * Rule ids are published: users filter and acknowledge (kvittera) findings on them, so an id never
 * changes once released. Read the table below top to bottom: one line per rule (or per family of
 * ids built from one pattern), with
 * - `id`: the id, or its pattern with placeholders in braces (see PLACEHOLDERS below);
 * - `family`: what kind of check it is;
 * - `severity`: the default severity. A finding may be milder: a difference within rounding is
 *   always `info`, and a figure in a budget column is a `warning`;
 * - `message`: the key of its words in the Swedish message table (src/i18n/sv/check.ts, MESSAGES);
 * - `description`: what the rule checks, in Swedish.
 *
 * To add a rule: add one line to RULES (an exact id, or a pattern), and emit the id with
 * `ruleIdFor(RULES.yourRule, {...})` or `RULES.yourRule.id`. An identity rule is also a function
 * named after its id, listed in IDENTITY_RULES (identities/rules/identityRules.ts), with its words
 * in IDENTITY_BASIS (src/i18n/sv/check.ts). test/engine/catalogue.test.ts fails on any id
 * the engine emits that resolves to no line here. For example a soliditet stated in per cent:
 *   solidityPercentRatio: rule("FEMAR.SOLIDITET.KVOT", "ratio", "error", "solidityMismatch", "…"),
 * Ids per entity (kommunen, koncernen): add the placeholder once to PLACEHOLDERS, e.g.
 *   entity: (s) => ["KOMMUN", "KONCERN"].includes(s),
 * and write it into the patterns that need it ("{statement}.{concept}.SUM.{entity}"), as a new line
 * beside the old one, so the published ids without an entity keep resolving.
 */

export type RuleFamily =
  | "footing" // a total equals the lines it sums
  | "cross-statement" // the same figure in two statements, or an opening balance = last year's closing
  | "note-reference" // a note's total equals the statement line that cites it
  | "overview" // the five-year overview: its own arithmetic and its latest years against RR/BR
  | "budget" // the driftredovisning's avvikelse and bokslut columns
  | "member-shares" // the statutory partsfördelning between the members
  | "ratio" // a ratio (soliditet) against the figures it is computed from
  | "header" // the years the column headers name
  | "unit" // the unit a statement's caption states
  | "sign" // a line's sign against the others of its layout
  | "cell" // a cell that holds no figure where one belongs (an Excel error value)
  | "compare" // the published report against the workbook it was made from (engine/compare)
  | "text" // an amount the running text (förvaltningsberättelsen) quotes, against the statements
  | "missing"; // a total left blank

export interface RuleEntry {
  /** The id, or its pattern: `{statement}.{concept}.SUM`. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly severity: Severity;
  readonly message: MessageKey;
  /** What the rule checks, in Swedish. */
  readonly description: string;
}

/** A catalogue line; its id keeps its literal type, so `RULES.balance.id` is "BR.BALANSERAR" to the compiler. */
const rule = <Id extends string>(
  id: Id,
  family: RuleFamily,
  severity: Severity,
  message: MessageKey,
  description: string,
): RuleEntry & { readonly id: Id } => ({ id, family, severity, message, description });

// prettier-ignore
export const RULES = {
  // Footing (identities/footing.ts): every total in every statement and note.
  footing:              rule("{statement}.{concept}.SUM", "footing", "error", "difference", "En summa eller ett resultat är lika med raderna den summerar. {concept} är radens begrepp i vokabulären, SUMMA för en okänd summarad och DELSUMMA för en summarad utan text."),
  breakdown:            rule("{statement}.SPECIFIKATION.SUM", "footing", "error", "difference", "En specifikation under en rad (\"varav\", \"innehåller\") summerar till den raden."),
  missingTotal:         rule("{statement}.{concept}.SAKNAS", "missing", "warning", "missingTotal", "En summarad är tom fast raderna den summerar har belopp."),

  // Between statements (identities/crossStatement.ts; the driftredovisning's in
  // identities/rules/driftredovisning.ts). Every identity rule is listed in IDENTITY_RULES
  // (identities/rules/identityRules.ts) and worded in IDENTITY_BASIS (src/i18n/sv/check.ts).
  resultBR:             rule("BR.ARETS_RESULTAT.RR", "cross-statement", "error", "difference", "Årets resultat i balansräkningen är detsamma som i resultaträkningen."),
  resultKF:             rule("KF.ARETS_RESULTAT.RR", "cross-statement", "error", "difference", "Årets resultat i kassaflödesanalysen är detsamma som i resultaträkningen."),
  resultBalanskrav:     rule("BALANSKRAV.ARETS_RESULTAT.RR", "cross-statement", "error", "difference", "Årets resultat i balanskravsutredningen är detsamma som i resultaträkningen."),
  resultDrift:          rule("DRIFT.RESULTAT.RR", "cross-statement", "error", "difference", "Resultatet i driftredovisningen är årets resultat enligt resultaträkningen."),
  balance:              rule("BR.BALANSERAR", "cross-statement", "error", "difference", "Summa eget kapital, avsättningar och skulder är lika med summa tillgångar."),
  openingEquity:        rule("BR.EK_BORJAN.FOREG_AR", "cross-statement", "error", "difference", "Eget kapital vid årets början är eget kapital vid föregående års slut."),
  closingCash:          rule("KF.LIKVIDA_SLUT.BR", "cross-statement", "error", "difference", "Likvida medel vid årets slut är kassa och bank i balansräkningen (med kortfristiga placeringar där kassaflödesanalysen räknar dem)."),
  openingCash:          rule("KF.LIKVIDA_BORJAN.BR", "cross-statement", "error", "difference", "Likvida medel vid årets början är kassa och bank i balansräkningen vid föregående års slut."),
  openingCashPrior:     rule("KF.LIKVIDA_BORJAN.FOREG_AR", "cross-statement", "error", "difference", "Likvida medel vid årets början är likvida medel vid föregående års slut i kassaflödesanalysen."),
  receivablesChange:    rule("KF.FORDRINGAR.BR", "cross-statement", "error", "difference", "Förändringen av fordringar i kassaflödesanalysen är balansräkningens förändring, med omvänt tecken."),
  liabilitiesChange:    rule("KF.SKULDER.BR", "cross-statement", "error", "difference", "Förändringen av kortfristiga skulder i kassaflödesanalysen är balansräkningens förändring."),
  driftEquity:          rule("DRIFT.EGET_KAPITAL.BR", "cross-statement", "error", "difference", "Eget kapital i driftredovisningen är eget kapital i balansräkningen."),
  driftCash:            rule("DRIFT.LIKVIDA.BR", "cross-statement", "error", "difference", "Likvida medel i driftredovisningen är kassa och bank i balansräkningen."),

  // The driftredovisning's own columns (identities/rules/driftredovisning.ts).
  budgetDeviation:      rule("DRIFT.AVVIKELSE", "budget", "error", "difference", "Avvikelsen är utfall minus budget (för kostnader redovisade som positiva belopp: budget minus utfall)."),
  budgetFullYear:       rule("DRIFT.BOKSLUT.UTFALL", "budget", "error", "difference", "Bokslutskolumnen är densamma som utfallet för samma år."),

  // Notes (identities/notes.ts; the partsfördelning in identities/memberShares.ts): {cited} is the
  // statement whose line cites the note.
  noteOpening:          rule("NOT.INGAENDE.FOREG_AR", "note-reference", "error", "difference", "En nots ingående värde är samma värdes utgående belopp föregående år."),
  noteReference:        rule("NOT.{cited}.HANVISNING", "note-reference", "error", "difference", "En nots summa är lika med raden som hänvisar till noten (flera noter på en rad läggs ihop)."),
  memberShares:         rule("NOT.PARTSFORDELNING", "member-shares", "warning", "difference", "Medlemmarnas insatser följer partsfördelningen: Arbetsförmedlingen som Försäkringskassan, regionen hälften av staten, kommunerna tillsammans som regionen."),

  // Översikt över verksamhetens utveckling (identities/overview.ts).
  overviewResult:       rule("FEMAR.ARETS_RESULTAT.SUM", "overview", "error", "difference", "Intäkter minus kostnader är årets resultat, varje år i översikten."),
  overviewResultRR:     rule("FEMAR.ARETS_RESULTAT.RR", "overview", "error", "difference", "Årets resultat i översikten är detsamma som i resultaträkningen."),
  overviewIncomeRR:     rule("FEMAR.INTAKTER.RR", "overview", "error", "difference", "Intäkterna i översikten är resultaträkningens, med eller utan finansiella intäkter som rapportens senaste år."),
  overviewCostsRR:      rule("FEMAR.KOSTNADER.RR", "overview", "error", "difference", "Kostnaderna i översikten är resultaträkningens, med eller utan avskrivningar och finansiella kostnader som rapportens senaste år."),
  overviewEquityBR:     rule("FEMAR.EGET_KAPITAL.BR", "overview", "error", "difference", "Eget kapital i översikten är eget kapital i balansräkningen."),
  overviewAssetsBR:     rule("FEMAR.BALANSOMSLUTNING.BR", "overview", "error", "difference", "Balansomslutningen i översikten är summa tillgångar i balansräkningen."),
  overviewEquityRoll:   rule("FEMAR.EGET_KAPITAL.ARETS_RESULTAT", "overview", "error", "difference", "Eget kapital ett år är föregående års eget kapital plus årets resultat."),

  // Ratios (rules/solidity.ts).
  solidityNotPercent:   rule("FEMAR.SOLIDITET.PROCENT", "ratio", "error", "solidityNotPercent", "Raden soliditet innehåller procentsatser, inte belopp."),
  solidityOwn:          rule("FEMAR.SOLIDITET.OVERSIKT", "ratio", "error", "solidityOwnMismatch", "Soliditeten är översiktens eget kapital genom dess summa tillgångar (balansomslutning), inom avrundningen, för år utan balansräkning."),
  solidityBR:           rule("FEMAR.SOLIDITET.BR", "ratio", "error", "solidityMismatch", "Soliditeten är eget kapital genom summa tillgångar i balansräkningen, inom procentsatsens avrundning."),

  // Headers, units and signs (rules/headerYears.ts, rules/units.ts, rules/unusualSigns.ts).
  headerYear:           rule("{statement}.RUBRIK.AR", "header", "error", "headerYear", "Kolumnrubrikerna anger rapportens år: föregående år närmast före, inget år efter rapportåret."),
  unitCaption:          rule("{statement}.ENHET", "unit", "warning", "unitCaption", "Enheten som uppställningen anger (kr, tkr) stämmer med beloppen i övriga uppställningar."),
  excelError:           rule("{statement}.CELL.EXCELFEL", "cell", "error", "excelError", "En cell i en uppställning visar ett av Excels felvärden (#REFERENS!, #DIVISION/0!, #VÄRDEFEL!...) i stället för ett belopp. Summor och jämförelser som behöver cellens belopp kontrolleras inte."),
  unusualSign:          rule("{statement}.TECKEN.AVVIKANDE", "sign", "warning", "unusualSign", "En rad har samma tecken som övriga rader av samma slag i uppställningen."),
  pastedAmbiguous:      rule("{statement}.INKLISTRAD.TVETYDIG", "cell", "warning", "pastedAmbiguous", "En rad som klistrats in som text (en rad per cell) kan delas i not och belopp på flera sätt som uppställningens summor inte skiljer mellan; beloppen som skiljer sig åt kontrolleras inte."),
  pastedUnreadable:     rule("{statement}.INKLISTRAD.OLASBAR", "cell", "warning", "pastedUnreadable", "En rad som klistrats in som text (en rad per cell) går inte att dela i not och belopp efter rubrikens kolumner; dess belopp kontrolleras inte."),

  // The published report against the workbook (engine/compare): {statement} is the report's statement.
  compareAmount:        rule("JAMFOR.{statement}.BELOPP", "compare", "error", "compareAmount", "Varje belopp i den publicerade rapporten är detsamma som arbetsbokens belopp för samma rad, kolumn och period, inom avrundningen när enheterna skiljer sig (1 876 tkr mot 1 876 309 kr)."),
  compareStatement:     rule("JAMFOR.{statement}.UPPSTALLNING", "compare", "warning", "compareStatement", "En uppställning där färre än hälften av beloppen stämmer med arbetsboken nämns en gång (förskjutna kolumner, andra år eller en tabell som lästs fel), inte belopp för belopp."),
  compareLines:         rule("JAMFOR.{statement}.RADER", "compare", "warning", "compareLines", "Rapportens och arbetsbokens uppställningar har samma rader med belopp; rader som bara den ena har nämns en gång per uppställning (en not som saknas helt nämns inte)."),

  // Amounts the running text quotes (text/quotedAmounts.ts): {quoted} is the figure (text/concepts.ts).
  quotedAmount:         rule("TEXT.{quoted}.BELOPP", "text", "error", "quotedAmount", "Ett belopp som texten anger för årets resultat, eget kapital, medlemmarnas insatser, trappans tak eller balanskravsresultatet stämmer med räkenskaperna inom avrundningen (\"1,9 mnkr\" för 1 920 460 kr). Budgetar, andra år, jämförelser och andras belopp kontrolleras inte. Ett tak enligt trappan som avviker är en varning: förbundet kan ha räknat på annat underlag."),
} as const satisfies Record<string, RuleEntry>;

/** The catalogue as a list, in reading order. */
export const CATALOGUE: readonly RuleEntry[] = Object.values(RULES);

const STATEMENTS: readonly StatementKind[] = ["RR", "BR", "KF", "NOT", "FEMAR", "DRIFT", "BALANSKRAV"];

/** Concept suffixes by statement, from the vocabulary: "RR" → {"ARETS_RESULTAT", ...}. */
const CONCEPT_SUFFIXES = new Map<StatementKind, Set<string>>(
  STATEMENTS.map((kind) => [
    kind,
    new Set(CONCEPTS.filter((c) => c.statement === kind).map((c) => c.id.split(".").slice(1).join("."))),
  ]),
);

/**
 * What a placeholder may stand for. Each is checked against one id segment, knowing the values
 * of the placeholders before it in the pattern (a concept must belong to its statement).
 */
const PLACEHOLDERS: Record<string, (segment: string, known: Readonly<Record<string, string>>) => boolean> = {
  // A statement kind (finding.ts).
  statement: (s) => (STATEMENTS as readonly string[]).includes(s),
  // A statement whose lines cite notes: any but the notes themselves.
  cited: (s) => s !== "NOT" && (STATEMENTS as readonly string[]).includes(s),
  // A figure the running text quotes (text/concepts.ts).
  quoted: (s) => isQuotedConcept(s),
  // A concept of that statement in the vocabulary (labels/vocabulary.ts), or a total with no concept.
  concept: (s, known) =>
    s === "SUMMA" ||
    s === "DELSUMMA" ||
    (CONCEPT_SUFFIXES.get(known.statement as StatementKind)?.has(s) ?? false),
};

const isPattern = (id: string): boolean => id.includes("{");

/** The placeholder values that make `pattern` read `ruleId`, or undefined when it does not fit. */
export function matchPattern(pattern: string, ruleId: string): Record<string, string> | undefined {
  const want = pattern.split(".");
  const got = ruleId.split(".");
  if (want.length !== got.length) return undefined;
  const known: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const placeholder = /^\{(\w+)\}$/.exec(want[i])?.[1];
    if (placeholder === undefined) {
      if (want[i] !== got[i]) return undefined;
      continue;
    }
    const accepts = PLACEHOLDERS[placeholder];
    if (!accepts) throw new Error(`Unknown placeholder {${placeholder}} in rule pattern ${pattern}`);
    if (!accepts(got[i], known)) return undefined;
    known[placeholder] = got[i];
  }
  return known;
}

const EXACT = new Map(CATALOGUE.filter((e) => !isPattern(e.id)).map((e) => [e.id, e]));
const PATTERNS = CATALOGUE.filter((e) => isPattern(e.id));
const resolved = new Map<string, RuleEntry | undefined>();

/**
 * The catalogue entry of a concrete id the engine emits: its exact line, else the first pattern
 * that reads it (`RR.ARETS_RESULTAT.SUM` → footing, with ARETS_RESULTAT a concept of RR).
 */
export function catalogueEntryFor(ruleId: string): RuleEntry | undefined {
  if (resolved.has(ruleId)) return resolved.get(ruleId);
  const entry = EXACT.get(ruleId) ?? PATTERNS.find((e) => matchPattern(e.id, ruleId) !== undefined);
  resolved.set(ruleId, entry);
  return entry;
}

/**
 * The concrete id of a rule: its pattern with the placeholders filled in.
 * `ruleIdFor(RULES.headerYear, { statement: "RR" })` → `RR.RUBRIK.AR`.
 */
export function ruleIdFor(entry: RuleEntry, values: Readonly<Record<string, string>> = {}): string {
  return entry.id.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const v = values[name];
    if (v === undefined) throw new Error(`Rule ${entry.id} needs a value for {${name}}`);
    return v;
  });
}
