import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from "@nestjs/common";
import type { AppConfig, JobName } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { Metrics } from "../../observability/metrics";

interface ScheduledJob {
  work: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
  running?: Promise<unknown>;
}

/**
 * The one scheduler of background jobs. Each job registers under its name and runs every
 * `jobIntervalsMs[name]` when this process runs jobs (ROLE and JOBS_ENABLED); never twice at
 * once in this process (a tick that finds the previous run still going is skipped); a run in
 * progress is awaited on shutdown. Safety across processes is each job's own business: each
 * claims its rows with FOR UPDATE SKIP LOCKED, so any number of workers may run them.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(JobRunner.name);
  private readonly jobs = new Map<JobName, ScheduledJob>();
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG)
    private readonly config: Pick<AppConfig, "jobsEnabled" | "jobIntervalsMs">,
    private readonly metrics: Metrics,
  ) {}

  /** Called by each job's provider when its module initialises. */
  register(name: JobName, work: () => Promise<unknown>): void {
    if (this.jobs.has(name)) throw new Error(`The job "${name}" is registered twice`);
    this.jobs.set(name, { work });
  }

  get registered(): JobName[] {
    return [...this.jobs.keys()];
  }

  onApplicationBootstrap(): void {
    if (!this.config.jobsEnabled || this.stopped) return;
    for (const [name, job] of this.jobs) {
      if (job.timer) continue;
      job.timer = setInterval(() => void this.tick(name, job), this.config.jobIntervalsMs[name]);
      job.timer.unref();
    }
  }

  // Before any shutdown hook, so a run in progress still has its database connections.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs.values()) {
      clearInterval(job.timer);
      job.timer = undefined;
    }
    await Promise.all([...this.jobs.values()].map((job) => job.running?.catch(() => undefined)));
  }

  private async tick(name: JobName, job: ScheduledJob): Promise<void> {
    if (job.running || this.stopped) return;
    const endTimer = this.metrics.jobDuration.startTimer({ job: name });
    job.running = job.work();
    try {
      await job.running;
      this.metrics.jobRuns.inc({ job: name, outcome: "success" });
    } catch (error) {
      this.metrics.jobRuns.inc({ job: name, outcome: "failure" });
      this.logger.error({ err: error, job: name }, `Job ${name} failed`);
    } finally {
      endTimer();
      job.running = undefined;
    }
  }
}
