import { Metrics } from "../../observability/metrics";
import { JobRunner } from "./job-runner";

describe(JobRunner.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const intervals = {
    outbox: 100,
    "payment-reconciler": 300,
    "payment-timeout": 1000,
    "idempotency-cleanup": 1000,
    "login-throttle-cleanup": 1000,
  };

  function runner(jobsEnabled: boolean) {
    const metrics = new Metrics();
    return { metrics, sut: new JobRunner({ jobsEnabled, jobIntervalsMs: intervals }, metrics) };
  }

  it("does nothing when this process runs no jobs", async () => {
    const { sut } = runner(false);
    const work = jest.fn().mockResolvedValue(undefined);
    sut.register("outbox", work);
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(1000);
    expect(work).not.toHaveBeenCalled();
  });

  it("runs each job at its own interval", async () => {
    const { sut } = runner(true);
    const outbox = jest.fn().mockResolvedValue(undefined);
    const reconciler = jest.fn().mockResolvedValue(undefined);
    sut.register("outbox", outbox);
    sut.register("payment-reconciler", reconciler);
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(650);
    expect(outbox).toHaveBeenCalledTimes(6);
    expect(reconciler).toHaveBeenCalledTimes(2);
    await sut.beforeApplicationShutdown();
  });

  it("refuses a job registered twice", () => {
    const { sut } = runner(true);
    sut.register("outbox", jest.fn());
    expect(() => sut.register("outbox", jest.fn())).toThrow(/registered twice/);
  });

  it("skips ticks while a run is still going, awaits it on shutdown, and starts no other", async () => {
    const { sut } = runner(true);
    let finish!: () => void;
    const work = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    sut.register("outbox", work);
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(350);
    expect(work).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = sut.beforeApplicationShutdown().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
    await jest.advanceTimersByTimeAsync(1000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it("counts a failed run, and keeps the schedule", async () => {
    const { sut, metrics } = runner(true);
    const work = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
    sut.register("outbox", work);
    sut.onApplicationBootstrap();
    await jest.advanceTimersByTimeAsync(250);
    expect(work).toHaveBeenCalledTimes(2);
    const text = await metrics.registry.getSingleMetricAsString("storefront_job_runs_total");
    expect(text).toContain('storefront_job_runs_total{job="outbox",outcome="failure"} 1');
    expect(text).toContain('storefront_job_runs_total{job="outbox",outcome="success"} 1');
    await sut.beforeApplicationShutdown();
  });
});
