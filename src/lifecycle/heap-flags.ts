/**
 * V8 heap settings that every start of the server gets (main.ts imports apply-heap-flags.ts
 * first), measured under the catalog bench's list load (bench/results/catalog.md, "memory"):
 *
 * - `--no-allocation-site-pretenuring`: V8 watches which allocation sites' objects survive a
 *   scavenge and starts allocating those straight into the old generation. Under concurrent
 *   load it did so for objects that live as long as a query runs, and what a query attaches to
 *   them when it ends (its rows: a page's ~22 KB JSON string) then stayed reachable from an
 *   old, already dead object until the next full collection. Every response body was promoted,
 *   ~2.4 MB per scavenge; with pretenuring off, 80 KB, and less CPU per request, not more.
 * - `--heap-growing-percent=30`: with a live heap of ~60 MB, V8's default lets the old
 *   generation grow to about four times it before a full collection on a machine with this
 *   much memory (the limit scales with the machine, not with the service). 30 % growth keeps
 *   the resident size near the live size; with pretenuring off little reaches the old
 *   generation, so the extra full collections cost little.
 *
 * Both are read by V8 at each collection, so setting them here, before the application loads,
 * works for every way the server starts. The young generation's size is fixed when the process
 * starts: `--max-semi-space-size=8` is on every start command instead (package.json, the
 * Dockerfile, the Kubernetes manifests). An operator's own value for either flag on the node
 * command line wins (Node refuses both in NODE_OPTIONS).
 */
export const HEAP_FLAGS: readonly string[] = [
  "--no-allocation-site-pretenuring",
  "--heap-growing-percent=30",
];

/** The flag's name without `--`, a `no-` prefix or a value, with `_` read as `-`. */
function flagName(flag: string): string {
  return flag.replace(/^--/, "").replace(/=.*$/, "").replace(/^no-?/, "").replace(/_/g, "-");
}

/** HEAP_FLAGS less those the operator gave on the node command line (`execArgv`). */
export function heapFlagsToApply(execArgv: readonly string[]): string[] {
  const given = new Set(execArgv.filter((arg) => arg.startsWith("--")).map(flagName));
  return HEAP_FLAGS.filter((flag) => !given.has(flagName(flag)));
}
