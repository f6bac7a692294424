import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import { ProductVariant } from "./product-variant.entity";

export const STOCK_MOVEMENT_REASONS = [
  "restock",
  "adjustment",
  "sale",
  "cancellation",
  "return",
] as const;
export type StockMovementReason = (typeof STOCK_MOVEMENT_REASONS)[number];

/** One row per change of a variant's stock: the ledger sums to the stock. */
@Entity("stock_movements")
@Check(
  "CHK_stock_movements_reason",
  `"reason" IN ('restock', 'adjustment', 'sale', 'cancellation', 'return')`,
)
@Check("CHK_stock_movements_delta", `"delta" <> 0`)
@Index("IDX_stock_movements_variant_created", ["variantId", "createdAt", "id"])
export class StockMovement {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_stock_movements" })
  id!: string;

  @Column({ type: "uuid" })
  variantId!: string;

  @ManyToOne(() => ProductVariant, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "variant_id", foreignKeyConstraintName: "FK_stock_movements_variant" })
  variant?: ProductVariant;

  @Column({ type: "integer" })
  delta!: number;

  @Column({ type: "varchar", length: 16 })
  reason!: StockMovementReason;

  @Column({ type: "varchar", length: 200, nullable: true })
  reference!: string | null;

  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
