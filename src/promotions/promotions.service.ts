import { Injectable } from "@nestjs/common";
import { ValidationFailedError } from "../common/errors/domain-error";
import { computeRegionalTotals, type ShippingRate, type TaxContext } from "../common/money/money";
import type { TaxedTotals } from "../common/money/tax";
import { decodeCursor, encodeCursor } from "../common/pagination/cursor";
import { Page, toPage } from "../common/pagination/page";
import { TransactionHost } from "../database/transaction-host";
import { RegionsService } from "../regions/regions.service";
import type {
  CreatePromotionDto,
  PromotionActionDto,
  PromotionConditionsDto,
  PromotionListQueryDto,
  PromotionTargetDto,
  UpdatePromotionDto,
} from "./dto/promotion.dto";
import { TARGETED_ACTIONS } from "./dto/promotion.dto";
import type {
  CartPromotionDto,
  CartPromotionReason,
  OrderPromotionDto,
  PromotionDto,
  PromotionRedemptionDto,
} from "./dto/promotion-response.dto";
import type { PromotionEntity } from "./entities/promotion.entity";
import type { PromotionRedemptionEntity } from "./entities/promotion-redemption.entity";
import { PromotionNotFoundError, PromotionRefusedError } from "./promotion.errors";
import {
  applyPromotions,
  type AppliedPromotion,
  type ConditionName,
  type ProductTarget,
  type PromotionAction,
  type PromotionConditions,
  type RuleLine,
} from "./promotion-rules";
import {
  CandidatePromotion,
  CustomerRedemptionFacts,
  NewRedemption,
  PromotionsRepository,
  RedeemResult,
} from "./promotions.repository";

/** A cart line as promotions see it. */
export type PromotionCartLine = RuleLine;

export interface CartPricingInput {
  /** The customer: whose cart's codes, whose limits and first order. */
  userId: string;
  /** The cart's region's currency: a promotion with amounts in another applies not. */
  currency: string;
  lines: readonly PromotionCartLine[];
  shippingRate: ShippingRate | null;
  /** The cart's region's tax: per line (in the order of `lines`) and on shipping. */
  tax: TaxContext;
  /**
   * The promotions that may apply, read with the cart (the cart's and checkout's reads carry
   * promotions.sql.ts candidatePromotionsJson, so pricing adds no statement of its own).
   */
  candidates: CandidatePromotion[];
}

/** A cart priced with its promotions: what the cart shows and what checkout redeems. */
export interface CartPricing {
  /** With each line's tax and the tax per rate (`taxLines`). */
  totals: TaxedTotals;
  /** Per line, in the order of the lines given. */
  lineDiscounts: number[];
  /** Applied promotions, then entered codes that do not apply (with the reason). */
  promotions: CartPromotionDto[];
  /** The order's snapshot of the applied promotions. */
  snapshot: OrderPromotionDto[];
  /** Internal: what checkout records. */
  applied: AppliedPromotion<CandidatePromotion>[];
  /** Internal: entered codes checkout must refuse (a better offer winning is not refused). */
  refused: {
    promotion: CandidatePromotion;
    reason: CartPromotionReason;
    condition?: ConditionName;
  }[];
  /** Internal: whether the cart holds any entered code (checkout clears them). */
  hasCodes: boolean;
}

const NO_FACTS: CustomerRedemptionFacts = { orders: 0, redemptions: new Map() };

function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

function toTarget(dto: PromotionTargetDto | null | undefined): ProductTarget {
  return {
    productIds: [...new Set(dto?.productIds ?? [])],
    variantIds: [...new Set(dto?.variantIds ?? [])],
    categoryIds: [...new Set(dto?.categoryIds ?? [])],
  };
}

function toConditions(dto: PromotionConditionsDto | undefined): PromotionConditions {
  return {
    minSubtotal: dto?.minSubtotal ?? null,
    contains: dto?.contains
      ? { ...toTarget(dto.contains), minQuantity: dto.contains.minQuantity ?? 1 }
      : null,
    signedIn: dto?.signedIn ?? false,
    firstOrder: dto?.firstOrder ?? false,
  };
}

/** Keeps only the fields the action type uses (the DTO has checked those are present). */
function toAction(dto: PromotionActionDto): PromotionAction {
  const percent = dto.type === "percentage_off_order" || dto.type === "percentage_off_items";
  const fixed = dto.type === "fixed_off_order" || dto.type === "fixed_off_unit";
  const bxgy = dto.type === "buy_x_get_y";
  return {
    type: dto.type,
    percentOff: percent ? (dto.percentOff ?? null) : null,
    amountOff: fixed ? (dto.amountOff ?? null) : null,
    target: TARGETED_ACTIONS.includes(dto.type) ? toTarget(dto.target) : null,
    buyQuantity: bxgy ? (dto.buyQuantity ?? null) : null,
    getQuantity: bxgy ? (dto.getQuantity ?? null) : null,
  };
}

