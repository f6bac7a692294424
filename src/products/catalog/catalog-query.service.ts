import { Inject, Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
import { CursorKey, decodeCursor, encodeCursor } from "../../common/pagination/cursor";
import { JsonBody } from "../../common/http/json-body";
import { toPage } from "../../common/pagination/page";
import { shortHash } from "../../common/short-hash";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { CatalogCache } from "../catalog-cache";
import { UUID_PATTERN } from "../common/validators";
import type { Product } from "../entities/product.entity";
import type { ProductVariant } from "../entities/product-variant.entity";
import type { ListProductsQueryDto } from "./dto/list-products.query.dto";
import type { ProductSort } from "./dto/product.dto";
import { toProductDto } from "./product-view";
import { ProductListRow, ProductsRepository } from "./products.repository";
import { VariantsRepository } from "./variants.repository";

/** The column each sort order pages by (see ProductsRepository.listActive), as a cursor key. */
const SORT_KEY_KINDS: Record<ProductSort, CursorKey> = {
  relevance: "real",
  price: "int",
  "-price": "int",
  name: "text",
  "-createdAt": "timestamp",
};

/**
 * Public catalog reads, answered as serialised, tagged bodies (a page of ProductDto, or one
 * ProductDto): cached, and each list costs the same two queries whatever its size.
 */
@Injectable()
export class CatalogQueryService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly products: ProductsRepository,
    private readonly variants: VariantsRepository,
    private readonly cache: CatalogCache,
  ) {}

  async list(query: ListProductsQueryDto): Promise<JsonBody> {
    if (
      query.minPrice !== undefined &&
      query.maxPrice !== undefined &&
      query.minPrice > query.maxPrice
    ) {
      throw new ValidationFailedError(
        [{ field: "maxPrice", message: "maxPrice must not be below minPrice" }],
        "The price range is empty.",
      );
    }
    const q = query.q?.trim() || undefined;
    const sort: ProductSort = query.sort ?? (q ? "relevance" : "-createdAt");
    if (sort === "relevance" && !q) {
      throw new ValidationFailedError(
        [{ field: "sort", message: "sort=relevance needs a search query q" }],
        "Relevance needs a search query.",
      );
    }
    const filters = {
      q,
      categoryId: query.categoryId,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      inStock: query.inStock === true ? true : undefined,
    };
    // A cursor only fits the list (sort and filters) it came from.
    const scope = `products:${sort}:${shortHash(JSON.stringify(filters))}`;
    const after = query.cursor
      ? decodeCursor(scope, query.cursor, [SORT_KEY_KINDS[sort], "uuid"])
      : undefined;
    const key = `list:${JSON.stringify([filters, sort, query.limit, query.cursor ?? null])}`;
    return this.cache.getOrLoadBody(key, async () => {
      const rows = await this.products.listActive({
        ...filters,
        sort,
        limit: query.limit,
        after,
      });
      const page = rows.slice(0, query.limit);
      const variants = await this.variants.findByProductIds(
        page.map((r) => r.id),
        true,
      );
      const byProduct = new Map<string, ProductVariant[]>();
      for (const v of variants)
        byProduct.set(v.productId, [...(byProduct.get(v.productId) ?? []), v]);
      return toPage(
        rows,
        query.limit,
        (row: ProductListRow) =>
          toProductDto(row, byProduct.get(row.id) ?? [], this.config.storeCurrency),
        (row) => encodeCursor(scope, [row.sortKey, row.id]),
      );
    });
  }

  /**
   * A product with its variants. Customers see active products and their active variants only
   * (cached); an admin sees any product with all its variants (never cached).
   */
  get(idOrSlug: string, asAdmin: boolean): Promise<JsonBody> {
    if (asAdmin) return this.load(idOrSlug, true).then((dto) => JsonBody.of(dto));
    // A miss throws, so nothing is cached for it.
    return this.cache.getOrLoadBody(`product:${idOrSlug}`, () => this.load(idOrSlug, false));
  }

  private async load(idOrSlug: string, asAdmin: boolean) {
    let product: Product | null;
    if (UUID_PATTERN.test(idOrSlug)) product = await this.products.findById(idOrSlug);
    else product = await this.products.findBySlug(idOrSlug);
    if (!product || (!asAdmin && product.status !== "active")) {
      throw new NotFoundError("Product", "product_not_found");
    }
    const variants = await this.variants.findByProductIds([product.id], !asAdmin);
    return toProductDto(product, variants, this.config.storeCurrency);
  }
}
