import { Injectable, Logger, OnModuleDestroy } from "@nestjs/common";
import { Metrics } from "../../observability/metrics";
import { RedisService } from "../../redis/redis.service";

const DEFAULT_TTL_SECONDS = 60;
const LOCAL_MAX_ENTRIES = 5000;
/** While the cache is not trusted, how often the retirement of every namespace is retried. */
const RECOVERY_RETRY_MS = 1000;

// One round trip per read: the namespace's generation and the entry stored under it.
const READ_SCRIPT = `
local gen = redis.call('GET', KEYS[1]) or '0'
return { gen, redis.call('GET', ARGV[1] .. gen .. ':' .. ARGV[2]) }
`;

/** How a value is kept as a string. Values are stored encoded even in process, so a caller
 * can never mutate a cached value through the reference it was handed. */
export interface CacheCodec<T> {
  encode(value: T): string;
  decode(entry: string): T;
  /**
   * The values are immutable: the in-process cache keeps the value itself and hands the same
   * one to every hit, rather than decoding a copy per read.
   */
  immutable?: boolean;
}

const JSON_CODEC: CacheCodec<unknown> = {
  encode: (value) => JSON.stringify(value),
  decode: (entry) => JSON.parse(entry) as unknown,
};

/** An in-process entry: the encoded value, or the value itself for an immutable codec. */
interface LocalEntry {
  value: string | { shared: unknown };
  expiresAt: number;
}

function decodeLocal<T>(entry: LocalEntry, codec: CacheCodec<T>): T {
  return typeof entry.value === "string" ? codec.decode(entry.value) : (entry.value.shared as T);
}

/**
 * A cache of JSON values grouped in namespaces. Invalidation bumps the namespace's generation,
 * which every read consults, so one `invalidate()` retires every entry on every instance at
 * once (entries of old generations simply expire). Redis when configured, in-process otherwise.
 * Cache failures never fail a request: the loader runs instead.
 *
 * An invalidation that fails while Redis is unreachable would otherwise be lost, and the old
 * entries served again once Redis is back. So after any Redis error or (re)connect the instance
 * stops trusting Redis entries (reads go to the loader) until it has bumped the generation of
 * every namespace it knows; that bump stands in for every invalidation it may have missed.
 */
@Injectable()
export class CacheService implements OnModuleDestroy {
  private readonly logger = new Logger(CacheService.name);
  private readonly localGenerations = new Map<string, number>();
  private readonly local = new Map<string, LocalEntry>();
  /** Loads under way in this process, by slot: concurrent misses of one entry load it once. */
  private readonly loading = new Map<string, Promise<string>>();
  /** Every namespace this process has used: the ones to retire after an outage. */
  private readonly namespaces = new Set<string>();
  /**
   * False from a Redis error or lost connection until every namespace has been retired. A new
   * instance starts trusting: it has no invalidation of its own to have lost.
   */
  private trusted = true;
  private recovering: Promise<void> | undefined;
  private retryTimer: NodeJS.Timeout | undefined;
  private stopped = false;
  /** Counts distrust events, so a recovery that raced a newer failure does not restore trust. */
  private failures = 0;

  constructor(
    private readonly redis: RedisService,
    private readonly metrics: Metrics,
  ) {
    const client = redis.client;
    client?.on("ready", () => {
      if (!this.trusted) void this.recover();
    });
    client?.on("close", () => this.distrust());
  }

  onModuleDestroy(): void {
    this.stopped = true;
    clearTimeout(this.retryTimer);
  }

  namespace(name: string): CacheNamespace {
    this.namespaces.add(name);
    return new CacheNamespace(this, name);
  }

  /** Returns the cached value for `key`, or loads, stores and returns it. */
  getOrLoad<T>(
    namespace: string,
    key: string,
    loader: () => Promise<T>,
    ttlSeconds = DEFAULT_TTL_SECONDS,
  ): Promise<T> {
    return this.getOrLoadAs(namespace, key, loader, ttlSeconds, JSON_CODEC as CacheCodec<T>);
  }

