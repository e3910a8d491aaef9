/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./resizeObserver";
import { act, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { unavailableActions } from "../../src/excel/excelActions";
import type { CellRef, SheetChange } from "../../src/taskpane/paneActions";
import { fakeActions, fakeChecker, noteWarning, result, signError } from "./fakes";

const now = () => new Date("2026-11-25T08:00:00Z");

async function checked(actions = fakeActions(), checker = fakeChecker()) {
  const user = userEvent.setup();
  render(<App actions={actions} checker={checker} now={now} />);
  await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
  await screen.findByRole("heading", { name: "Iakttagelser" });
  return { user, actions, checker };
}

/** A finding's one line (the button that opens it), found through its list item. */
const lineOf = (name: string): HTMLElement =>
  within(screen.getByRole("listitem", { name }))
    .getAllByRole("button")
    .find((b) => b.hasAttribute("aria-expanded"))!;

async function openLine(user: ReturnType<typeof userEvent.setup>, name: string) {
  const line = lineOf(name);
  if (line.getAttribute("aria-expanded") === "false") await user.click(line);
  return screen.getByRole("listitem", { name });
}

describe("Granskningspanelen", () => {
  it("renders and explains when no Office host answers", () => {
    render(<App actions={unavailableActions()} checker={fakeChecker()} />);
    expect(screen.getByRole("button", { name: "Granska arbetsboken" })).toBeInTheDocument();
    expect(screen.getByText(/Ingen Excel-värd svarar/)).toBeInTheDocument();
  });

  it("reads the workbook through the host and hands the snapshot to the engine", async () => {
    const { actions, checker } = await checked();
    expect(actions.readWorkbook).toHaveBeenCalledTimes(1);
    expect(checker).toHaveBeenCalledWith(
      expect.objectContaining({ name: "Test.xlsx" }),
      expect.any(Object),
      expect.any(AbortSignal),
    );
  });

  it("lists findings grouped by statement in report order, one line each that opens for the detail", async () => {
    const { user } = await checked();
    const sections = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(sections).toEqual(["Resultaträkning", "Balansräkning", "Noter"]);
    const rr = screen.getByRole("region", { name: "Resultaträkning" });
    expect(within(rr).getByText("Fel")).toBeInTheDocument();
    expect(within(rr).getByText("Årets resultat 2025")).toBeInTheDocument();
    expect(within(rr).getByText("\u22123 840 920")).toBeInTheDocument();
    expect(within(rr).queryByText(signError.message)).not.toBeInTheDocument();
    await openLine(user, "Årets resultat, Resultaträkning!C19");
    expect(within(rr).getByText(signError.message)).toBeInTheDocument();
    expect(within(rr).getByText("Teckenfel: beloppet har fel tecken.")).toBeInTheDocument();
    expect(within(rr).getByText("1 920 460")).toBeInTheDocument();
    expect(within(rr).getByText("\u22121 920 460")).toBeInTheDocument();
  });

  it("summarises errors, warnings and rounding notes per statement", async () => {
    const { user } = await checked();
    await user.click(screen.getByRole("button", { name: "1 öppet fel, 1 öppen varning" }));
    const table = screen.getByRole("table", { name: "Antal iakttagelser per rapport" });
    const total = within(table).getByRole("row", { name: /Totalt/ });
    expect(
      within(total)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Totalt", "1", "1", "1", "0"]);
  });

  it("folds rounding notes away until asked", async () => {
    const { user } = await checked();
    const toggle = screen.getByRole("button", { name: "Avrundningsdifferenser (1)" });
    expect(toggle).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByText("Differens på 1 kr: avrundning.")).not.toBeInTheDocument();
    await user.click(toggle);
    await openLine(user, "Summa eget kapital, Balansräkning!C20");
    expect(screen.getByText("Differens på 1 kr: avrundning.")).toBeInTheDocument();
  });

  it("filters by severity and by statement", async () => {
    const { user } = await checked();
    await user.selectOptions(screen.getByRole("combobox", { name: "Allvarlighet" }), "warning");
    expect(screen.queryByRole("heading", { name: "Resultaträkning", level: 3 })).not.toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Noter", level: 3 })).toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Allvarlighet" }), "all");
    await user.selectOptions(screen.getByRole("combobox", { name: "Rapport" }), "RR");
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Resultaträkning",
    ]);
  });

  it("takes the user to the blamed cell and to each related cell", async () => {
    const { user, actions } = await checked();
    await openLine(user, "Årets resultat, Resultaträkning!C19");
    // Choosing the finding selects its cell with its related cells, for the host to outline.
    expect(actions.selectCell).toHaveBeenLastCalledWith({ sheet: "Resultaträkning", cell: "C19" }, [
      { sheet: "Balansräkning", cell: "C30" },
      { sheet: "Kassaflödesanalys", cell: "C6" },
    ]);
    await user.click(screen.getByRole("button", { name: "Gå till Resultaträkning!C19" }));
    expect(actions.selectCell).toHaveBeenLastCalledWith({ sheet: "Resultaträkning", cell: "C19" }, undefined);
    await user.click(screen.getByRole("button", { name: "Gå till berörd cell Balansräkning!C30" }));
    expect(actions.selectCell).toHaveBeenLastCalledWith({ sheet: "Balansräkning", cell: "C30" }, undefined);
  });

  it("marks errors and warnings but never rounding notes, and takes the marks away", async () => {
    const { user, actions } = await checked();
    await user.click(screen.getByRole("button", { name: "Markera i arbetsboken" }));
    expect(actions.markCells).toHaveBeenCalledWith([
      { sheet: "Noter", cell: "C12", level: "warning" },
      { sheet: "Resultaträkning", cell: "C19", level: "error" },
    ]);
    expect(await screen.findByText("2 celler markerade.")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Ta bort markeringar" }));
    expect(actions.clearMarks).toHaveBeenCalled();
    expect(await screen.findByText(/format återställda/)).toBeInTheDocument();
  });

  it("exports the review and says to which sheet", async () => {
    const { user, actions } = await checked();
    await user.click(screen.getByRole("button", { name: "Exportera granskning" }));
    expect(actions.exportFindings).toHaveBeenCalledWith(
      expect.arrayContaining([
        expect.objectContaining({ severity: "Fel", address: "Resultaträkning!C19", expected: 1920460 }),
      ]),
      expect.objectContaining({
        title: "Granskning av årsredovisningen",
        facts: expect.arrayContaining([["Arbetsbok", "Test.xlsx"]]),
        statements: ["Resultaträkning: Resultaträkning!A1:D20 (2025, 2024)"],
      }),
    );
    expect(
      await screen.findByText("Granskningen exporterades till bladet Granskning 2026-11-25."),
    ).toBeInTheDocument();
  });

  it("keeps a kvittering with the workbook and still shows it after the next check", async () => {
    const actions = fakeActions();
    const { user } = await checked(actions);
    const item = await openLine(user, "Årets resultat, Resultaträkning!C19");
    await user.click(within(item).getByRole("button", { name: "Kvittera" }));
    // No initials known yet: asked once, first.
    expect(within(item).getByRole("textbox", { name: "Dina initialer" })).toHaveFocus();
    await user.keyboard("AB");
    await user.type(
      within(item).getByRole("textbox", { name: "Kommentar till kvitteringen" }),
      "Rättas i nästa version",
    );
    await user.click(within(item).getByRole("button", { name: "Spara kvittering" }));
    expect(actions.setAcknowledgement).toHaveBeenCalledWith(`${signError.key}|cell=Resultaträkning!C19`, {
      comment: "Rättas i nästa version",
      at: "2026-11-25",
      by: "AB",
    });
    expect(actions.changeSettings).toHaveBeenCalledWith({ reviewer: "AB" });
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    const again = await screen.findByRole("listitem", { name: "Årets resultat, Resultaträkning!C19" });
    expect(within(again).getByText("Kvitterad 2026-11-25 av AB: Rättas i nästa version")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Markera i arbetsboken" }));
    expect(actions.markCells).toHaveBeenLastCalledWith([{ sheet: "Noter", cell: "C12", level: "warning" }]);
  });

  it("refuses a kvittering without initials, and fills them in once the workbook knows them", async () => {
    const actions = fakeActions();
    const { user } = await checked(actions);
    const item = await openLine(user, "Årets resultat, Resultaträkning!C19");
    await user.click(within(item).getByRole("button", { name: "Kvittera" }));
    await user.click(within(item).getByRole("button", { name: "Spara kvittering" }));
    expect(within(item).getByText(/Skriv dina initialer/)).toBeInTheDocument();
    expect(actions.setAcknowledgement).not.toHaveBeenCalled();
    await user.type(within(item).getByRole("textbox", { name: "Dina initialer" }), "KL");
    await user.click(within(item).getByRole("button", { name: "Spara kvittering" }));
    const note = await openLine(user, "Summa, Noter!C12");
    await user.click(within(note).getByRole("button", { name: "Kvittera" }));
    expect(within(note).getByRole("textbox", { name: "Dina initialer" })).toHaveValue("KL");
    expect(within(note).getByRole("textbox", { name: "Kommentar till kvitteringen" })).toHaveFocus();
  });

  it("shows kvitteringar saved in an earlier session", async () => {
    const actions = fakeActions(
      {},
      { acks: { [`${signError.key}|cell=Resultaträkning!C19`]: { comment: "Godtas", at: "2026-11-01" } } },
    );
    await checked(actions);
    expect(screen.getByText("Kvitterad 2026-11-01: Godtas")).toBeInTheDocument();
  });

  it("moves a kvittering saved by an earlier version (no cell in its key) to its one finding", async () => {
    const actions = fakeActions({}, { acks: { [signError.key]: { comment: "Godtas", at: "2026-11-01" } } });
    await checked(actions);
    expect(await screen.findByText("Kvitterad 2026-11-01: Godtas")).toBeInTheDocument();
    expect(actions.renameAcknowledgements).toHaveBeenCalledWith({
      [signError.key]: `${signError.key}|cell=Resultaträkning!C19`,
    });
  });

  it("lets an earlier version's kvittering that several cells share hide none of them, and says so", async () => {
    const elsewhere = { ...signError, sheet: "Balansräkning", cell: "C30" };
    const checker = fakeChecker({ ...result, findings: [...result.findings, elsewhere] });
    const actions = fakeActions({}, { acks: { [signError.key]: { comment: "Godtas", at: "2026-11-01" } } });
    await checked(actions, checker);
    expect(screen.queryByText("Kvitterad 2026-11-01: Godtas")).not.toBeInTheDocument();
    expect(
      screen.getByText(
        "1 äldre kvittering gällde flera celler och visas nu som öppna. Kvittera på nytt, cell för cell.",
      ),
    ).toBeInTheDocument();
    expect(actions.renameAcknowledgements).not.toHaveBeenCalled();
  });

  it("shows a co-author's kvittering as soon as they save it", async () => {
    let coauthorSaved: () => void = () => undefined;
    const actions = fakeActions({
      watchDocumentSettings: jest.fn(async (onChange: () => void) => {
        coauthorSaved = onChange;
        return async () => undefined;
      }),
    });
    await checked(actions);
    await actions.setAcknowledgement(`${signError.key}|cell=Resultaträkning!C19`, {
      comment: "Kvitterad av medförfattaren",
      at: "2026-11-24",
    });
    coauthorSaved();
    expect(await screen.findByText("Kvitterad 2026-11-24: Kvitterad av medförfattaren")).toBeInTheDocument();
  });

  it("can be cancelled while it reads a large workbook", async () => {
    let release: () => void = () => undefined;
    const actions = fakeActions({
      readWorkbook: jest.fn(() => new Promise((resolve) => (release = () => resolve({ sheets: [] })))),
    });
    const checker = fakeChecker();
    const user = userEvent.setup();
    render(<App actions={actions} checker={checker} />);
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    expect(screen.getByRole("progressbar")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Avbryt" }));
    release();
    expect(await screen.findByText("Granskningen avbröts.")).toBeInTheDocument();
    expect(checker).not.toHaveBeenCalled();
  });

  it("says so when the engine fails, in Swedish", async () => {
    const user = userEvent.setup();
    render(
      <App actions={fakeActions()} checker={jest.fn(async () => Promise.reject(new Error("trasig fil")))} />,
    );
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    expect(await screen.findByText("Granskningen kunde inte genomföras: trasig fil")).toBeInTheDocument();
  });

  it("keeps the settings per workbook: sheets, unit, automatic check", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} checker={fakeChecker()} />);
    await user.click(screen.getByRole("button", { name: "Inställningar" }));
    await user.click(await screen.findByRole("checkbox", { name: "Noter" }));
    // Only the field the user changed is sent, so a co-author's change to another field stays.
    expect(actions.changeSettings).toHaveBeenLastCalledWith({ sheets: ["Resultaträkning", "Balansräkning"] });
    await user.selectOptions(screen.getByRole("combobox", { name: "Enhet" }), "tkr");
    expect(actions.changeSettings).toHaveBeenLastCalledWith({ unit: "tkr" });
    await user.click(screen.getByRole("checkbox", { name: "Granska automatiskt vid ändring" }));
    expect(actions.changeSettings).toHaveBeenLastCalledWith({ autoCheck: true });
    await waitFor(() => expect(actions.watchChanges).toHaveBeenCalled());
    const checker = fakeChecker();
    expect(checker).not.toHaveBeenCalled();
  });

  it("lets the user uncheck Alla blad and choose sheets one by one", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} checker={fakeChecker()} />);
    await user.click(screen.getByRole("button", { name: "Inställningar" }));
    const all = await screen.findByRole("checkbox", { name: "Alla blad" });
    await waitFor(() => expect(screen.getByRole("checkbox", { name: "Noter" })).toBeChecked());
    await user.click(all);
    expect(all).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Noter" })).not.toBeChecked();
    expect(screen.getByText(/Välj de blad som ska granskas/)).toBeInTheDocument();
    expect(actions.changeSettings).not.toHaveBeenCalled();
    await user.click(screen.getByRole("checkbox", { name: "Noter" }));
    expect(actions.changeSettings).toHaveBeenLastCalledWith({ sheets: ["Noter"] });
    expect(all).toBePartiallyChecked();
    await user.click(all);
    expect(actions.changeSettings).toHaveBeenLastCalledWith({ sheets: [] });
    expect(screen.getByRole("checkbox", { name: "Resultaträkning" })).toBeChecked();
  });

  it("checks again by itself after an edit when automatic check is on", async () => {
    let fire: () => void = () => undefined;
    const actions = fakeActions({
      loadSettings: jest.fn(async () => ({ sheets: [], unit: null, autoCheck: true })),
      watchChanges: jest.fn(async (onChange: (changes: readonly SheetChange[]) => void) => {
        fire = () =>
          onChange([{ sheet: "Resultaträkning", address: "C7", structural: false, at: Date.now() }]);
        return async () => undefined;
      }),
    });
    const checker = fakeChecker();
    const user = userEvent.setup();
    render(<App actions={actions} checker={checker} />);
    await waitFor(() => expect(actions.watchChanges).toHaveBeenCalled());
    await user.click(screen.getByRole("button", { name: "Inställningar" }));
    await waitFor(() =>
      expect(screen.getByRole("checkbox", { name: "Granska automatiskt vid ändring" })).toBeChecked(),
    );
    fire();
    await waitFor(() => expect(checker).toHaveBeenCalledTimes(1));
    expect(actions.watchChanges).toHaveBeenCalledTimes(1);
    expect(checker).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ unit: undefined }),
      expect.any(AbortSignal),
    );
  });

  it("starts a check from the keyboard", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions()} checker={fakeChecker()} />);
    await user.tab();
    expect(screen.getByRole("button", { name: "Granska arbetsboken" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("heading", { name: "Iakttagelser" })).toBeInTheDocument();
  });

  it("says the workbook is clear when there is no error or warning", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions()} checker={fakeChecker({ ...result, findings: [] })} />);
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    expect(await screen.findByText("Inga fel eller varningar hittades.")).toBeInTheDocument();
  });
});

