import {
  applyFilter,
  groupByStatement,
  nextOpen,
  resolvedSince,
  statementsOf,
  summarise,
} from "../../src/taskpane/model/findingsView";
import { exportRows, marksFor, workingPaper } from "../../src/taskpane/model/exportRows";
import { result } from "./fakes";
import { noteWarning, rounding, signError } from "./fakes";

const findings = [rounding, noteWarning, signError];

describe("how the pane orders and counts findings", () => {
  it("lists statements in one order everywhere, the report's: RR, BR, KF, noter, drift, översikt, balanskrav", () => {
    const kinds = ["BALANSKRAV", "FEMAR", "DRIFT", "NOT", "KF", "BR", "RR"] as const;
    const all = kinds.map((statement) => ({ ...signError, statement }));
    expect(statementsOf(all)).toEqual(["RR", "BR", "KF", "NOT", "DRIFT", "FEMAR", "BALANSKRAV"]);
    expect(groupByStatement(all).map((g) => g.statement)).toEqual(statementsOf(all));
    expect(summarise(all).map((s) => s.statement)).toEqual(statementsOf(all));
  });

  it("groups by statement in report order, errors before warnings, rounding notes apart", () => {
    const groups = groupByStatement(findings);
    expect(groups.map((g) => g.statement)).toEqual(["RR", "BR", "NOT"]);
    expect(groups[1]).toMatchObject({ findings: [], rounding: [rounding] });
  });

  it("counts per statement in report order, kvitterade apart from the open ones", () => {
    expect(summarise(findings, { [signError.key]: { comment: "", at: "2026-11-25" } })).toEqual([
      { statement: "RR", counts: { open: { error: 0, warning: 0, info: 0 }, acknowledged: 1 } },
      { statement: "BR", counts: { open: { error: 0, warning: 0, info: 1 }, acknowledged: 0 } },
      { statement: "NOT", counts: { open: { error: 0, warning: 1, info: 0 }, acknowledged: 0 } },
    ]);
  });

  it.each([
    [{ severity: "error", statement: "all", status: "all" } as const, [signError]],
    [{ severity: "all", statement: "BR", status: "all" } as const, [rounding]],
    [{ severity: "warning", statement: "RR", status: "all" } as const, []],
    [{ severity: "all", statement: "all", status: "acknowledged" } as const, [noteWarning]],
    [{ severity: "all", statement: "all", status: "open" } as const, [rounding, signError]],
  ])("filters %o", (filter, expected) => {
    expect(applyFilter(findings, filter, { [noteWarning.key]: { comment: "", at: "2026-11-25" } })).toEqual(
      expected,
    );
  });

  it("jumps to the next and previous open error or warning, past rounding notes and kvitterade", () => {
    const order = [signError, rounding, { ...noteWarning, key: "kvitterad" }, noteWarning];
    const acks = { kvitterad: { comment: "", at: "2026-11-25" } };
    expect(nextOpen(order, 0, 1, acks)).toBe(3);
    expect(nextOpen(order, 3, -1, acks)).toBe(0);
    expect(nextOpen(order, 3, 1, acks)).toBeNull();
    expect(nextOpen(order, -1, 1, acks)).toBe(0);
  });

  it("exports errors first, with status, cause in words and the kvittering's comment", () => {
    const rows = exportRows(findings, { [rounding.key]: { comment: "Avrundning", at: "2026-11-25" } });
    expect(rows.map((r) => [r.status, r.severity, r.address])).toEqual([
      ["Öppen", "Fel", "Resultaträkning!C19"],
      ["Öppen", "Varning", "Noter!C12"],
      ["Kvitterad", "Avrundning", "Balansräkning!C20"],
    ]);
    expect(rows[0]).toMatchObject({
      cause: "Teckenfel: beloppet har fel tecken.",
      expected: 1920460,
      actual: -1920460,
    });
    expect(rows[2].comment).toBe("Avrundning");
  });

  it("marks neither rounding notes nor kvitterade findings", () => {
    expect(marksFor(findings, { [noteWarning.key]: { comment: "", at: "2026-11-25" } })).toEqual([
      { sheet: "Resultaträkning", cell: "C19", level: "error" },
    ]);
  });

  it("exports a wrong year's amounts as years, related cells with their label and value, and who kvitterade", () => {
    const wrongYear = { ...signError, kind: "year" as const, expected: 2025, actual: 2024, difference: -1 };
    const [row] = exportRows(
      [wrongYear],
      { [signError.key]: { comment: "", at: "2026-11-25", by: "AB" } },
      (ref) => (ref.sheet === "Balansräkning" ? { label: "Årets resultat", value: "1 920 460" } : {}),
    );
    expect(row).toMatchObject({ years: true, acknowledgedBy: "AB", acknowledgedAt: "2026-11-25" });
    expect(row.related).toBe("Balansräkning!C30 · Årets resultat · 1 920 460; Kassaflödesanalys!C6");
  });

  it("heads the working paper with the workbook, the time, the granskare, the counts and the statements", () => {
    const paper = workingPaper(
      result,
      { [signError.key]: { comment: "", at: "2026-11-25", by: "AB" } },
      { workbook: "Värend.xlsx", checkedAt: new Date(2026, 10, 25, 13, 5), reviewer: "AB" },
    );
    expect(paper.facts).toEqual([
      ["Arbetsbok", "Värend.xlsx"],
      ["Granskad", "2026-11-25 13:05:00"],
      ["Granskare", "AB"],
      ["Iakttagelser", "1 öppet fel eller öppen varning, 1 kvitterad, 1 avrundningsdifferens"],
    ]);
    expect(paper.statements).toEqual(["Resultaträkning: Resultaträkning!A1:D20 (2025, 2024)"]);
    expect(paper.heldHeading).toBe("Avstämningar som stämmer (0)");
  });

  it("counts as åtgärdade the errors and warnings gone since the last check, never rounding notes", () => {
    expect(resolvedSince(findings, [noteWarning])).toEqual([signError]);
    expect(resolvedSince(findings, findings)).toEqual([]);
  });
});