  /** As getOrLoad, with the caller choosing how a value is kept as a string. */
  async getOrLoadAs<T>(
    namespace: string,
    key: string,
    loader: () => Promise<T>,
    ttlSeconds: number,
    codec: CacheCodec<T>,
  ): Promise<T> {
    const client = this.redis.client;
    if (!client) return this.getOrLoadLocal(namespace, key, loader, ttlSeconds, codec);
    this.namespaces.add(namespace);
    if (!this.trusted) return loader();
    let generation: string;
    try {
      const [gen, hit] = (await client.eval(
        READ_SCRIPT,
        1,
        this.generationKey(namespace),
        this.redis.key("cache", namespace, ""),
        key,
      )) as [string, string | null];
      this.count(namespace, hit !== null ? "hit" : "miss");
      if (hit !== null) return codec.decode(hit);
      generation = gen;
    } catch (error) {
      this.count(namespace, "error");
      this.distrust(`Cache read failed: ${(error as Error).message}`);
      return loader();
    }
    const slot = this.redis.key("cache", namespace, generation, key);
    return this.loadOnce(slot, loader, codec, (entry) => {
      client
        .set(slot, entry, "EX", ttlSeconds)
        .catch((error: Error) => this.distrust(`Cache write failed: ${error.message}`));
    });
  }

  /**
   * The cached value for `key`, or null; never loads. A cache failure is a miss. Only hits are
   * counted: a caller that misses here goes on to getOrLoad, which counts the miss.
   */
  async peek<T>(namespace: string, key: string, codec: CacheCodec<T>): Promise<T | null> {
    if (!this.redis.client) {
      const hit = this.local.get(this.localKey(namespace, key));
      if (!hit || hit.expiresAt <= Date.now()) return null;
      this.count(namespace, "hit");
      return decodeLocal(hit, codec);
    }
    const hit = await this.peekEntry(namespace, key);
    if (hit === null) return null;
    this.count(namespace, "hit");
    return codec.decode(hit);
  }

  private localKey(namespace: string, key: string): string {
    return `${namespace}\u0000${this.localGenerations.get(namespace) ?? 0}\u0000${key}`;
  }

  private async peekEntry(namespace: string, key: string): Promise<string | null> {
    const client = this.redis.client;
    if (!client) return null;
    this.namespaces.add(namespace);
    // The same trust rule as a load: after a Redis loss, entries may predate an invalidation.
    if (!this.trusted) return null;
    try {
      const [, hit] = (await client.eval(
        READ_SCRIPT,
        1,
        this.generationKey(namespace),
        this.redis.key("cache", namespace, ""),
        key,
      )) as [string, string | null];
      return hit;
    } catch (error) {
      this.distrust(`Cache read failed: ${(error as Error).message}`);
      return null;
    }
  }

  /**
   * Runs the loader unless a load of the same slot is already under way, in which case this
   * caller waits for it and gets its own decoded copy. The first caller stores the entry.
   */
  private async loadOnce<T>(
    slot: string,
    loader: () => Promise<T>,
    codec: CacheCodec<T>,
    store: (entry: string, value: T) => void,
  ): Promise<T> {
    const pending = this.loading.get(slot);
    if (pending) return codec.decode(await pending);
    const loaded = loader().then((value) => {
      const entry = codec.encode(value);
      store(entry, value);
      return { value, entry };
    });
    const shared = loaded.then(({ entry }) => entry);
    // Waiters see the failure; nobody else may be waiting, so it must not go unhandled.
    shared.catch(() => undefined);
    this.loading.set(slot, shared);
    try {
      return (await loaded).value;
    } finally {
      this.loading.delete(slot);
    }
  }

