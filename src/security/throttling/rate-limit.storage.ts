import { Logger } from "@nestjs/common";
import { ThrottlerStorage, ThrottlerStorageService } from "@nestjs/throttler";
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

/**
 * Rate-limit counters in Redis when it is configured (so every instance spends one budget),
 * in process otherwise. If Redis fails, counting falls back to this process rather than
 * failing the request: a rate limiter must not take the API down with it.
 */
export class RateLimitStorage implements ThrottlerStorage {
  private readonly local = new ThrottlerStorageService();
  private readonly logger = new Logger(RateLimitStorage.name);

  constructor(private readonly redis: RedisService) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const client = this.redis.client;
    if (!client) return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    try {
      const [hits, remainingMs] = (await client.eval(
        INCREMENT_SCRIPT,
        1,
        this.redis.key("ratelimit", key),
        String(ttl),
      )) as [number, number];
      const seconds = Math.max(1, Math.ceil(remainingMs / 1000));
      const isBlocked = hits > limit;
      return {
        totalHits: hits,
        timeToExpire: seconds,
        isBlocked,
        timeToBlockExpire: isBlocked ? seconds : 0,
      };
    } catch (error) {
      this.logger.warn(`Redis rate limiting failed, counting in process: ${String(error)}`);
      return this.local.increment(key, ttl, limit, blockDuration, throttlerName);
    }
  }

  shutdown(): void {
    this.local.onApplicationShutdown();
  }
}
