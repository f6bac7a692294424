import { LocalFixedWindows } from "./rate-limit.storage";

describe(LocalFixedWindows.name, () => {
  const windows = new LocalFixedWindows();
  afterAll(() => windows.close());

  it("counts hits within a window and starts a new one when it ends", () => {
    expect(windows.increment("a", 1000, 0)).toEqual({ hits: 1, remainingMs: 1000 });
    expect(windows.increment("a", 1000, 400)).toEqual({ hits: 2, remainingMs: 600 });
    expect(windows.increment("a", 1000, 999)).toEqual({ hits: 3, remainingMs: 1 });
    expect(windows.increment("a", 1000, 1000)).toEqual({ hits: 1, remainingMs: 1000 });
  });

  it("keeps one window per key", () => {
    windows.increment("b", 1000, 0);
    expect(windows.increment("c", 1000, 0).hits).toBe(1);
    expect(windows.increment("b", 1000, 0).hits).toBe(2);
  });

  it("sweeps only the windows that have ended", () => {
    const sut = new LocalFixedWindows();
    sut.increment("old", 100, 0);
    sut.increment("young", 1000, 0);
    sut.sweep(500);
    expect(sut.size).toBe(1);
    expect(sut.increment("young", 1000, 500).hits).toBe(2);
    sut.close();
  });
});
