import { Injectable } from "@nestjs/common";
import { CartVariantRow, VariantsRepository } from "./variants.repository";

export type CartVariant = CartVariantRow;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Variant facts for other modules (the cart, checkout). */
@Injectable()
export class VariantLookupService {
  constructor(private readonly variants: VariantsRepository) {}

  /**
   * Price, stock and whether each variant can be bought (variant active and product active),
   * in one query. Unknown ids are simply absent from the result.
   */
  findForCart(variantIds: string[]): Promise<CartVariant[]> {
    const ids = [...new Set(variantIds)].filter((id) => UUID.test(id));
    return this.variants.findForCart(ids);
  }
}
