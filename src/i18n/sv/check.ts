import type { FindingKind, StatementKind } from "../../engine/check/finding";

/**
 * Every word the checking engine says to a user, in Swedish. Amounts arrive already formatted
 * (formatAmount), so this table only arranges words. An English table can follow with the same keys.
 */

export const STATEMENT_NAMES: Record<StatementKind, string> = {
  RR: "Resultaträkning",
  BR: "Balansräkning",
  KF: "Kassaflödesanalys",
  NOT: "Noter",
  FEMAR: "Översikt över verksamhetens utveckling",
  DRIFT: "Driftredovisning",
  BALANSKRAV: "Balanskravsutredning",
};

/** The cause in plain words, as the pane and the export show it. */
export const KIND_NAMES: Record<FindingKind, string> = {
  sign: "Teckenfel",
  "part-sign": "En delpost har fel tecken",
  omission: "Utelämnad rad",
  "double-count": "Dubbelräknad eller felaktigt medräknad rad",
  transposition: "Transponerade siffror",
  "period-swap": "Fel kolumn (det andra årets belopp)",
  year: "Fel år i rubriken",
  unit: "Fel enhet (kr/tkr)",
  rounding: "Avrundningsdifferens",
  "unusual-sign": "Ovanligt tecken",
  missing: "Belopp saknas",
  "wrong-line": "Belopp från en annan rad",
  mismatch: "Differens utan känd orsak",
};

export interface DifferenceParams {
  /** The blamed line, e.g. "Årets resultat". */
  readonly label: string;
  readonly period?: string;
  readonly actual: string;
  readonly expected: string;
  readonly difference: string;
  /** What the figure should agree with, e.g. "årets resultat enligt resultaträkningen". */
  readonly basis: string;
  /** A line that explains the difference (omitted line, the line the value belongs to...). */
  readonly witness?: string;
  readonly unit: string;
}

/** The line and its year, the year left out when the label already names it ("Utfall jan-dec 2025"). */
const where = (p: { label: string; period?: string }): string =>
  `${p.label}${p.period && !p.label.includes(p.period) ? ` ${p.period}` : ""}`;

export const DIFFERENCE_MESSAGES: Record<
  Exclude<FindingKind, "year" | "rounding" | "unusual-sign" | "missing">,
  (p: DifferenceParams) => string
> = {
  sign: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ska vara ${p.expected} ${p.unit} (${p.basis}). Beloppet har fel tecken (teckenfel).`,
  "part-sign": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}. Differensen är dubbla ${p.witness ?? "en delpost"}: den posten har troligen räknats med fel tecken.`,
  omission: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}. Differensen motsvarar ${p.witness ?? "en rad"}: raden har troligen utelämnats.`,
  "double-count": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}. Differensen motsvarar ${p.witness ?? "en rad"}: raden har troligen räknats med två gånger eller där den inte hör hemma.`,
  transposition: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ska vara ${p.expected} ${p.unit} (${p.basis}). Differensen ${p.difference} är delbar med 9 och siffrorna är desamma: två siffror har troligen bytt plats.`,
  "period-swap": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ska vara ${p.expected} ${p.unit} (${p.basis}). Beloppet är ${p.witness ?? "det andra årets"}: troligen har fel kolumn eller fel år använts.`,
  unit: (p) =>
    `${where(p)} är ${p.actual} men ska vara ${p.expected} (${p.basis}). Beloppet är 1 000 gånger för stort eller för litet: troligen blandas kr och tkr.`,
  "wrong-line": (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}. Beloppet är detsamma som ${p.witness ?? "en annan rad"}: troligen har fel rad använts.`,
  mismatch: (p) =>
    `${where(p)} är ${p.actual} ${p.unit} men ${p.basis} ger ${p.expected} ${p.unit}, en differens på ${p.difference} ${p.unit}.`,
};

export const OTHER_MESSAGES = {
  ambiguousPart: "Någon av posterna är troligen fel, men vilken går inte att avgöra av beloppen.",
  rounding: (p: DifferenceParams): string =>
    `${where(p)} skiljer sig med ${p.difference} ${p.unit} från ${p.basis} (${p.expected} ${p.unit}). Differensen ryms inom avrundningen av de ingående beloppen (avrundningsdifferens).`,
  missing: (p: { label: string; period?: string; expected: string; unit: string }): string =>
    `${where(p)} saknar belopp, men raderna den summerar ger ${p.expected} ${p.unit}. Beloppet bör fyllas i.`,
  unusualSign: (p: {
    label: string;
    period?: string;
    actual: string;
    unit: string;
    majority: string;
  }): string =>
    `${where(p)} är ${p.actual} ${p.unit} medan övriga rader i samma uppställning är ${p.majority}. Kontrollera om beloppet har fel tecken (det kan vara en återföring).`,
  yearWrong: (p: { header: string; year: number; expected: number; statement: string }): string =>
    `Kolumnrubriken "${p.header}" i ${p.statement.toLowerCase()} anger år ${p.year}, men kolumnen ska avse ${p.expected}. Rubriken har troligen fel år.`,
  yearOutside: (p: { header: string; year: number; reportYear: number; statement: string }): string =>
    `Kolumnrubriken "${p.header}" i ${p.statement.toLowerCase()} anger år ${p.year}, som ligger efter rapportåret ${p.reportYear}.`,
  yearSequence: (p: { header: string; year: number; expected: number }): string =>
    `Kolumnrubriken "${p.header}" anger år ${p.year}, men årsföljden i översikten kräver ${p.expected}.`,
  unitHeader: (p: { header: string; stated: string; actual: string; statement: string }): string =>
    `${p.statement} anger "${p.header}" men beloppen stämmer med övriga uppställningar först om de läses i ${p.actual}, inte i ${p.stated}. Enhetsangivelsen är troligen fel.`,
  solidityNotPercent: (p: { label: string; period?: string; actual: string; expected?: string }): string =>
    `${p.label}${p.period ? ` ${p.period}` : ""} är ${p.actual}, vilket inte är en procentsats${p.expected ? `; eget kapital genom summa tillgångar ger ${p.expected}` : ""}. Raden innehåller troligen belopp (eget kapital) i stället för soliditet.`,
  solidityWrong: (p: { label: string; period?: string; actual: string; expected: string }): string =>
    `${p.label}${p.period ? ` ${p.period}` : ""} är ${p.actual} men eget kapital genom summa tillgångar i balansräkningen ger ${p.expected}.`,
} as const;

/** Words for what a figure is compared with, by identity. */
export const BASIS = {
  footing: "summan av raderna",
  noteFooting: "summan av notens poster",
} as const;
