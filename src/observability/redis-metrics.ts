import { Injectable, OnModuleInit } from "@nestjs/common";
import { RedisService } from "../redis/redis.service";
import { Metrics } from "./metrics";

/**
 * Whether this instance reaches its Redis, read on each scrape. Losing Redis degrades an
 * instance (in-process fallbacks) without taking it out of the balancer, so it is watched here.
 */
@Injectable()
export class RedisMetrics implements OnModuleInit {
  constructor(
    private readonly redis: RedisService,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    const client = this.redis.client;
    if (!client) return;
    this.metrics.onScrape(() => this.metrics.redisUp.set(client.status === "ready" ? 1 : 0));
  }
}
