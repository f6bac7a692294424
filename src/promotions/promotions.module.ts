import { Module } from "@nestjs/common";
import { RegionsModule } from "../regions/regions.module";
import { TypeOrmModule } from "@nestjs/typeorm";
import { CartPromotionEntity } from "./entities/cart-promotion.entity";
import { PromotionRedemptionEntity } from "./entities/promotion-redemption.entity";
import { PromotionEntity } from "./entities/promotion.entity";
import { PromotionsController } from "./promotions.controller";
import { PromotionsRepository } from "./promotions.repository";
import { PromotionsService } from "./promotions.service";

/** Promotions, codes on carts, redemptions; used by the cart and checkout through its service. */
@Module({
  imports: [
    TypeOrmModule.forFeature([PromotionEntity, CartPromotionEntity, PromotionRedemptionEntity]),
    RegionsModule,
  ],
  controllers: [PromotionsController],
  providers: [PromotionsRepository, PromotionsService],
  exports: [PromotionsService],
})
export class PromotionsModule {}
