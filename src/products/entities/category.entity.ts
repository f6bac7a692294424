import {
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

@Entity("categories")
@Unique("UQ_categories_slug", ["slug"])
export class Category {
  @PrimaryGeneratedColumn("uuid", { primaryKeyConstraintName: "PK_categories" })
  id!: string;

  @Column({ type: "varchar", length: 200 })
  name!: string;

  @Column({ type: "varchar", length: 200 })
  slug!: string;

  @Index("IDX_categories_parent_id")
  @Column({ type: "uuid", nullable: true })
  parentId!: string | null;

  @ManyToOne(() => Category, { onDelete: "RESTRICT", createForeignKeyConstraints: true })
  @JoinColumn({ name: "parent_id", foreignKeyConstraintName: "FK_categories_parent" })
  parent?: Category | null;

  @Column({ type: "integer", default: 0 })
  position!: number;

  /** Ancestor ids from the root down to this category: kept by a trigger, never written here. */
  @Column({
    type: "uuid",
    array: true,
    default: () => "'{}'",
    select: false,
    insert: false,
    update: false,
  })
  path?: string[];

  @CreateDateColumn({ type: "timestamptz" })
  createdAt!: Date;

  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt!: Date;
}
