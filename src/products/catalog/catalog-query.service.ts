import { Inject, Injectable } from "@nestjs/common";
import { NotFoundError, ValidationFailedError } from "../../common/errors/domain-error";
import { CursorKey, decodeCursor, encodeCursor } from "../../common/pagination/cursor";
import { JsonBody } from "../../common/http/json-body";
import { shortHash } from "../../common/short-hash";
import type { AppConfig } from "../../config/app-config";
import { APP_CONFIG } from "../../config/config.module";
import { CatalogCache } from "../catalog-cache";
import { UUID_PATTERN } from "../common/validators";
import type { ListProductsQueryDto } from "./dto/list-products.query.dto";
import type { ProductSort } from "./dto/product.dto";
import { ProductsRepository } from "./products.repository";

const regionNotFound = () => new NotFoundError("Region", "region_not_found");

/** The column each sort order pages by (see ProductsRepository.listPageJson), as a cursor key. */
const SORT_KEY_KINDS: Record<ProductSort, CursorKey> = {
  relevance: "real",
  price: "int",
  "-price": "int",
  name: "text",
  "-createdAt": "timestamp",
};

/**
 * Public catalog reads, answered as serialised, tagged bodies (a page of ProductDto, or one
 * ProductDto), each built by one prepared statement that returns the JSON; cached.
 */
@Injectable()
export class CatalogQueryService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly products: ProductsRepository,
    private readonly cache: CatalogCache,
  ) {}

  /** `cacheKey` names this request's entry (its URL: see catalog-cache-hits.ts). */
  async list(query: ListProductsQueryDto, cacheKey: string): Promise<JsonBody> {
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
      region: query.region,
      q,
      categoryId: query.categoryId,
      minPrice: query.minPrice,
      maxPrice: query.maxPrice,
      inStock: query.inStock === true ? true : undefined,
    };
    // A cursor only fits the list (sort, filters and region) it came from.
    const scope = `products:${sort}:${shortHash(JSON.stringify(filters))}`;
    const after = query.cursor
      ? decodeCursor(scope, query.cursor, [SORT_KEY_KINDS[sort], "uuid"])
      : undefined;
    return this.cache.getOrLoadBody(cacheKey, async () => {
      const page = await this.products.listPageJson(
        {
          region: query.region !== undefined,
          q: q !== undefined,
          category: filters.categoryId !== undefined,
          minPrice: filters.minPrice !== undefined,
          maxPrice: filters.maxPrice !== undefined,
          inStock: filters.inStock === true,
          sort,
          after: after !== undefined,
        },
        {
          ...filters,
          limit: query.limit,
          currencyOrRegion: this.currencyOrRegion(query.region),
          after,
        },
      );
      if (!page.regionFound) throw regionNotFound();
      let nextCursor: string | null = null;
      if (page.hasMore && page.lastKey !== null && page.lastId !== null) {
        // The keyset as the previous implementation kept it: numbers for ranks and prices.
        const kind = SORT_KEY_KINDS[sort];
        const key = kind === "int" || kind === "real" ? Number(page.lastKey) : page.lastKey;
        nextCursor = encodeCursor(scope, [key, page.lastId]);
      }
      return JsonBody.fromJsonParts([
        `{"data":[`,
        page.data,
        `],"nextCursor":${JSON.stringify(nextCursor)}}`,
      ]);
    });
  }

  /**
   * A product with its variants. Customers see active products and their active variants only
   * (cached); an admin sees any product with all its variants (never cached).
   */
  get(
    idOrSlug: string,
    region: string | undefined,
    asAdmin: boolean,
    cacheKey: string,
  ): Promise<JsonBody> {
    if (asAdmin) return this.load(idOrSlug, region, true);
    // A miss throws, so nothing is cached for it.
    return this.cache.getOrLoadBody(cacheKey, () => this.load(idOrSlug, region, false));
  }

  private async load(
    idOrSlug: string,
    region: string | undefined,
    asAdmin: boolean,
  ): Promise<JsonBody> {
    const found = await this.products.findJson(UUID_PATTERN.test(idOrSlug) ? "id" : "slug", {
      idOrSlug,
      currencyOrRegion: this.currencyOrRegion(region),
      asAdmin,
      region: region !== undefined,
    });
    if (!found.regionFound) throw regionNotFound();
    if (found.body === null) throw new NotFoundError("Product", "product_not_found");
    return JsonBody.fromJson(found.body);
  }

  /**
   * The statements' $2: the region's code, which they resolve to its currency themselves (no
   * extra lookup per read), or without one the store currency as JSON.
   */
  private currencyOrRegion(region: string | undefined): string {
    return region ?? JSON.stringify(this.config.storeCurrency);
  }
}
