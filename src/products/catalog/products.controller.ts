import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
  Res,
  UseGuards,
} from "@nestjs/common";
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiParam,
} from "@nestjs/swagger";
import type { FastifyReply, FastifyRequest } from "fastify";
import { AuthUser, CurrentUser } from "../../common/decorators/current-user.decorator";
import { Public } from "../../common/decorators/public.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { ApiConditionalGet, ETAG_HEADER } from "../../common/openapi/conditional-get.decorator";
import { PageOf } from "../../common/pagination/page";
import { OptionalJwtAuthGuard } from "../common/optional-jwt-auth.guard";
import { catalogUrlKey } from "./catalog-cache-hits";
import { CatalogQueryService } from "./catalog-query.service";
import { CatalogRegionQueryDto, ListProductsQueryDto } from "./dto/list-products.query.dto";
import { CreateProductDto, ProductDto, UpdateProductDto } from "./dto/product.dto";
import { CreateVariantDto, VariantDto } from "./dto/variant.dto";
import { ProductsService } from "./products.service";

@ApiTags("products")
@Controller("products")
export class ProductsController {
  constructor(
    private readonly catalog: CatalogQueryService,
    private readonly products: ProductsService,
  ) {}

  /**
   * Active products with their active variants: full-text search, category (with its
   * sub-categories), price range and stock filters, five sort orders, keyset pagination. With
   * `region`, in that region's currency, listing only what is sold there; 404
   * `region_not_found` for an unknown region.
   */
  @ApiOkResponse({ type: PageOf(ProductDto), headers: ETAG_HEADER })
  @ApiConditionalGet()
  @ApiProblems(404)
  @Public()
  @Get()
  async list(
    @Query() query: ListProductsQueryDto,
    @Headers("if-none-match") ifNoneMatch: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const body = await this.catalog.list(query, catalogUrlKey(request));
    await body.send(reply, ifNoneMatch);
  }

  /**
   * A product with its variants, by id or slug. Drafts and archived products are 404 unless
   * the caller is an admin, who also sees its tax category and every variant's `prices`. With
   * `region`, in that region's currency (`purchasable` says what is sold there); 404
   * `region_not_found` for an unknown region. Answers 304 when If-None-Match holds the current
   * ETag.
   */
  @ApiOkResponse({ type: ProductDto, headers: ETAG_HEADER })
  @ApiConditionalGet()
  @ApiProblems(404)
  @Public()
  @UseGuards(OptionalJwtAuthGuard)
  @ApiParam({
    name: "id",
    description: "The product's id or its slug",
    schema: { type: "string", maxLength: 200 },
  })
  @Get(":id")
  async get(
    @Param("id") idOrSlug: string,
    @Query() query: CatalogRegionQueryDto,
    @Headers("if-none-match") ifNoneMatch: string | undefined,
    @CurrentUser() user: AuthUser | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const asAdmin = user?.roles.includes("admin") ?? false;
    const body = await this.catalog.get(idOrSlug, query.region, asAdmin, catalogUrlKey(request));
    await body.send(reply, ifNoneMatch, user ? "private" : "public");
  }

  /** Creates a product and its variants; each variant's initial stock is entered in the ledger. */
  @ApiCreatedResponse({ type: ProductDto })
  @ApiProblems(409)
  @Roles("admin")
  @Post()
  create(@Body() dto: CreateProductDto, @CurrentUser() user: AuthUser): Promise<ProductDto> {
    return this.products.create(dto, user.id);
  }

  /** Update a product (admin). */
  @ApiOkResponse({ type: ProductDto })
  @ApiProblems(404, 409)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @Param("id", new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateProductDto,
  ): Promise<ProductDto> {
    return this.products.update(id, dto);
  }

  /** Archives the product (it may be on past orders, so it is never deleted). */
  @ApiNoContentResponse({ description: "Archived" })
  @ApiProblems(404)
  @Roles("admin")
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiParam({ name: "id", format: "uuid" })
  @Delete(":id")
  archive(@Param("id", new ParseUUIDPipe()) id: string): Promise<void> {
    return this.products.archive(id);
  }

  /** Add a variant to a product (admin). */
  @ApiCreatedResponse({ type: VariantDto })
  @ApiProblems(404, 409)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @Post(":id/variants")
  addVariant(
    @Param("id", new ParseUUIDPipe()) id: string,
    @Body() dto: CreateVariantDto,
    @CurrentUser() user: AuthUser,
  ): Promise<VariantDto> {
    return this.products.addVariant(id, dto, user.id);
  }
}
