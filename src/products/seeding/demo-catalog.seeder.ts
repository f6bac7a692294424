import { Inject, Injectable, Logger, OnApplicationBootstrap } from "@nestjs/common";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { CatalogSeeder } from "./catalog-seeder";

/**
 * SEED_DEMO_DATA=true: on the first start, a small demo catalog so /docs shows a shop at once.
 * Runs once: later starts (and other instances, serialised by an advisory lock) find the
 * catalog non-empty and do nothing.
 */
@Injectable()
export class DemoCatalogSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoCatalogSeeder.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly seeder: CatalogSeeder,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.seedDemoData) return;
    const result = await this.seeder.seedDemoOnce(this.config.storeCurrency);
    if (result) {
      this.logger.log(
        `Seeded the demo catalog: ${result.categories} categories, ${result.products} products, ${result.variants} variants`,
      );
    }
  }
}
