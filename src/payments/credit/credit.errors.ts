import { ConflictError } from "../../common/errors/domain-error";

export class InsufficientStoreCreditError extends ConflictError {
  constructor(requested: number, available: number, currency: string) {
    super(
      "insufficient_store_credit",
      `The store credit (${available} ${currency}) does not cover ${requested} ${currency}.`,
      { requested, available, currency },
    );
  }
}

/** The customer asked to erase their account while store credit remains: they would lose it. */
export class StoreCreditRemainingError extends ConflictError {
  constructor(balances: { currency: string; balance: number }[]) {
    super(
      "store_credit_remaining",
      "Store credit remains on the account; spend it (or ask the shop) before erasing the account.",
      { balances },
    );
  }
}
