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

/** What moving the cart to another region changed. */
export class CartRegionChangesDto {
  /** The region and currency before. */
  @ApiProperty({ example: "default" })
  fromRegion!: string;

  @ApiProperty({ example: "USD" })
  fromCurrency!: string;

  /** The total before, in `fromCurrency`. */
  @ApiProperty({ example: 2706, type: "integer" })
  fromTotal!: number;

  /** Lines whose variant has no price in the new currency (they block checkout). */
  @ApiProperty({ type: [String], example: [] })
  unpricedItemIds!: string[];

  /** The chosen shipping method is not offered in the new region and was dropped. */
  @ApiProperty({ example: false })
  shippingMethodDropped!: boolean;
}

/** The cart after PUT /cart/region, with what changed. */
export class CartWithRegionChangesDto extends CartDto {
  @ApiProperty({ type: CartRegionChangesDto })
  changes!: CartRegionChangesDto;
}
