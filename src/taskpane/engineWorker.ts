/**
 * The checking engine in a Web Worker (webpack entry `engine-worker`): a check of a huge workbook
 * never freezes the pane, and Avbryt ends it at once (the worker is terminated).
 */
import { checkWorkbook } from "../engine/check/checkWorkbook";
import type { EngineRequest, EngineResponse } from "./engineProtocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineResponse): void;
};

scope.onmessage = (event) => {
  const { snapshot, options } = event.data;
  try {
    const result = checkWorkbook(snapshot, {
      ...options,
      onProgress: (fraction) => scope.postMessage({ type: "progress", fraction }),
    });
    scope.postMessage({ type: "result", result });
  } catch (error) {
    scope.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
};
