import { Injectable } from "@nestjs/common";
import { IsNull } from "typeorm";
import { TransactionHost } from "../database/transaction-host";
import { PasswordResetTokenEntity } from "./entities/password-reset-token.entity";

@Injectable()
export class PasswordResetRepository {
  constructor(private readonly tx: TransactionHost) {}

  private get repo() {
    return this.tx.manager.getRepository(PasswordResetTokenEntity);
  }

  async insert(userId: string, tokenHash: string, expiresAt: Date): Promise<void> {
    await this.repo.insert({ userId, tokenHash, expiresAt, createdAt: new Date() });
  }

  findByHashForUpdate(tokenHash: string): Promise<PasswordResetTokenEntity | null> {
    return this.repo
      .createQueryBuilder("r")
      .where("r.token_hash = :tokenHash", { tokenHash })
      .setLock("pessimistic_write")
      .getOne();
  }

  async deleteAllOfUser(userId: string): Promise<void> {
    await this.repo.delete({ userId });
  }

  /** Spends every outstanding reset token of the user (one reset ends them all). */
  async markAllUsed(userId: string, usedAt: Date): Promise<void> {
    await this.repo.update({ userId, usedAt: IsNull() }, { usedAt });
  }
}
