import { InvalidTransitionError } from "../common/errors/domain-error";
import { assertTransition, canTransition, isTerminal } from "./payment-status";

describe("payment state machine", () => {
  it("lets a processing payment settle either way", () => {
    expect(canTransition("processing", "succeeded")).toBe(true);
    expect(canTransition("processing", "failed")).toBe(true);
    expect(canTransition("requires_action", "succeeded")).toBe(true);
  });

  it("never leaves a final state", () => {
    for (const from of ["succeeded", "failed", "cancelled"] as const) {
      expect(isTerminal(from)).toBe(true);
      expect(() => assertTransition(from, "processing")).toThrow(InvalidTransitionError);
    }
    expect(canTransition("succeeded", "failed")).toBe(false);
  });
});
