import { Inject, Injectable } from "@nestjs/common";
import { CacheCodec, CacheNamespace, CacheService } from "../common/cache/cache.service";
import { JsonBody } from "../common/http/json-body";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { DomainEvents } from "../common/events/domain-events";
import { TransactionHost } from "../database/transaction-host";
import { REGION_CHANGED, RegionChangedEvent } from "../regions/region-events";

const BODY_CODEC: CacheCodec<JsonBody> = {
  encode: (body) => body.toCacheEntry(),
  decode: (entry) => JsonBody.fromCacheEntry(entry),
  immutable: true,
};

/**
 * Cached public catalog reads; any write that changes what they show retires them all: catalog
 * writes here, and region writes (a region's currency is what its reads are priced in).
 */
@Injectable()
export class CatalogCache {
  private readonly cache: CacheNamespace;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    cache: CacheService,
    private readonly tx: TransactionHost,
    events: DomainEvents,
  ) {
    this.cache = cache.namespace("catalog");
    events.subscribe<RegionChangedEvent>(REGION_CHANGED, () => this.cache.invalidate());
  }

  getOrLoad<T>(key: string, loader: () => Promise<T>): Promise<T> {
    const ttl = this.config.catalogCacheTtlSeconds;
    return ttl > 0 ? this.cache.getOrLoad(key, loader, ttl) : loader();
  }

  /** A response body, kept serialised and tagged: a hit is sent exactly as it was stored. */
  getOrLoadBody(key: string, load: () => Promise<JsonBody>): Promise<JsonBody> {
    const ttl = this.config.catalogCacheTtlSeconds;
    return ttl > 0 ? this.cache.getOrLoadAs(key, load, ttl, BODY_CODEC) : load();
  }

  /** A stored body, or null when there is none (or caching is off); never loads. */
  peekBody(key: string): Promise<JsonBody | null> {
    if (this.config.catalogCacheTtlSeconds <= 0) return Promise.resolve(null);
    return this.cache.peek(key, BODY_CODEC);
  }

  /** Invalidates once the surrounding transaction commits (at once when there is none). */
  invalidateAfterCommit(): void {
    this.tx.afterCommit(() => this.cache.invalidate());
  }
}
