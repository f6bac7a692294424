import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { RegionEntity } from "../../../regions/entities/region.entity";
import { ShippingMethodEntity } from "./shipping-method.entity";

/**
 * A shipping method's price in a region other than the default one (whose price is the
 * method's own), in that region's currency. No row: the method is not offered there.
 */
@Entity("shipping_method_prices")
@Check("ck_shipping_method_prices_price", "price >= 0")
@Check("ck_shipping_method_prices_free_over", "free_over IS NULL OR free_over >= 0")
export class ShippingMethodPriceEntity {
  @PrimaryColumn({
    type: "varchar",
    length: 40,
    primaryKeyConstraintName: "pk_shipping_method_prices",
  })
  methodCode!: string;

  @Index("ix_shipping_method_prices_region_code")
  @PrimaryColumn({
    type: "varchar",
    length: 40,
    primaryKeyConstraintName: "pk_shipping_method_prices",
  })
  regionCode!: string;

  @Column({ type: "integer" })
  price!: number;

  @Column({ type: "integer", nullable: true })
  freeOver!: number | null;

  @ManyToOne(() => ShippingMethodEntity, {
    onDelete: "CASCADE",
    onUpdate: "CASCADE",
    nullable: false,
  })
  @JoinColumn({
    name: "method_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_shipping_method_prices_method",
  })
  method?: ShippingMethodEntity;

  @ManyToOne(() => RegionEntity, { onDelete: "CASCADE", onUpdate: "CASCADE", nullable: false })
  @JoinColumn({
    name: "region_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_shipping_method_prices_region",
  })
  region?: RegionEntity;
}
