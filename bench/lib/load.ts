// HTTP load with autocannon, bounded in time, against 127.0.0.1 only.

export interface LoadOptions {
  /** Base URL, e.g. http://127.0.0.1:4250. Must be on 127.0.0.1. */
  url: string;
  connections: number;
  durationSeconds: number;
  /** Builds each request's path (with query string). */
  path: () => string;
  method?: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
}

interface Histogram {
  average: number;
  p50: number;
  p99: number;
}
interface AutocannonResult {
  requests: Histogram & { total: number };
  latency: Histogram & { max: number };
  duration: number;
  non2xx: number;
  errors: number;
  timeouts: number;
}
interface AutocannonOptions {
  url: string;
  connections: number;
  duration: number;
  method?: string;
  headers?: Record<string, string>;
  requests?: { setupRequest: (req: { path: string }) => { path: string } }[];
}
// autocannon ships no types; this is the part of its API used here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: AutocannonOptions) => Promise<AutocannonResult>;

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const host = new URL(options.url).hostname;
  if (host !== "127.0.0.1") throw new Error(`Load is only sent to 127.0.0.1, not ${host}`);
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    // autocannon takes an explicit undefined as a value: only set what was given.
    ...(options.method ? { method: options.method } : {}),
    ...(options.headers ? { headers: options.headers } : {}),
    requests: [{ setupRequest: (req) => ({ ...req, path: options.path() }) }],
  });
  return {
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / Math.max(result.duration, 0.001),
    latencyMs: {
      p50: result.latency.p50,
      p99: result.latency.p99,
      average: result.latency.average,
      max: result.latency.max,
    },
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
