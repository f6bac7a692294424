import { HttpStatus } from "@nestjs/common";
import { DomainError } from "../../common/errors/domain-error";
import { MAX_TOTAL_MINOR_UNITS } from "../../common/money/money";
import { MAX_CART_LINES } from "./dto/cart.dto";

export class CartLineLimitError extends DomainError {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      "cart_line_limit",
      `A cart holds at most ${MAX_CART_LINES} lines; remove one or check out first.`,
      { limit: MAX_CART_LINES },
    );
  }
}

export class TotalTooLargeError extends DomainError {
  constructor() {
    super(
      HttpStatus.CONFLICT,
      "total_too_large",
      `A cart or order total may be at most ${MAX_TOTAL_MINOR_UNITS} minor units; split the purchase.`,
      { limit: MAX_TOTAL_MINOR_UNITS },
    );
  }
}

/** The variant has no price in the currency of the cart's region. */
export class VariantNotSoldInRegionError extends DomainError {
  constructor(variantIds: string[], region: string, currency: string) {
    super(
      HttpStatus.CONFLICT,
      "variant_not_sold_in_region",
      `Not sold in region ${region}: no price in ${currency}. Remove it or choose another region.`,
      { region, currency, variants: variantIds.map((variantId) => ({ variantId })) },
    );
  }
}

export class ShippingMethodNotOfferedError extends DomainError {
  constructor(code: string, region: string) {
    super(
      HttpStatus.CONFLICT,
      "shipping_method_not_offered",
      `The shipping method ${code} is not offered in region ${region}.`,
      { code, region },
    );
  }
}
