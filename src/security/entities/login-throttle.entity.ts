import { Check, Column, Entity, PrimaryColumn } from "typeorm";

/** Failed-login counter for one account (`user:<id>`) or one IP for unknown accounts (`ip:<ip>`). */
@Entity("login_throttles")
@Check("ck_login_throttles_failures", "failures >= 0")
export class LoginThrottleEntity {
  @PrimaryColumn({ type: "varchar", length: 320, primaryKeyConstraintName: "pk_login_throttles" })
  key!: string;

  @Column({ type: "integer" })
  failures!: number;

  @Column({ type: "timestamptz" })
  windowStartedAt!: Date;

  @Column({ type: "timestamptz", nullable: true })
  lockedUntil!: Date | null;
}