describe("a result has a life", () => {
  function watched() {
    let edit: (changes: readonly SheetChange[]) => void = () => undefined;
    const actions = fakeActions({
      watchChanges: jest.fn(async (onChange: (changes: readonly SheetChange[]) => void) => {
        edit = onChange;
        return async () => undefined;
      }),
    });
    return { actions, edit: (changes: readonly SheetChange[]) => act(() => edit(changes)) };
  }

  it("says the result is out of date after an edit inside a checked statement, until the next check", async () => {
    const { actions, edit } = watched();
    const { user } = await checked(actions);
    await edit([{ sheet: "Anteckningar", address: "B2", structural: false }]);
    expect(screen.queryByText(/Resultatet kan vara inaktuellt/)).not.toBeInTheDocument();
    await edit([{ sheet: "Resultaträkning", address: "C7", structural: false }]);
    expect(screen.getByText(/Resultatet kan vara inaktuellt/)).toBeInTheDocument();
    expect(screen.getByText(/\(inaktuell\)$/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    await waitFor(() => expect(screen.queryByText(/Resultatet kan vara inaktuellt/)).not.toBeInTheDocument());
  });

  it("does not call a result out of date for an edit told only after the check that read it", async () => {
    // The host tells edits after a pause: an edit made just before "Granska" may arrive after the
    // check. Stamped before the check's reading began, it is in the result.
    const { actions, edit } = watched();
    const before = Date.now() - 1_000;
    await checked(actions);
    await edit([{ sheet: "Resultaträkning", address: "C7", structural: false, at: before }]);
    expect(screen.queryByText(/Resultatet kan vara inaktuellt/)).not.toBeInTheDocument();
    await edit([{ sheet: "Resultaträkning", address: "C7", structural: false, at: Date.now() }]);
    expect(screen.getByText(/Resultatet kan vara inaktuellt/)).toBeInTheDocument();
  });

  it("counts rows inserted on a checked sheet, and an edit on a sheet the host cannot name, as out of date", async () => {
    const { actions, edit } = watched();
    await checked(actions);
    await edit([{ sheet: "Noter", address: "4:4", structural: true }]);
    expect(screen.getByText(/Resultatet kan vara inaktuellt/)).toBeInTheDocument();
  });

  it("counts an edit on a sheet the host cannot name as out of date", async () => {
    const { actions, edit } = watched();
    await checked(actions);
    await edit([{ sheet: null, address: "A1", structural: false }]);
    expect(screen.getByText(/Resultatet kan vara inaktuellt/)).toBeInTheDocument();
  });

  it("forgets the findings of a workbook when another workbook takes its place, and marks nothing of them", async () => {
    const user = userEvent.setup();
    const first = fakeActions();
    const { rerender } = render(<App actions={first} checker={fakeChecker()} now={now} />);
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    await screen.findByRole("heading", { name: "Iakttagelser" });
    const second = fakeActions();
    rerender(<App actions={second} checker={fakeChecker()} now={now} />);
    expect(screen.queryByRole("heading", { name: "Iakttagelser" })).not.toBeInTheDocument();
    expect(
      screen.getByText("Arbetsboken är inte granskad än. Tryck på Granska arbetsboken."),
    ).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Markera i arbetsboken" })).not.toBeInTheDocument();
    expect(first.markCells).not.toHaveBeenCalled();
    expect(second.markCells).not.toHaveBeenCalled();
  });

  it("says when there was nothing to take away", async () => {
    const actions = fakeActions({ clearMarks: jest.fn(async () => 0) });
    const { user } = await checked(actions);
    await user.click(screen.getByRole("button", { name: "Ta bort markeringar" }));
    expect(await screen.findByText("Det fanns inga markeringar att ta bort.")).toBeInTheDocument();
  });
});

describe("working through the findings from the keyboard", () => {
  it("puts focus on the first finding after Granska, and Enter there selects its cell: two key presses", async () => {
    const actions = fakeActions();
    const user = userEvent.setup();
    render(<App actions={actions} checker={fakeChecker()} now={now} />);
    await user.tab();
    await user.keyboard("{Enter}");
    await screen.findByRole("heading", { name: "Iakttagelser" });
    await waitFor(() => expect(lineOf("Årets resultat, Resultaträkning!C19")).toHaveFocus());
    await user.keyboard("{Enter}");
    expect(actions.selectCell).toHaveBeenCalledWith(
      { sheet: "Resultaträkning", cell: "C19" },
      expect.any(Array),
    );
    expect(lineOf("Årets resultat, Resultaträkning!C19")).toHaveAttribute("aria-expanded", "true");
  });

  it("makes the list one tab stop, moved with the arrow keys", async () => {
    const { user } = await checked();
    const lines = () => document.querySelectorAll("[data-finding-row]");
    expect([...lines()].filter((l) => l.getAttribute("tabindex") === "0")).toHaveLength(1);
    lineOf("Årets resultat, Resultaträkning!C19").focus();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => expect(lineOf("Summa, Noter!C12")).toHaveFocus());
    expect(lineOf("Summa, Noter!C12")).toHaveAttribute("tabindex", "0");
    expect(lineOf("Årets resultat, Resultaträkning!C19")).toHaveAttribute("tabindex", "-1");
    await user.keyboard("{ArrowUp}");
    await waitFor(() => expect(lineOf("Årets resultat, Resultaträkning!C19")).toHaveFocus());
  });

  it("jumps to the next and previous open finding and selects its cell", async () => {
    const { user, actions } = await checked();
    await user.click(screen.getByRole("button", { name: "Nästa fel" }));
    expect(actions.selectCell).toHaveBeenLastCalledWith({ sheet: "Noter", cell: "C12" }, expect.any(Array));
    expect(lineOf("Summa, Noter!C12")).toHaveAttribute("aria-expanded", "true");
    await user.click(screen.getByRole("button", { name: "Nästa fel" }));
    expect(await screen.findByText(/inga fler öppna fel/)).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Föregående" }));
    expect(actions.selectCell).toHaveBeenLastCalledWith(
      { sheet: "Resultaträkning", cell: "C19" },
      expect.any(Array),
    );
  });

  it("opens the finding of a cell the user selects in the workbook", async () => {
    let select: (ref: CellRef) => void = () => undefined;
    const actions = fakeActions({
      watchSelection: jest.fn(async (onSelect: (ref: CellRef) => void) => {
        select = onSelect;
        return async () => undefined;
      }),
    });
    await checked(actions);
    expect(lineOf("Summa, Noter!C12")).toHaveAttribute("aria-expanded", "false");
    act(() => select({ sheet: "Noter", cell: "C12" }));
    expect(lineOf("Summa, Noter!C12")).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByText(noteWarning.message)).toBeInTheDocument();
  });

  it("closes the kvittering form with Escape and puts focus back on the finding", async () => {
    const { user } = await checked();
    const item = await openLine(user, "Årets resultat, Resultaträkning!C19");
    await user.click(within(item).getByRole("button", { name: "Kvittera" }));
    expect(within(item).getByRole("textbox", { name: "Dina initialer" })).toHaveFocus();
    await user.keyboard("{Escape}");
    expect(within(item).queryByRole("textbox")).not.toBeInTheDocument();
    expect(lineOf("Årets resultat, Resultaträkning!C19")).toHaveFocus();
  });

  it("names a related cell by its row label and value as the check read them", async () => {
    const rows: (string | number | null)[][] = Array.from({ length: 30 }, () => []);
    rows[29] = ["Årets resultat", null, 1920460];
    const actions = fakeActions({
      readWorkbook: jest.fn(async () => ({
        name: "Test.xlsx",
        sheets: [{ name: "Balansräkning", origin: { row: 0, col: 0 }, values: rows }],
      })),
    });
    const { user } = await checked(actions);
    await openLine(user, "Årets resultat, Resultaträkning!C19");
    expect(
      screen.getByRole("button", {
        name: /^Gå till berörd cell Balansräkning!C30 · Årets resultat · 1\s920\s460$/,
      }),
    ).toBeInTheDocument();
  });
});

