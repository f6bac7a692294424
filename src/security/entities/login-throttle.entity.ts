import { Check, Column, Entity, PrimaryColumn } from "typeorm";

/** Failed-login counter of one email tried from one client: `login:<sha256(email)>:<ip>`. */
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
