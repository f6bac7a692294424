import { Module } from "@nestjs/common";
import { DiscoveryModule } from "@nestjs/core";
import { AuditModule } from "../../security/audit/audit.module";
import { SecurityModule } from "../../security/security.module";
import { UsersModule } from "../users.module";
import { PrivacyController } from "./privacy.controller";
import { PrivacyService } from "./privacy.service";

/**
 * The customer's data on request (export, erasure). Its own module because it needs the
 * password check from security, which itself builds on users.
 */
@Module({
  imports: [DiscoveryModule, UsersModule, SecurityModule, AuditModule],
  controllers: [PrivacyController],
  providers: [PrivacyService],
})
export class PrivacyModule {}
