/**
 * The command line in-process with a stand-in engine: exit codes, the JSON shape, the readable
 * report and the folder summary, independent of the real engine's findings.
 */
import { mkdtempSync, writeFileSync, copyFileSync, mkdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CheckResult, Finding } from "../../src/engine/check/finding";
import type { WorkbookSnapshot } from "../../src/engine/workbook/snapshot";

const FIXTURES = join(__dirname, "..", "fixtures");

function finding(over: Partial<Finding>): Finding {
  return {
    ruleId: "RR.ARETS_RESULTAT.SUM",
    severity: "error",
    kind: "sign",
    statement: "RR",
    sheet: "Resultaträkning",
    cell: "C11",
    related: ["Balansräkning!C12"],
    period: "2025",
    expected: 1920460,
    actual: -1920460,
    difference: -3840920,
    message: "Årets resultat är −1 920 460 kr men ska vara 1 920 460 kr (teckenfel).",
    key: "k",
    ...over,
  };
}

/** Stand-in engine: errors for workbooks named like the published fixtures, none for "corrected", no statement for "inkop". */
function stubCheck(snapshot: WorkbookSnapshot): CheckResult {
  const name = snapshot.name ?? "";
  if (name.includes("inkop")) return { findings: [], statements: [] };
  // What a bug of ours looks like from outside: a library's English words in an exception.
  if (name.includes("kraschar")) throw new RangeError("Maximum call stack size exceeded");
  const statements = [
    {
      statement: "RR" as const,
      sheet: "Resultaträkning",
      range: "A1:D11",
      title: "3 RESULTATRÄKNING",
      periods: ["2025", "2024"],
    },
  ];
  if (name.includes("corrected")) {
    return {
      findings: [
        finding({
          severity: "info",
          kind: "rounding",
          sheet: "Balansräkning",
          cell: "C6",
          message: "Avrundningsdifferens 1 kr.",
        }),
      ],
      statements,
    };
  }
  return {
    findings: [
      finding({}),
      finding({
        severity: "warning",
        kind: "unusual-sign",
        sheet: "Noter",
        cell: "B30",
        related: [],
        message: "Negativ kostnad.",
      }),
      finding({
        severity: "error",
        kind: "sign",
        cell: "C6",
        message: "Verksamhetens resultat har fel tecken.",
      }),
    ],
    statements,
  };
}

jest.mock("../../src/cli/engine", () => ({ loadChecker: () => stubCheck }));

// Imported after the mock is declared (jest hoists jest.mock above imports anyway).
import { main } from "../../src/cli/finsam-check";

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), "finsam-main-"));

