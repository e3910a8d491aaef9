/**
 * TEXT.{quoted}.BELOPP on wordings the rule was not written from: a delårsrapport's or a
 * period's figure, several bodies added up, another body named in a compound or the genitive, a
 * part's result, a result carried over to eget kapital. Each sentence's amount differs from the
 * year's figure of the statements (seed 000 corrected: årets resultat 1 920 460, eget kapital
 * 2 652 130; corpus Kramfors 2018 in mnkr): read as the year's figure it would be a false error.
 */
import { join } from "node:path";
import { readXlsx } from "../../src/cli/readXlsx";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";
import { sheetFromRows } from "../../src/report/cells";

const FIXTURES = join(__dirname, "..", "fixtures");
const cache = new Map<string, Promise<WorkbookSnapshot>>();
const workbook = (name: string) => {
  if (!cache.has(name)) cache.set(name, readXlsx(join(FIXTURES, `${name}.xlsx`)));
  return cache.get(name) as Promise<WorkbookSnapshot>;
};

async function text(name: string, preface: string, paragraphs: readonly string[]) {
  const w = await workbook(name);
  const rows = [preface, ...paragraphs].flatMap((p) => [{ cells: [p] }, { cells: [] }]);
  const result = checkWorkbook({ ...w, sheets: [...w.sheets, sheetFromRows("Förvaltningsberättelse", rows)] });
  return {
    findings: result.findings.filter((f) => f.ruleId.startsWith("TEXT.")).map((f) => f.message),
    held: (result.held ?? []).filter((t) => t.statement === "TEXT").length,
  };
}

const VAREND = "varend-2025-one-sheet-corrected";
const VAREND_PREFACE =
  "Samordningsförbundet Värend är en fristående juridisk person. Samordningsförbundet Värend leds av en styrelse.";

describe("a part of the year is not the year", () => {
  it.each([
    "I delårsrapporten uppgick årets resultat till 1 200 000 kr.",
    "Årets resultat i delårsbokslutet var 1 200 000 kr.",
    "Årets resultat för perioden januari–augusti uppgick till 1 200 000 kr.",
    "Årets resultat t.o.m. augusti uppgick till 1 200 000 kr.",
    "Till och med augusti uppgick årets resultat till 1 200 000 kr.",
    "Efter åtta månader uppgår årets resultat till 1 200 000 kr.",
    "Utfallet per augusti visar att årets resultat uppgår till 1 200 000 kr.",
    "Det egna kapitalet uppgick per den 30 juni till 2 100 000 kr.",
  ])("%s", async (sentence) => {
    expect((await text(VAREND, VAREND_PREFACE, [sentence])).findings).toEqual([]);
  });

  it("the year-end is still the year: 31 december", async () => {
    const { findings, held } = await text(VAREND, VAREND_PREFACE, [
      "Det egna kapitalet uppgick den 31 december till 2 652 130 kr.",
    ]);
    expect(findings).toEqual([]);
    expect(held).toBe(1);
  });
});

describe("another body's figure, or several bodies' together", () => {
  it.each([
    "Tillsammans med Sunnerbo uppgår eget kapital till 5 000 000 kr.",
    "Sunnerbos eget kapital uppgick till 3 000 000 kr.",
    "Växjö kommuns resultat för 2025 uppgick till 120 mnkr.",
  ])("%s", async (sentence) => {
    expect((await text(VAREND, VAREND_PREFACE, [sentence])).findings).toEqual([]);
  });

  it("the förbund's own name in the genitive is its own figure", async () => {
    const { findings, held } = await text(VAREND, VAREND_PREFACE, [
      "Samordningsförbundet Värends eget kapital uppgick vid årets slut till 2 652 130 kr.",
    ]);
    expect(findings).toEqual([]);
    expect(held).toBe(1);
  });

  it.each([
    "Årets resultat för Kramforsbostäder AB uppgick till 1,2 mnkr.",
    "Bostadsbolaget redovisar ett årets resultat på 1,2 mnkr.",
    "Räddningstjänstförbundet redovisade ett årets resultat på 1,2 mnkr.",
    "Årets resultat för VA-verksamheten blev 2,1 mnkr.",
    "Årets resultat för kommunkoncernen 2018 blev −53,7 mnkr.",
  ])("Kramfors: %s", async (sentence) => {
    expect((await text("corpus/kramfors-2018", "", [sentence])).findings).toEqual([]);
  });

  it("Kramfors: the kommun's result is still checked", async () => {
    const { findings } = await text("corpus/kramfors-2018", "", ["Årets resultat för kommunen uppgår till −25,0 mnkr."]);
    expect(findings).toHaveLength(1);
  });
});

