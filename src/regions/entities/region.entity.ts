import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryColumn,
  UpdateDateColumn,
} from "typeorm";
import { RegionCountryEntity } from "./region-country.entity";

/** Where the store sells: one currency, prices shown with or without tax, a set of countries. */
@Entity("regions")
@Index("uq_regions_default", ["isDefault"], { unique: true, where: "is_default" })
@Check("ck_regions_code", "code ~ '^[a-z0-9][a-z0-9_-]*$'")
@Check("ck_regions_currency", "currency ~ '^[A-Z]{3}$'")
export class RegionEntity {
  @PrimaryColumn({ type: "varchar", length: 40, primaryKeyConstraintName: "pk_regions" })
  code!: string;

  @Column({ type: "varchar", length: 100 })
  name!: string;

  @Column({ type: "char", length: 3 })
  currency!: string;

  /** Shelf prices include tax (which checkout extracts) rather than having it added. */
  @Column({ type: "boolean", default: false })
  taxInclusive!: boolean;

  @Column({ type: "boolean", default: false })
  isDefault!: boolean;

  @OneToMany(() => RegionCountryEntity, (country) => country.region)
  countries?: RegionCountryEntity[];

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