  /** Retires every entry of the namespace, on every instance. */
  async invalidate(namespace: string): Promise<void> {
    this.localGenerations.set(namespace, (this.localGenerations.get(namespace) ?? 0) + 1);
    const client = this.redis.client;
    if (!client) return;
    this.namespaces.add(namespace);
    try {
      await client.incr(this.generationKey(namespace));
    } catch (error) {
      // Not lost: recovery retires every namespace, this one included, once Redis answers.
      this.distrust(
        `Cache invalidation failed, retried when Redis answers: ${(error as Error).message}`,
      );
    }
  }

  private distrust(reason?: string): void {
    if (this.stopped) return;
    if (reason) this.logger.warn(reason);
    if (this.trusted) this.logger.warn("Redis cache entries are not served until Redis answers");
    this.trusted = false;
    this.failures += 1;
    this.scheduleRecovery();
  }

  private scheduleRecovery(): void {
    // "end": the connection was closed on purpose (shutdown) and will not come back.
    if (this.stopped || this.retryTimer || this.redis.client?.status === "end") return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.recover();
    }, RECOVERY_RETRY_MS);
    this.retryTimer.unref();
  }

  /** Bumps every known namespace's generation in one round trip; then entries are trusted. */
  private recover(): Promise<void> {
    this.recovering ??= this.retireAll().finally(() => (this.recovering = undefined));
    return this.recovering;
  }

  private async retireAll(): Promise<void> {
    const client = this.redis.client;
    if (!client || this.stopped) return;
    const failuresBefore = this.failures;
    try {
      const names = [...this.namespaces];
      const results = await client
        .pipeline(names.map((name) => ["incr", this.generationKey(name)]))
        .exec();
      const failed = results?.find(([error]) => error)?.[0];
      if (failed) throw failed;
      if (this.failures !== failuresBefore) {
        this.scheduleRecovery();
        return;
      }
      if (!this.trusted) this.logger.log("Redis answers: cache namespaces retired, cache in use");
      this.trusted = true;
    } catch (error) {
      this.trusted = false;
      this.logger.warn(`Cache recovery failed, will retry: ${(error as Error).message}`);
      this.scheduleRecovery();
    }
  }

  private count(namespace: string, result: "hit" | "miss" | "error"): void {
    this.metrics.cacheRequests.inc({ namespace, result });
  }

  private generationKey(namespace: string): string {
    return this.redis.key("cache", namespace, "generation");
  }

  private async getOrLoadLocal<T>(
    namespace: string,
    key: string,
    loader: () => Promise<T>,
    ttlSeconds: number,
    codec: CacheCodec<T>,
  ): Promise<T> {
    const generation = this.localGenerations.get(namespace) ?? 0;
    const localKey = this.localKey(namespace, key);
    const now = Date.now();
    const hit = this.local.get(localKey);
    const fresh = hit !== undefined && hit.expiresAt > now;
    this.count(namespace, fresh ? "hit" : "miss");
    if (fresh) return decodeLocal(hit, codec);
    return this.loadOnce(localKey, loader, codec, (entry, value) => {
      // A load that raced an invalidation must not be stored under the new generation.
      if ((this.localGenerations.get(namespace) ?? 0) !== generation) return;
      if (this.local.size >= LOCAL_MAX_ENTRIES) this.evictLocal(Date.now());
      this.local.set(localKey, {
        value: codec.immutable ? { shared: value } : entry,
        expiresAt: Date.now() + ttlSeconds * 1000,
      });
    });
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

  getOrLoadAs<T>(
    key: string,
    loader: () => Promise<T>,
    ttlSeconds: number,
    codec: CacheCodec<T>,
  ): Promise<T> {
    return this.cache.getOrLoadAs(this.name, key, loader, ttlSeconds, codec);
  }

  peek<T>(key: string, codec: CacheCodec<T>): Promise<T | null> {
    return this.cache.peek(this.name, key, codec);
  }

  invalidate(): Promise<void> {
    return this.cache.invalidate(this.name);
  }
}
