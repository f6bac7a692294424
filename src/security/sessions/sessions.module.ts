import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { AuthSessionEntity } from "../entities/auth-session.entity";
import { RefreshTokenEntity } from "../entities/refresh-token.entity";
import { SessionsRepository } from "./sessions.repository";
import { SessionsService } from "./sessions.service";

/** Login sessions and their refresh tokens (own module: users revokes sessions too). */
@Module({
  imports: [TypeOrmModule.forFeature([AuthSessionEntity, RefreshTokenEntity])],
  providers: [SessionsRepository, SessionsService],
  exports: [SessionsService],
})
export class SessionsModule {}
