import { HEAP_FLAGS, heapFlagsToApply } from "./heap-flags";

describe("heapFlagsToApply", () => {
  it("applies every heap flag when the command line sets none of them", () => {
    expect(heapFlagsToApply([])).toEqual([...HEAP_FLAGS]);
    expect(heapFlagsToApply(["--max-semi-space-size=8", "--enable-source-maps"])).toEqual([
      ...HEAP_FLAGS,
    ]);
  });

  it("leaves out a flag given on the command line, in either spelling or sense", () => {
    expect(heapFlagsToApply(["--heap-growing-percent=100"])).toEqual([
      "--no-allocation-site-pretenuring",
    ]);
    expect(heapFlagsToApply(["--allocation_site_pretenuring"])).toEqual([
      "--heap-growing-percent=30",
    ]);
    expect(
      heapFlagsToApply(["--heap_growing_percent=50", "--no-allocation-site-pretenuring"]),
    ).toEqual([]);
  });
});