describe("a result carried to eget kapital is the result's amount", () => {
  it("'Det positiva resultatet på … förs över till eget kapital' claims no eget kapital", async () => {
    expect(
      (await text(VAREND, VAREND_PREFACE, ["Det positiva resultatet på 1 920 460 kr förs över till eget kapital."]))
        .findings,
    ).toEqual([]);
  });
});

describe("a line without a verb is a table's row or a heading, its year not in it", () => {
  it("'Eget kapital 731 670 kr' under a heading 'Nyckeltal 2024' claims nothing", async () => {
    const w = await workbook(VAREND);
    const rows = [VAREND_PREFACE, "", "Nyckeltal 2024", "Eget kapital 731 670 kr", "Antal deltagare 120"].map((t) => ({
      cells: t ? [t] : [],
    }));
    const result = checkWorkbook({ ...w, sheets: [...w.sheets, sheetFromRows("Förvaltningsberättelse", rows)] });
    expect(result.findings.filter((f) => f.ruleId.startsWith("TEXT."))).toEqual([]);
  });

  it("a line that names its year itself still claims: 'Årets resultat 1 902 460 kr' is found", async () => {
    expect((await text(VAREND, VAREND_PREFACE, ["Årets resultat 1 902 460 kr"])).findings).toHaveLength(1);
  });
});

describe("a word of sign about something else gives the amount no sign", () => {
  it.each([
    "Årets resultat på 1 920 460 kr innebär att tidigare års underskott har täckts.",
    "Trots ett negativt finansnetto blev årets resultat 1 920 460 kr.",
    "Årets resultat blev 1 920 460 kr trots negativa ränteeffekter.",
    "Efter två år med underskott blev årets resultat 1 920 460 kr.",
  ])("%s", async (sentence) => {
    const { findings, held } = await text(VAREND, VAREND_PREFACE, [sentence]);
    expect(findings).toEqual([]);
    expect(held).toBe(1);
  });

  it("the sign said of the figure itself is still read: 'blev ett underskott på 1 920 460 kr' is a sign error", async () => {
    const { findings } = await text(VAREND, VAREND_PREFACE, ["Årets resultat blev ett underskott på 1 920 460 kr."]);
    expect(findings).toHaveLength(1);
  });
});

describe("a sentence set under another name", () => {
  it("'Samverkansteam Värend: årets resultat 200 000 kr' is the insats's, not the förbund's", async () => {
    expect((await text(VAREND, VAREND_PREFACE, ["Samverkansteam Värend: årets resultat 200 000 kr"])).findings).toEqual([]);
  });

  it("under the figure's own words ('Ekonomi:') it is the förbund's", async () => {
    expect((await text(VAREND, VAREND_PREFACE, ["Ekonomi: årets resultat blev 1 902 460 kr."])).findings).toHaveLength(1);
  });
});

describe("a level for eget kapital without the guideline", () => {
  it("'Eget kapital bör uppgå till 1 000 000 kr' may be the förbund's own target: no claim about the trappa", async () => {
    expect((await text(VAREND, VAREND_PREFACE, ["Eget kapital bör uppgå till 1 000 000 kr."])).findings).toEqual([]);
  });

  it("with the guideline named it is the trappa's ceiling, and checked", async () => {
    const { findings } = await text(VAREND, VAREND_PREFACE, [
      "Enligt Nationella rådets riktlinje bör eget kapital uppgå till högst 1 000 000 kr.",
    ]);
    expect(findings).toHaveLength(1);
  });
});

