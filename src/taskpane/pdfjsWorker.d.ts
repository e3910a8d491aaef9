/**
 * pdf.js ships no types for its worker module. The report worker imports it only for its effect:
 * it sets `globalThis.pdfjsWorker`, which pdf.js then runs in the same thread (reportWorker.ts).
 */
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
