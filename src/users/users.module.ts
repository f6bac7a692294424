import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { AuditModule } from "../security/audit/audit.module";
import { SessionsModule } from "../security/sessions/sessions.module";
import { AddressesPersonalData } from "./addresses-personal-data";
import { AddressesController } from "./addresses.controller";
import { AddressesRepository } from "./addresses.repository";
import { AddressesService } from "./addresses.service";
import { AddressEntity } from "./entities/address.entity";
import { UserEntity } from "./entities/user.entity";
import { UsersController } from "./users.controller";
import { UsersRepository } from "./users.repository";
import { UsersService } from "./users.service";

/** Accounts, profiles and address books. Authentication lives in the security module. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AddressEntity]), SessionsModule, AuditModule],
  controllers: [UsersController, AddressesController],
  providers: [
    UsersRepository,
    UsersService,
    AddressesRepository,
    AddressesService,
    AddressesPersonalData,
  ],
  exports: [UsersService, AddressesService],
})
export class UsersModule {}
