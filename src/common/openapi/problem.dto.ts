import { ApiProperty, ApiPropertyOptional } from "@nestjs/swagger";

export class FieldErrorDto {
  /** The offending field, dotted for nested fields (`shippingAddress.country`). */
  field!: string;

  /** What is wrong with it. */
  message!: string;
}

export class StockShortageDto {
  variantId!: string;

  /** `insufficient_stock`: the units asked for. */
  requested?: number;

  /** `insufficient_stock`: the units there are. */
  available?: number;

  /** `unpaid_units_limit`: the units the caller already holds in unpaid orders. */
  unpaid?: number;
}

/** `store_credit_remaining`: a balance left on the account. */
export class CreditBalanceProblemDto {
  /** ISO 4217 currency code. */
  currency!: string;

  /** In minor units of `currency`. */
  balance!: number;
}

/** The state of one dependency, as readiness (200) and its 503 problem report it. */
export class HealthCheckStatusDto {
  @ApiProperty({ enum: ["up", "down"] })
  status!: "up" | "down";

  /** How long the check took, in milliseconds (the database check). */
  responseTime?: number;

  /** Why the dependency is down. */
  message?: string;
}

/**
 * RFC 9457 problem details, sent as `application/problem+json`. Besides the standard members
 * and `code`, a problem carries only the extension members listed here, each named with the
 * codes that send it; the schema is closed, so a new extension has to be documented here.
 */
export class ProblemDto {
  /** A URI naming the kind of problem: `urn:storefront:problem:<code>`. */
  type!: string;

  /** A short summary of the status. */
  title!: string;

  /** The HTTP status code. */
  status!: number;

  /** What went wrong, for humans. */
  detail!: string;

  /** The path of the request that failed. */
  instance!: string;

  /** A stable, machine-readable error code (e.g. `insufficient_stock`). */
  code!: string;

  /** The request id, also in the `X-Request-Id` header and in the server log. */
  requestId?: string;

  /** `validation_failed`: each invalid field and why. */
  @ApiPropertyOptional({ type: [FieldErrorDto] })
  errors?: FieldErrorDto[];

  /** `insufficient_stock`, `item_unavailable` and `unpaid_units_limit`: the variants concerned. */
  @ApiPropertyOptional({ type: [StockShortageDto] })
  variants?: StockShortageDto[];

  /** A payment decline (402) and `payment_provider_unavailable`: the payment that was recorded. */
  paymentId?: string;

  /** `payment_attempts_exhausted`: failed payments an order takes. */
  maxFailures?: number;

  /** `invalid_transition` and `authentication_not_required`: the status it is in. */
  currentStatus?: string;

  /** `order_not_payable` and `order_already_paid`: the order's status. */
  orderStatus?: string;

  /** `payment_not_refundable`: the payment's status. */
  paymentStatus?: string;

  /** `unpaid_order_limit`: the caller's unpaid orders. */
  unpaidOrders?: number;

  /**
   * The limit that was reached: `cart_line_limit`, `total_too_large`, `unpaid_order_limit`,
   * `unpaid_units_limit`.
   */
  limit?: number;

  /** Promotion refusals: the promotion concerned. */
  promotionId?: string;

  /** Promotion refusals: its code, null for an automatic promotion. */
  @ApiPropertyOptional({ type: String, nullable: true })
  promotionCode?: string | null;

  /**
   * `promotion_condition_not_met`: the condition the cart does not meet: `currency` (its
   * amounts are in another currency than the cart's), `min_subtotal`, `contains`, `signed_in`,
   * `first_order`, or `no_discount` (it would take nothing off).
   */
  condition?: string;

  /** `return_quantity_exceeded`: the order line concerned. */
  orderItemId?: string;

  /** `return_quantity_exceeded`, `insufficient_store_credit`: the units or minor units asked. */
  requested?: number;

  /** `return_quantity_exceeded`: the units still returnable on the line. */
  returnable?: number;

  /** `insufficient_store_credit`: the balance, in minor units of `currency`. */
  available?: number;

  /** `insufficient_store_credit`: the currency of the balance (ISO 4217). */
  currency?: string;

  /** `return_window_closed`: when the order was delivered. */
  deliveredAt?: Date;

  /** `return_window_closed`: the days after delivery that take returns. */
  returnWindowDays?: number;

  /** A refund the provider refused: the refund recorded as failed. */
  refundId?: string;

  /** A refund the provider refused (`return_refund_failed` too): the provider's code, if any. */
  @ApiPropertyOptional({ type: String, nullable: true })
  failureCode?: string | null;

  /** `variant_not_sold_in_region` and `shipping_method_not_offered`: the cart's region. */
  region?: string;

  /** `region_mismatch`: the cart's region. */
  cartRegion?: string;

  /** `region_mismatch`: the region of the shipping country. */
  countryRegion?: string;

  /** `store_credit_remaining`: the balances left, per currency. */
  @ApiPropertyOptional({ type: [CreditBalanceProblemDto] })
  balances?: CreditBalanceProblemDto[];

  /** 503 from readiness: the state of each dependency. */
  @ApiPropertyOptional({
    type: "object",
    additionalProperties: { $ref: "#/components/schemas/HealthCheckStatusDto" },
    maxProperties: 2,
  })
  checks?: Record<string, HealthCheckStatusDto>;
}

/** A 402: the provider declined the payment, which is recorded as failed. */
export class PaymentDeclinedProblemDto extends ProblemDto {
  declare paymentId: string;
}
// Required here (a decorator cannot sit on a `declare`d field; the plugin skips those).
ApiProperty({ type: String, description: "The failed payment." })(
  PaymentDeclinedProblemDto.prototype,
  "paymentId",
);
