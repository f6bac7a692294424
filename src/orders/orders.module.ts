import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { IdempotencyModule } from "../common/idempotency/idempotency.module";
import { NotificationsModule } from "../notifications/notifications.module";
import { ProductsModule } from "../products/products.module";
import { PromotionsModule } from "../promotions/promotions.module";
import { RegionsModule } from "../regions/regions.module";
import { UsersModule } from "../users/users.module";
import { CartController } from "./cart/cart.controller";
import { CartRepository } from "./cart/cart.repository";
import { CartService } from "./cart/cart.service";
import { CartItemEntity } from "./cart/entities/cart-item.entity";
import { CartEntity } from "./cart/entities/cart.entity";
import { CheckoutRepository } from "./checkout/checkout.repository";
import { CheckoutService } from "./checkout/checkout.service";
import { OrderItemEntity } from "./entities/order-item.entity";
import { OrderStatusHistoryEntity } from "./entities/order-status-history.entity";
import { OrderEntity } from "./entities/order.entity";
import { PaymentTimeoutJob } from "./jobs/payment-timeout.job";
import { OrdersController } from "./orders.controller";
import { OrdersPersonalData } from "./orders-personal-data";
import { OrdersRepository } from "./orders.repository";
import { OrdersService } from "./orders.service";
import { ShippingMethodEntity } from "./shipping/entities/shipping-method.entity";
import { ShippingMethodsController } from "./shipping/shipping-methods.controller";
import { ShippingMethodsRepository } from "./shipping/shipping-methods.repository";
import { ShippingMethodsService } from "./shipping/shipping-methods.service";
import { ShippingMethodPriceEntity } from "./shipping/entities/shipping-method-price.entity";

/** Cart, shipping methods, checkout and the order lifecycle. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ShippingMethodEntity,
      ShippingMethodPriceEntity,
      CartEntity,
      CartItemEntity,
      OrderEntity,
      OrderItemEntity,
      OrderStatusHistoryEntity,
    ]),
    IdempotencyModule,
    ProductsModule,
    PromotionsModule,
    RegionsModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [CartController, ShippingMethodsController, OrdersController],
  providers: [
    ShippingMethodsRepository,
    ShippingMethodsService,
    CartRepository,
    CartService,
    OrdersRepository,
    OrdersService,
    CheckoutRepository,
    CheckoutService,
    PaymentTimeoutJob,
    OrdersPersonalData,
  ],
  exports: [OrdersService, PaymentTimeoutJob],
})
export class OrdersModule {}
