import { ApiExtraModels, ApiProperty } from "@nestjs/swagger";
import { nullableRef } from "../../dto/nullable-ref";
import { ShippingMethodDto } from "../../shipping/dto/shipping-method.dto";
import { CartFieldsDto } from "./cart.dto";

/** The cart. Kept out of a *.dto.ts file so the swagger plugin leaves `shippingMethod` alone. */
@ApiExtraModels(ShippingMethodDto)
export class CartDto extends CartFieldsDto {
  /** The chosen method, or null while none is chosen. */
  @ApiProperty({
    ...nullableRef(ShippingMethodDto),
    description: "The chosen method, or null while none is chosen.",
  })
  shippingMethod!: ShippingMethodDto | null;
}
