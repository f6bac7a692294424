import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { OrdersModule } from "../../orders/orders.module";
import { AuditModule } from "../../security/audit/audit.module";
import { UsersModule } from "../../users/users.module";
import { CreditPersonalData } from "./credit-personal-data";
import { CreditRepository } from "./credit.repository";
import { CreditBalanceEntity } from "./entities/credit-balance.entity";
import { CreditTransactionEntity } from "./entities/credit-transaction.entity";
import { StoreCreditController } from "./store-credit.controller";
import { StoreCreditService } from "./store-credit.service";

/** The store-credit ledger: balances per customer and currency, and the admin's changes. */
@Module({
  imports: [
    TypeOrmModule.forFeature([CreditBalanceEntity, CreditTransactionEntity]),
    OrdersModule,
    UsersModule,
    AuditModule,
  ],
  controllers: [StoreCreditController],
  providers: [CreditRepository, StoreCreditService, CreditPersonalData],
  exports: [StoreCreditService],
})
export class StoreCreditModule {}
