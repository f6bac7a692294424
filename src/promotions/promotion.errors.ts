import { ConflictError, NotFoundError } from "../common/errors/domain-error";
import { registerUniqueConstraint } from "../common/errors/error-mapping";
import type { CartPromotionReason } from "./dto/promotion-response.dto";
import type { ConditionName } from "./promotion-rules";

registerUniqueConstraint(
  "uq_promotions_code",
  "promotion_code_taken",
  "Another promotion already has this code.",
);
// Two checkouts of one customer racing for the last per-customer slot: the loser is told.
registerUniqueConstraint(
  "uq_promotion_redemptions_customer_slot",
  "promotion_limit_reached",
  "You have already used this promotion as often as it allows.",
);

export class PromotionNotFoundError extends NotFoundError {
  constructor() {
    super("Promotion", "promotion_not_found");
  }
}

const CONDITION_TEXT: Record<ConditionName, string> = {
  currency: "its amounts are in another currency than this cart's",
  min_subtotal: "the subtotal is below its minimum",
  contains: "the cart does not hold enough of the items it is for",
  signed_in: "it is for signed-in customers",
  first_order: "it is for a first order only",
  no_discount: "it takes nothing off this cart",
};

function detailOf(reason: CartPromotionReason, name: string, condition?: ConditionName): string {
  switch (reason) {
    case "promotion_inactive":
      return `The promotion "${name}" is not running.`;
    case "promotion_expired":
      return `The promotion "${name}" has ended.`;
    case "promotion_exhausted":
      return `The promotion "${name}" has been used up.`;
    case "promotion_limit_reached":
      return `You have already used the promotion "${name}" as often as it allows.`;
    case "promotion_not_combinable":
      return `The promotion "${name}" does not combine with a better offer on this cart.`;
    case "promotion_condition_not_met":
      return `The promotion "${name}" does not apply: ${CONDITION_TEXT[condition ?? "no_discount"]}.`;
  }
}

/** 409: a promotion cannot be applied or redeemed; `code` says why, precisely. */
export class PromotionRefusedError extends ConflictError {
  constructor(
    reason: CartPromotionReason,
    promotion: { id: string; name: string; code: string | null },
    condition?: ConditionName,
  ) {
    super(reason, detailOf(reason, promotion.name, condition), {
      promotionId: promotion.id,
      promotionCode: promotion.code,
      ...(condition ? { condition } : {}),
    });
  }
}
