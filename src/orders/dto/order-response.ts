import { ApiExtraModels, ApiProperty } from "@nestjs/swagger";
import { OrderFieldsDto, OrderShippingMethodDto } from "./order.dto";
import { nullableRef } from "./nullable-ref";

/** The order. Kept out of a *.dto.ts file so the swagger plugin leaves `shippingMethod` alone. */
@ApiExtraModels(OrderShippingMethodDto)
export class OrderDto extends OrderFieldsDto {
  @ApiProperty({
    ...nullableRef(OrderShippingMethodDto),
    description: "How it ships; null only for orders placed without one.",
  })
  shippingMethod!: OrderShippingMethodDto | null;
}
