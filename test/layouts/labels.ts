/**
 * Label wordings: the synonyms real reports use for the same line (DOMAIN.md: "nettokostnad" or
 * "nettokostnader", "Korta fordringar" or "Kortfristiga fordringar", sign hints in cash flow
 * labels), upper case, leading dashes and "S:a". Each keeps the line's meaning.
 */
import type { LayoutDims } from "./layouts";
import { hashUnit } from "./layouts";
import type { StatementKind } from "./model";

interface Synonyms {
  readonly alternatives: readonly string[];
  /** Only where verksamhetens nettokostnad and resultat coincide: a förbund (no skatteintäkter). */
  readonly forbundOnly?: boolean;
  /** Wordings only a kommun or region uses (its skatteintäkter, its nämnder). */
  readonly municipal?: readonly string[];
}

/** Lower-case label (without a leading dash) → wordings of the same line. */
const SYNONYMS: Record<string, Synonyms> = {
  "verksamhetens nettokostnad": { alternatives: ["Verksamhetens nettokostnader"] },
  "verksamhetens nettokostnader": { alternatives: ["Verksamhetens nettokostnad"] },
  "verksamhetens resultat": {
    alternatives: ["Resultat före finansnetto", "Verksamhetens nettokostnad"],
    forbundOnly: true,
  },
  "resultat efter finansiella poster": {
    alternatives: ["Resultat efter finansnetto"],
    municipal: ["Resultat efter skatteintäkter och finansnetto"],
  },
  "generella statsbidrag och utjämning": {
    alternatives: [],
    municipal: ["Statsbidrag och utjämning", "Generella statsbidrag och utjämning"],
  },
  "jämförelsestörande poster": {
    alternatives: ["Jämförelsestörande poster", "Jämförelsestörande intäkter och kostnader"],
  },
  avskrivningar: { alternatives: ["Av- och nedskrivningar", "Avskrivningar och nedskrivningar"] },
  "summa nämnder": { alternatives: [], municipal: ["Summa nämnder och styrelser", "Nämnder totalt"] },
  "summa nettoinvesteringar": { alternatives: ["Summa investeringar", "Nettoinvesteringar totalt"] },
  balanskravsresultat: { alternatives: ["Årets balanskravsresultat"] },
  "korta fordringar": { alternatives: ["Kortfristiga fordringar"] },
  "kortfristiga fordringar": { alternatives: ["Korta fordringar"] },
  "kortfristiga skulder": { alternatives: ["Korta skulder"] },
  "eget kapital vid årets början": { alternatives: ["Ingående eget kapital"] },
  "eget kapital vid årets slut": { alternatives: ["Utgående eget kapital", "Summa eget kapital"] },
  "summa eget kapital, avsättningar och skulder": {
    alternatives: ["Summa eget kapital och skulder", "Summa skulder och eget kapital"],
    forbundOnly: true,
  },
  "kassaflöde för den löpande verksamheten": {
    alternatives: ["Kassaflöde från den löpande verksamheten", "Kassaflöde från löpande verksamhet"],
  },
  "ökning/minskning kortfristiga fordringar": {
    alternatives: [
      "Ökning (−)/minskning (+) kortfristiga fordringar",
      "Förändring av kortfristiga fordringar",
    ],
  },
  "ökning/minskning kortfristiga skulder": {
    alternatives: ["Ökning (+)/minskning (−) kortfristiga skulder", "Förändring av kortfristiga skulder"],
  },
  "medel från verksamheten före förändring av rörelsekapital": {
    alternatives: ["Kassaflöde före förändring av rörelsekapital"],
  },
  "justering för ej likviditetspåverkande poster": {
    alternatives: ["Justering för poster som inte ingår i kassaflödet", "Ej likviditetspåverkande poster"],
  },
  "likvida medel vid årets början": { alternatives: ["Ingående likvida medel"] },
  "likvida medel vid årets slut": { alternatives: ["Utgående likvida medel"] },
  "årets kassaflöde": { alternatives: ["Förändring av likvida medel"] },
  summa: { alternatives: ["Totalt", "Summa"] },
  "kassa och bank": { alternatives: ["Kassa och bank", "Bank"] },
  "finansiella kostnader": { alternatives: ["Finansiella kostnader", "Räntekostnader"] },
  "finansiella intäkter": { alternatives: ["Finansiella intäkter", "Ränteintäkter"] },
};

