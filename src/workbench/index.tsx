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
import { loadXlsxModel } from "./host/loadXlsx";
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

function show(host: HostDouble, fileName: string): void {
  root.render(
    <Workbench host={host} checker={checker} fileName={fileName} onOpenFile={(f) => void openFile(f)} />,
  );
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

function fail(reason: unknown): void {
  document.body.dataset.ready = "error";
  container.textContent = wb.loadFailed(reason instanceof Error ? reason.message : String(reason));
}

async function open(bytes: ArrayBuffer, fileName: string): Promise<void> {
  document.body.dataset.ready = "false";
  show(createHostDouble(await loadXlsxModel(bytes, fileName), browserDocumentSettings(fileName)), fileName);
}

async function openFile(file: File): Promise<void> {
  await open(await file.arrayBuffer(), file.name).catch(fail);
}

/** Says why no workbook could be opened, in Swedish, and marks the page as failed (for tests). */
function refuse(message: string): void {
  document.body.dataset.ready = "error";
  container.textContent = message;
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
  await open(await response.arrayBuffer(), address.fileName);
}

start().catch(fail);
