import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from "@nestjs/common";
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
} from "@nestjs/swagger";
import { Roles } from "../common/decorators/roles.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { CreateTaxRateDto, TaxRateDto, TaxRateListQueryDto, UpdateTaxRateDto } from "./dto/tax.dto";
import { TaxService } from "./tax.service";

@ApiTags("tax")
@Roles("admin")
@Controller("tax-rates")
export class TaxRatesController {
  constructor(private readonly tax: TaxService) {}

  /**
   * Tax rates of one region (`region`) or of all (admin), by region, category, country and state.
   */
  @ApiOkResponse({ type: [TaxRateDto] })
  @ApiProblems(400)
  @Get()
  list(@Query() query: TaxRateListQueryDto): Promise<TaxRateDto[]> {
    return this.tax.listRates(query.region);
  }

  /**
   * Adds the rate of a category in a region, one of its countries or one state (admin). 409
   * `tax_rate_exists`; 422 `unknown_region`, `unknown_tax_category` or
   * `subdivision_without_country`.
   */
  @ApiCreatedResponse({ type: TaxRateDto })
  @ApiProblems(409, 422)
  @Post()
  create(@Body() body: CreateTaxRateDto): Promise<TaxRateDto> {
    return this.tax.createRate(body);
  }

  /** Changes a tax rate (admin). */
  @ApiOkResponse({ type: TaxRateDto })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @Param("id", ParseUUIDPipe) id: string,
    @Body() body: UpdateTaxRateDto,
  ): Promise<TaxRateDto> {
    return this.tax.updateRate(id, body);
  }

  /** Deletes a tax rate (admin). */
  @ApiNoContentResponse({ description: "Deleted" })
  @ApiProblems(400, 404)
  @ApiParam({ name: "id", format: "uuid" })
  @HttpCode(204)
  @Delete(":id")
  delete(@Param("id", ParseUUIDPipe) id: string): Promise<void> {
    return this.tax.deleteRate(id);
  }
}
