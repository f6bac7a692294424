import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import type { AppConfig } from "../config/app-config";
import { APP_CONFIG } from "../config/config.module";
import { OutboxMessageEntity } from "./entities/outbox-message.entity";
import { NotificationTransport } from "./notification-transport";
import { OutboxPersonalData } from "./outbox-personal-data";
import { OutboxRepository } from "./outbox.repository";
import { OutboxService } from "./outbox.service";
import { OutboxWorker } from "./outbox.worker";
import { LogNotificationTransport, SmtpNotificationTransport } from "./transports";

/** The notification outbox: import it and call OutboxService.enqueue / registerHandler. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  providers: [
    OutboxRepository,
    OutboxService,
    OutboxWorker,
    OutboxPersonalData,
    {
      provide: NotificationTransport,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): NotificationTransport =>
        config.smtpUrl
          ? new SmtpNotificationTransport(config.smtpUrl, config.mailFrom)
          : new LogNotificationTransport(config.nodeEnv !== "production"),
    },
  ],
  exports: [OutboxService, OutboxWorker],
})
export class NotificationsModule {}
