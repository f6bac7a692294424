/** How the sandbox answers a confirmation with one of Stripe's public test payment methods. */
export type SandboxOutcome =
  | { kind: "succeed" }
  | { kind: "decline"; code: "card_declined" | "insufficient_funds" | "expired_card" }
  | { kind: "authenticate" };

export interface SandboxCard {
  brand: string;
  last4: string;
  outcome: SandboxOutcome;
}

/** Only these tokens exist; the sandbox never sees or keeps anything more than brand and last4. */
export const SANDBOX_CARDS: Readonly<Record<string, SandboxCard>> = {
  pm_card_visa: { brand: "visa", last4: "4242", outcome: { kind: "succeed" } },
  pm_card_mastercard: { brand: "mastercard", last4: "4444", outcome: { kind: "succeed" } },
  pm_card_chargeDeclined: {
    brand: "visa",
    last4: "0002",
    outcome: { kind: "decline", code: "card_declined" },
  },
  pm_card_insufficientFunds: {
    brand: "visa",
    last4: "9995",
    outcome: { kind: "decline", code: "insufficient_funds" },
  },
  pm_card_expired: {
    brand: "visa",
    last4: "0069",
    outcome: { kind: "decline", code: "expired_card" },
  },
  pm_card_authenticationRequired: {
    brand: "visa",
    last4: "3184",
    outcome: { kind: "authenticate" },
  },
};

export function sandboxCard(token: string): SandboxCard | undefined {
  return Object.prototype.hasOwnProperty.call(SANDBOX_CARDS, token)
    ? SANDBOX_CARDS[token]
    : undefined;
}
