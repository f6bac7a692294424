import {
  Body,
  Controller,
  Delete,
  Get,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
} from "@nestjs/common";
import { ApiCreatedResponse, ApiOkResponse, ApiParam, ApiTags } from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../../common/decorators/current-user.decorator";
import { Idempotent } from "../../common/idempotency/idempotent.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { ApplyPromotionCodeDto } from "../../promotions/dto/promotion.dto";
import { SetCartShippingMethodDto } from "../shipping/dto/shipping-method.dto";
import { CartService } from "./cart.service";
import { AddCartItemDto, SetCartRegionDto, UpdateCartItemDto } from "./dto/cart.dto";
import { CartDto, CartWithRegionChangesDto } from "./dto/cart-response";

@ApiTags("cart")
@Controller("cart")
export class CartController {
  constructor(private readonly carts: CartService) {}

  /** The caller's cart, priced live, with totals. */
  @ApiOkResponse({ type: CartDto })
  @Get()
  get(@CurrentUser() user: AuthUser): Promise<CartDto> {
    return this.carts.getCart(user.id);
  }

  /** Empties the cart (the chosen shipping method stays). */
  @ApiOkResponse({ type: CartDto })
  @Delete()
  clear(@CurrentUser() user: AuthUser): Promise<CartDto> {
    return this.carts.clear(user.id);
  }

  /**
   * Adds a variant, or more of it, at its price in the cart's currency; 409 `insufficient_stock`
   * beyond the stock, 409 `variant_not_sold_in_region` when it has no price in the cart's
   * currency. With an `Idempotency-Key`, a retry replays the first answer instead of adding again.
   */
  @ApiCreatedResponse({ type: CartDto })
  @ApiProblems(404, 409)
  @Idempotent({ keyRequired: false })
  @Post("items")
  addItem(@CurrentUser() user: AuthUser, @Body() body: AddCartItemDto): Promise<CartDto> {
    return this.carts.addItem(user.id, body.variantId, body.quantity);
  }

  /** Sets a line's quantity. */
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "itemId", format: "uuid" })
  @Patch("items/:itemId")
  updateItem(
    @CurrentUser() user: AuthUser,
    @Param("itemId", ParseUUIDPipe) itemId: string,
    @Body() body: UpdateCartItemDto,
  ): Promise<CartDto> {
    return this.carts.updateItem(user.id, itemId, body.quantity);
  }

  /** Removes a line. */
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404)
  @ApiParam({ name: "itemId", format: "uuid" })
  @Delete("items/:itemId")
  removeItem(
    @CurrentUser() user: AuthUser,
    @Param("itemId", ParseUUIDPipe) itemId: string,
  ): Promise<CartDto> {
    return this.carts.removeItem(user.id, itemId);
  }

  /**
   * Chooses the shipping method by code. 404 `shipping_method_not_found`; 409
   * `shipping_method_not_offered` when the cart's region does not offer it.
   */
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404, 409)
  @Put("shipping-method")
  setShippingMethod(
    @CurrentUser() user: AuthUser,
    @Body() body: SetCartShippingMethodDto,
  ): Promise<CartDto> {
    return this.carts.setShippingMethod(user.id, body.code);
  }

  /**
   * Moves the cart to a region, given or picked by the shipping country (`country` also picks that
   * country's own tax rates), and re-prices it in that region's currency and taxes; `changes` says
   * what changed (lines not sold there, a shipping method not offered there is dropped). A country
   * in no region alone puts the cart in the default region. 404 `region_not_found`; 400 for a
   * country that belongs to another region than the one given.
   */
  @ApiOkResponse({ type: CartWithRegionChangesDto })
  @ApiProblems(400, 404)
  @Put("region")
  setRegion(
    @CurrentUser() user: AuthUser,
    @Body() body: SetCartRegionDto,
  ): Promise<CartWithRegionChangesDto> {
    return this.carts.setRegion(user.id, body);
  }

  /**
   * Applies a promotion code. 404 `promotion_not_found` for an unknown code or one not running;
   * 409 `promotion_expired`, `promotion_exhausted`, `promotion_limit_reached` or
   * `promotion_condition_not_met` (with `condition`) when it cannot apply to this cart.
   */
  @ApiCreatedResponse({ type: CartDto })
  @ApiProblems(404, 409)
  @Post("promotions")
  applyPromotion(
    @CurrentUser() user: AuthUser,
    @Body() body: ApplyPromotionCodeDto,
  ): Promise<CartDto> {
    return this.carts.applyPromotionCode(user.id, body.code);
  }

  /** Takes a promotion code off the cart; 404 `promotion_not_found` when the cart does not hold it. */
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404)
  @ApiParam({ name: "code", schema: { type: "string", maxLength: 64 } })
  @Delete("promotions/:code")
  removePromotion(@CurrentUser() user: AuthUser, @Param("code") code: string): Promise<CartDto> {
    return this.carts.removePromotionCode(user.id, code);
  }
}
