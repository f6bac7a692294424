import { HttpStatus } from "@nestjs/common";
import { DomainError } from "../../common/errors/domain-error";

export interface StockShortage {
  variantId: string;
  requested: number;
  available: number;
}

/** A reservation or adjustment would take stock below zero; nothing was changed. */
export class InsufficientStockError extends DomainError {
  constructor(readonly variants: StockShortage[]) {
    super(
      HttpStatus.CONFLICT,
      "insufficient_stock",
      variants.length === 1
        ? `Not enough stock for variant ${variants[0].variantId}.`
        : `Not enough stock for ${variants.length} variants.`,
      { variants },
    );
  }
}
