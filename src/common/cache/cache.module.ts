import { Global, Module } from "@nestjs/common";
import { RedisModule } from "../../redis/redis.module";
import { CacheService } from "./cache.service";

/** A shared cache (Redis or in-process) with cross-instance invalidation. */
@Global()
@Module({
  imports: [RedisModule],
  providers: [CacheService],
  exports: [CacheService],
})
export class CacheModule {}
