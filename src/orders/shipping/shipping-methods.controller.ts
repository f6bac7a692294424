import { Body, Controller, Get, Param, Patch, Post, Query } from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { Public } from "../../common/decorators/public.decorator";
import { Roles } from "../../common/decorators/roles.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import {
  CreateShippingMethodDto,
  ListShippingMethodsQueryDto,
  ShippingMethodDto,
  UpdateShippingMethodDto,
} from "./dto/shipping-method.dto";
import { ShippingMethodsService } from "./shipping-methods.service";

@ApiTags("shipping")
@Controller("shipping-methods")
export class ShippingMethodsController {
  constructor(private readonly methods: ShippingMethodsService) {}

  /**
   * The active shipping methods, cheapest first, priced in the default region; with `region`,
   * those offered in that region, priced in its currency (404 `region_not_found`).
   */
  @Public()
  @ApiOkResponse({ type: [ShippingMethodDto] })
  @ApiProblems(404)
  @Get()
  list(@Query() query: ListShippingMethodsQueryDto): Promise<ShippingMethodDto[]> {
    return query.region ? this.methods.listInRegion(query.region) : this.methods.list(false);
  }

  /** Adds a shipping method (admin). */
  @Roles("admin")
  @ApiCreatedResponse({ type: ShippingMethodDto })
  @ApiProblems(409)
  @Post()
  create(@Body() body: CreateShippingMethodDto): Promise<ShippingMethodDto> {
    return this.methods.create(body);
  }

  /** Changes a shipping method (admin); `active: false` withdraws it from carts. */
  @Roles("admin")
  @ApiOkResponse({ type: ShippingMethodDto })
  @ApiProblems(404)
  @ApiParam({
    name: "code",
    schema: { type: "string", maxLength: 40, pattern: "^[a-z0-9][a-z0-9_-]{0,39}$" },
  })
  @Patch(":code")
  update(
    @Param("code") code: string,
    @Body() body: UpdateShippingMethodDto,
  ): Promise<ShippingMethodDto> {
    return this.methods.update(code, body);
  }
}