describe("kvitteringar count", () => {
  it("takes a kvitterad finding out of the open counts, and filters open and kvitterade", async () => {
    const actions = fakeActions(
      {},
      { acks: { [`${signError.key}|cell=Resultaträkning!C19`]: { comment: "Godtas", at: "2026-11-01" } } },
    );
    const { user } = await checked(actions);
    await user.click(screen.getByRole("button", { name: "0 öppna fel, 1 öppen varning, 1 kvitterad" }));
    const table = screen.getByRole("table", { name: "Antal iakttagelser per rapport" });
    const total = within(table).getByRole("row", { name: /Totalt/ });
    expect(
      within(total)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["Totalt", "0", "1", "1", "1"]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "acknowledged");
    expect(screen.getAllByRole("listitem").map((li) => li.getAttribute("aria-label"))).toEqual([
      "Årets resultat, Resultaträkning!C19",
    ]);
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "open");
    expect(
      screen.queryByRole("listitem", { name: "Årets resultat, Resultaträkning!C19" }),
    ).not.toBeInTheDocument();
  });
});

describe("åtgärdade", () => {
  it("counts the errors the last check found and this one does not, and lists them on asking", async () => {
    const checker = fakeChecker();
    const { user } = await checked(fakeActions(), checker);
    checker.mockResolvedValueOnce({ ...result, findings: result.findings.filter((f) => f !== signError) });
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    expect(
      await screen.findByRole("button", { name: "0 öppna fel, 1 öppen varning, 1 åtgärdad" }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole("listitem", { name: "Årets resultat, Resultaträkning!C19" }),
    ).not.toBeInTheDocument();
    await user.selectOptions(screen.getByRole("combobox", { name: "Status" }), "resolved");
    const gone = screen.getByRole("listitem", { name: "Årets resultat, Resultaträkning!C19" });
    expect(within(gone).getByText("Åtgärdad")).toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(1);
  });
});

describe("tickmarks", () => {
  it("ticks the totals whose ties held exactly, beside the marks, when asked", async () => {
    const tie = (total: string, rounded: boolean) => ({
      ruleId: "RR.ARETS_RESULTAT.SUM",
      statement: "RR" as const,
      period: "2024",
      label: "Årets resultat",
      basis: "summan av raderna",
      total,
      cells: [],
      rounded,
    });
    const actions = fakeActions();
    const checker = fakeChecker({
      ...result,
      held: [tie("Resultaträkning!D19", false), tie("'Not 2'!C9", true)],
    });
    const { user } = await checked(actions, checker);
    await user.click(screen.getByRole("checkbox", { name: "Bocka av det som stämmer" }));
    await user.click(screen.getByRole("button", { name: "Markera i arbetsboken" }));
    expect(actions.markCells).toHaveBeenLastCalledWith([
      { sheet: "Noter", cell: "C12", level: "warning" },
      { sheet: "Resultaträkning", cell: "C19", level: "error" },
      { sheet: "Resultaträkning", cell: "D19", level: "held" },
    ]);
    expect(await screen.findByText(/bockar \(grönt\) för det som stämmer\.$/)).toBeInTheDocument();
  });
});

describe("coverage", () => {
  const held = {
    ruleId: "RR.ARETS_RESULTAT.SUM",
    statement: "RR" as const,
    period: "2025",
    label: "Årets resultat",
    basis: "summan av raderna",
    total: "Resultaträkning!C19",
    cells: ["Resultaträkning!C17", "Resultaträkning!C18"],
    rounded: false,
  };

  it("shows a clean workbook's statements and the ties that held, not only that nothing was wrong", async () => {
    const user = userEvent.setup();
    render(<App actions={fakeActions()} checker={fakeChecker({ ...result, findings: [], held: [held] })} />);
    await user.click(screen.getByRole("button", { name: "Granska arbetsboken" }));
    expect(await screen.findByText("Inga fel eller varningar hittades.")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Granskat: 1 rapport, 1 avstämning stämmer" })).toHaveAttribute(
      "aria-expanded",
      "true",
    );
    expect(screen.getByText("Resultaträkning: Resultaträkning!A1:D20 (2025, 2024)")).toBeInTheDocument();
    expect(screen.getByText("Årets resultat: summan av raderna \u2713 2025")).toBeInTheDocument();
  });

  it("folds the coverage away while there are findings to work through", async () => {
    await checked(fakeActions(), fakeChecker({ ...result, held: [held] }));
    expect(screen.getByRole("button", { name: "Granskat: 1 rapport, 1 avstämning stämmer" })).toHaveAttribute(
      "aria-expanded",
      "false",
    );
  });
});
