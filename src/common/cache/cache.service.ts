import { Injectable, Logger } from "@nestjs/common";
import { RedisService } from "../../redis/redis.service";

const DEFAULT_TTL_SECONDS = 60;
const LOCAL_MAX_ENTRIES = 5000;

// One round trip per read: the namespace's generation and the entry stored under it.
const READ_SCRIPT = `
local gen = redis.call('GET', KEYS[1]) or '0'
return { gen, redis.call('GET', ARGV[1] .. gen .. ':' .. ARGV[2]) }
`;

interface LocalEntry {
  value: string;
  expiresAt: number;
}

/**
 * A cache of JSON values grouped in namespaces. Invalidation bumps the namespace's generation,
 * which every read consults, so one `invalidate()` retires every entry on every instance at
 * once (entries of old generations simply expire). Redis when configured, in-process otherwise.
 * Cache failures never fail a request: the loader runs instead.
 */
@Injectable()
export class CacheService {
  private readonly logger = new Logger(CacheService.name);
  private readonly localGenerations = new Map<string, number>();
  private readonly local = new Map<string, LocalEntry>();

  constructor(private readonly redis: RedisService) {}

  namespace(name: string): CacheNamespace {
    return new CacheNamespace(this, name);
  }

  /** Returns the cached value for `key`, or loads, stores and returns it. */
  async getOrLoad<T>(
    namespace: string,
    key: string,
    loader: () => Promise<T>,
    ttlSeconds = DEFAULT_TTL_SECONDS,
  ): Promise<T> {
    const client = this.redis.client;
    if (!client) return this.getOrLoadLocal(namespace, key, loader, ttlSeconds);
    let generation: string;
    try {
      const [gen, hit] = (await client.eval(
        READ_SCRIPT,
        1,
        this.generationKey(namespace),
        this.redis.key("cache", namespace, ""),
        key,
      )) as [string, string | null];
      if (hit !== null) return JSON.parse(hit) as T;
      generation = gen;
    } catch (error) {
      this.logger.warn(`Cache read failed: ${(error as Error).message}`);
      return loader();
    }
    const value = await loader();
    client
      .set(
        this.redis.key("cache", namespace, generation, key),
        JSON.stringify(value),
        "EX",
        ttlSeconds,
      )
      .catch((error: Error) => this.logger.warn(`Cache write failed: ${error.message}`));
    return value;
  }

  /** Retires every entry of the namespace, on every instance. */
  async invalidate(namespace: string): Promise<void> {
    this.localGenerations.set(namespace, (this.localGenerations.get(namespace) ?? 0) + 1);
    const client = this.redis.client;
    if (!client) return;
    try {
      await client.incr(this.generationKey(namespace));
    } catch (error) {
      this.logger.error(`Cache invalidation failed: ${(error as Error).message}`);
    }
  }

  private generationKey(namespace: string): string {
    return this.redis.key("cache", namespace, "generation");
  }

  private async getOrLoadLocal<T>(
    namespace: string,
    key: string,
    loader: () => Promise<T>,
    ttlSeconds: number,
  ): Promise<T> {
    const generation = this.localGenerations.get(namespace) ?? 0;
    const localKey = `${namespace}\u0000${generation}\u0000${key}`;
    const now = Date.now();
    const hit = this.local.get(localKey);
    if (hit && hit.expiresAt > now) return JSON.parse(hit.value) as T;
    const value = await loader();
    // A write that raced an invalidation must not be stored under the new generation.
    if ((this.localGenerations.get(namespace) ?? 0) !== generation) return value;
    if (this.local.size >= LOCAL_MAX_ENTRIES) this.evictLocal(now);
    this.local.set(localKey, { value: JSON.stringify(value), expiresAt: now + ttlSeconds * 1000 });
    return value;
  }

  private evictLocal(now: number): void {
    for (const [key, entry] of this.local) {
      if (entry.expiresAt <= now) this.local.delete(key);
    }
    // Still full: drop the oldest half (Map keeps insertion order).
    if (this.local.size >= LOCAL_MAX_ENTRIES) {
      let drop = Math.floor(this.local.size / 2);
      for (const key of this.local.keys()) {
        if (drop-- <= 0) break;
        this.local.delete(key);
      }
    }
  }
}

/** A CacheService bound to one namespace. */
export class CacheNamespace {
  constructor(
    private readonly cache: CacheService,
    readonly name: string,
  ) {}

  getOrLoad<T>(key: string, loader: () => Promise<T>, ttlSeconds?: number): Promise<T> {
    return this.cache.getOrLoad(this.name, key, loader, ttlSeconds);
  }

  invalidate(): Promise<void> {
    return this.cache.invalidate(this.name);
  }
}
