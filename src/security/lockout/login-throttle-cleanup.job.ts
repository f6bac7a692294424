import { Injectable, OnModuleInit } from "@nestjs/common";
import { JobRunner } from "../../common/jobs/job-runner";
import { LOGIN_FAILURE_WINDOW_MS } from "./lockout-policy";
import { LoginThrottlesRepository } from "./login-throttles.repository";

const BATCH_SIZE = 1000;

/**
 * Deletes failed-login counters whose window has passed and whose lock has run out. Every
 * email tried from every client leaves one, so without this the table grows with each
 * password-spraying attempt for ever.
 */
@Injectable()
export class LoginThrottleCleanupJob implements OnModuleInit {
  constructor(
    private readonly runner: JobRunner,
    private readonly throttles: LoginThrottlesRepository,
  ) {}

  onModuleInit(): void {
    this.runner.register("login-throttle-cleanup", () => this.runOnce());
  }

  /** Deletes every stale counter, in batches; returns how many. */
  async runOnce(now = new Date()): Promise<number> {
    const windowStartedBefore = new Date(now.getTime() - LOGIN_FAILURE_WINDOW_MS);
    let total = 0;
    for (;;) {
      const deleted = await this.throttles.deleteStale(windowStartedBefore, now, BATCH_SIZE);
      total += deleted;
      if (deleted < BATCH_SIZE) return total;
    }
  }
}
