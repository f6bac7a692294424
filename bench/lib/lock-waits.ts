// Row-lock waits of one application's PostgreSQL backends, sampled from pg_stat_activity
// (no server settings needed): a backend seen waiting on a lock (`wait_event_type = 'Lock'`)
// while its statement has run longer than the threshold counts as one long wait, once per
// statement. Sampling can miss a wait only slightly longer than the threshold; it never counts
// one that was shorter.
import { Client } from "pg";

export class LockWaitSampler {
  private readonly seen = new Set<string>();
  private running: Promise<void> | undefined;
  private stopping = false;

  constructor(
    private readonly monitor: Client,
    private readonly applicationName: string,
    private readonly thresholdMs = 20,
    private readonly intervalMs = 5,
  ) {}

  start(): void {
    this.seen.clear();
    this.stopping = false;
    this.running = this.loop();
  }

  /** Statements seen waiting on a lock for longer than the threshold since start(). */
  async stop(): Promise<number> {
    this.stopping = true;
    await this.running;
    return this.seen.size;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const res = await this.monitor.query<{ pid: number; started: string }>(
        `SELECT pid, query_start::text AS started FROM pg_stat_activity
         WHERE application_name = $1 AND wait_event_type = 'Lock'
           AND now() - query_start > make_interval(secs => $2::float8 / 1000)`,
        [this.applicationName, this.thresholdMs],
      );
      for (const row of res.rows) this.seen.add(`${row.pid}@${row.started}`);
      await new Promise((resolve) => setTimeout(resolve, this.intervalMs));
    }
  }
}