describe("finsam-check (in-process, stand-in engine)", () => {
  it("checks the embedded sample when no file is named", async () => {
    const r = await run([]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/Granskning av varend-2025\.xlsx/);
    expect(r.out).toMatch(/inbyggd exempelarbetsbok/);
  });

  it("prints {findings: [...]} with --json and exits 1 on errors", async () => {
    const r = await run([join(FIXTURES, "varend-2025-per-sheet.xlsx"), "--json"]);
    expect(r.code).toBe(1);
    const parsed = JSON.parse(r.out) as { findings: Finding[] };
    expect(Object.keys(parsed)).toEqual(["findings"]);
    expect(parsed.findings).toHaveLength(3);
    expect(parsed.findings[0]).toMatchObject({
      ruleId: expect.any(String),
      severity: "error",
      kind: "sign",
      sheet: "Resultaträkning",
      cell: "C11",
    });
  });

  it("exits 0 when only rounding notes remain", async () => {
    const r = await run([join(FIXTURES, "varend-2025-per-sheet-corrected.xlsx")]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/INFO/);
    expect(r.out).toMatch(/0 fel, 0 varningar, 1 avrundningar/);
  });

  it("groups the readable report by sheet, errors first and in cell order", async () => {
    const r = await run([join(FIXTURES, "varend-2025-per-sheet.xlsx")]);
    const rr = r.out.indexOf("Blad ”Resultaträkning”");
    const noter = r.out.indexOf("Blad ”Noter”");
    expect(rr).toBeGreaterThan(0);
    expect(noter).toBeGreaterThan(rr);
    expect(r.out.indexOf("C6 ")).toBeLessThan(r.out.indexOf("C11 "));
    expect(r.out).toMatch(/FEL\s+C11\s+teckenfel, år 2025: Årets resultat/);
    expect(r.out).toMatch(/Berörda celler: Balansräkning!C12/);
    expect(r.out).toMatch(/Summa: 2 fel, 1 varningar, 0 avrundningar/);
  });

  it("exits 2 with a Swedish message when no statement is recognised", async () => {
    const path = join(tmp, "inkop.xlsx");
    copyFileSync(join(FIXTURES, "varend-2025-per-sheet.xlsx"), path);
    const r = await run([path]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Ingen finansiell rapport kändes igen i inkop\.xlsx/);
  });

  it("checks every .xlsx of a folder and ends with a summary table per file", async () => {
    const dir = join(tmp, "mapp");
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, "varend-2025-per-sheet.xlsx"), join(dir, "a-publicerad.xlsx"));
    copyFileSync(join(FIXTURES, "varend-2025-per-sheet-corrected.xlsx"), join(dir, "b-corrected.xlsx"));
    writeFileSync(join(dir, "~$a-publicerad.xlsx"), "lock file of an open workbook");
    writeFileSync(join(dir, "notes.txt"), "ignored");
    const r = await run([dir]);
    expect(r.code).toBe(1);
    const summary = r.out.slice(r.out.indexOf("Sammanställning"));
    expect(summary).toMatch(/Fil\s+Fel\s+Varningar\s+Info\s+Status/);
    expect(summary).toMatch(/a-publicerad\.xlsx\s+2\s+1\s+0\s+fel hittade/);
    expect(summary).toMatch(/b-corrected\.xlsx\s+0\s+0\s+1\s+ok/);
    expect(summary).not.toMatch(/~\$/);
  });

  it("checks a published report (.docx) in a folder beside the workbooks", async () => {
    const dir = join(tmp, "mapp-med-rapport");
    mkdirSync(dir);
    // The stand-in engine finds nothing in files named "corrected".
    copyFileSync(join(FIXTURES, "varend-2025-per-sheet-corrected.xlsx"), join(dir, "a-corrected.xlsx"));
    copyFileSync(
      join(FIXTURES, "reports", "varend-2025-one-sheet-corrected.docx"),
      join(dir, "b-corrected.docx"),
    );
    writeFileSync(join(dir, "~$b-corrected.docx"), "lock file of an open document");
    const r = await run([dir]);
    expect(r.code).toBe(0);
    const summary = r.out.slice(r.out.indexOf("Sammanställning"));
    expect(summary).toMatch(/a-corrected\.xlsx\s+0\s+0\s+\d+\s+ok/);
    expect(summary).toMatch(/b-corrected\.docx\s+0\s+0\s+\d+\s+ok/);
    expect(summary).not.toMatch(/~\$/);
  });

  it("exits 2 when one of several files cannot be read, and still reports the others", async () => {
    const r = await run([
      join(FIXTURES, "varend-2025-per-sheet-corrected.xlsx"),
      join(tmp, "saknas.xlsx"),
      "--json",
    ]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/saknas\.xlsx finns inte/);
    const parsed = JSON.parse(r.out) as { files: { file: string; findings?: unknown[]; error?: string }[] };
    expect(parsed.files).toHaveLength(2);
    expect(parsed.files[1].error).toMatch(/finns inte/);
  });

  it("rejects unknown options and bad units with exit 2", async () => {
    expect((await run(["--okänd"])).code).toBe(2);
    const bad = await run(["--enhet", "mkr"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--enhet kr eller --enhet tkr/);
  });

  it.each([
    [["--enhet"], "Flaggan --enhet saknar enhet. Ange --enhet kr eller --enhet tkr.\n"],
    [["--enhet="], "Flaggan --enhet saknar enhet. Ange --enhet kr eller --enhet tkr.\n"],
    [[""], "Ett tomt filnamn angavs. Ange en .xlsx-fil eller en mapp.\n"],
  ])("says what is missing in %j, exit 2", async (args, message) => {
    const r = await run(args);
    expect(r.code).toBe(2);
    expect(r.err).toBe(message);
  });

  it("says an empty folder has no workbooks", async () => {
    const dir = join(tmp, "tom");
    mkdirSync(dir);
    const r = await run([dir]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/innehåller inga arbetsböcker eller rapporter \(\.xlsx, \.pdf, \.docx\)/);
  });

  it("says in Swedish which file a failure of the engine stopped, without the exception's own words", async () => {
    const path = join(tmp, "kraschar.xlsx");
    copyFileSync(join(FIXTURES, "varend-2025-per-sheet.xlsx"), path);
    const r = await run([path, join(FIXTURES, "varend-2025-per-sheet-corrected.xlsx")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Granskningen av kraschar\.xlsx avbröts av ett internt fel i finsam-check\./);
    expect(r.err).not.toMatch(/Maximum|RangeError|stack/);
    expect(r.out).toMatch(/varend-2025-per-sheet-corrected\.xlsx\s+0\s+0\s+1\s+ok/);
  });

  it("names a symbolic link that loops in a folder in Swedish, and checks the folder's other files", async () => {
    const dir = join(tmp, "slinga");
    mkdirSync(dir);
    copyFileSync(join(FIXTURES, "varend-2025-per-sheet-corrected.xlsx"), join(dir, "a-corrected.xlsx"));
    symlinkSync("b-slinga.xlsx", join(dir, "b-slinga.xlsx"));
    symlinkSync("c-ett.xlsx", join(dir, "c-tva.xlsx"));
    symlinkSync("c-tva.xlsx", join(dir, "c-ett.xlsx"));
    const r = await run([dir]);
    expect(r.code).toBe(2);
    for (const name of ["b-slinga.xlsx", "c-ett.xlsx", "c-tva.xlsx"])
      expect(r.err).toContain(`${join(dir, name)} är en symbolisk länk som leder runt i en slinga`);
    expect(r.err).not.toMatch(/ELOOP|\([A-Z]+\)/);
    expect(r.out).toMatch(/a-corrected\.xlsx\s+0\s+0\s+1\s+ok/);
    expect(r.out).toMatch(/b-slinga\.xlsx\s+–\s+–\s+–\s+kunde inte granskas/);
  });

  it("names a looping link given on the command line the same way", async () => {
    const path = join(tmp, "sjalv.xlsx");
    symlinkSync("sjalv.xlsx", path);
    const r = await run([path]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `${path} är en symbolisk länk som leder runt i en slinga och aldrig når en fil. Ta bort länken eller låt den peka på arbetsboken.\n`,
    );
  });
});
