import { Body, Controller, Get, Param, Patch, Post } from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { Roles } from "../common/decorators/roles.decorator";
import { ApiProblems } from "../common/openapi/api-problems.decorator";
import { CODE_SCHEMA } from "./dto/coded.dto";
import { CreateTaxCategoryDto, TaxCategoryDto, UpdateTaxCategoryDto } from "./dto/tax.dto";
import { TaxService } from "./tax.service";

@ApiTags("tax")
@Roles("admin")
@Controller("tax-categories")
export class TaxCategoriesController {
  constructor(private readonly tax: TaxService) {}

  /**
   * The tax categories, by code (admin): `standard`, `reduced`, `zero`, `shipping` and any added.
   */
  @ApiOkResponse({ type: [TaxCategoryDto] })
  @Get()
  list(): Promise<TaxCategoryDto[]> {
    return this.tax.listCategories();
  }

  /** Adds a tax category (admin). 409 `tax_category_exists`. */
  @ApiCreatedResponse({ type: TaxCategoryDto })
  @ApiProblems(409)
  @Post()
  create(@Body() body: CreateTaxCategoryDto): Promise<TaxCategoryDto> {
    return this.tax.createCategory(body);
  }

  /** Renames a tax category (admin); its code stays. */
  @ApiOkResponse({ type: TaxCategoryDto })
  @ApiProblems(404)
  @ApiParam({ name: "code", schema: CODE_SCHEMA })
  @Patch(":code")
  update(@Param("code") code: string, @Body() body: UpdateTaxCategoryDto): Promise<TaxCategoryDto> {
    return this.tax.updateCategory(code, body);
  }
}
