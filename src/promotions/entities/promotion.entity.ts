import { ApiHideProperty } from "@nestjs/swagger";
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import type { PromotionAction, PromotionConditions } from "../promotion-rules";

export const PROMOTION_STATUSES = ["draft", "active", "archived"] as const;
export type PromotionStatus = (typeof PROMOTION_STATUSES)[number];

/**
 * A discount: automatic when it has no code, otherwise applied by its code. `used` counts the
 * redemptions held against `usageLimit` and is only kept while there is a limit, so an
 * unlimited promotion is never a row every checkout must lock.
 */
@Entity("promotions")
@Index("uq_promotions_code", ["code"], { unique: true, where: "code IS NOT NULL" })
@Index("ix_promotions_automatic", ["startsAt"], {
  where: "code IS NULL AND status = 'active'",
})
@Index("ix_promotions_created", ["createdAt", "id"])
@Check("ck_promotions_status", "status IN ('draft', 'active', 'archived')")
@Check("ck_promotions_code", "code ~ '^[A-Z0-9][A-Z0-9_-]*$'")
@Check("ck_promotions_dates", "ends_at IS NULL OR ends_at > starts_at")
@Check("ck_promotions_currency", "currency IS NULL OR currency ~ '^[A-Z]{3}$'")
@Check("ck_promotions_usage_limit", "usage_limit IS NULL OR usage_limit >= 1")
@Check(
  "ck_promotions_usage_limit_per_customer",
  "usage_limit_per_customer IS NULL OR usage_limit_per_customer BETWEEN 1 AND 100",
)
@Check("ck_promotions_used", "used >= 0")
export class PromotionEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_promotions" })
  id!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  /** Stored upper-case; codes are matched case-insensitively. */
  @Column({ type: "varchar", length: 64, nullable: true })
  code!: string | null;

  @Column({ type: "varchar", length: 20 })
  status!: PromotionStatus;

  @Column({ type: "timestamptz" })
  startsAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  endsAt!: Date | null;

  @Column({ type: "integer", nullable: true })
  usageLimit!: number | null;

  @Column({ type: "integer", nullable: true })
  usageLimitPerCustomer!: number | null;

  @Column({ type: "integer", default: 0 })
  used!: number;

  /**
   * ISO 4217: the currency of its amounts (`minSubtotal`, `amountOff`); it applies only to carts
   * in that currency. Null for a promotion without amounts, which applies in any currency.
   */
  @Column({ type: "char", length: 3, nullable: true })
  currency!: string | null;

  @Column({ type: "boolean", default: true })
  combinable!: boolean;

  /** Whether cancelling or fully refunding an order gives its redemption back. */
  @Column({ type: "boolean", default: true })
  releaseOnCancel!: boolean;

  @ApiHideProperty()
  @Column({ type: "jsonb" })
  conditions!: PromotionConditions;

  @ApiHideProperty()
  @Column({ type: "jsonb" })
  action!: PromotionAction;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
