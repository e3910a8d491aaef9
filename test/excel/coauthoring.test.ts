/**
 * Two people in the same workbook (Excel on the web): each client holds its own copy of the
 * document settings and saves it whole, as Office does. Nobody's kvittering or setting is lost.
 */
import { sharedMemoryDocument } from "../../src/excel/documentSettings";
import { ACKS_KEY, SETTINGS_KEY, createExcelActions } from "../../src/excel/excelActions";
import { createHostDouble } from "../../src/workbench/host/excelDouble";
import { browserDocumentSettings } from "../../src/workbench/host/browserSettings";
import { modelFromRows } from "../../src/workbench/host/fromCells";

const workbook = () => modelFromRows({ RR: [["Årets resultat", -1920460]] });

function twoAuthors() {
  const host = createHostDouble(workbook());
  return {
    host,
    me: createExcelActions(host.run, host.settings),
    coauthor: createExcelActions(host.run, host.coauthor!),
  };
}

describe("settings and kvitteringar under co-authoring", () => {
  it("keeps both kvitteringar when two authors kvittera at once", async () => {
    const { me, coauthor, host } = twoAuthors();
    await me.loadAcknowledgements();
    await coauthor.loadAcknowledgements();
    await coauthor.setAcknowledgement("BR.SUMMA|cell=BR!C20", { comment: "Avrundning", at: "2026-11-24" });
    const mine = await me.setAcknowledgement("RR.ARETS|cell=RR!B1", { comment: "Rättas", at: "2026-11-25" });
    expect(Object.keys(mine).sort()).toEqual(["BR.SUMMA|cell=BR!C20", "RR.ARETS|cell=RR!B1"]);
    expect(await coauthor.loadAcknowledgements()).toEqual(mine);
    expect(host.coauthor!.get(ACKS_KEY)).toEqual(mine);
  });

  it("removes only the kvittering asked for, not one a co-author added since", async () => {
    const { me, coauthor } = twoAuthors();
    await me.setAcknowledgement("a|cell=RR!B1", { comment: "", at: "2026-11-25" });
    await coauthor.setAcknowledgement("b|cell=RR!B2", { comment: "", at: "2026-11-25" });
    expect(Object.keys(await me.setAcknowledgement("a|cell=RR!B1", null))).toEqual(["b|cell=RR!B2"]);
  });

  it("changes only the setting the user changed, keeping the co-author's change to another", async () => {
    const { me, coauthor } = twoAuthors();
    await me.loadSettings();
    await coauthor.changeSettings({ sheets: ["RR"] });
    expect(await me.changeSettings({ unit: "tkr" })).toEqual({
      sheets: ["RR"],
      unit: "tkr",
      autoCheck: false,
    });
    expect(await coauthor.loadSettings()).toEqual({ sheets: ["RR"], unit: "tkr", autoCheck: false });
  });

  it("tells the other author when settings are saved, and stops when asked", async () => {
    const { me, coauthor } = twoAuthors();
    const heard = jest.fn();
    const stop = await me.watchDocumentSettings(heard);
    await coauthor.setAcknowledgement("k|cell=RR!B1", { comment: "", at: "2026-11-25" });
    expect(heard).toHaveBeenCalledTimes(1);
    await me.changeSettings({ unit: "kr" });
    expect(heard).toHaveBeenCalledTimes(1); // one's own save is no news
    await stop();
    await coauthor.changeSettings({ autoCheck: true });
    expect(heard).toHaveBeenCalledTimes(1);
  });

  it("shows what a blind whole-bag save would lose (the double is as unforgiving as Office)", async () => {
    const document = sharedMemoryDocument();
    const a = document.client();
    const b = document.client();
    b.set(SETTINGS_KEY, { sheets: ["RR"], unit: null, autoCheck: false });
    await b.save();
    a.set(ACKS_KEY, { k: { comment: "", at: "2026-11-25" } });
    await a.save();
    expect(document.saved(SETTINGS_KEY)).toBeUndefined();
  });

  it("moves earlier versions' kvitteringar to their new keys without touching a taken key", async () => {
    const { me } = twoAuthors();
    await me.setAcknowledgement("gammal", { comment: "Godtas", at: "2026-11-01" });
    await me.setAcknowledgement("upptagen", { comment: "Äldre", at: "2026-11-01" });
    await me.setAcknowledgement("ny|cell=RR!B2", { comment: "Redan kvitterad", at: "2026-11-20" });
    const all = await me.renameAcknowledgements({ gammal: "ny|cell=RR!B1", upptagen: "ny|cell=RR!B2" });
    expect(all).toEqual({
      "ny|cell=RR!B1": { comment: "Godtas", at: "2026-11-01" },
      "ny|cell=RR!B2": { comment: "Redan kvitterad", at: "2026-11-20" },
      upptagen: { comment: "Äldre", at: "2026-11-01" },
    });
  });
});

describe("the workbench's settings: two tabs on one workbook are two co-authors", () => {
  function memoryStorage(): Storage {
    const map = new Map<string, string>();
    return {
      get length() {
        return map.size;
      },
      clear: () => map.clear(),
      getItem: (k) => map.get(k) ?? null,
      key: (i) => [...map.keys()][i] ?? null,
      removeItem: (k) => void map.delete(k),
      setItem: (k, v) => void map.set(k, v),
    };
  }

  it("re-reads what the other tab saved before writing, and hears the other tab's save", async () => {
    const storage = memoryStorage();
    const window = new EventTarget();
    const tabA = browserDocumentSettings("Värend.xlsx", storage, window);
    const tabB = browserDocumentSettings("Värend.xlsx", storage, window);
    const heard = jest.fn();
    const stop = await tabA.onChanged(heard);
    const b = createExcelActions(createHostDouble(workbook()).run, tabB);
    const a = createExcelActions(createHostDouble(workbook()).run, tabA);
    await b.setAcknowledgement("b|cell=RR!B2", { comment: "", at: "2026-11-25" });
    // The browser raises `storage` in the other tab only; the test plays the browser.
    window.dispatchEvent(Object.assign(new Event("storage"), { key: "finsam-workbench:Värend.xlsx" }));
    expect(heard).toHaveBeenCalledTimes(1);
    const all = await a.setAcknowledgement("a|cell=RR!B1", { comment: "", at: "2026-11-25" });
    expect(Object.keys(all).sort()).toEqual(["a|cell=RR!B1", "b|cell=RR!B2"]);
    await stop();
    window.dispatchEvent(Object.assign(new Event("storage"), { key: "finsam-workbench:Värend.xlsx" }));
    expect(heard).toHaveBeenCalledTimes(1);
  });
});
