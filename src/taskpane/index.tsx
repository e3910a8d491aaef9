/**
 * Task pane entry (taskpane.html, shared runtime). In Excel the pane works on the workbook through
 * src/excel; in a plain browser Office.onReady answers with no host and the pane still renders.
 */
import { createRoot } from "react-dom/client";
import { officeDocumentSettings } from "../excel/documentSettings";
import { createExcelActions, unavailableActions } from "../excel/excelActions";
import { officeExcelRun } from "../excel/excelRun";
import { App } from "./App";
import { defaultChecker } from "./engine";

/** Made while this script runs, so the worker is found beside it. */
const checker = defaultChecker();

function mount(): void {
  const container =
    document.getElementById("root") ?? document.body.appendChild(document.createElement("div"));
  const root = createRoot(container);
  const render = (excel: boolean) =>
    root.render(
      <App
        actions={
          excel
            ? createExcelActions(officeExcelRun, officeDocumentSettings(), undefined, (set, version) =>
                Office.context.requirements.isSetSupported(set, version),
              )
            : unavailableActions()
        }
        checker={checker}
      />,
    );
  if (typeof Office === "undefined") {
    render(false);
    return;
  }
  void Office.onReady().then((info) => render(info.host === Office.HostType.Excel));
}

mount();
