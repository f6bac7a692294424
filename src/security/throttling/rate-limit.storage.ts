import { Logger } from "@nestjs/common";
import { ThrottlerStorage } from "@nestjs/throttler";
import type { ThrottlerStorageRecord } from "@nestjs/throttler/dist/throttler-storage-record.interface";
import type { RedisService } from "../../redis/redis.service";

/** One atomic fixed-window step: count the hit, start the window on the first, report the rest. */
const INCREMENT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { hits, ttl }
`;

interface Window {
  hits: number;
  endsAt: number;
}

/** A window's count after a hit, and how long the window still runs. */
interface WindowCount {
  hits: number;
  remainingMs: number;
}

/**
 * The in-process twin of INCREMENT_SCRIPT: a fixed window per key, O(1) per hit (the
 * throttler's own store keeps every hit's timestamp and walks them on each request).
 */
export class LocalFixedWindows {
  private readonly windows = new Map<string, Window>();
  private readonly sweeper: NodeJS.Timeout;

  constructor(sweepEveryMs = 60_000) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), sweepEveryMs);
    this.sweeper.unref();
  }

  increment(key: string, ttlMs: number, now = Date.now()): WindowCount {
    let window = this.windows.get(key);
    if (!window || window.endsAt <= now) {
      window = { hits: 0, endsAt: now + ttlMs };
      this.windows.set(key, window);
    }
    window.hits += 1;
    return { hits: window.hits, remainingMs: window.endsAt - now };
  }

  sweep(now: number): void {
    for (const [key, window] of this.windows) if (window.endsAt <= now) this.windows.delete(key);
  }

  get size(): number {
    return this.windows.size;
  }

  close(): void {
    clearInterval(this.sweeper);
  }
}

/**
 * Rate-limit counters in Redis when it is configured (so every instance spends one budget),
 * in process otherwise. If Redis fails, counting falls back to this process rather than
 * failing the request: a rate limiter must not take the API down with it. That fails open:
 * while Redis is down each instance spends its own budget (limit × instances). It is logged
 * once per outage, not once per request.
 */
export class RateLimitStorage implements ThrottlerStorage {
  private readonly local = new LocalFixedWindows();
  private readonly logger = new Logger(RateLimitStorage.name);
  private countingLocally = false;

  constructor(private readonly redis: RedisService) {}

  async increment(key: string, ttl: number, limit: number): Promise<ThrottlerStorageRecord> {
    const client = this.redis.client;
    if (!client) return record(this.local.increment(key, ttl), limit);
    try {
      const [hits, remainingMs] = (await client.eval(
        INCREMENT_SCRIPT,
        1,
        this.redis.key("ratelimit", key),
        String(ttl),
      )) as [number, number];
      if (this.countingLocally) {
        this.countingLocally = false;
        this.logger.log("Redis is back: rate limits are shared by every instance again");
      }
      return record({ hits, remainingMs }, limit);
    } catch (error) {
      if (!this.countingLocally) {
        this.countingLocally = true;
        this.logger.warn(
          `Redis is unavailable (${String(error)}): rate limits now count per process, so ` +
            "each instance allows the full limit until Redis is back",
        );
      }
      return record(this.local.increment(key, ttl), limit);
    }
  }

  shutdown(): void {
    this.local.close();
  }
}

/** A window's count as the throttler reads it: blocked past the limit until the window ends. */
function record({ hits, remainingMs }: WindowCount, limit: number): ThrottlerStorageRecord {
  const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
  const isBlocked = hits > limit;
  return {
    totalHits: hits,
    timeToExpire: seconds,
    isBlocked,
    timeToBlockExpire: isBlocked ? seconds : 0,
  };
}
