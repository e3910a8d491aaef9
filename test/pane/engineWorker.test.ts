import type { EngineRequest, EngineResponse } from "../../src/taskpane/engineProtocol";
import { workerChecker, type WorkerLike } from "../../src/taskpane/engine";
import { result } from "./fakes";

/** A worker that answers what the test tells it to. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent<EngineResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: EngineRequest[] = [];
  terminated = false;
  postMessage(message: EngineRequest): void {
    this.received.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(message: EngineResponse): void {
    this.onmessage?.({ data: message } as MessageEvent<EngineResponse>);
  }
}

const snapshot = { sheets: [{ name: "RR", origin: { row: 0, col: 0 }, values: [[1]] }] };

describe("the engine in a worker", () => {
  it("sends the snapshot and options, reports progress and resolves with the result", async () => {
    const worker = new FakeWorker();
    const progress: number[] = [];
    const pending = workerChecker(() => worker)(snapshot, {
      unit: "tkr",
      onProgress: (f) => progress.push(f),
    });
    expect(worker.received).toEqual([{ snapshot, options: { unit: "tkr" } }]);
    worker.answer({ type: "progress", fraction: 0.5 });
    worker.answer({ type: "result", result });
    await expect(pending).resolves.toBe(result);
    expect(progress).toEqual([0.5]);
    expect(worker.terminated).toBe(true);
  });

  it("ends the worker at once when the user cancels", async () => {
    const worker = new FakeWorker();
    const controller = new AbortController();
    const pending = workerChecker(() => worker)(snapshot, {}, controller.signal);
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(worker.terminated).toBe(true);
  });

  it("passes on the engine's failure", async () => {
    const worker = new FakeWorker();
    const pending = workerChecker(() => worker)(snapshot, {});
    worker.answer({ type: "error", message: "Inget kändes igen." });
    await expect(pending).rejects.toThrow("Inget kändes igen.");
  });
});