describe("a kommun's words for another figure than its own year's", () => {
  it.each([
    "Det sammanställda egna kapitalet uppgår till 386,1 mnkr.",
    "Med hänsyn till nedskrivningen blev årets resultat −43,2 mnkr.",
    "Utan nedskrivningen hade årets resultat varit −43,2 mnkr.",
  ])("Kramfors: %s", async (sentence) => {
    expect((await text("corpus/kramfors-2018", "", [sentence])).findings).toEqual([]);
  });
});

describe("a text figure within one unit of its own rounding", () => {
  async function all(sentence: string) {
    const w = await workbook(VAREND);
    const rows = [VAREND_PREFACE, sentence].flatMap((p) => [{ cells: [p] }, { cells: [] }]);
    return checkWorkbook({ ...w, sheets: [...w.sheets, sheetFromRows("Förvaltningsberättelse", rows)] }).findings.filter(
      (f) => f.ruleId.startsWith("TEXT."),
    );
  }

  it.each(["Eget kapital uppgår till 2,6 mnkr.", "Årets resultat blev 1 921 tkr."])(
    "'%s' (cut, not rounded) is a rounding blemish: information, not an error",
    async (sentence) => {
      const findings = await all(sentence);
      expect(findings.map((f) => [f.severity, f.kind])).toEqual([["info", "rounding"]]);
    },
  );

  it("more than a unit off is an error: '1,8 mnkr' for 1 920 460 kr", async () => {
    const findings = await all("Årets resultat uppgick till 1,8 mnkr.");
    expect(findings.map((f) => [f.severity, f.kind])).toEqual([["error", "mismatch"]]);
  });
});

describe("a year that is another noun's, or an event's date", () => {
  it.each([
    "Enligt beslut i styrelsen 2024-11-20 uppgår årets tilldelning till 8 524 000 kr.",
    "Revisionen för 2024 visade att årets resultat blev 1 920 460 kr.",
  ])("%s: the year's figure, held", async (sentence) => {
    const { findings, held } = await text(VAREND, VAREND_PREFACE, [sentence]);
    expect(findings).toEqual([]);
    expect(held).toBeLessThanOrEqual(1);
  });

  it("a year said of the figure is its year: 'Årets resultat för 2024 var −1 578 235 kr' is found against 2024", async () => {
    const { findings } = await text(VAREND, VAREND_PREFACE, ["Årets resultat för 2024 var −1 578 235 kr."]);
    expect(findings).toHaveLength(1);
  });
});

describe("a member body's own figure in a förbund's report", () => {
  it.each([
    "Regionens resultat för 2025 uppgick till 300 mnkr.",
    "Kommunens resultat för 2025 blev 45 mnkr.",
    "Kommunens eget kapital uppgår till 500 mnkr.",
  ])("%s: the förbund has no skatteintäkter, so the kommun and the region are its members", async (sentence) => {
    expect((await text(VAREND, VAREND_PREFACE, [sentence])).findings).toEqual([]);
  });
});

describe("a region's unit", () => {
  it("'mdkr' and 'miljarder kronor' are thousands of millions, not millions", async () => {
    const { quotedAmounts } = await import("../../src/engine/check/text/amounts");
    expect(quotedAmounts("Eget kapital uppgår till 3,2 mdkr.").map((a) => a.value.toNumber())).toEqual([3_200_000_000]);
    expect(quotedAmounts("Det är 3,2 miljarder kronor.").map((a) => a.value.toNumber())).toEqual([3_200_000_000]);
    expect(quotedAmounts("Resultatet blev 1,9 mnkr.").map((a) => a.value.toNumber())).toEqual([1_900_000]);
  });
});
