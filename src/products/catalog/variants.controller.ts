import { Body, Controller, Param, ParseUUIDPipe, Patch } from "@nestjs/common";
import { ApiOkResponse, ApiTags, ApiParam } from "@nestjs/swagger";
import { Roles } from "../../common/decorators/roles.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { UpdateVariantDto, VariantDto } from "./dto/variant.dto";
import { ProductsService } from "./products.service";

@ApiTags("products")
@Controller("variants")
export class VariantsController {
  constructor(private readonly products: ProductsService) {}

  /** Changes a variant's SKU, name, options, price, weight or active flag. Stock changes go through inventory adjustments. */
  @ApiOkResponse({ type: VariantDto })
  @ApiProblems(404, 409)
  @Roles("admin")
  @ApiParam({ name: "id", format: "uuid" })
  @Patch(":id")
  update(
    @Param("id", new ParseUUIDPipe()) id: string,
    @Body() dto: UpdateVariantDto,
  ): Promise<VariantDto> {
    return this.products.updateVariant(id, dto);
  }
}
