import { Inject, Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
import { registerUniqueConstraint } from "../../common/errors/error-mapping";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { TransactionHost } from "../../database/transaction-host";
import { CatalogCache } from "../catalog-cache";
import { CategoriesRepository } from "../categories/categories.repository";
import { slugify } from "../common/validators";
import type { Product } from "../entities/product.entity";
import type { ProductVariant } from "../entities/product-variant.entity";
import { InventoryRepository } from "../inventory/inventory.repository";
import type { CreateProductDto, ProductDto, UpdateProductDto } from "./dto/product.dto";
import type { CreateVariantDto, UpdateVariantDto, VariantDto } from "./dto/variant.dto";
import { toProductDto, toVariantDto } from "./product-view";
import { ProductsRepository } from "./products.repository";
import { VariantsRepository } from "./variants.repository";

registerUniqueConstraint("UQ_products_slug", "slug_taken", "Another product has this slug.");
registerUniqueConstraint("UQ_product_variants_sku", "sku_taken", "Another variant has this SKU.");

/** Admin writes to the catalog. Every write retires the public catalog cache after commit. */
@Injectable()
export class ProductsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tx: TransactionHost,
    private readonly products: ProductsRepository,
    private readonly variants: VariantsRepository,
    private readonly categories: CategoriesRepository,
    private readonly inventory: InventoryRepository,
    private readonly cache: CatalogCache,
  ) {}

  async create(dto: CreateProductDto, actorId: string | null): Promise<ProductDto> {
    const skus = dto.variants.map((v) => v.sku);
    if (new Set(skus).size !== skus.length) {
      throw new ValidationFailedError(
        [{ field: "variants", message: "each variant needs its own sku" }],
        "Two variants in the request have the same SKU.",
      );
    }
    dto.variants.forEach((v, i) => this.assertOtherCurrencies(v.prices, `variants[${i}].prices`));
    return this.tx.run(async () => {
      if (dto.categoryId) await this.assertCategoryExists(dto.categoryId);
      if (dto.taxCategory) await this.assertTaxCategoryExists(dto.taxCategory);
      const slug = dto.slug ?? (await this.freeSlug(dto.name));
      const product = await this.products.save(
        this.products.create({
          name: dto.name,
          slug,
          description: dto.description ?? "",
          categoryId: dto.categoryId ?? null,
          status: dto.status ?? "draft",
          images: dto.images ?? [],
          attributes: dto.attributes ?? {},
          taxCategoryCode: dto.taxCategory ?? "standard",
        }),
      );
      const variants = await this.insertVariants(product.id, dto.variants, actorId);
      await this.products.refreshPrices([product.id]);
      this.cache.invalidateAfterCommit();
      return this.withPrices(toProductDto(product, variants, this.config.storeCurrency), product);
    });
  }

  async update(id: string, dto: UpdateProductDto): Promise<ProductDto> {
    return this.tx.run(async () => {
      const product = await this.requireLocked(id);
      if (dto.categoryId) await this.assertCategoryExists(dto.categoryId);
      if (dto.taxCategory) await this.assertTaxCategoryExists(dto.taxCategory);
      const { taxCategory, ...fields } = stripUndefined(dto);
      Object.assign(product, fields, taxCategory ? { taxCategoryCode: taxCategory } : {});
      const saved = await this.products.save(product);
      // Status and category are copied into the per-currency price rows the lists walk.
      await this.products.refreshPrices([id]);
      this.cache.invalidateAfterCommit();
      return this.withPrices(
        toProductDto(
          saved,
          await this.variants.findByProductIds([id], false),
          this.config.storeCurrency,
        ),
        saved,
      );
    });
  }

  /** Archives: products may be on past orders, so they are never deleted. */
  async archive(id: string): Promise<void> {
    await this.tx.run(async () => {
      const product = await this.requireLocked(id);
      if (product.status === "archived") return;
      product.status = "archived";
      await this.products.save(product);
      await this.products.refreshPrices([id]);
      this.cache.invalidateAfterCommit();
    });
  }

  async addVariant(
    productId: string,
    dto: CreateVariantDto,
    actorId: string | null,
  ): Promise<VariantDto> {
    this.assertOtherCurrencies(dto.prices, "prices");
    return this.tx.run(async () => {
      await this.requireLocked(productId);
      const [variant] = await this.insertVariants(productId, [dto], actorId);
      await this.products.refreshPrices([productId]);
      this.cache.invalidateAfterCommit();
      return { ...toVariantDto(variant), prices: dto.prices ?? [] };
    });
  }

  async updateVariant(id: string, dto: UpdateVariantDto): Promise<VariantDto> {
    this.assertOtherCurrencies(dto.prices, "prices");
    return this.tx.run(async () => {
      const existing = await this.variants.findById(id);
      if (!existing) throw new NotFoundError("Variant", "variant_not_found");
      // Lock the product first, then re-read the variant, so range recomputations serialise.
      await this.products.lockById(existing.productId);
      const variant = await this.variants.findById(id);
      if (!variant) throw new NotFoundError("Variant", "variant_not_found");
      const { prices, ...fields } = stripUndefined(dto);
      Object.assign(variant, fields);
      const saved = await this.variants.save(variant);
      if (prices) await this.variants.replacePrices(new Map([[id, prices]]));
      await this.products.refreshPrices([variant.productId]);
      this.cache.invalidateAfterCommit();
      const stored = await this.variants.findPrices([id]);
      return { ...toVariantDto(saved), prices: stored.get(id) ?? [] };
    });
  }

  private async insertVariants(
    productId: string,
    dtos: CreateVariantDto[],
    actorId: string | null,
  ): Promise<ProductVariant[]> {
    const variants = await this.variants.insert(
      dtos.map((v) => ({
        productId,
        sku: v.sku,
        name: v.name ?? variantName(v),
        options: v.options ?? {},
        price: v.price,
        currency: this.config.storeCurrency,
        stock: v.stock ?? 0,
        weightGrams: v.weightGrams ?? null,
        active: v.active ?? true,
      })),
    );
    await this.variants.replacePrices(
      new Map(variants.map((v, i) => [v.id, dtos[i].prices ?? []] as const)),
    );
    // The initial stock is the ledger's first entry, so the ledger always sums to the stock.
    await this.inventory.insertMovements(
      variants
        .filter((v) => v.stock > 0)
        .map((v) => ({
          variantId: v.id,
          delta: v.stock,
          reason: "restock" as const,
          reference: "initial stock",
          actorId,
        })),
    );
    return variants;
  }

  /** The product DTO of an admin write, with its tax category and its variants' other prices. */
  private async withPrices(dto: ProductDto, product: Product): Promise<ProductDto> {
    const prices = await this.variants.findPrices(dto.variants.map((v) => v.id));
    return {
      ...dto,
      taxCategory: product.taxCategoryCode,
      variants: dto.variants.map((v) => ({ ...v, prices: prices.get(v.id) ?? [] })),
    };
  }

  /** `prices` are in other currencies than the store's own (that one is `price`), one each. */
  private assertOtherCurrencies(
    prices: readonly { currency: string }[] | undefined,
    field: string,
  ): void {
    const currencies = (prices ?? []).map((p) => p.currency);
    if (currencies.includes(this.config.storeCurrency)) {
      throw new ValidationFailedError(
        [{ field, message: `the price in ${this.config.storeCurrency} is \`price\`` }],
        `The price in the store's currency (${this.config.storeCurrency}) is \`price\`, not an entry of \`prices\`.`,
      );
    }
    if (new Set(currencies).size !== currencies.length) {
      throw new ValidationFailedError(
        [{ field, message: "one price per currency" }],
        "Two prices in the request have the same currency.",
      );
    }
  }

  private async assertTaxCategoryExists(code: string): Promise<void> {
    if (!(await this.variants.taxCategoryExists(code))) {
      throw new ValidationFailedError(
        [{ field: "taxCategory", message: "taxCategory does not name an existing tax category" }],
        "The tax category does not exist.",
      );
    }
  }

  private async requireLocked(id: string): Promise<Product> {
    const product = await this.products.lockById(id);
    if (!product) throw new NotFoundError("Product", "product_not_found");
    return product;
  }

  private async assertCategoryExists(categoryId: string): Promise<void> {
    if (!(await this.categories.findById(categoryId))) {
      throw new ValidationFailedError(
        [{ field: "categoryId", message: "categoryId does not name an existing category" }],
        "The category does not exist.",
      );
    }
  }

  /** The name's slug, or that slug with a short suffix when another product has it. */
  private async freeSlug(name: string): Promise<string> {
    const base = slugify(name);
    if (!(await this.products.slugExists(base))) return base;
    for (let n = 2; n < 10; n++) {
      const candidate = `${base}-${n}`;
      if (!(await this.products.slugExists(candidate))) return candidate;
    }
    return `${base}-${Date.now().toString(36)}`;
  }
}

function variantName(v: CreateVariantDto): string {
  const values = Object.values(v.options ?? {}).filter(Boolean);
  return values.length > 0 ? values.join(" / ").slice(0, 300) : v.sku;
}

function stripUndefined<T extends object>(dto: T): Partial<T> {
  return Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined)) as Partial<T>;
}
