import { Module } from "@nestjs/common";
import { APP_GUARD } from "@nestjs/core";
import { JwtModule } from "@nestjs/jwt";
import { PassportModule } from "@nestjs/passport";
import { ThrottlerModule } from "@nestjs/throttler";
import { TypeOrmModule } from "@nestjs/typeorm";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { NotificationsModule } from "../notifications/notifications.module";
import { RedisService } from "../redis/redis.service";
import { UsersModule } from "../users/users.module";
import { AdminBootstrapService } from "./admin-bootstrap.service";
import { AuditModule } from "./audit/audit.module";
import { AuthController } from "./auth.controller";
import { AuthService } from "./auth.service";
import { LoginThrottleEntity } from "./entities/login-throttle.entity";
import { PasswordResetTokenEntity } from "./entities/password-reset-token.entity";
import { JwtAuthGuard } from "./guards/jwt-auth.guard";
import { JwtStrategy } from "./guards/jwt.strategy";
import { RolesGuard } from "./guards/roles.guard";
import { LoginLockoutService } from "./lockout/login-lockout.service";
import { LoginThrottleCleanupJob } from "./lockout/login-throttle-cleanup.job";
import { LoginThrottlesRepository } from "./lockout/login-throttles.repository";
import { PasswordController } from "./password.controller";
import { PasswordHasher } from "./password-hasher";
import { PasswordResetRepository } from "./password-reset.repository";
import { SecurityAlertsService } from "./security-alerts.service";
import { SecurityPersonalData } from "./security-personal-data";
import { SessionsModule } from "./sessions/sessions.module";
import {
  ACCOUNT_THROTTLER,
  AccountRateLimitGuard,
  AUTH_THROTTLER,
  GLOBAL_THROTTLER,
  RateLimitGuard,
} from "./throttling/rate-limit.guard";
import { RateLimitStorage } from "./throttling/rate-limit.storage";
import { TokenService } from "./tokens/token.service";
import { JWT_ALGORITHM } from "./tokens/access-token";

const MINUTE_MS = 60_000;

/**
 * Authentication and authorisation for the whole API: the global guards (the client's rate
 * limit, then JWT, then the account's rate limit, then roles, in that order), login and tokens, password flows, lockout, the audit trail.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([LoginThrottleEntity, PasswordResetTokenEntity]),
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        secret: config.jwtSecret,
        signOptions: { algorithm: JWT_ALGORITHM },
        verifyOptions: {
          algorithms: [JWT_ALGORITHM],
          issuer: config.jwtIssuer,
          audience: config.jwtAudience,
        },
      }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG, RedisService],
      useFactory: (config: AppConfig, redis: RedisService) => ({
        throttlers: [
          { name: GLOBAL_THROTTLER, ttl: MINUTE_MS, limit: config.rateLimitPerMinute },
          { name: AUTH_THROTTLER, ttl: MINUTE_MS, limit: config.authRateLimitPerMinute },
          { name: ACCOUNT_THROTTLER, ttl: MINUTE_MS, limit: config.accountRateLimitPerMinute },
        ],
        storage: new RateLimitStorage(redis),
        // X-RateLimit-Limit / -Remaining / -Reset on every throttled response (suffixed -auth and
        // -account for those budgets).
        setHeaders: true,
      }),
    }),
    UsersModule,
    SessionsModule,
    AuditModule,
    NotificationsModule,
  ],
  controllers: [AuthController, PasswordController],
  providers: [
    PasswordHasher,
    TokenService,
    LoginThrottlesRepository,
    LoginLockoutService,
    LoginThrottleCleanupJob,
    PasswordResetRepository,
    SecurityAlertsService,
    AuthService,
    AdminBootstrapService,
    JwtStrategy,
    SecurityPersonalData,
    // Also by class: the catalog's early cache hits run this guard themselves.
    RateLimitGuard,
    { provide: APP_GUARD, useExisting: RateLimitGuard },
    { provide: APP_GUARD, useClass: JwtAuthGuard },
    { provide: APP_GUARD, useClass: AccountRateLimitGuard },
    { provide: APP_GUARD, useClass: RolesGuard },
  ],
  exports: [PasswordHasher],
})
export class SecurityModule {}
