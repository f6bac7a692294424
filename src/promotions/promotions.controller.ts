import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { Roles } from "../common/decorators/roles.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { Page, PageOf } from "../common/pagination/page";
import { CreatePromotionDto, PromotionListQueryDto, UpdatePromotionDto } from "./dto/promotion.dto";
import { PromotionDto, PromotionRedemptionDto } from "./dto/promotion-response.dto";
import { PromotionsService } from "./promotions.service";

/** The admin's promotions. Customers apply codes through /cart/promotions. */
@ApiTags("promotions")
@Roles("admin")
@Controller("promotions")
export class PromotionsController {
  constructor(private readonly promotions: PromotionsService) {}

  /** Creates a promotion (admin); `draft` unless `status` says otherwise. */
  @ApiCreatedResponse({ type: PromotionDto })
  @ApiProblems(409)
  @Post()
  create(@Body() body: CreatePromotionDto): Promise<PromotionDto> {
    return this.promotions.create(body);
  }

  /** Promotions, newest first (admin). */
  @ApiOkResponse({ type: PageOf(PromotionDto) })
  @Get()
  list(@Query() query: PromotionListQueryDto): Promise<Page<PromotionDto>> {
    return this.promotions.list(query);
  }

  /** One promotion (admin). */
  @ApiOkResponse({ type: PromotionDto })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id")
  get(@Param("id", ParseUUIDPipe) id: string): Promise<PromotionDto> {
    return this.promotions.get(id);
  }

  /** Changes a promotion (admin); null clears `code`, `endsAt` and the limits. */
  @ApiOkResponse({ type: PromotionDto })
  @ApiProblems(400, 404, 409)
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: UpdatePromotionDto,
  ): Promise<PromotionDto> {
    return this.promotions.update(id, body);
  }

  /** Archives a promotion (admin): it stops applying; orders keep what they got. */
  @HttpCode(200)
  @ApiOkResponse({ type: PromotionDto })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid" })
  @Post(":id/archive")
  archive(@Param("id", ParseUUIDPipe) id: string): Promise<PromotionDto> {
    return this.promotions.archive(id);
  }

  /** The promotion's redemptions, newest first (admin); released ones have `releasedAt`. */
  @ApiOkResponse({ type: PageOf(PromotionRedemptionDto) })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid" })
  @Get(":id/redemptions")
  redemptions(
    @Param("id", ParseUUIDPipe) id: string,
    @Query() query: PromotionListQueryDto,
  ): Promise<Page<PromotionRedemptionDto>> {
    return this.promotions.listRedemptions(id, query);
  }
}
