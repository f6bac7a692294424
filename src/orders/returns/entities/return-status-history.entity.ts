import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from "typeorm";
import type { ReturnStatus } from "../return-status";
import { ReturnEntity } from "./return.entity";

/** One row per status change of a return; `fromStatus` is null for the request itself. */
@Entity("return_status_history")
@Index("ix_return_status_history_return", ["returnId", "createdAt"])
export class ReturnStatusHistoryEntity {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "pk_return_status_history" })
  id!: string;

  @Column({ type: "uuid" })
  returnId!: string;

  @ManyToOne(() => ReturnEntity, { onDelete: "CASCADE", nullable: false })
  @JoinColumn({ name: "return_id", foreignKeyConstraintName: "fk_return_status_history_return" })
  return?: ReturnEntity;

  @Column({ type: "varchar", length: 20, nullable: true })
  fromStatus!: ReturnStatus | null;

  @Column({ type: "varchar", length: 20 })
  toStatus!: ReturnStatus;

  @Column({ type: "uuid", nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;
}
