import { DynamicModule, Module } from "@nestjs/common";
import type { PGlite } from "@electric-sql/pglite";
import type { AppConfig } from "./config/app-config";
import { JobsModule } from "./common/jobs/jobs.module";
import { ConfigModule } from "./config/config.module";
import { DatabaseModule } from "./database/database.module";
import { HealthModule } from "./health/health.module";
import { ProductsModule } from "./products/products.module";
import { ObservabilityModule } from "./observability/observability.module";
import { NotificationsModule } from "./notifications/notifications.module";
import { OrdersModule } from "./orders/orders.module";
import { ReturnsModule } from "./orders/returns/returns.module";
import { PaymentsModule } from "./payments/payments.module";
import { PromotionsModule } from "./promotions/promotions.module";
import { RegionsModule } from "./regions/regions.module";
import { RedisModule } from "./redis/redis.module";
import { SecurityModule } from "./security/security.module";
import { PrivacyModule } from "./users/privacy/privacy.module";
import { UsersModule } from "./users/users.module";

export interface AppModuleOptions {
  /** An already-open embedded database (tests hand in a fresh clone of a migrated template). */
  embeddedDatabase?: PGlite;
}

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    const payments = PaymentsModule.forRoot(config);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, options.embeddedDatabase),
        RedisModule,
        ObservabilityModule,
        JobsModule,
        HealthModule,
        NotificationsModule,
        UsersModule,
        SecurityModule,
        ProductsModule,
        PromotionsModule,
        RegionsModule,
        OrdersModule,
        payments,
        ReturnsModule.forRoot(payments),
        PrivacyModule,
      ],
    };
  }
}
