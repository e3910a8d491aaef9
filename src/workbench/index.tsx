/**
 * Workbench entry (workbench.html). Opens `?workbook=URL` (from its own server only:
 * workbookAddress.ts), or the embedded sample, in the host double; a file picker opens any other
 * .xlsx. `window.finsamWorkbench` lets tests and curious users see the double: its sync count,
 * the model, a fingerprint of every cell's format.
 */
import { createRoot } from "react-dom/client";
import { defaultChecker } from "../taskpane/engine";
import { Workbench } from "./Workbench";
import { browserDocumentSettings } from "./host/browserSettings";
import { createHostDouble, type HostDouble } from "./host/excelDouble";
import { BudgetExceeded } from "../engine/workbook/budget";
import { loadXlsxModel } from "./host/loadXlsx";
import { XlsxUnreadable } from "./host/unpackXlsx";
import { formatFingerprint } from "./host/model";
import { wb } from "./strings";
import { workbookAddress } from "./workbookAddress";

export const SAMPLE_URL = "samples/varend-2025.xlsx";

export interface WorkbenchHandle {
  readonly host: HostDouble;
  /** Milliseconds from navigation start to the pane being ready on the workbook. */
  readonly readyAt: number;
  formats(): string;
  sheetNames(): string[];
}

declare global {
  interface Window {
    finsamWorkbench?: WorkbenchHandle;
  }
}

/** Made while this script runs, so the worker is found beside it. */
const checker = defaultChecker();

const container = document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
const root = createRoot(container);

/** The workbook open now (null before the first opens), so a bad file leaves it open. */
let current: { host: HostDouble; fileName: string } | null = null;
/** Each opened workbook gets a fresh pane: nothing of the last one's review carries over. */
let opened = 0;

function render(problem: string | null): void {
  root.render(
    <Workbench
      key={opened}
      host={current?.host ?? null}
      checker={checker}
      fileName={current?.fileName ?? ""}
      problem={problem}
      onOpenFile={(f) => void openFile(f)}
    />,
  );
}

function show(host: HostDouble, fileName: string): void {
  current = { host, fileName };
  opened++;
  render(null);
  requestAnimationFrame(() => {
    window.finsamWorkbench = {
      host,
      readyAt: performance.now(),
      formats: () => formatFingerprint(host.model),
      sheetNames: () => host.model.sheets.map((s) => s.name),
    };
    document.body.dataset.ready = "true";
  });
}

/**
 * Says in the page why a workbook could not be opened, keeping the page, the file picker and the
 * workbook open before (if any). The reader's own refusals are Swedish sentences; anything else
 * (a library's English) becomes ours.
 */
function refuse(message: string): void {
  document.body.dataset.ready = current ? "true" : "error";
  render(message);
}

function failed(fileName: string): (reason: unknown) => void {
  return (reason) =>
    refuse(
      reason instanceof XlsxUnreadable || reason instanceof BudgetExceeded
        ? reason.message
        : wb.notAWorkbook(fileName),
    );
}

async function open(bytes: ArrayBuffer, fileName: string): Promise<void> {
  document.body.dataset.ready = "false";
  show(createHostDouble(await loadXlsxModel(bytes, fileName), browserDocumentSettings(fileName)), fileName);
}

async function openFile(file: File): Promise<void> {
  await file
    .arrayBuffer()
    .then((bytes) => open(bytes, file.name))
    .catch(failed(file.name));
}

async function start(): Promise<void> {
  container.textContent = wb.loading;
  const requested = new URLSearchParams(location.search).get("workbook") ?? SAMPLE_URL;
  const address = workbookAddress(requested, new URL(location.href));
  if (!address.ok) return refuse(address.message);
  let response: Response;
  try {
    response = await fetch(address.url, { credentials: "same-origin" });
  } catch {
    return refuse(wb.workbookUnreachable(requested));
  }
  if (!response.ok)
    return refuse(
      response.status === 404 ? wb.workbookMissing(requested) : wb.workbookUnreachable(requested),
    );
  await open(await response.arrayBuffer(), address.fileName).catch(failed(address.fileName));
}

start().catch(failed(""));
