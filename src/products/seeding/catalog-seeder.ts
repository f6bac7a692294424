import { randomUUID } from "node:crypto";
import { Injectable } from "@nestjs/common";
import { TransactionHost } from "../../database/transaction-host";
import { slugify } from "../common/validators";
import type { Category } from "../entities/category.entity";
import type { ProductVariant } from "../entities/product-variant.entity";
import type { Product } from "../entities/product.entity";
import type { StockMovement } from "../entities/stock-movement.entity";
import { ProductsRepository } from "../catalog/products.repository";
import { CatalogSeedRepository } from "./catalog-seed.repository";

const DEPARTMENTS: Record<string, string[]> = {
  Clothing: ["Shirts", "Jackets", "Trousers"],
  Footwear: ["Sneakers", "Boots"],
  Home: ["Kitchen", "Lighting", "Textiles"],
  Outdoor: ["Camping", "Cycling"],
  Accessories: ["Bags", "Watches"],
};
const NOUNS: Record<string, string[]> = {
  Shirts: ["Shirt", "Polo", "Tee", "Blouse"],
  Jackets: ["Jacket", "Parka", "Blazer", "Raincoat"],
  Trousers: ["Chinos", "Jeans", "Joggers", "Shorts"],
  Sneakers: ["Sneaker", "Runner", "Trainer"],
  Boots: ["Boot", "Chelsea Boot", "Hiking Boot"],
  Kitchen: ["Teapot", "Mug", "Skillet", "Knife Set", "Cutting Board"],
  Lighting: ["Lamp", "Pendant Light", "Lantern"],
  Textiles: ["Blanket", "Cushion", "Towel", "Rug"],
  Camping: ["Tent", "Sleeping Bag", "Camp Stove", "Backpack"],
  Cycling: ["Helmet", "Bike Light", "Saddle Bag", "Jersey"],
  Bags: ["Tote", "Duffel", "Messenger Bag", "Wallet"],
  Watches: ["Watch", "Chronograph", "Field Watch"],
};
const ADJECTIVES = [
  "Classic",
  "Rustic",
  "Modern",
  "Vintage",
  "Lightweight",
  "Heavy-duty",
  "Compact",
  "Deluxe",
  "Everyday",
  "Premium",
  "Organic",
  "Handmade",
  "Waterproof",
  "Recycled",
  "Minimal",
  "Bold",
];
const MATERIALS = [
  "Cotton",
  "Linen",
  "Wool",
  "Leather",
  "Canvas",
  "Steel",
  "Oak",
  "Bamboo",
  "Ceramic",
  "Denim",
  "Nylon",
  "Cashmere",
  "Copper",
  "Walnut",
  "Hemp",
  "Suede",
];
const COLORS = ["black", "white", "navy", "olive", "red", "sand", "grey", "blue"];
const SIZES = ["S", "M", "L", "XL"];
const PHRASES = [
  "built to last",
  "made in small batches",
  "easy to care for",
  "a customer favourite",
  "designed for daily use",
  "ethically sourced",
  "with a lifetime guarantee",
  "ready to gift",
];

/** A small deterministic generator, so every seeded catalog looks the same. */
function rng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SeedOptions {
  products: number;
  variantsPerProduct: number;
  currency: string;
  /** Called after each chunk of products, for progress output. */
  onProgress?: (done: number) => void;
}

export interface SeedResult {
  categories: number;
  products: number;
  variants: number;
}

const CHUNK = 5000;

/**
 * Builds a catalog quickly with bulk inserts: a two-level category tree, active products with
 * variants, prices and stock, and a `restock` ledger entry for every variant's initial stock.
 */
@Injectable()
export class CatalogSeeder {
  constructor(
    private readonly tx: TransactionHost,
    private readonly seed: CatalogSeedRepository,
    private readonly products: ProductsRepository,
  ) {}

  /** Seeds the demo catalog once: a no-op when the catalog has anything in it already. */
  async seedDemoOnce(currency: string): Promise<SeedResult | null> {
    return this.tx.run(async () => {
      await this.seed.lockSeeding();
      if (!(await this.seed.isCatalogEmpty())) return null;
      return this.insertCatalog({ products: 50, variantsPerProduct: 3, currency }, true);
    });
  }

  /** Adds a large catalog (for benchmarks), in one transaction. */
  async seedLarge(options: SeedOptions): Promise<SeedResult> {
    return this.tx.run(async () => {
      await this.seed.lockSeeding();
      return this.insertCatalog(options, false);
    });
  }

