import { Injectable } from "@nestjs/common";
import { ArrayContains } from "typeorm";
import { TransactionHost } from "../database/transaction-host";
import { UserEntity } from "./entities/user.entity";

export interface UserPageFilter {
  emailContains?: string;
  after?: { createdAt: Date; id: string };
  limit: number;
}

@Injectable()
export class UsersRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(UserEntity);
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ id });
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.repo.findOneBy({ email });
  }

  /** Locks the row for the rest of the transaction (admin changes, password changes). */
  findByIdForUpdate(id: string): Promise<UserEntity | null> {
    return this.repo
      .createQueryBuilder("u")
      .where("u.id = :id", { id })
      .setLock("pessimistic_write")
      .getOne();
  }

  /**
   * Holds the account against erasure (FOR SHARE) until the transaction ends; false when it is
   * erased or absent. Writes of personal data take it first, so none lands after an erasure.
   */
  async lockUnerased(id: string): Promise<boolean> {
    const row = await this.repo
      .createQueryBuilder("u")
      .select("u.id")
      .where("u.id = :id AND u.erased_at IS NULL", { id })
      .setLock("pessimistic_read")
      .getOne();
    return row !== null;
  }

  async insert(
    user: Pick<UserEntity, "email" | "name" | "passwordHash" | "roles">,
  ): Promise<UserEntity> {
    const now = new Date();
    return this.repo.save(
      this.repo.create({ ...user, disabled: false, createdAt: now, updatedAt: now }),
    );
  }

  async update(
    id: string,
    changes: Partial<
      Pick<UserEntity, "name" | "passwordHash" | "roles" | "disabled" | "tokensValidAfter">
    >,
  ): Promise<void> {
    await this.repo.update({ id }, { ...changes, updatedAt: new Date() });
  }

  /**
   * Erasure: the row stays (orders point at it) as a tombstone that identifies no one and can
   * never sign in; the email is free to register again.
   */
  async anonymise(id: string, tombstone: { email: string; name: string; passwordHash: string }) {
    const now = new Date();
    await this.repo.update(
      { id },
      { ...tombstone, disabled: true, tokensValidAfter: now, erasedAt: now, updatedAt: now },
    );
  }

  async existsWithRole(role: string): Promise<boolean> {
    return this.repo.existsBy({ roles: ArrayContains([role]) });
  }

  async findActiveAdminEmails(): Promise<string[]> {
    const rows = await this.repo.find({
      select: { email: true },
      where: { roles: ArrayContains(["admin"]), disabled: false },
    });
    return rows.map((row) => row.email);
  }

  /** Oldest first by (createdAt, id); `limit + 1` rows. */
  async findPage(filter: UserPageFilter): Promise<UserEntity[]> {
    const qb = this.repo.createQueryBuilder("u");
    if (filter.emailContains) {
      const pattern = `%${filter.emailContains.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      qb.andWhere("u.email LIKE :pattern", { pattern });
    }
    if (filter.after) qb.andWhere("(u.created_at, u.id) > (:createdAt, :id)", filter.after);
    return qb
      .orderBy("u.created_at", "ASC")
      .addOrderBy("u.id", "ASC")
      .limit(filter.limit + 1)
      .getMany();
  }
}
