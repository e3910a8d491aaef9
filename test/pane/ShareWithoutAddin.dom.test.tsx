/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./resizeObserver";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createExcelActions } from "../../src/excel/excelActions";
import { App } from "../../src/taskpane/App";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { modelFromRows } from "../../src/workbench/host/fromCells";
import { cellKey } from "../../src/workbench/host/model";
import { fakeActions, fakeChecker } from "./fakes";

/** The ekonom's budget: two FINSAM cells Excel has calculated, and a sum of the user's own. */
function budget() {
  const model = modelFromRows({
    Budget: [
      ["Växjö", "=FINSAM.KOMMUNANDEL(8524000,C2:C5)"],
      ["Alvesta", "=FINSAM.KOMMUNANDEL(8524000,C2:C5)"],
      ["Summa", "=SUM(B1:B2)"],
    ],
    Noter: [["Not 1", 1]],
  });
  const host = createHostDouble(model);
  host.calculate("Budget", "B1", 3835800);
  host.calculate("Budget", "B2", 4688200);
  host.calculate("Budget", "B3", 8524000);
  return { model, host, actions: createExcelActions(host.run, host.settings) };
}

async function openShare(actions: Parameters<typeof App>[0]["actions"]) {
  const user = userEvent.setup();
  render(<App actions={actions} checker={fakeChecker()} />);
  await user.click(screen.getByRole("button", { name: "Dela utan tillägget" }));
  await screen.findByRole("group", { name: "Blad att dela" });
  return user;
}

describe("Dela utan tillägget in the pane", () => {
  it("says how many cells change, changes nothing before the confirmation, then replaces the formulas", async () => {
    const { model, actions } = budget();
    const user = await openShare(actions);
    const section = screen.getByRole("group", { name: "Blad att dela" }).parentElement!;
    await user.click(within(section).getByRole("button", { name: "Dela utan tillägget" }));
    const dialog = await screen.findByRole("alertdialog");
    expect(dialog).toHaveTextContent("2 celler med FINSAM-formler på 1 blad ersätts med sina värden.");
    expect(within(dialog).getByRole("button", { name: "Ersätt med värden" })).toHaveFocus();
    expect(model.sheets[0].cells.get(cellKey(0, 1))!.formula).toBe("=FINSAM.KOMMUNANDEL(8524000,C2:C5)");

    await user.keyboard("{Enter}");
    expect(await screen.findByText(/^2 formler ersattes med sina värden\./)).toBeInTheDocument();
    expect(model.sheets[0].cells.get(cellKey(0, 1))).toMatchObject({ value: 3835800, formula: null });
    expect(model.sheets[0].cells.get(cellKey(2, 1))!.formula).toBe("=SUM(B1:B2)");
    expect(screen.getByText("2 formler är sparade och kan återställas.")).toBeInTheDocument();

    await user.click(screen.getByRole("button", { name: "Återställ formler" }));
    expect(await screen.findByText("2 formler återställdes.")).toBeInTheDocument();
    expect(model.sheets[0].cells.get(cellKey(1, 1))!.formula).toBe("=FINSAM.KOMMUNANDEL(8524000,C2:C5)");
    expect(screen.getByRole("button", { name: "Återställ formler" })).toBeDisabled();
  });

  it("cancels with Escape and changes nothing", async () => {
    const actions = fakeActions();
    const user = await openShare(actions);
    const section = screen.getByRole("group", { name: "Blad att dela" }).parentElement!;
    await user.click(within(section).getByRole("button", { name: "Dela utan tillägget" }));
    await screen.findByRole("alertdialog");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
    expect(within(section).getByRole("button", { name: "Dela utan tillägget" })).toHaveFocus();
    expect(actions.shareWithoutAddin).not.toHaveBeenCalled();
  });

  it("shares only the sheets left chosen", async () => {
    const actions = fakeActions();
    const user = await openShare(actions);
    await user.click(screen.getByRole("checkbox", { name: "Noter" }));
    const section = screen.getByRole("group", { name: "Blad att dela" }).parentElement!;
    await user.click(within(section).getByRole("button", { name: "Dela utan tillägget" }));
    expect(actions.countFinsamFormulas).toHaveBeenCalledWith(["Resultaträkning", "Balansräkning"]);
    await user.click(await screen.findByRole("button", { name: "Ersätt med värden" }));
    expect(actions.shareWithoutAddin).toHaveBeenCalledWith(["Resultaträkning", "Balansräkning"]);
  });

  it("says so when the chosen sheets have no FINSAM formula", async () => {
    const actions = fakeActions({ countFinsamFormulas: jest.fn(async () => ({ cells: 0, sheets: 0 })) });
    const user = await openShare(actions);
    const section = screen.getByRole("group", { name: "Blad att dela" }).parentElement!;
    await user.click(within(section).getByRole("button", { name: "Dela utan tillägget" }));
    expect(await screen.findByText("De valda bladen har inga FINSAM-formler.")).toBeInTheDocument();
    expect(screen.queryByRole("alertdialog")).not.toBeInTheDocument();
  });

  it("tells which cells were left when restoring, in Swedish", async () => {
    const actions = fakeActions({
      keptFormulas: jest.fn(async () => 3),
      restoreFormulas: jest.fn(async () => ({ restored: 2, skipped: 1 })),
    });
    const user = await openShare(actions);
    await user.click(await screen.findByRole("button", { name: "Återställ formler" }));
    expect(
      await screen.findByText(
        "2 formler återställdes. 1 cell har ändrats sedan delningen och lämnades orörd; dess formel finns kvar att återställa.",
      ),
    ).toBeInTheDocument();
  });
});
