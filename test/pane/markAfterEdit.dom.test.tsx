/**
 * @jest-environment jsdom
 *
 * The real pane, the real engine and the strict host double over seed 000's workbook: a user who
 * edits after a check and then marks sees marks where the findings are now, never on a cell the
 * edit put right or on a cell a row insert moved into a blamed address.
 */
import "@testing-library/jest-dom";
import "./resizeObserver";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { checkWorkbook } from "../../src/engine/check/checkWorkbook";
import { parseA1 } from "../../src/engine/workbook/snapshot";
import { createExcelActions } from "../../src/excel/excelActions";
import { MARK_FILL } from "../../src/excel/marks";
import { App } from "../../src/taskpane/App";
import type { Checker } from "../../src/taskpane/paneActions";
import { shownFill } from "../../src/workbench/host/conditionalFill";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import type { WorkbookModel } from "../../src/workbench/host/model";
import { loadFixtureModel } from "../excel/loadModel";

jest.setTimeout(60_000);

const engine: Checker = (snapshot, options) => checkWorkbook(snapshot, options);

function shows(model: WorkbookModel, sheet: string, cell: string): string | null {
  const at = parseA1(cell)!;
  return shownFill(
    model.sheets.find((s) => s.name === sheet)!,
    at.row,
    at.col,
  );
}

async function checkedFixture() {
  const model = await loadFixtureModel("varend-2025-per-sheet.xlsx");
  const host = createHostDouble(model);
  const user = userEvent.setup();
  render(<App actions={createExcelActions(host.run, host.settings)} checker={engine} />);
  await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
  await screen.findByRole(
    "listitem",
    { name: "Verksamhetens resultat, Resultaträkning!C6" },
    { timeout: 30_000 },
  );
  return { model, host, user };
}

async function mark(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(screen.getByRole("button", { name: "Markera i arbetsboken" }));
  await screen.findByText(/celler markerade\.$/, undefined, { timeout: 30_000 });
}

describe("marking after an edit", () => {
  it("does not paint a cell the user corrected after the check", async () => {
    const { model, host, user } = await checkedFixture();
    host.editCell("Resultaträkning", "C6", 1876309);
    await mark(user);
    expect(shows(model, "Resultaträkning", "C6")).toBeNull();
    expect(shows(model, "Resultaträkning", "C11")).toBe(MARK_FILL.error);
    expect(screen.queryByRole("listitem", { name: "Verksamhetens resultat, Resultaträkning!C6" })).toBeNull();
  });

  it("paints the blamed cell where a row insert moved it, not the cell now at its old address", async () => {
    const { model, host, user } = await checkedFixture();
    host.insertRows("Resultaträkning", 1);
    await mark(user);
    expect(shows(model, "Resultaträkning", "C12")).toBe(MARK_FILL.error);
    expect(shows(model, "Resultaträkning", "C7")).toBe(MARK_FILL.error);
    expect(shows(model, "Resultaträkning", "C6")).toBeNull();
    expect(shows(model, "Resultaträkning", "C11")).toBeNull();
  });
});
