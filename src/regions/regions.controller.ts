import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from "@nestjs/common";
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from "@nestjs/swagger";
import { Public } from "../common/decorators/public.decorator";
import { Roles } from "../common/decorators/roles.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { CODE_SCHEMA } from "./dto/coded.dto";
import { CreateRegionDto, RegionDto, UpdateRegionDto } from "./dto/region.dto";
import { RegionsService } from "./regions.service";

@ApiTags("regions")
@Controller("regions")
export class RegionsController {
  constructor(private readonly regions: RegionsService) {}

  /** The regions the store sells to, with their currency and countries, by code. */
  @Public()
  @ApiOkResponse({ type: [RegionDto] })
  @Get()
  list(): Promise<RegionDto[]> {
    return this.regions.list();
  }

  /** One region, by its code. */
  @Public()
  @ApiOkResponse({ type: RegionDto })
  @ApiProblems(404)
  @ApiParam({ name: "code", schema: CODE_SCHEMA })
  @Get(":code")
  get(@Param("code") code: string): Promise<RegionDto> {
    return this.regions.get(code);
  }

  /**
   * Adds a region (admin). 409 `region_exists`, or `country_in_other_region` when one of its
   * countries already belongs to another region.
   */
  @Roles("admin")
  @ApiCreatedResponse({ type: RegionDto })
  @ApiProblems(409)
  @Post()
  create(@Body() body: CreateRegionDto): Promise<RegionDto> {
    return this.regions.create(body);
  }

  /**
   * Changes a region (admin); `countries` replaces its whole set. `isDefault: true` moves the
   * default here; the default region cannot be unset (409 `default_region_required`).
   */
  @Roles("admin")
  @ApiOkResponse({ type: RegionDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "code", schema: CODE_SCHEMA })
  @Patch(":code")
  update(@Param("code") code: string, @Body() body: UpdateRegionDto): Promise<RegionDto> {
    return this.regions.update(code, body);
  }

  /**
   * Deletes a region, its countries and its tax rates (admin). The default region cannot be
   * deleted (409 `default_region_required`).
   */
  @Roles("admin")
  @ApiNoContentResponse({ description: "Deleted" })
  @ApiProblems(404, 409)
  @ApiParam({ name: "code", schema: CODE_SCHEMA })
  @HttpCode(204)
  @Delete(":code")
  delete(@Param("code") code: string): Promise<void> {
    return this.regions.delete(code);
  }
}