export function toPromotionDto(p: PromotionEntity): PromotionDto {
  return {
    id: p.id,
    name: p.name,
    code: p.code,
    status: p.status,
    startsAt: p.startsAt.toISOString(),
    endsAt: p.endsAt ? p.endsAt.toISOString() : null,
    usageLimit: p.usageLimit,
    usageLimitPerCustomer: p.usageLimitPerCustomer,
    used: p.usageLimit === null ? null : p.used,
    currency: p.currency,
    combinable: p.combinable,
    releaseOnCancel: p.releaseOnCancel,
    conditions: p.conditions,
    action: p.action,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
  };
}

function toRedemptionDto(r: PromotionRedemptionEntity): PromotionRedemptionDto {
  return {
    id: r.id,
    promotionId: r.promotionId,
    orderId: r.orderId,
    userId: r.userId,
    discount: r.discount,
    shippingDiscount: r.shippingDiscount,
    releasedAt: r.releasedAt ? r.releasedAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  };
}

/** Why a promotion is not available right now, before looking at the cart; null if it is. */
function availability(
  p: PromotionEntity,
  now: Date,
  facts: CustomerRedemptionFacts,
): CartPromotionReason | null {
  if (p.status !== "active" || p.startsAt > now) return "promotion_inactive";
  if (p.endsAt !== null && p.endsAt <= now) return "promotion_expired";
  if (p.usageLimit !== null && p.used >= p.usageLimit) return "promotion_exhausted";
  if (
    p.usageLimitPerCustomer !== null &&
    (facts.redemptions.get(p.id) ?? 0) >= p.usageLimitPerCustomer
  ) {
    return "promotion_limit_reached";
  }
  return null;
}

/**
 * Promotions: the admin's catalogue of them, the codes on carts, pricing a cart with them, and
 * redeeming and releasing them with orders. The cart and checkout come in through
 * `priceCart`, `redeem` and `releaseForOrder`; the rules themselves are in promotion-rules.ts.
 */
@Injectable()
export class PromotionsService {
  constructor(
    private readonly tx: TransactionHost,
    private readonly promotions: PromotionsRepository,
    private readonly regions: RegionsService,
  ) {}

  /**
   * Prices a cart with its candidate promotions (automatic ones running now, and the cart's
   * codes); one query only when one of them has a per-customer limit or a first-order condition.
   */
  async priceCart(input: CartPricingInput): Promise<CartPricing> {
    const { candidates } = input;
    const needsFacts = candidates.filter(
      (c) => c.usageLimitPerCustomer !== null || c.conditions.firstOrder,
    );
    const facts =
      needsFacts.length > 0
        ? await this.promotions.findCustomerFacts(
            input.userId,
            needsFacts.filter((c) => c.usageLimitPerCustomer !== null).map((c) => c.id),
          )
        : NO_FACTS;

    const now = new Date();
    const refused: CartPricing["refused"] = [];
    const available: CandidatePromotion[] = [];
    for (const candidate of candidates) {
      const reason = availability(candidate, now, facts);
      if (reason) refused.push({ promotion: candidate, reason });
      else available.push(candidate);
    }
    // Carts belong to signed-in customers.
    const outcome = applyPromotions(available, input.lines, input.shippingRate, {
      currency: input.currency,
      signedIn: true,
      firstOrder: facts.orders === 0,
    });
    const notApplied = [
      ...refused,
      ...outcome.skipped.map((s) => ({
        promotion: s.promotion,
        reason: s.reason as CartPromotionReason,
        condition: s.condition,
      })),
    ].filter((r) => r.promotion.appliedToCart);

    return {
      totals: computeRegionalTotals(input.lines, input.shippingRate, input.tax, {
        lines: outcome.lineDiscounts,
        shipping: outcome.shippingDiscount,
      }),
      lineDiscounts: outcome.lineDiscounts,
      promotions: [
        ...outcome.applied.map((a): CartPromotionDto => ({
          promotionId: a.promotion.id,
          name: a.promotion.name,
          code: a.promotion.code,
          applied: true,
          discount: a.discount,
          shippingDiscount: a.shippingDiscount,
          reason: null,
        })),
        ...notApplied.map((r): CartPromotionDto => ({
          promotionId: r.promotion.id,
          name: r.promotion.name,
          code: r.promotion.code,
          applied: false,
          discount: 0,
          shippingDiscount: 0,
          reason: r.reason,
        })),
      ],
      snapshot: outcome.applied.map((a) => ({
        promotionId: a.promotion.id,
        code: a.promotion.code,
        name: a.promotion.name,
        discount: a.discount,
        shippingDiscount: a.shippingDiscount,
      })),
      applied: outcome.applied,
      refused: notApplied.filter((r) => r.reason !== "promotion_not_combinable"),
      hasCodes: candidates.some((c) => c.appliedToCart),
    };
  }