  /**
   * Gives the variants of nine products in ten a price in `currency` (`percent` of their own,
   * rounded), in one transaction: a catalog to read in another region's currency, with some
   * products not sold there. Variants that already have a price in it keep it.
   */
  async seedCurrencyPrices(currency: string, percent: number): Promise<number> {
    return this.tx.run(async () => {
      await this.seed.lockSeeding();
      const added = await this.seed.insertCurrencyPrices(currency, percent);
      const ids = await this.seed.productIds();
      for (let start = 0; start < ids.length; start += CHUNK) {
        await this.products.refreshPrices(ids.slice(start, start + CHUNK));
      }
      return added;
    });
  }

  countVariants(): Promise<number> {
    return this.seed.countVariants();
  }

  /** Refreshes planner statistics and merges index pending lists after a large seed. */
  analyze(): Promise<void> {
    return this.seed.analyze();
  }

  private async insertCatalog(options: SeedOptions, demo: boolean): Promise<SeedResult> {
    const random = rng(42);
    const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)];
    const runId = Date.now().toString(36);

    const categories: Partial<Category>[] = [];
    const leaves: { id: string; name: string }[] = [];
    let position = 0;
    for (const [department, children] of Object.entries(DEPARTMENTS)) {
      const parentId = randomUUID();
      categories.push({
        id: parentId,
        name: department,
        slug: `${slugify(department)}-${runId}`,
        parentId: null,
        position: position++,
      });
      children.forEach((child, i) => {
        const id = randomUUID();
        categories.push({
          id,
          name: child,
          slug: `${slugify(child)}-${runId}`,
          parentId,
          position: i,
        });
        leaves.push({ id, name: child });
      });
    }
    // The demo catalog gets readable slugs (the run id only keeps repeated large seeds apart).
    if (demo) {
      for (const c of categories) c.slug = slugify(c.name as string);
    }
    await this.seed.insertCategories(categories);

    const now = Date.now();
    let variantCount = 0;
    for (let start = 0; start < options.products; start += CHUNK) {
      const products: Partial<Product>[] = [];
      const variants: Partial<ProductVariant>[] = [];
      const movements: Partial<StockMovement>[] = [];
      for (let i = start; i < Math.min(start + CHUNK, options.products); i++) {
        const leaf = pick(leaves);
        const name = `${pick(ADJECTIVES)} ${pick(MATERIALS)} ${pick(NOUNS[leaf.name])}`;
        const productId = randomUUID();
        const basePrice = 500 + Math.floor(random() * 300) * 100 - 1;
        const prices: number[] = [];
        const color = pick(COLORS);
        for (let v = 0; v < options.variantsPerProduct; v++) {
          const price = basePrice + v * 500;
          const stock = random() < 0.15 ? 0 : Math.floor(random() * 100);
          const id = randomUUID();
          const size = SIZES[v % SIZES.length];
          prices.push(price);
          variants.push({
            id,
            productId,
            sku: `SEED-${runId}-${i}-${v}`.toUpperCase(),
            name: `${size} / ${color}`,
            options: { size, color },
            price,
            currency: options.currency,
            stock,
            weightGrams: 100 + Math.floor(random() * 2000),
            active: true,
          });
          if (stock > 0) {
            movements.push({
              variantId: id,
              delta: stock,
              reason: "restock",
              reference: "seed",
              actorId: null,
            });
          }
        }
        products.push({
          id: productId,
          name,
          slug: `${slugify(name)}-${i.toString(36)}${demo ? "" : `-${runId}`}`,
          description: `${name}: ${pick(PHRASES)}, ${pick(PHRASES)}. ${leaf.name} in ${color}.`,
          categoryId: leaf.id,
          status: "active",
          images: [`https://picsum.photos/seed/${productId.slice(0, 8)}/800/800`],
          attributes: { material: name.split(" ")[1].toLowerCase() },
          minPrice: prices.length ? Math.min(...prices) : null,
          maxPrice: prices.length ? Math.max(...prices) : null,
          // Spread over time so "newest first" has something to sort.
          createdAt: new Date(now - (options.products - i) * 1000),
          updatedAt: new Date(now),
        });
      }
      await this.seed.insertProducts(products);
      await this.seed.insertVariants(variants);
      await this.seed.insertMovements(movements);
      await this.products.refreshPrices(products.map((p) => p.id as string));
      variantCount += variants.length;
      options.onProgress?.(Math.min(start + CHUNK, options.products));
    }
    return { categories: categories.length, products: options.products, variants: variantCount };
  }
}
