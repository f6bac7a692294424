import { ApiExtraModels, ApiProperty } from "@nestjs/swagger";
import { nullableRef } from "../../orders/dto/nullable-ref";
import {
  ContainsConditionViewDto,
  PromotionActionFieldsDto,
  PromotionConditionsFieldsDto,
  PromotionTargetViewDto,
} from "./promotion-parts.dto";

// Kept out of a *.dto.ts file so the swagger plugin leaves the nullable references alone.

@ApiExtraModels(ContainsConditionViewDto)
export class PromotionConditionsViewDto extends PromotionConditionsFieldsDto {
  @ApiProperty({
    ...nullableRef(ContainsConditionViewDto),
    description: "The cart holds matching items; null: no such condition.",
  })
  contains!: ContainsConditionViewDto | null;
}

@ApiExtraModels(PromotionTargetViewDto)
export class PromotionActionViewDto extends PromotionActionFieldsDto {
  @ApiProperty({
    ...nullableRef(PromotionTargetViewDto),
    description: "The lines an item action applies to; null for order and shipping actions.",
  })
  target!: PromotionTargetViewDto | null;
}
