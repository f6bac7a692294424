import { Inject, Injectable, Logger, OnApplicationShutdown } from "@nestjs/common";
import Redis from "ioredis";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";

/**
 * The shared Redis connection when REDIS_URL is set; `client` is null otherwise and callers
 * use their in-process fallback. Commands fail fast while Redis is down instead of queueing.
 */
@Injectable()
export class RedisService implements OnApplicationShutdown {
  readonly client: Redis | null;
  readonly prefix: string;
  private readonly logger = new Logger(RedisService.name);

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.prefix = config.redisKeyPrefix;
    this.client = config.redisUrl
      ? new Redis(config.redisUrl, {
          lazyConnect: false,
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2000,
          commandTimeout: 2000,
          retryStrategy: (times) => Math.min(times * 200, 2000),
        })
      : null;
    this.client?.on("error", (error: Error) => this.logger.warn(`Redis: ${error.message}`));
  }

  get enabled(): boolean {
    return this.client !== null;
  }

  key(...parts: string[]): string {
    return this.prefix + parts.join(":");
  }

  /** A second connection, for subscriptions (a subscribed connection can do nothing else). */
  duplicate(): Redis | null {
    if (!this.client) return null;
    const copy = this.client.duplicate({ enableOfflineQueue: true, maxRetriesPerRequest: null });
    copy.on("error", (error: Error) => this.logger.warn(`Redis subscriber: ${error.message}`));
    return copy;
  }

  async ping(): Promise<void> {
    if (!this.client) return;
    await this.client.ping();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.client && this.client.status !== "end") {
      await this.client.quit().catch(() => this.client?.disconnect());
    }
  }
}
