import { Body, Controller, Delete, Get, Param, Patch, Post, Put } from "@nestjs/common";
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from "@nestjs/swagger";
import { AuthUser, CurrentUser } from "../../common/decorators/current-user.decorator";
import { ApiProblems } from "../../common/openapi/api-problems.decorator";
import { SetCartShippingMethodDto } from "../shipping/dto/shipping-method.dto";
import { CartService } from "./cart.service";
import { AddCartItemDto, UpdateCartItemDto } from "./dto/cart.dto";
import { CartDto } from "./dto/cart-response";

@ApiTags("cart")
@Controller("cart")
export class CartController {
  constructor(private readonly carts: CartService) {}

  /** The caller's cart, priced live, with totals. */
  @ApiOperation({
    summary: "The caller's cart, priced live, with totals",
    description: "The caller's cart, priced live, with totals.",
  })
  @ApiOkResponse({ type: CartDto })
  @Get()
  get(@CurrentUser() user: AuthUser): Promise<CartDto> {
    return this.carts.getCart(user.id);
  }

  /** Empties the cart (the chosen shipping method stays). */
  @ApiOperation({
    summary: "Empties the cart (the chosen shipping method stays)",
    description: "Empties the cart (the chosen shipping method stays).",
  })
  @ApiOkResponse({ type: CartDto })
  @Delete()
  clear(@CurrentUser() user: AuthUser): Promise<CartDto> {
    return this.carts.clear(user.id);
  }

  /** Adds a variant, or more of it; 409 `insufficient_stock` beyond the stock. */
  @ApiOperation({
    summary: "Adds a variant, or more of it",
    description: "Adds a variant, or more of it; 409 `insufficient_stock` beyond the stock.",
  })
  @ApiCreatedResponse({ type: CartDto })
  @ApiProblems(404, 409)
  @Post("items")
  addItem(@CurrentUser() user: AuthUser, @Body() body: AddCartItemDto): Promise<CartDto> {
    return this.carts.addItem(user.id, body.variantId, body.quantity);
  }

  /** Sets a line's quantity. */
  @ApiOperation({
    summary: "Sets a line's quantity",
    description: "Sets a line's quantity.",
  })
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404, 409)
  @ApiParam({ name: "itemId", format: "uuid" })
  @Patch("items/:itemId")
  updateItem(
    @CurrentUser() user: AuthUser,
    @Param("itemId") itemId: string,
    @Body() body: UpdateCartItemDto,
  ): Promise<CartDto> {
    return this.carts.updateItem(user.id, itemId, body.quantity);
  }

  /** Removes a line. */
  @ApiOperation({
    summary: "Removes a line",
    description: "Removes a line.",
  })
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404)
  @ApiParam({ name: "itemId", format: "uuid" })
  @Delete("items/:itemId")
  removeItem(@CurrentUser() user: AuthUser, @Param("itemId") itemId: string): Promise<CartDto> {
    return this.carts.removeItem(user.id, itemId);
  }

  /** Chooses the shipping method by code. */
  @ApiOperation({
    summary: "Chooses the shipping method by code",
    description: "Chooses the shipping method by code.",
  })
  @ApiOkResponse({ type: CartDto })
  @ApiProblems(404)
  @Put("shipping-method")
  setShippingMethod(
    @CurrentUser() user: AuthUser,
    @Body() body: SetCartShippingMethodDto,
  ): Promise<CartDto> {
    return this.carts.setShippingMethod(user.id, body.code);
  }
}