  /**
   * Puts a code on the cart (in the caller's transaction, the cart locked). 404 for an unknown
   * code or one not running (draft, archived, not started yet); 409 for an ended or used-up one.
   * Whether it applies to the cart is checked on the priced cart (`assertCodeApplies`).
   */
  async addCode(cartId: string, code: string): Promise<string> {
    const promotion = await this.promotions.findByCode(normalizeCode(code));
    const now = new Date();
    if (!promotion || promotion.status !== "active" || promotion.startsAt > now) {
      throw new PromotionNotFoundError();
    }
    await this.promotions.addToCart(cartId, promotion.id);
    return promotion.id;
  }

  /** Refuses (409, the precise reason) when the entered code does not apply to the priced cart. */
  assertCodeApplies(pricing: CartPricing, promotionId: string): void {
    const refusal = pricing.refused.find((r) => r.promotion.id === promotionId);
    if (refusal)
      throw new PromotionRefusedError(refusal.reason, refusal.promotion, refusal.condition);
  }

  /** Takes a code off the cart; 404 when the cart does not hold it. */
  async removeCode(cartId: string, code: string): Promise<void> {
    const promotion = await this.promotions.findByCode(normalizeCode(code));
    if (!promotion || !(await this.promotions.removeFromCart(cartId, promotion.id))) {
      throw new PromotionNotFoundError();
    }
  }

  /** Checkout refuses (409) while an entered code does not apply: the customer is told first. */
  assertCheckoutable(pricing: CartPricing): void {
    const [refusal] = pricing.refused;
    if (refusal)
      throw new PromotionRefusedError(refusal.reason, refusal.promotion, refusal.condition);
  }

  /**
   * The redemptions checkout records with the order (in its write statement: see
   * promotions.sql.ts), one per applied promotion.
   */
  redemptionsOf(pricing: CartPricing): NewRedemption[] {
    return pricing.applied.map((a) => ({
      promotionId: a.promotion.id,
      discount: a.discount,
      shippingDiscount: a.shippingDiscount,
      limited: a.promotion.usageLimit !== null,
      perCustomer: a.promotion.usageLimitPerCustomer,
    }));
  }

  /**
   * 409 `promotion_exhausted` / `promotion_limit_reached` when a concurrent checkout took the
   * last use; the caller's transaction then rolls back the whole order.
   */
  assertRedeemed(pricing: CartPricing, result: RedeemResult): void {
    const byId = (id: string) => pricing.applied.find((a) => a.promotion.id === id)?.promotion;
    const exhausted = result.exhausted.map(byId).find((p) => p !== undefined);
    if (exhausted) throw new PromotionRefusedError("promotion_exhausted", exhausted);
    const limited = result.limitReached.map(byId).find((p) => p !== undefined);
    if (limited) throw new PromotionRefusedError("promotion_limit_reached", limited);
  }

  /** Gives back an order's redemptions (cancellation, full refund), in the caller's transaction. */
  releaseForOrder(orderId: string): Promise<number> {
    return this.promotions.releaseForOrder(orderId);
  }

  async create(dto: CreatePromotionDto): Promise<PromotionDto> {
    const startsAt = dto.startsAt ? new Date(dto.startsAt) : new Date();
    const endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
    this.assertDates(startsAt, endsAt);
    const conditions = toConditions(dto.conditions);
    const action = toAction(dto.action);
    const created = await this.promotions.insert({
      name: dto.name,
      code: dto.code ? normalizeCode(dto.code) : null,
      status: dto.status ?? "draft",
      startsAt,
      endsAt,
      usageLimit: dto.usageLimit ?? null,
      usageLimitPerCustomer: dto.usageLimitPerCustomer ?? null,
      used: 0,
      combinable: dto.combinable ?? true,
      releaseOnCancel: dto.releaseOnCancel ?? true,
      currency: await this.currencyFor(dto.currency ?? null, conditions, action),
      conditions,
      action,
    });
    return toPromotionDto(created);
  }

