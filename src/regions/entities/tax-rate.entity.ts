import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from "typeorm";
import { RegionEntity } from "./region.entity";
import { TaxCategoryEntity } from "./tax-category.entity";

/**
 * The rate of one tax category in a region, for the whole region (`country` ''), one country
 * (`subdivision` '') or one state or province of it. '' rather than NULL so one unique
 * constraint covers every scope.
 */
@Entity("tax_rates")
@Unique("uq_tax_rates_scope", ["regionCode", "categoryCode", "country", "subdivision"])
@Check("ck_tax_rates_rate_bps", "rate_bps BETWEEN 0 AND 10000")
@Check("ck_tax_rates_country", "country = '' OR country ~ '^[A-Z]{2}$'")
@Check(
  "ck_tax_rates_subdivision",
  "subdivision = '' OR (country <> '' AND subdivision ~ '^[A-Z0-9]{1,3}$')",
)
export class TaxRateEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_tax_rates" })
  id!: string;

  @Column({ type: "varchar", length: 40 })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, { onDelete: "CASCADE", onUpdate: "CASCADE", nullable: false })
  @JoinColumn({
    name: "region_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_tax_rates_region",
  })
  region?: RegionEntity;

  @Column({ type: "varchar", length: 2, default: "" })
  country!: string;

  @Column({ type: "varchar", length: 3, default: "" })
  subdivision!: string;

  @Index("ix_tax_rates_category_code")
  @Column({ type: "varchar", length: 40 })
  categoryCode!: string;

  @ManyToOne(() => TaxCategoryEntity, {
    onDelete: "RESTRICT",
    onUpdate: "CASCADE",
    nullable: false,
  })
  @JoinColumn({
    name: "category_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_tax_rates_category",
  })
  category?: TaxCategoryEntity;

  /** Basis points: 1900 is 19 %. */
  @Column({ type: "integer" })
  rateBps!: number;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
