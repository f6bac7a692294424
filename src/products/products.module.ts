import { Module } from "@nestjs/common";
import { TypeOrmModule } from "@nestjs/typeorm";
import { CacheModule } from "../common/cache/cache.module";
import { CatalogCache } from "./catalog-cache";
import { CatalogQueryService } from "./catalog/catalog-query.service";
import { ProductsController } from "./catalog/products.controller";
import { ProductsRepository } from "./catalog/products.repository";
import { ProductsService } from "./catalog/products.service";
import { VariantLookupService } from "./catalog/variant-lookup.service";
import { VariantsController } from "./catalog/variants.controller";
import { VariantsRepository } from "./catalog/variants.repository";
import { CategoriesController } from "./categories/categories.controller";
import { CategoriesRepository } from "./categories/categories.repository";
import { CategoriesService } from "./categories/categories.service";
import { OptionalJwtAuthGuard } from "./common/optional-jwt-auth.guard";
import { Category } from "./entities/category.entity";
import { ProductVariant } from "./entities/product-variant.entity";
import { VariantPriceEntity } from "./entities/variant-price.entity";
import { Product } from "./entities/product.entity";
import { StockMovement } from "./entities/stock-movement.entity";
import { InventoryAdminService } from "./inventory/inventory-admin.service";
import { InventoryController } from "./inventory/inventory.controller";
import { InventoryRepository } from "./inventory/inventory.repository";
import { InventoryService } from "./inventory/inventory.service";
import { CatalogSeedRepository } from "./seeding/catalog-seed.repository";
import { CatalogSeeder } from "./seeding/catalog-seeder";
import { DemoCatalogSeeder } from "./seeding/demo-catalog.seeder";

/** Products, variants, categories, search and stock. */
@Module({
  imports: [
    CacheModule,
    TypeOrmModule.forFeature([
      Category,
      Product,
      ProductVariant,
      VariantPriceEntity,
      StockMovement,
    ]),
  ],
  controllers: [ProductsController, VariantsController, CategoriesController, InventoryController],
  providers: [
    CatalogCache,
    CatalogQueryService,
    ProductsRepository,
    ProductsService,
    VariantsRepository,
    VariantLookupService,
    CategoriesRepository,
    CategoriesService,
    InventoryRepository,
    InventoryService,
    InventoryAdminService,
    OptionalJwtAuthGuard,
    CatalogSeedRepository,
    CatalogSeeder,
    DemoCatalogSeeder,
  ],
  exports: [InventoryService, VariantLookupService, CatalogSeeder],
})
export class ProductsModule {}
