import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  type Relation,
} from "typeorm";
import { RegionEntity } from "./region.entity";

/** A country of a region; the country is the key, so it belongs to at most one region. */
@Entity("region_countries")
@Check("ck_region_countries_country", "country ~ '^[A-Z]{2}$'")
export class RegionCountryEntity {
  @PrimaryColumn({ type: "char", length: 2, primaryKeyConstraintName: "pk_region_countries" })
  country!: string;

  @Index("ix_region_countries_region_code")
  @Column({ type: "varchar", length: 40 })
  regionCode!: string;

  @ManyToOne(() => RegionEntity, (region) => region.countries, {
    onDelete: "CASCADE",
    onUpdate: "CASCADE",
    nullable: false,
  })
  @JoinColumn({
    name: "region_code",
    referencedColumnName: "code",
    foreignKeyConstraintName: "fk_region_countries_region",
  })
  // Relation<>: no design-type reference, so the two entity files may load in either order.
  region?: Relation<RegionEntity>;
}
