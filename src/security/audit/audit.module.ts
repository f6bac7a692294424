import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { SecurityEventEntity } from "../entities/security-event.entity";
import { SecurityEventsController } from "./security-events.controller";
import { SecurityEventsRepository } from "./security-events.repository";
import { SecurityEventsService } from "./security-events.service";

/** The security audit trail (its own module so that users and security both record events). */
@Module({
  imports: [TypeOrmModule.forFeature([SecurityEventEntity])],
  controllers: [SecurityEventsController],
  providers: [SecurityEventsRepository, SecurityEventsService],
  exports: [SecurityEventsService],
})
export class AuditModule {}
