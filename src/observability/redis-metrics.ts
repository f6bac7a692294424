import { Injectable, OnModuleInit } from "@nestjs/common";
import { Gauge } from "prom-client";
import { RedisService } from "../redis/redis.service";
import { Metrics } from "./metrics";

/**
 * Whether this instance reaches its Redis, read on each scrape (registered only with REDIS_URL).
 * Losing Redis degrades an instance (in-process fallbacks) without taking it out of the
 * balancer, so it is watched here.
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
    new Gauge({
      name: "storefront_redis_up",
      help: "1 while this instance's Redis connection is ready, 0 while it is lost.",
      registers: [this.metrics.registry],
      collect() {
        this.set(client.status === "ready" ? 1 : 0);
      },
    });
  }
}
