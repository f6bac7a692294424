import type { Logger } from "@nestjs/common";
import type { AppConfig } from "../../config/app-config";

/**
 * The schedule of a background job: `work` runs every JOB_INTERVAL_MS when JOBS_ENABLED, never
 * twice at once in this process (a tick that finds the previous run still going is skipped),
 * and a run in progress is awaited on shutdown. Safety across instances is the job's own
 * business (each claims its rows with FOR UPDATE SKIP LOCKED).
 */
export class IntervalRunner {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly description: string,
    private readonly work: () => Promise<unknown>,
    private readonly logger: Pick<Logger, "error">,
  ) {}

  start(config: Pick<AppConfig, "jobsEnabled" | "jobIntervalMs">): void {
    if (!config.jobsEnabled || this.timer) return;
    this.timer = setInterval(() => void this.tick(), config.jobIntervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  private async tick(): Promise<void> {
    if (this.running) return;
    this.running = this.work();
    try {
      await this.running;
    } catch (error) {
      this.logger.error({ err: error }, `${this.description} failed`);
    } finally {
      this.running = undefined;
    }
  }
}
