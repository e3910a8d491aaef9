/**
 * @jest-environment jsdom
 */
/**
 * "Läs in rapport (PDF/Word)" in the pane, with a reader and a host of the tests' own: the pages
 * read are shown, Avbryt and every refusal leave the workbook untouched, and the user's answer is
 * asked (and kept to) before anything is written.
 */
import "@testing-library/jest-dom";
import "./resizeObserver";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { pane } from "../../src/i18n/sv/pane";
import type { ReportReading } from "../../src/report/reading";
import { App } from "../../src/taskpane/App";
import type { ReportReader } from "../../src/taskpane/reportReader";
import { ReportRefused } from "../../src/taskpane/reportReader";
import { fakeActions, fakeChecker } from "./fakes";

jest.setTimeout(30_000);

const reading: ReportReading = {
  snapshot: {
    name: "rapport.pdf",
    sheets: [
      {
        name: "Rapport",
        origin: { row: 0, col: 0 },
        values: [
          ["Resultaträkning", null, null],
          ["Årets resultat", 5, 4],
        ],
      },
    ],
  },
  rowPages: new Map([["Rapport", [4, 4]]]),
};

function choose(name = "rapport.pdf"): void {
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [new File(["%PDF-"], name, { type: "application/pdf" })] } });
}

function setUp(reader: ReportReader, overrides: Parameters<typeof fakeActions>[0] = {}) {
  const writeReportSheets = jest.fn(async () => ["Rapport"]);
  const actions = fakeActions({ writeReportSheets, ...overrides });
  const checker = fakeChecker();
  render(<App actions={actions} checker={checker} readReport={reader} />);
  return {
    actions,
    checker,
    writeReportSheets: (overrides.writeReportSheets ?? writeReportSheets) as jest.Mock,
  };
}

describe("Läs in rapport (PDF/Word)", () => {
  it("shows the pages read, and Avbryt ends the reading with nothing written", async () => {
    let aborted = false;
    const reader: ReportReader = (_file, onProgress, signal) =>
      new Promise((_resolve, reject) => {
        onProgress(2, 8);
        signal?.addEventListener("abort", () => {
          aborted = true;
          reject(new DOMException("avbruten", "AbortError"));
        });
      });
    const { writeReportSheets } = setUp(reader);
    choose();
    expect(await screen.findByText("Sida 2 av 8 läst")).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole("button", { name: pane.cancelButton }));
    expect(await screen.findByText(pane.reportCancelled)).toBeInTheDocument();
    expect(aborted).toBe(true);
    expect(writeReportSheets).not.toHaveBeenCalled();
  });

  it("says the reader's refusal in its own words and that nothing was written", async () => {
    const message = "rapport.pdf är en lösenordsskyddad PDF-fil.";
    const { writeReportSheets } = setUp(async () => Promise.reject(new ReportRefused(message)));
    choose();
    expect(await screen.findByText(`${message} ${pane.reportNothingWritten}`)).toBeInTheDocument();
    expect(writeReportSheets).not.toHaveBeenCalled();
  });

  it("asks first, with focus on the question, and writes and checks only on Lägg till och granska", async () => {
    const { writeReportSheets, checker } = setUp(async () => reading);
    choose();
    const question = await screen.findByRole("group", { name: pane.reportConfirmHeading });
    await waitFor(() => expect(question).toHaveFocus());
    expect(question).toHaveTextContent("Bladet ”Rapport” läggs till med 2 rader från 1 sida");
    expect(writeReportSheets).not.toHaveBeenCalled();
    const checksBefore = checker.mock.calls.length;
    await userEvent.setup().click(screen.getByRole("button", { name: pane.reportConfirm }));
    await waitFor(() => expect(writeReportSheets).toHaveBeenCalledTimes(1));
    expect(writeReportSheets.mock.calls[0][0]).toEqual([
      expect.objectContaining({ name: "Rapport", pages: [4, 4] }),
    ]);
    expect(await screen.findByText(pane.reportAdded(["Rapport"]))).toBeInTheDocument();
    // Then the workbook is checked as usual.
    await waitFor(() => expect(checker.mock.calls.length).toBeGreaterThan(checksBefore));
  });

  it("tells a write Excel refused, and checks nothing", async () => {
    const failing = jest.fn(async () => Promise.reject(new Error("Arbetsboken är låst.")));
    const { checker } = setUp(async () => reading, { writeReportSheets: failing });
    choose();
    await screen.findByRole("group", { name: pane.reportConfirmHeading });
    const checksBefore = checker.mock.calls.length;
    await userEvent.setup().click(screen.getByRole("button", { name: pane.reportConfirm }));
    expect(await screen.findByText(pane.reportWriteFailed("Arbetsboken är låst."))).toBeInTheDocument();
    expect(checker.mock.calls.length).toBe(checksBefore);
  });

  it("says so when the settings limit the check to other sheets, and leaves the settings as they are", async () => {
    const chosen = { sheets: ["Resultaträkning"], unit: null, autoCheck: false };
    const { actions } = setUp(async () => reading, { loadSettings: jest.fn(async () => chosen) });
    await waitFor(() => expect(actions.loadSettings).toHaveBeenCalled());
    choose();
    await screen.findByRole("group", { name: pane.reportConfirmHeading });
    await userEvent.setup().click(screen.getByRole("button", { name: pane.reportConfirm }));
    expect(
      await screen.findByText(`${pane.reportAdded(["Rapport"])} ${pane.reportNotChosen(["Rapport"])}`),
    ).toBeInTheDocument();
    expect(actions.changeSettings).not.toHaveBeenCalled();
  });

  it("is not offered where the host cannot add sheets", () => {
    render(<App actions={fakeActions()} checker={fakeChecker()} readReport={async () => reading} />);
    expect(screen.queryByRole("button", { name: pane.reportButton })).not.toBeInTheDocument();
  });
});
