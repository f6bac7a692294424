import { DynamicModule, Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { NotificationsModule } from "../../notifications/notifications.module";
import { StoreCreditModule } from "../../payments/credit/store-credit.module";
import { ProductsModule } from "../../products/products.module";
import { UsersModule } from "../../users/users.module";
import { OrdersModule } from "../orders.module";
import { ReturnItemEntity } from "./entities/return-item.entity";
import { ReturnStatusHistoryEntity } from "./entities/return-status-history.entity";
import { ReturnEntity } from "./entities/return.entity";
import { ReturnsPersonalData } from "./returns-personal-data";
import { ReturnsController } from "./returns.controller";
import { ReturnsRepository } from "./returns.repository";
import { ReturnsService } from "./returns.service";

/** Returns of delivered order lines and their state machine. */
@Module({})
export class ReturnsModule {
  /**
   * `payments` is the very PaymentsModule.forRoot(...) the application imports (refunds go
   * through it), so both imports resolve to one module instance.
   */
  static forRoot(payments: DynamicModule): DynamicModule {
    return {
      module: ReturnsModule,
      imports: [
        TypeOrmModule.forFeature([ReturnEntity, ReturnItemEntity, ReturnStatusHistoryEntity]),
        OrdersModule,
        ProductsModule,
        NotificationsModule,
        UsersModule,
        StoreCreditModule,
        payments,
      ],
      controllers: [ReturnsController],
      providers: [ReturnsRepository, ReturnsService, ReturnsPersonalData],
    };
  }
}