const DASH_RE = /^[–-]\s*/;
const GRAND_TOTALS =
  /^summa (tillgångar|eget kapital,? avsättningar och skulder|eget kapital och skulder|skulder och eget kapital)/i;

/** A row as the label transforms see it. */
export interface LabelContext {
  readonly statement: StatementKind;
  /** The row has amounts (a line or a total), not only a label (a heading). */
  readonly hasValues: boolean;
  /** A section heading carrying its section's total (totals above their lines). */
  readonly total: boolean;
  readonly municipal: boolean;
  /**
   * The statement's case and dashes carry its structure (section totals above their lines in
   * capitals, as Grästorp's balance sheet): they are left as published.
   */
  readonly structuralCase: boolean;
}

const isTotal = (label: string) =>
  /^(summa|s:a|årets resultat|resultat\b|verksamhetens (resultat|nettokostnad))/i.test(label);

export function relabel(label: string, ctx: LabelContext, dims: LayoutDims, seed: number): string {
  if (label.trim() === "") return label;
  let out = label;
  const dashed = DASH_RE.test(out);
  if (dims.labels === "synonyms") {
    const bare = out.replace(DASH_RE, "").trim();
    const syn = SYNONYMS[bare.toLowerCase()];
    const alternatives = syn ? [...syn.alternatives, ...(ctx.municipal ? (syn.municipal ?? []) : [])] : [];
    if (syn && alternatives.length > 0 && !(syn.forbundOnly && ctx.municipal)) {
      const choice = alternatives[Math.floor(hashUnit(seed, bare) * alternatives.length)];
      out = (dashed ? (out.match(DASH_RE)?.[0] ?? "") : "") + choice;
    }
  }
  // A total in bold alone: "Summa kortfristiga fordringar" printed as "Kortfristiga fordringar"; the
  // balance sheet's two grand totals too ("Tillgångar", "Eget kapital, avsättningar och skulder") in
  // half of those layouts (seeded by the layout, not the label).
  if (
    dims.bareTotals &&
    (ctx.statement === "BR" || ctx.statement === "NOT") &&
    ctx.hasValues &&
    (!GRAND_TOTALS.test(out) || hashUnit(seed, "bare grand totals") < 0.5)
  ) {
    const bare = out.replace(/^summa\s+(?=\S)/i, "");
    if (bare !== out) out = bare.charAt(0).toUpperCase() + bare.slice(1);
  }
  if (ctx.structuralCase) return dims.abbreviate ? out.replace(/^summa\b/i, "S:a") : out;
  if (dims.labelCase === "upper-headings" && !ctx.hasValues) out = out.toUpperCase();
  if (dims.labelCase === "upper-totals" && (ctx.total || !ctx.hasValues || isTotal(out.replace(DASH_RE, ""))))
    out = out.toUpperCase();
  if (dims.abbreviate) out = out.replace(/^summa\b/i, "S:a");
  if (ctx.statement === "BR" && ctx.hasValues && !ctx.total && !isTotal(out.replace(DASH_RE, ""))) {
    if (dims.lineDash === "add" && !DASH_RE.test(out)) out = `– ${out}`;
    if (dims.lineDash === "strip") out = out.replace(DASH_RE, "");
  }
  return out;
}

/** Bare, lower-case label for matching a section heading with its total. */
export const bareLabel = (label: string): string =>
  label
    .replace(DASH_RE, "")
    .replace(/^(summa|s:a)\s+/i, "")
    .trim()
    .toLowerCase();
