import { applyFilter, groupByStatement, summarise } from "../../src/taskpane/model/findingsView";
import { exportRows, marksFor } from "../../src/taskpane/model/exportRows";
import { noteWarning, rounding, signError } from "./fakes";

const findings = [rounding, noteWarning, signError];

describe("how the pane orders and counts findings", () => {
  it("puts statements with errors first, errors before warnings, rounding notes apart", () => {
    const groups = groupByStatement(findings);
    expect(groups.map((g) => g.statement)).toEqual(["RR", "NOT", "BR"]);
    expect(groups[2]).toMatchObject({ findings: [], rounding: [rounding] });
  });

  it("counts per statement in report order", () => {
    expect(summarise(findings)).toEqual([
      { statement: "RR", counts: { error: 1, warning: 0, info: 0 } },
      { statement: "BR", counts: { error: 0, warning: 0, info: 1 } },
      { statement: "NOT", counts: { error: 0, warning: 1, info: 0 } },
    ]);
  });

  it.each([
    [{ severity: "error", statement: "all" } as const, [signError]],
    [{ severity: "all", statement: "BR" } as const, [rounding]],
    [{ severity: "warning", statement: "RR" } as const, []],
  ])("filters %o", (filter, expected) => {
    expect(applyFilter(findings, filter)).toEqual(expected);
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
});
