import { HEAP_FLAGS, heapFlagsToApply } from "./heap-flags";

describe("heapFlagsToApply", () => {
  it("applies every heap flag when the operator set none", () => {
    expect(heapFlagsToApply([], "")).toEqual([...HEAP_FLAGS]);
    expect(heapFlagsToApply(["--max-semi-space-size=8"], "--enable-source-maps")).toEqual([
      ...HEAP_FLAGS,
    ]);
  });

  it("leaves out a flag the operator gave on the command line, in either spelling or sense", () => {
    expect(heapFlagsToApply(["--heap-growing-percent=100"])).toEqual([
      "--no-allocation-site-pretenuring",
    ]);
    expect(heapFlagsToApply(["--allocation_site_pretenuring"])).toEqual([
      "--heap-growing-percent=30",
    ]);
  });

  it("leaves out a flag the operator gave in NODE_OPTIONS", () => {
    expect(
      heapFlagsToApply(
        [],
        "--max-old-space-size=512  --heap_growing_percent=50 --no-allocation-site-pretenuring",
      ),
    ).toEqual([]);
  });
});
