import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from "@nestjs/common";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { IntervalRunner } from "../jobs/interval-runner";
import { IdempotencyKeysRepository } from "./idempotency-keys.repository";

const BATCH_SIZE = 1000;

/** Deletes idempotency keys past their expiry (24 h after first use), in small batches. */
@Injectable()
export class IdempotencyCleanupJob implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(IdempotencyCleanupJob.name);
  private readonly schedule = new IntervalRunner(
    "Idempotency key cleanup",
    () => this.runOnce(),
    this.logger,
  );

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly keys: IdempotencyKeysRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule.start(this.config);
  }

  onApplicationShutdown(): Promise<void> {
    return this.schedule.stop();
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
