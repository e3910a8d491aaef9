import { formatAmount } from "../../src/engine/amount/formatAmount";
import { formatNumber } from "../../src/taskpane/model/formatNumber";

describe("amounts in the pane", () => {
  it.each([0, 1, -1, 1920460, -1920460, 10911.25, -0.5, 1234567.891])(
    "shows %p as the engine's formatAmount does",
    (n) => {
      expect(formatNumber(n)).toBe(formatAmount(n));
    },
  );
});
