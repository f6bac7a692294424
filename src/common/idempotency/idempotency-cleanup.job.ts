import { Injectable, OnModuleInit } from "@nestjs/common";
import { JobRunner } from "../jobs/job-runner";
import { IdempotencyKeysRepository } from "./idempotency-keys.repository";

const BATCH_SIZE = 1000;

/** Deletes idempotency keys past their expiry (24 h after first use), in small batches. */
@Injectable()
export class IdempotencyCleanupJob implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    private readonly keys: IdempotencyKeysRepository,
  ) {}

  onModuleInit(): void {
    this.runner.register("idempotency-cleanup", () => this.runOnce());
  }

  /** Deletes every expired key; returns how many. */
  async runOnce(): Promise<number> {
    let total = 0;
    for (;;) {
      const deleted = await this.keys.deleteExpired(BATCH_SIZE);
      total += deleted;
      if (deleted < BATCH_SIZE) return total;
    }
  }
}
