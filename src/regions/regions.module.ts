import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { RegionCountryEntity } from "./entities/region-country.entity";
import { RegionEntity } from "./entities/region.entity";
import { TaxCategoryEntity } from "./entities/tax-category.entity";
import { TaxRateEntity } from "./entities/tax-rate.entity";
import { RegionsController } from "./regions.controller";
import { RegionsRepository } from "./regions.repository";
import { RegionsService } from "./regions.service";
import { TaxCategoriesController } from "./tax-categories.controller";
import { TaxRatesController } from "./tax-rates.controller";
import { TaxRepository } from "./tax.repository";
import { TaxService } from "./tax.service";

/** Regions (currency, tax-inclusive or not, countries), tax categories and tax rates. */
@Module({
  imports: [
    TypeOrmModule.forFeature([RegionEntity, RegionCountryEntity, TaxCategoryEntity, TaxRateEntity]),
  ],
  controllers: [RegionsController, TaxCategoriesController, TaxRatesController],
  providers: [RegionsRepository, RegionsService, TaxRepository, TaxService],
  exports: [RegionsService, TaxService],
})
export class RegionsModule {}
