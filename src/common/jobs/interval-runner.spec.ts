import { IntervalRunner } from "./interval-runner";

describe(IntervalRunner.name, () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  const logger = { error: jest.fn() };

  it("does nothing when jobs are disabled", async () => {
    const work = jest.fn().mockResolvedValue(undefined);
    const sut = new IntervalRunner("test job", work, logger);
    sut.start({ jobsEnabled: false, jobIntervalMs: 100 });
    await jest.advanceTimersByTimeAsync(1000);
    expect(work).not.toHaveBeenCalled();
  });

  it("skips ticks while a run is still going, and awaits it on stop", async () => {
    let finish!: () => void;
    const work = jest.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    const sut = new IntervalRunner("test job", work, logger);
    sut.start({ jobsEnabled: true, jobIntervalMs: 100 });
    await jest.advanceTimersByTimeAsync(350);
    expect(work).toHaveBeenCalledTimes(1);

    let stopped = false;
    const stopping = sut.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    finish();
    await stopping;
    expect(stopped).toBe(true);
  });

  it("logs a failed run and keeps the schedule", async () => {
    const work = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValue(undefined);
    const sut = new IntervalRunner("test job", work, logger);
    sut.start({ jobsEnabled: true, jobIntervalMs: 100 });
    await jest.advanceTimersByTimeAsync(250);
    expect(logger.error).toHaveBeenCalledWith(expect.anything(), "test job failed");
    expect(work).toHaveBeenCalledTimes(2);
    await sut.stop();
  });
});