  /** Changes a promotion; null clears `code`, `endsAt` and the limits. */
  async update(id: string, dto: UpdatePromotionDto): Promise<PromotionDto> {
    return this.tx.run(async () => {
      const p = await this.lockEntity(id);
      if (dto.name) p.name = dto.name;
      if (dto.code !== undefined) p.code = dto.code ? normalizeCode(dto.code) : null;
      if (dto.status) p.status = dto.status;
      if (dto.startsAt) p.startsAt = new Date(dto.startsAt);
      if (dto.endsAt !== undefined) p.endsAt = dto.endsAt ? new Date(dto.endsAt) : null;
      if (dto.usageLimit !== undefined) {
        const usageLimit = dto.usageLimit ?? null;
        // The counter is only kept while there is a limit: starting one counts what is live.
        if (p.usageLimit === null && usageLimit !== null) {
          p.used = await this.promotions.countLiveRedemptions(p.id);
        } else if (usageLimit === null) {
          p.used = 0;
        }
        p.usageLimit = usageLimit;
      }
      if (dto.usageLimitPerCustomer !== undefined) {
        p.usageLimitPerCustomer = dto.usageLimitPerCustomer ?? null;
      }
      if (typeof dto.combinable === "boolean") p.combinable = dto.combinable;
      if (typeof dto.releaseOnCancel === "boolean") p.releaseOnCancel = dto.releaseOnCancel;
      if (dto.conditions) p.conditions = toConditions(dto.conditions);
      if (dto.action) p.action = toAction(dto.action);
      if (dto.currency !== undefined || dto.conditions || dto.action) {
        const asked = dto.currency !== undefined ? dto.currency : p.currency;
        p.currency = await this.currencyFor(asked, p.conditions, p.action);
      }
      this.assertDates(p.startsAt, p.endsAt);
      return toPromotionDto(await this.promotions.save(p));
    });
  }

  /**
   * The currency a promotion's amounts are in: the one asked for, else, when it has amounts,
   * the default region's (an amount without a currency would mean 5 euros in one cart and 500
   * yen in another).
   */
  private async currencyFor(
    asked: string | null,
    conditions: PromotionConditions,
    action: PromotionAction,
  ): Promise<string | null> {
    if (asked !== null) return asked;
    const hasAmounts = conditions.minSubtotal !== null || action.amountOff !== null;
    return hasAmounts ? this.regions.defaultCurrency() : null;
  }

  /** Archives a promotion: it stops applying, carts holding its code are told at checkout. */
  async archive(id: string): Promise<PromotionDto> {
    return this.update(id, { status: "archived" });
  }

  async get(id: string): Promise<PromotionDto> {
    const p = await this.promotions.findById(id);
    if (!p) throw new PromotionNotFoundError();
    return toPromotionDto(p);
  }

  /** Newest first. */
  async list(query: PromotionListQueryDto): Promise<Page<PromotionDto>> {
    const scope = "promotions";
    const before = this.cursorId(scope, query.cursor);
    const rows = await this.promotions.list(query.limit, before);
    return toPage(rows, query.limit, toPromotionDto, (p) => encodeCursor(scope, [p.id]));
  }

  /** A promotion's redemptions, newest first (released ones included, with `releasedAt`). */
  async listRedemptions(
    id: string,
    query: PromotionListQueryDto,
  ): Promise<Page<PromotionRedemptionDto>> {
    await this.get(id);
    const scope = `promotion-redemptions:${id}`;
    const before = this.cursorId(scope, query.cursor);
    const rows = await this.promotions.listRedemptions(id, query.limit, before);
    return toPage(rows, query.limit, toRedemptionDto, (r) => encodeCursor(scope, [r.id]));
  }

  private cursorId(scope: string, cursor: string | undefined): string | undefined {
    return cursor ? decodeCursor(scope, cursor, ["uuid"])[0] : undefined;
  }

  private async lockEntity(id: string): Promise<PromotionEntity> {
    const p = await this.promotions.findByIdForUpdate(id);
    if (!p) throw new PromotionNotFoundError();
    return p;
  }

  private assertDates(startsAt: Date, endsAt: Date | null): void {
    if (endsAt !== null && endsAt <= startsAt) {
      throw new ValidationFailedError(
        [{ field: "endsAt", message: "endsAt must be after startsAt" }],
        "A promotion must end after it starts.",
      );
    }
  }
}
