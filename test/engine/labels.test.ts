/**
 * Labels as they are written in real reports, pasted from PDF or typed by hand: numbering,
 * operators, abbreviations, case, OCR slips. Each must still name its line.
 */
import { matchConcept, matchNoteTitle, matchStatementTitle } from "../../src/engine/check/labels/matchLabel";
import { normaliseLabel } from "../../src/engine/check/labels/normaliseLabel";
import type { StatementKind } from "../../src/engine/check/finding";

const concept = (label: string, statement: StatementKind): string | undefined =>
  matchConcept(normaliseLabel(label), statement)?.id;

describe("line labels", () => {
  it.each<[string, StatementKind, string]>([
    ["Verksamhetens intäkter", "RR", "RR.INTAKTER"],
    ["VERKSAMHETENS KOSTNADER", "RR", "RR.KOSTNADER"],
    ["Verksamhetens nettokostnader", "RR", "RR.VERKSAMHETENS_RESULTAT"],
    ["Resultat före finansnetto", "RR", "RR.VERKSAMHETENS_RESULTAT"],
    ["Resultat efter finansiella poster", "RR", "RR.RESULTAT_EFTER_FIN"],
    ["Årets Resultat", "RR", "RR.ARETS_RESULTAT"],
    ["Periodens resultat", "RR", "RR.ARETS_RESULTAT"],
    ["kortfr. fordr.", "BR", "BR.FORDRINGAR"],
    ["Korta fordringar", "BR", "BR.FORDRINGAR"],
    ["Förutbet kostn och uppl intäkter", "BR", "BR.FORUTBETALDA"],
    ["Kassa och bank", "BR", "BR.KASSA"],
    ["Summa eget kapital, avsättningar och skulder", "BR", "BR.SUMMA_EKAS"],
    ["Ökning (−)/minskning (+) kortfristiga fordringar", "KF", "KF.FORDRINGAR"],
    ["Ökning/minskning kortfristiga skulder", "KF", "KF.SKULDER"],
    ["Kassaflöde för den löpande verksamheten", "KF", "KF.LOPANDE"],
    ["Kassaflöde från den löpande verksamheten", "KF", "KF.LOPANDE"],
    ["Likvida medel vid årets början", "KF", "KF.LIKVIDA_BORJAN"],
    ["Likvida medel vid periodens slut", "KF", "KF.LIKVIDA_SLUT"],
    ["Medel från verksamheten före förändring av rörelsekapital", "KF", "KF.MEDEL_FORE"],
    ["-/+ Orealiserade vinster och förluster i värdepapper", "BALANSKRAV", "BK.OREALISERADE"],
    ["= Balanskravsresultat", "BALANSKRAV", "BK.RESULTAT"],
    ["- Samtliga realisationsvinster", "BALANSKRAV", "BK.REAVINSTER"],
    ["Medlemsavglft", "DRIFT", "DRIFT.MEDLEMSAVGIFT"],
    ["Verksamhetens lntäkter", "RR", "RR.INTAKTER"],
    ["Soliditet", "FEMAR", "FEMAR.SOLIDITET"],
    ["1. Verksamhetens intäkter", "RR", "RR.INTAKTER"],
    ["A. Verksamhetens kostnader", "RR", "RR.KOSTNADER"],
  ])("%j in %s is %s", (label, statement, id) => {
    expect(concept(label, statement)).toBe(id);
  });

  it.each<[string, StatementKind]>([
    ["Insats från Försäkringskassan", "RR"],
    ["Lönekostnader parterna", "BR"],
  ])("%j names no line of %s", (label, statement) => {
    expect(concept(label, statement)).toBeUndefined();
  });
});

describe("statement titles and sheet names", () => {
  it.each<[string, StatementKind]>([
    ["3 RESULTATRÄKNING", "RR"],
    ["Resultaträkning", "RR"],
    ["RR", "RR"],
    ["Balans", "BR"],
    ["4. Balansräkning", "BR"],
    ["5 KASSAFLÖDESANALYS", "KF"],
    ["Kassaflöde", "KF"],
    ["7. NOTER", "NOT"],
    ["1.1 Översikt över verksamhetens utveckling", "FEMAR"],
    ["Driftsredovisning", "DRIFT"],
    ["Budgetavvikelse", "DRIFT"],
    ["Balanskravsresultat", "BALANSKRAV"],
  ])("%j is %s", (title, statement) => {
    expect(matchStatementTitle(normaliseLabel(title))).toBe(statement);
  });

  it.each([
    ["Not 3 Kortfristiga fordringar", 3],
    ["Not 1. Verksamhetens intäkter", 1],
    ["NOT 12", 12],
  ])("%j is note %d", (title, n) => {
    expect(matchNoteTitle(title)).toBe(n);
  });
});
