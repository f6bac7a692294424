import { Global, Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { IdempotencyCleanupJob } from "./idempotency-cleanup.job";
import { IdempotencyKeyEntity } from "./idempotency-key.entity";
import { IdempotencyKeysRepository } from "./idempotency-keys.repository";
import { IdempotencyPersonalData } from "./idempotency-personal-data";
import { IdempotencyInterceptor } from "./idempotency.interceptor";

/**
 * Idempotency keys for `@Idempotent()` routes. Global, so any module's controllers can use the
 * decorator; import it once (OrdersModule does) or in the module that uses it.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([IdempotencyKeyEntity])],
  providers: [
    IdempotencyKeysRepository,
    IdempotencyInterceptor,
    IdempotencyCleanupJob,
    IdempotencyPersonalData,
  ],
  exports: [IdempotencyKeysRepository, IdempotencyInterceptor, IdempotencyCleanupJob],
})
export class IdempotencyModule {}
