import type { MigrationInterface } from "typeorm";
import { CreateUsersAndSecurity1790000001000 } from "./1790000001000-CreateUsersAndSecurity";
import { CreateNotificationOutbox1790000001500 } from "./1790000001500-CreateNotificationOutbox";
import { CreateCatalog1790000002000 } from "./1790000002000-CreateCatalog";
import { CreateOrders1790000003000 } from "./1790000003000-CreateOrders";
import { CreatePayments1790000004000 } from "./1790000004000-CreatePayments";
import { BindSandboxAuthenticationToToken1790000005410 } from "./1790000005410-BindSandboxAuthenticationToToken";
import { OrdersUnpaidByUser1790000005500 } from "./1790000005500-OrdersUnpaidByUser";
import { CatalogReadPaths1790000006000 } from "./1790000006000-CatalogReadPaths";
import { CreatePromotions1790000007000 } from "./1790000007000-CreatePromotions";
import { CreateRegions1790000008000 } from "./1790000008000-CreateRegions";
import { AccountErasure1790000008500 } from "./1790000008500-AccountErasure";
import { CreateReturnsAndStoreCredit1790000009000 } from "./1790000009000-CreateReturnsAndStoreCredit";
import { RegionPricing1790000009500 } from "./1790000009500-RegionPricing";
import { PromotionCurrency1790000009800 } from "./1790000009800-PromotionCurrency";

/**
 * Every migration, in order. Listed explicitly (not globbed) so the same list serves the
 * compiled app, the TypeORM CLI and the Jest runs.
 */
export const ALL_MIGRATIONS: (new () => MigrationInterface)[] = [
  CreateUsersAndSecurity1790000001000,
  CreateNotificationOutbox1790000001500,
  CreateCatalog1790000002000,
  CreateOrders1790000003000,
  CreatePayments1790000004000,
  BindSandboxAuthenticationToToken1790000005410,
  OrdersUnpaidByUser1790000005500,
  CatalogReadPaths1790000006000,
  CreatePromotions1790000007000,
  CreateRegions1790000008000,
  AccountErasure1790000008500,
  CreateReturnsAndStoreCredit1790000009000,
  RegionPricing1790000009500,
  PromotionCurrency1790000009800,
];
