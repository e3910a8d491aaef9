/** jsdom has no ResizeObserver; Fluent's MessageBar asks for one. A silent stand-in. */
class SilentResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  Object.defineProperty(window, "ResizeObserver", { value: SilentResizeObserver, writable: true });
}
