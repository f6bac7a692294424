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
