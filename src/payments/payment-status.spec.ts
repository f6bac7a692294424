import { InvalidTransitionError } from "../common/errors/domain-error";
import { assertTransition, canTransition, isTerminal } from "./payment-status";

describe("payment state machine", () => {
  it("lets a processing payment settle either way", () => {
    expect(canTransition("processing", "succeeded")).toBe(true);
    expect(canTransition("processing", "failed")).toBe(true);
    expect(canTransition("requires_action", "succeeded")).toBe(true);
  });

  it("never leaves succeeded", () => {
    expect(isTerminal("succeeded")).toBe(true);
    for (const to of ["processing", "requires_action", "failed", "cancelled"] as const) {
      expect(() => assertTransition("succeeded", to)).toThrow(InvalidTransitionError);
    }
  });

  it("lets a failed or cancelled payment become succeeded (a late charge), and nothing else", () => {
    for (const from of ["failed", "cancelled"] as const) {
      expect(canTransition(from, "succeeded")).toBe(true);
      for (const to of ["processing", "requires_action", "failed", "cancelled"] as const) {
        expect(() => assertTransition(from, to)).toThrow(InvalidTransitionError);
      }
    }
  });
});
